#!/usr/bin/env bash
# Signs in to the workbench through the gateway as a browser does (Keycloak's login form, authorization code)
# and prints the session's Cookie header, for load tools: ./workbench-session.sh [BASE_URL] [USER]
set -euo pipefail
base="${1:-http://localhost:8080}" user="${2:-alice}" jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT
login="$(curl -sS -L -c "$jar" -b "$jar" "$base/queue")"
action="$(printf '%s' "$login" | grep -o 'action="[^"]*"' | head -1 | sed -e 's/^action="//' -e 's/"$//' -e 's/&amp;/\&/g')"
[[ -n "$action" ]] || { echo "no login form at $base/queue" >&2; exit 1; }
curl -sS -L -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$user" --data-urlencode "password=$user" "$action"
cookies="$(sed 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF >= 7 && $6 ~ /^q_session/ { printf "%s%s=%s", sep, $6, $7; sep="; " }')"
[[ -n "$cookies" ]] || { echo "sign-in as $user failed" >&2; exit 1; }
echo "$cookies"
