#!/usr/bin/env bash
# Load benchmark: this assistant and Rasa's stock `rasa init` assistant, one
# after the other on this machine, with the same load (bench/load_test.py).
#   make bench  [CONVERSATIONS=20 TURNS=10 ROUNDS=5]
# Results: bench/results/load.md. Loopback only; bounded request count.
source "$(dirname "$0")/common.sh"
cd "$ROOT"
bash scripts/setup.sh
bash scripts/train.sh

conversations="${CONVERSATIONS:-20}"
turns="${TURNS:-10}"
rounds="${ROUNDS:-5}"
work="$ROOT/bench/.work"
stock="$work/stock"
record="$work/load.jsonl"
mkdir -p "$work"
rm -f "$record"

if ! ls "$stock"/models/*.tar.gz >/dev/null 2>&1; then
  say "Creating and training the stock assistant with rasa init (about 2 minutes)"
  rm -rf "$stock" && mkdir -p "$stock"
  "$RASA" init --no-prompt --init-dir "$stock" >"$work/stock-init.log" 2>&1 || { tail -20 "$work/stock-init.log"; die "rasa init failed"; }
fi

# A second, unrecorded load run with py-spy sampling the server's stacks:
# where a live server's time goes, HTTP and tracker store included.
profile_under_load() {  # <label> <server pid> <url>
  local raw="$work/$(echo "$1" | tr ' ' '-').raw"
  rm -f "$raw"
  "$ROOT/.venv/bin/py-spy" record --pid "$2" --format raw --output "$raw" --rate 200 --duration 15 \
    >"$work/py-spy.log" 2>&1 &
  local spy=$!
  sleep 1
  for _ in 1 2 3; do
    "$PY" bench/load_test.py --url "$3" --conversations "$conversations" --turns "$turns" --label "$1 (profiled)" >/dev/null
  done
  wait "$spy" || true
  if [ -s "$raw" ]; then
    "$PY" bench/profile_server.py "$raw" --label "$1" >>"$work/server-profile.md" && echo >>"$work/server-profile.md"
  else
    echo "(py-spy could not sample $1: $(tail -1 "$work/py-spy.log"))" >>"$work/server-profile.md"
  fi
}
rm -f "$work/server-profile.md"

pids=()
stop_servers() { [ ${#pids[@]} -eq 0 ] || { kill "${pids[@]}" 2>/dev/null || true; wait "${pids[@]}" 2>/dev/null || true; }; pids=(); }
trap stop_servers EXIT

say "Stock rasa init assistant"
(cd "$stock" && exec "$RASA" run --model models --interface 127.0.0.1 --port 5105 >"$work/stock.log" 2>&1) &
pids+=($!)
"$PY" -m assistant.cli wait --url http://localhost:5105 --timeout 300 || die "stock server did not start"
"$PY" bench/load_test.py --url http://localhost:5105 --conversations "$conversations" --turns "$turns" --rounds "$rounds" \
  --label "stock rasa init" --record "$record"
profile_under_load "stock rasa init" "${pids[0]}" http://localhost:5105
stop_servers

# The action server and this assistant's Rasa server (pids[0], pids[1]).
start_assistant() {  # <endpoints file> <log name>
  "$RASA" run actions --actions actions --port 5155 >"$work/actions.log" 2>&1 &
  pids+=($!)
  "$RASA" run --model "$MODEL" --interface 127.0.0.1 --port 5205 --credentials credentials.yml --endpoints "$1" >"$work/$2.log" 2>&1 &
  pids+=($!)
  "$PY" -m assistant.cli wait --url http://localhost:5155/health --url http://localhost:5205 --timeout 300 \
    || die "servers did not start"
}

say "This assistant"
sed "s#http://localhost:5055/webhook#http://localhost:5155/webhook#" endpoints.yml >"$work/endpoints.yml"
rm -f "$work/bench.db"
export DATABASE_URL="sqlite:///$work/bench.db"
"$PY" -m assistant.cli ensure-demo >"$work/ensure-demo.log" 2>&1 || { cat "$work/ensure-demo.log"; die "could not load the demo clinic"; }
start_assistant "$work/endpoints.yml" ours
"$PY" bench/load_test.py --url http://localhost:5205 --conversations "$conversations" --turns "$turns" --rounds "$rounds" \
  --label "clinic assistant" --record "$record"
profile_under_load "clinic assistant" "${pids[1]}" http://localhost:5205
stop_servers

# Diagnostic, not how the assistant runs: the same server with Rasa's
# in-memory tracker store, as the stock assistant has, to compare it with
# keeping every conversation in the database.
say "This assistant with an in-memory tracker store (diagnostic)"
grep -v -e '^tracker_store:' -e 'SettingsSQLTrackerStore' "$work/endpoints.yml" >"$work/endpoints-memory.yml"
start_assistant "$work/endpoints-memory.yml" ours-memory
"$PY" bench/load_test.py --url http://localhost:5205 --conversations "$conversations" --turns "$turns" --rounds "$rounds" \
  --label "clinic assistant, in-memory tracker store (diagnostic)" --record "$record"
stop_servers

say "Profiling one turn of each (in-process, cProfile)"
"$PY" bench/profile_turn.py --model "$MODEL" --label "clinic assistant" >"$work/profile.md"
"$PY" bench/profile_turn.py --model "$stock/models" --label "stock rasa init" >>"$work/profile.md"
cat "$work/server-profile.md" "$work/profile.md" >"$work/notes.md"
"$PY" bench/summarise_load.py "$record" --notes "$work/notes.md"
