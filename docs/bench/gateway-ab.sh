#!/usr/bin/env bash
# Gateway overhead, A/B in one run: direct to the claims-service, then through each gateway port given, per round.
#
#   docs/bench/gateway-ab.sh ROUNDS WARM_SECONDS GATEWAY_PORT...
#
# Needs a running stack (`FACTCHECK_RATE_LIMIT_ENABLED=false ./factcheck up`, one article ingested) and `wrk`
# (apt-get install wrk). Every round takes a fresh token (they live 15 minutes) and prints per gateway: req/s,
# ratio to direct, the gateway's CPU per request (utime+stime of the process listening on the port) and p99.
set -euo pipefail
cd "$(dirname "$0")/../.."
[[ $# -ge 3 ]] || { sed -n 4p "$0" >&2; exit 2; }
rounds=$1 warm=$2; shift 2
direct=${FACTCHECK_CLAIMS_PORT:-8081}
path=${BENCH_PATH:-/api/claims?size=1}
hz=$(getconf CLK_TCK)

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
pid_on() { ss -ltnpH "sport = :$1" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1; }
load() { wrk -t2 -c16 -d"$3"s --latency -H "Authorization: Bearer $2" "http://localhost:$1$path"; }

token=$(./factcheck token alice)
if (( warm > 0 )); then for port in "$direct" "$@"; do load "$port" "$token" "$warm" >/dev/null; done; fi
for round in $(seq 1 "$rounds"); do
  token=$(./factcheck token alice)
  base=$(load "$direct" "$token" 20 | awk '/Requests\/sec/ {print $2}')
  line="round $round $(date -u +%H:%M:%S) load $(cut -d' ' -f1 /proc/loadavg) direct $base"
  for port in "$@"; do
    pid=$(pid_on "$port"); before=$(cpu_ticks "$pid")
    out=$(load "$port" "$token" 20); after=$(cpu_ticks "$pid")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out"); n=$(awk '/requests in/ {print $1}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out"); bad=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    line+=" | $port $rps r=$(awk -v a="$rps" -v b="$base" 'BEGIN {printf "%.2f", a / b}')"
    line+=" cpu=$(awk -v t=$((after - before)) -v n="$n" -v hz="$hz" 'BEGIN {printf "%.3f", t * 1000 / hz / n}')ms p99=$p99${bad:+ non2xx=$bad}"
  done
  echo "$line"
done
