#!/usr/bin/env bash
# What the stack costs before the hub adds anything (a benchmark, not a test): restarts of the hub's runnable file and
# of bench/floor (one entity, one Faces page with PrimeFaces and OmniFaces, one REST resource, embedded Derby, on the
# same Payara Micro with the same boot commands), timed in alternation to their first 200 (/health/ready for the hub,
# the Faces page for the floor), with the resident memory 30 s after each. Run from the repository root on a quiet
# machine after `mvn -B package -DskipTests`; loopback only.
#
#   bench/floor.sh                 # a first start of each, then three alternating pairs of restarts
#   ROUNDS=5 bench/floor.sh
set -euo pipefail
JAR=${JAR:-hub-web/target/community-hub.jar}
PAYARA=${PAYARA:-hub-web/target/payara-micro.jar}
PORT=${PORT:-18080}
ROUNDS=${ROUNDS:-3}
read -ra JVM <<< "${JVM_OPTIONS:--Xmx256m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=80m -Xss512k -XX:TrimNativeHeapInterval=5000}"
work=$(mktemp -d)
pid=
trap '[[ -n $pid ]] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
[[ -f $JAR && -f $PAYARA ]] || { echo "no $JAR: run mvn -B package -DskipTests first" >&2; exit 1; }
mvn -B -q -Dstyle.color=never -f bench/floor/pom.xml package -DskipTests
FLOOR=bench/floor/target/floor.war

# Starts one of them, waits for its first 200 of the URL and 30 s more; prints the seconds and the memory, then stops it.
timed() {
    local name=$1 url=$2; shift 2
    local began=$(date +%s.%N)
    "$@" >"$work/$name.log" 2>&1 &
    pid=$!
    until curl -sf "$url" >/dev/null 2>&1; do
        kill -0 "$pid" 2>/dev/null || { echo "$name stopped; see its log:" >&2; tail -20 "$work/$name.log" >&2; exit 1; }
        sleep 0.1
    done
    local ready=$(echo "$(date +%s.%N) - $began" | bc)
    sleep 30
    printf '%-6s ready in %5.1f s, %d MB at rest\n' "$name" "$ready" $(( $(ps -o rss= -p "$pid") / 1024 ))
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
}

hub() {
    HUB_DATA_DIR=$work/data HUB_BACKUP_DIR=$work/backups timed hub "http://127.0.0.1:$PORT/health/ready" \
        java "${JVM[@]}" -Djava.io.tmpdir="$work" -jar "$JAR" --port "$PORT"
}

floor() {
    timed floor "http://127.0.0.1:$PORT/index.xhtml" \
        java "${JVM[@]}" -Djava.io.tmpdir="$work" -Dderby.system.home="$work" -jar "$PAYARA" --nohazelcast \
        --disablephonehome --prebootcommandfile config/pre-boot-commands.txt --deploy "$FLOOR" --contextroot / \
        --port "$PORT"
}

echo "first starts (the hub's with migrations and demo data):"
hub
floor
echo "restarts on those databases:"
for _ in $(seq "$ROUNDS"); do
    hub
    floor
done
