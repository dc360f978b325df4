#!/usr/bin/env bash
# Start-up and memory of the runnable file (a benchmark, not a test): how long a first start and a restart take to
# answer /health/ready UP, the resident memory at rest, under the booking benchmark and after the feed benchmark, and
# how long the year's hub feed takes to build again after a new booking while many other bookings are stored.
# Run from the repository root on a quiet machine after `mvn -B package -DskipTests`; loopback only.
#
#   bench/footprint.sh                 # every figure (about 15 minutes with the default OTHERS)
#   OTHERS=0 bench/footprint.sh        # without filling the database with other bookings first
#   RESTARTS=1 bench/footprint.sh      # one restart instead of five (restarts of one build vary by a quarter)
#
# The hub runs with the run command's JVM settings (README "Deploy") on a fresh data directory of its own.
set -euo pipefail
JAR=${JAR:-hub-web/target/community-hub.jar}
PORT=${PORT:-18080}
OTHERS=${OTHERS:-128000}          # other bookings to store before timing the feed rebuild
REBUILDS=${REBUILDS:-21}          # new bookings, each followed by a timed feed request
RESTARTS=${RESTARTS:-5}           # restarts on the first start's database, each timed, with the memory 30 s after
# the run command's JVM settings (README "Deploy"); JVM_OPTIONS="..." to measure others
read -ra JVM <<< "${JVM_OPTIONS:--Xmx256m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=80m -Xss512k -XX:TrimNativeHeapInterval=5000}"
BASE=http://127.0.0.1:$PORT
work=$(mktemp -d)
pid=
trap '[[ -n $pid ]] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
[[ -f $JAR ]] || { echo "no $JAR: run mvn -B package -DskipTests first" >&2; exit 1; }

rss_mb() { echo $(( $(ps -o rss= -p "$pid") / 1024 )); }

# "least, median and most" of the numbers given
spread() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { printf "least %s, median %s, most %s", a[1], a[int((NR + 1) / 2)], a[NR] }'; }

# Starts the hub on the data directory; sets pid, and ready to the seconds from the JVM's start to /health/ready UP.
start() {
    local began=$(date +%s.%N)
    HUB_DATA_DIR=$work/data HUB_BACKUP_DIR=$work/backups java "${JVM[@]}" -Djava.io.tmpdir="$work" \
        -jar "$JAR" --port "$PORT" >"$work/hub-$1.log" 2>&1 &
    pid=$!
    until curl -sf "$BASE/health/ready" >/dev/null 2>&1; do
        kill -0 "$pid" 2>/dev/null || { echo "the hub stopped; see its log:" >&2; tail -20 "$work/hub-$1.log" >&2; exit 1; }
        sleep 0.1
    done
    ready=$(echo "$(date +%s.%N) - $began" | bc)
}

stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

start first
first=$ready
sleep 30
first_rss=$(rss_mb)
echo "first start (migrations, demo data) to ready: ${first} s; resident memory 30 s later: ${first_rss} MB"
restarts=() rests=()
for i in $(seq "$RESTARTS"); do
    stop
    start "restart-$i"
    sleep 30
    restarts+=("$(printf '%.1f' "$ready")") rests+=("$(rss_mb)")
done
echo "restarts to ready (s): ${restarts[*]}; $(spread "${restarts[@]}")"
echo "resident memory at rest 30 s after each (MB): ${rests[*]}; $(spread "${rests[@]}")"

echo "--- booking benchmark (paced at 300/s, 60 s warm-up, 30 s measured)"
java bench/BookingLoad.java --base "$BASE" --warmup 60 --seconds 30 --rate 300 --availability-requests 200 \
    --pid "$pid" | grep -Ei "bookings/s|created|p99|rss|refus" || true

echo "--- feed benchmark (a year of public bookings, then the hub feed for 60 s at 32 connections)"
java bench/YearOfBookings.java --base "$BASE" >/dev/null
if command -v wrk >/dev/null; then
    wrk -t2 -c32 -d60s "$BASE/calendar/hub.ics" | grep -E "Requests/sec|Latency"
else
    for _ in $(seq 2000); do curl -sf "$BASE/calendar/hub.ics" -o /dev/null; done
fi
echo "resident memory after the feed benchmark: $(rss_mb) MB"

if (( OTHERS > 0 )); then
    echo "--- storing about $OTHERS other bookings (closed loop, outside the feed's year)"
    java bench/BookingLoad.java --base "$BASE" --warmup 0 --seconds 100000 --max-bookings "$OTHERS" --years 10 \
        --availability-requests 10 --pid "$pid" | grep -Ei "bookings/s|full|created" || true
fi

echo "--- the year feed built again after each of $REBUILDS new public bookings (in a room of its own)"
hours=$(for d in monday tuesday wednesday thursday friday saturday sunday; do printf '{"day":"%s","opens":"08:00","closes":"21:00"},' $d; done)
room=$(curl -sf -u admin:hub-demo -H 'Content-Type: application/json' "$BASE/api/rooms" -d \
    "{\"slug\":\"rebuild-$RANDOM\",\"name\":\"Rebuild room $RANDOM\",\"capacity\":30,\"floor\":\"Ground floor\",\"features\":[],\"openingHours\":[${hours%,}],\"turnaroundMinutes\":15,\"minimumBookingMinutes\":30,\"maximumBookingMinutes\":480,\"standardHourlyRate\":20.00,\"communityHourlyRate\":10.00,\"bookableByTenants\":true}" \
    | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
curl -sf "$BASE/calendar/hub.ics" -o /dev/null
for i in $(seq "$REBUILDS"); do
    day=$(date -d "+$(( 7 + i )) days" +%F)
    curl -sf -u staff:hub-demo -H 'Content-Type: application/json' -o /dev/null "$BASE/api/bookings" -d \
        "{\"roomId\":$room,\"title\":\"Feed rebuild $i\",\"type\":\"meeting\",\"visibility\":\"public\",\"expectedAttendance\":5,\"audience\":[],\"start\":\"${day}T10:00:00\",\"end\":\"${day}T11:00:00\"}" \
        || echo "booking $i refused (a closed day?)"
    curl -sf -o /dev/null -w '%{time_total}\n' "$BASE/calendar/hub.ics" >>"$work/rebuilds"
done
sort -n "$work/rebuilds" | awk '{ a[NR] = $1 } END { printf "feed rebuild after a booking: median %.3f s, best %.3f s, worst %.3f s (%d runs)\n", a[int((NR + 1) / 2)], a[1], a[NR], NR }'
echo "resident memory at the end: $(rss_mb) MB"
