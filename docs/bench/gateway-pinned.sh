#!/usr/bin/env bash
# Gateway vs direct with the gateway on a core of its own (as in its own pods), then with everything on all cores.
#
#   docs/bench/gateway-pinned.sh ROUNDS
#
# Needs a running stack (`FACTCHECK_RATE_LIMIT_ENABLED=false ./factcheck up`, one article ingested), `wrk` and
# `taskset`, and two CPUs. Pinned: the gateway on CPU 1; the services, the store, Keycloak and wrk on CPU 0. Prints
# per round: req/s (p50/p99) direct and through the gateway, their ratio and the gateway's CPU per request.
set -euo pipefail
cd "$(dirname "$0")/../.."
[[ $# -eq 1 ]] || { sed -n 4p "$0" >&2; exit 2; }
path=${BENCH_PATH:-/api/claims?size=1}
direct=${FACTCHECK_CLAIMS_PORT:-8081} gateway=${FACTCHECK_GATEWAY_PORT:-8080}
hz=$(getconf CLK_TCK)

pid_on() { ss -ltnpH "sport = :$1" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1; }
pin() { taskset -a -p -c "$2" "$1" >/dev/null; }
field() { awk -v k="$1" '$1 == k {print $2}'; }
gw=$(pid_on "$gateway")
rest=()
for port in "$direct" "${FACTCHECK_REVIEW_PORT:-8082}" "${FACTCHECK_WORKBENCH_PORT:-8083}" \
    "${FACTCHECK_STORE_PORT:-27017}" "${FACTCHECK_KEYCLOAK_PORT:-8180}"; do
  pid=$(pid_on "$port"); [[ -n "$pid" ]] && rest+=("$pid")
done
unpin() { pin "$gw" 0-1; for pid in "${rest[@]}"; do pin "$pid" 0-1; done; }
trap unpin EXIT

for mode in pinned shared; do
  if [[ $mode == pinned ]]; then
    pin "$gw" 1; for pid in "${rest[@]}"; do pin "$pid" 0; done; run=(taskset -c 0)
  else
    unpin; run=()
  fi
  load() { "${run[@]}" wrk -t2 -c16 -d"$3"s --latency -H "Authorization: Bearer $2" "http://localhost:$1$path"; }
  load "$gateway" "$(./factcheck token alice)" 30 >/dev/null
  for round in $(seq 1 "$1"); do
    token=$(./factcheck token alice)
    d=$(load "$direct" "$token" 20)
    before=$(awk '{print $14 + $15}' "/proc/$gw/stat")
    g=$(load "$gateway" "$token" 20)
    after=$(awk '{print $14 + $15}' "/proc/$gw/stat")
    base=$(field Requests/sec: <<<"$d") rps=$(field Requests/sec: <<<"$g") n=$(awk '/requests in/ {print $1}' <<<"$g")
    echo "$mode round $round $(date -u +%T) load $(cut -d' ' -f1 /proc/loadavg)" \
      "direct $base ($(field 50% <<<"$d")/$(field 99% <<<"$d")) gateway $rps ($(field 50% <<<"$g")/$(field 99% <<<"$g"))" \
      "ratio $(awk -v a="$rps" -v b="$base" 'BEGIN {printf "%.2f", a / b}')" \
      "gateway cpu $(awk -v t=$((after - before)) -v n="$n" -v hz="$hz" 'BEGIN {printf "%.3f", t * 1000 / hz / n}') ms/req"
  done
done
