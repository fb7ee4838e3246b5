#!/bin/bash
# Initiates replica set rs0 over the members in MONGO_HOSTS and creates the services' users.
# Idempotent: run again after scaling the StatefulSet or rotating a password.
set -euo pipefail

IFS=',' read -r -a hosts <<< "$MONGO_HOSTS"
for host in "${hosts[@]}"; do
  until mongosh --quiet --norc "mongodb://$host/?directConnection=true" --eval 'db.adminCommand({ ping: 1 }).ok' >/dev/null 2>&1; do
    echo "waiting for $host"
    sleep 3
  done
done

# the first member always accepts the root user: the image's entrypoint created it there
exec mongosh --quiet --norc "mongodb://${hosts[0]}/admin?directConnection=true" \
  --username "$MONGO_ROOT_USERNAME" --password "$MONGO_ROOT_PASSWORD" \
  --file /scripts/rs-init.js
