#!/usr/bin/env bash
# Feed serving benchmark (not a test): the hub's cached /calendar/hub.ics against the same bytes served by a
# static nginx on this machine, at 32 connections: plain 200s, conditional 304s and gzipped 200s. Loopback only,
# bounded in time. Needs a running hub on HUB (default http://127.0.0.1:8080) and Debian's wrk and nginx.
#
# The hub is warmed first (WARMUP seconds for each kind of request: the JIT compiles the serving path), then each
# round runs the hub and nginx back to back for every kind, SECONDS_EACH seconds each, ROUNDS rounds in all. Runs on
# two shared cores vary by a fifth from one ten seconds to the next, for nginx too, so the summary gives the median
# of the rounds' ratios beside the lowest and highest.
# WRK_CPUS and NGINX_CPUS (taskset lists, e.g. 1 and 0) keep the load generator off the server's core; start the hub
# under taskset on the same core as nginx to compare the two servers on one core each.
set -euo pipefail
HUB=${HUB:-http://127.0.0.1:8080}
SECONDS_EACH=${SECONDS_EACH:-10}
ROUNDS=${ROUNDS:-5}
WARMUP=${WARMUP:-30}
work=$(mktemp -d)
chmod 755 "$work"
trap 'nginx -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$work"' EXIT

curl -sf "$HUB/calendar/hub.ics" -o "$work/hub.ics"
curl -sf -H 'Accept-Encoding: gzip' "$HUB/calendar/hub.ics" -o "$work/hub.ics.gz"   # the hub's own gzipped bytes
chmod 644 "$work/hub.ics" "$work/hub.ics.gz"
etag() { curl -sfI "$1" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}'; }
# Debian's own nginx.conf settings for static files: sendfile and tcp_nopush.
cat > "$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  types { text/calendar ics; }
  server { listen 127.0.0.1:8089; root $work; etag on; gzip_static on; }
}
CONF
${NGINX_CPUS:+taskset -c $NGINX_CPUS} nginx -p "$work" -c "$work/nginx.conf"

hub_feed="$HUB/calendar/hub.ics"
static_feed="http://127.0.0.1:8089/hub.ics"
kinds=("200 identity" "304" "200 gzip")
hub_headers=("Accept-Encoding: identity" "If-None-Match: $(etag "$hub_feed")" "Accept-Encoding: gzip")
static_headers=("Accept-Encoding: identity" "If-None-Match: $(etag "$static_feed")" "Accept-Encoding: gzip")

rate() { # seconds url header: requests/s, or 0 when any answer was an error
  local out
  out=$(${WRK_CPUS:+taskset -c $WRK_CPUS} wrk -t2 -c32 -d"$1s" -H "$3" "$2")
  if grep -q -e 'Non-2xx' -e 'Socket errors' <<<"$out"; then echo 0; else awk '/Requests\/sec/ {print $2}' <<<"$out"; fi
}

echo "feed size: $(wc -c < "$work/hub.ics") bytes, gzipped $(wc -c < "$work/hub.ics.gz"); machine: $(nproc) cores;" \
     "load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%dT%H:%MZ)"
echo "warming the hub: ${WARMUP} s for each kind"
for i in "${!kinds[@]}"; do
  rate "$WARMUP" "$hub_feed" "${hub_headers[$i]}" > /dev/null
done

declare -A ratios
for round in $(seq 1 "$ROUNDS"); do
  for i in "${!kinds[@]}"; do
    hub=$(rate "$SECONDS_EACH" "$hub_feed" "${hub_headers[$i]}")
    static=$(rate "$SECONDS_EACH" "$static_feed" "${static_headers[$i]}")
    ratio=$(awk -v h="$hub" -v s="$static" 'BEGIN {printf "%.2f", (s > 0 ? h / s : 0)}')
    ratios[$i]+="$ratio "
    printf 'round %d  %-13s hub %9.0f/s  nginx %9.0f/s  ratio %s\n' "$round" "${kinds[$i]}" "$hub" "$static" "$ratio"
  done
done

echo "ratio hub / nginx over $ROUNDS rounds (goal: at least 0.5):"
for i in "${!kinds[@]}"; do
  # shellcheck disable=SC2086 # the ratios are words on purpose
  printf '%s\n' ${ratios[$i]} | sort -g | awk -v kind="${kinds[$i]}" '
    { r[NR] = $1 }
    END { printf "  %-13s median %.2f  lowest %.2f  highest %.2f\n", kind, (NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2), r[1], r[NR] }'
done
