#!/usr/bin/env bash
# Feed serving benchmark (not a test): the hub's cached /calendar/hub.ics against the same bytes served by a
# static nginx on this machine, at 32 connections, plain 200s and conditional 304s. Loopback only, bounded in time.
# Needs a running hub on HUB (default http://127.0.0.1:8080) and Debian's wrk and nginx.
# WRK_CPUS and NGINX_CPUS (taskset lists, e.g. 1 and 0) keep the load generator off the server's core; start the hub
# under taskset on the same core as nginx to compare the two servers on one core each.
set -euo pipefail
HUB=${HUB:-http://127.0.0.1:8080}
SECONDS_EACH=${SECONDS_EACH:-10}
work=$(mktemp -d)
chmod 755 "$work"
trap 'nginx -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$work"' EXIT

curl -sf "$HUB/calendar/hub.ics" -o "$work/hub.ics"
curl -sf -H 'Accept-Encoding: gzip' "$HUB/calendar/hub.ics" -o "$work/hub.ics.gz"   # the hub's own gzipped bytes
chmod 644 "$work/hub.ics" "$work/hub.ics.gz"
etag=$(curl -sfI "$HUB/calendar/hub.ics" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}')
cat > "$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/calendar ics; }
  server { listen 127.0.0.1:8089; root $work; etag on; gzip_static on; }
}
CONF
${NGINX_CPUS:+taskset -c $NGINX_CPUS} nginx -p "$work" -c "$work/nginx.conf"
static_etag=$(curl -sfI http://127.0.0.1:8089/hub.ics | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}')

run() { # name url [header]
  local rate
  if [[ -n ${3:-} ]]; then
    rate=$(${WRK_CPUS:+taskset -c $WRK_CPUS} wrk -t2 -c32 -d"${SECONDS_EACH}s" -H "$3" "$2" | awk '/Requests\/sec/ {print $2}')
  else
    rate=$(${WRK_CPUS:+taskset -c $WRK_CPUS} wrk -t2 -c32 -d"${SECONDS_EACH}s" "$2" | awk '/Requests\/sec/ {print $2}')
  fi
  printf '%-28s %10s requests/s\n' "$1" "$rate"
}
echo "feed size: $(wc -c < "$work/hub.ics") bytes, gzipped $(wc -c < "$work/hub.ics.gz"); machine: $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%dT%H:%MZ)"
run "hub feed 200" "$HUB/calendar/hub.ics"
run "static nginx 200" "http://127.0.0.1:8089/hub.ics"
run "hub feed 304" "$HUB/calendar/hub.ics" "If-None-Match: $etag"
run "static nginx 304" "http://127.0.0.1:8089/hub.ics" "If-None-Match: $static_etag"
run "hub feed 200 gzip" "$HUB/calendar/hub.ics" "Accept-Encoding: gzip"
run "static nginx 200 gzip" "http://127.0.0.1:8089/hub.ics" "Accept-Encoding: gzip"
