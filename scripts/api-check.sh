#!/usr/bin/env bash
# The API against its own description: schemathesis (PyPI) generates requests from
# /openapi.json and checks that no answer is a server error (5xx) and that every answer
# conforms to the description. Run as the public and as a monitor, on a record holding the
# UCDP events of February–March 2016.
#
#   pip install schemathesis && cargo build -p truce-cli && scripts/api-check.sh [EXAMPLES]
set -euo pipefail
cd "$(dirname "$0")/.."
TRUCE="${TRUCE_BIN:-${CARGO_TARGET_DIR:-target}/debug/truce}"
EXAMPLES="${1:-25}"
DIR="$(mktemp -d)"
DB="$DIR/truce.db"
trap '[ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null; rm -rf "$DIR"' EXIT

"$TRUCE" --db "$DB" load scenarios/syria-2016 >/dev/null
"$TRUCE" --db "$DB" import ucdp data/ucdp/ged_syria_2016-02_to_2016-03.csv >/dev/null
"$TRUCE" --db "$DB" adjudicate >/dev/null
"$TRUCE" --db "$DB" --as admin user add mona --role monitor >/dev/null
TOKEN="$("$TRUCE" --db "$DB" --as admin token create mona 2>/dev/null)"
PORT=$((20000 + RANDOM % 20000))
"$TRUCE" --db "$DB" serve --addr "127.0.0.1:$PORT" 2>/dev/null &
SERVER=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/openapi.json" >/dev/null && break; sleep 0.1; done

CHECKS=not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance
for who in public monitor; do
    HEADER=()
    [ "$who" = monitor ] && HEADER=(-H "Authorization: Bearer $TOKEN")
    echo "== as the $who =="
    schemathesis run "http://127.0.0.1:$PORT/openapi.json" --checks "$CHECKS" \
        --max-examples "$EXAMPLES" "${HEADER[@]}"
done
