#!/usr/bin/env bash
# Sets everything up, trains if needed, and runs the assistant:
#   Rasa server        http://localhost:5005  (rest + socketio channels)
#   action server      http://localhost:5055
#   staff console      http://localhost:8080  (CONSOLE_PORT)
#   demo clinic site   http://localhost:8000  (WEBSITE_PORT), with the chat widget
# Ctrl-C stops them all.
source "$(dirname "$0")/common.sh"
cd "$ROOT"

bash scripts/setup.sh
bash scripts/train.sh
mkdir -p var/log

# The clinic database: create or upgrade its tables, load the demo clinic on
# the first start (a clinic loads its own file with `load-clinic`), top up
# the consultation slots, and store any booking request left in the outbox.
"$PY" -m assistant.cli ensure-demo || die "the clinic database is not ready (see the message above)"
"$PY" -m assistant.cli deliver-outbox || say "Some booking requests are still waiting in the outbox; they are retried on every action call"

pids=()
stop_all() {
  trap - INT TERM EXIT
  if [ ${#pids[@]} -gt 0 ]; then
    say "Stopping the assistant"
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
}
trap stop_all EXIT
# Ctrl-C (or a TERM) is the normal way to stop: stop everything and exit cleanly.
trap 'stop_all; exit 0' INT TERM

"$RASA" run actions --actions actions --port 5055 >var/log/actions.log 2>&1 &
pids+=($!)
# CORS for the REST webhook: the web pages in CHAT_ALLOWED_ORIGINS (.env or
# environment), never "*". The socket.io channel checks the same list itself.
read -r -a allowed_origins <<<"$("$PY" -m assistant.website --allowed-origins)"
"$RASA" run --model "$MODEL" --port 5005 --credentials credentials.yml --endpoints endpoints.yml \
  --cors "${allowed_origins[@]}" >var/log/rasa.log 2>&1 &
pids+=($!)
"$PY" -m assistant.cli console >var/log/console.log 2>&1 &
pids+=($!)
"$PY" -m assistant.cli website >var/log/website.log 2>&1 &
pids+=($!)

console_url="$("$PY" -c 'from assistant.settings import load_settings as l; s = l(); print(f"http://{s.console_host}:{s.console_port}")')"
website_url="$("$PY" -c 'from assistant.settings import load_settings as l; s = l(); print(f"http://{s.website_host}:{s.website_port}")')"

say "Starting (the Rasa server takes about a minute to load); logs in var/log/"
"$PY" -m assistant.cli wait --url http://localhost:5005 --url http://localhost:5055/health \
  --url "$console_url/login" --url "$website_url/" --timeout 240 \
  || { tail -20 var/log/rasa.log var/log/actions.log var/log/console.log var/log/website.log >&2; die "the servers did not start"; }

cat <<MSG

  The assistant is running.
    Demo clinic website with the chat:  $website_url
    Staff console:                      $console_url   (first time: make admin)
    Chat in this terminal:              make chat        (in another terminal)
    REST webhook:                       POST http://localhost:5005/webhooks/rest/webhook  {"sender": "me", "message": "hi"}
    Socket.IO:                          http://localhost:5005/socket.io
    Action server:                      http://localhost:5055/health
  Press Ctrl-C to stop.

MSG
wait -n "${pids[@]}" || true
die "a server stopped unexpectedly; see var/log/"
