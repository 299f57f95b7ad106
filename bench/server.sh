#!/usr/bin/env bash
# Load on the API with wrk (Debian's package) on loopback: the filtered list and the GeoJSON
# endpoint, on a record holding the UCDP events of 2016–2019 (16,566 incidents, merged and
# determined), as a monitor. Prints wrk's latency distribution and the server's peak memory.
#
#   cargo build --release -p truce-cli && bench/server.sh [GED.csv]
#   TRUCE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test bench/server.sh   # on PostgreSQL
#     (in a schema of its own, dropped at the end)
set -euo pipefail
cd "$(dirname "$0")/.."
TRUCE="${TRUCE_BIN:-${CARGO_TARGET_DIR:-target}/release/truce}"
CSV="${1:-../shared/data/ucdp-ged-syria/ged_syria_2016-2019_v19.csv}"
DIR="$(mktemp -d)"
DB="$DIR/truce.db"
if [ -n "${TRUCE_DATABASE_URL:-}" ]; then
    export TRUCE_DB_SCHEMA="truce_bench_$$"
    STORE=()
else
    STORE=(--db "$DB")
fi
cleanup() {
    [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null
    [ -n "${TRUCE_DATABASE_URL:-}" ] && psql "$TRUCE_DATABASE_URL" -qc "DROP SCHEMA IF EXISTS $TRUCE_DB_SCHEMA CASCADE" >/dev/null
    rm -rf "$DIR"
}
trap cleanup EXIT
"$TRUCE" "${STORE[@]}" load scenarios/syria-2016 >/dev/null
"$TRUCE" "${STORE[@]}" import ucdp "$CSV" >/dev/null
"$TRUCE" "${STORE[@]}" adjudicate >/dev/null
"$TRUCE" "${STORE[@]}" --as admin user add mona --role monitor >/dev/null
TOKEN="$("$TRUCE" "${STORE[@]}" --as admin token create mona 2>/dev/null)"
PORT=$((20000 + RANDOM % 20000))
"$TRUCE" "${STORE[@]}" serve --addr "127.0.0.1:$PORT" 2>/dev/null &
SERVER=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/openapi.json" >/dev/null && break; sleep 0.1; done
for path in "/api/incidents?from=2016-03-01&to=2016-03-31&outcome=violation&limit=100" "/api/incidents.geojson?from=2016-03-01&to=2016-03-07"; do
    echo "== GET $path"
    wrk -t2 -c8 -d10s --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$path" | grep -E "Requests/sec|Latency|50%|90%|99%|requests in"
done
echo "server peak RSS: $(awk '/VmHWM/ {print $2, $3}' "/proc/$SERVER/status")"
