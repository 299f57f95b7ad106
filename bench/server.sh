#!/usr/bin/env bash
# Load on the API with wrk (Debian's package) on loopback: the filtered list and the GeoJSON
# endpoint, as a monitor and as a party's liaison. Prints wrk's latency distribution per
# request and the server's peak memory.
#
#   cargo build --release -p truce-cli && bench/server.sh [GED.csv]
#       a fresh record of GED.csv (default: the 16,566 UCDP events of 2016–2019), merged and
#       determined, removed afterwards
#   TRUCE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test bench/server.sh   # on PostgreSQL
#       (in a schema of its own, dropped at the end)
#   PACED=9 bench/server.sh    # also each request paced (9 ms between answers per connection)
#   BENCH_RECORD=/path/truce.db bench/server.sh
#   TRUCE_DATABASE_URL=… TRUCE_DB_SCHEMA=name BENCH_RECORD=keep bench/server.sh
#       a record built beforehand (users `mona`, monitor, and `lina`, liaison of gov-syria,
#       added if missing), kept afterwards — for the 1,000,000-incident figures, whose record
#       takes minutes to build
set -euo pipefail
cd "$(dirname "$0")/.."
TRUCE="${TRUCE_BIN:-${CARGO_TARGET_DIR:-target}/release/truce}"
CSV="${1:-../shared/data/ucdp-ged-syria/ged_syria_2016-2019_v19.csv}"
DIR="$(mktemp -d)"
KEEP="${BENCH_RECORD:-}"
if [ -n "${TRUCE_DATABASE_URL:-}" ]; then
    [ -z "$KEEP" ] && export TRUCE_DB_SCHEMA="truce_bench_$$"
    STORE=()
elif [ -n "$KEEP" ]; then
    STORE=(--db "$KEEP")
else
    STORE=(--db "$DIR/truce.db")
fi
cleanup() {
    [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null
    if [ -n "${TRUCE_DATABASE_URL:-}" ] && [ -z "$KEEP" ]; then
        psql "$TRUCE_DATABASE_URL" -qc "DROP SCHEMA IF EXISTS $TRUCE_DB_SCHEMA CASCADE" >/dev/null
    fi
    rm -rf "$DIR"
}
trap cleanup EXIT
if [ -z "$KEEP" ]; then
    "$TRUCE" "${STORE[@]}" load scenarios/syria-2016 >/dev/null
    "$TRUCE" "${STORE[@]}" import ucdp "$CSV" >/dev/null
    "$TRUCE" "${STORE[@]}" adjudicate >/dev/null
fi
"$TRUCE" "${STORE[@]}" --as admin user add mona --role monitor >/dev/null 2>&1 || true
"$TRUCE" "${STORE[@]}" --as admin user add lina --role liaison --party "Government of Syria" >/dev/null 2>&1 || true
MONITOR="$("$TRUCE" "${STORE[@]}" --as admin token create mona 2>/dev/null)"
LIAISON="$("$TRUCE" "${STORE[@]}" --as admin token create lina 2>/dev/null)"
PORT=$((20000 + RANDOM % 20000))
"$TRUCE" "${STORE[@]}" serve --addr "127.0.0.1:$PORT" 2>/dev/null &
SERVER=$!
for _ in $(seq 300); do curl -sf "http://127.0.0.1:$PORT/openapi.json" >/dev/null && break; sleep 0.1; done
ALEPPO="bbox=36.9,36.0,37.4,36.4"
# Paced (PACED=ms): each of 8 connections waits that long after each answer, holding the rate
# near 500/s for answers of a few milliseconds
# (wrk has no fixed rate; the achieved rate is printed).
echo "function delay() return ${PACED:-16} end" > "$DIR/paced.lua"
run() {
    local who="$1" token="$2" path="$3"
    local size
    size="$(curl -s -H "Authorization: Bearer $token" "http://127.0.0.1:$PORT$path" | wc -c)"
    echo "== GET $path as $who ($size bytes)"
    wrk -t2 -c8 -d10s --latency -H "Authorization: Bearer $token" "http://127.0.0.1:$PORT$path" | grep -E "Requests/sec|Latency|50%|90%|99%|requests in"
    if [ -n "${PACED:-}" ]; then
        echo "   paced:"
        wrk -t2 -c8 -d10s --latency -s "$DIR/paced.lua" -H "Authorization: Bearer $token" "http://127.0.0.1:$PORT$path" | grep -E "Requests/sec|50%|90%|99%"
    fi
}
run monitor "$MONITOR" "/api/incidents?from=2016-03-01&to=2016-03-31&outcome=violation&limit=100"
run liaison "$LIAISON" "/api/incidents?from=2016-03-01&to=2016-03-31&outcome=violation&limit=100"
run monitor "$MONITOR" "/api/incidents.geojson?from=2016-03-01&to=2016-03-07"
run monitor "$MONITOR" "/api/incidents.geojson?from=2016-03-01&to=2016-03-01"
run monitor "$MONITOR" "/api/incidents.geojson?from=2016-03-01&to=2016-03-07&$ALEPPO"
echo "server peak RSS: $(awk '/VmHWM/ {print $2, $3}' "/proc/$SERVER/status")"
