#!/usr/bin/env bash
# Sets everything up, trains if needed, and runs the assistant (ports from the
# settings, see .env.example):
#   Rasa server        http://localhost:5005  (RASA_PORT; rest + socketio channels)
#   action server      http://localhost:5055  (ACTION_SERVER_PORT)
#   staff console      http://localhost:8080  (CONSOLE_PORT)
#   demo clinic site   http://localhost:8000  (WEBSITE_PORT), with the chat widget
# A server that crashes is restarted (with back-off, logged) while the others
# keep running; Ctrl-C stops them all. Logs in var/log/ (LOG_DIR).
#
# SKIP_SETUP=1 starts with .venv and models/ as they are, without installing
# or training (the end-to-end tests do, under `make test`, which has done both).
source "$(dirname "$0")/common.sh"
cd "$ROOT"

if [ "${SKIP_SETUP:-}" != 1 ]; then
  bash scripts/setup.sh
  bash scripts/train.sh
fi

# The clinic database: create or upgrade its tables, load the demo clinic on
# the first start (a clinic loads its own file with `load-clinic`), top up
# the consultation slots, and store any booking request left in the outbox.
"$PY" -m assistant.cli ensure-demo || die "the clinic database is not ready (see the message above)"
"$PY" -m assistant.cli deliver-outbox || say "Some booking requests are still waiting in the outbox; they are retried on every action call"

# The supervisor (assistant/supervisor.py) starts the four servers, waits for
# them, restarts any that crashes and stops them all on Ctrl-C or TERM.
exec "$PY" -m assistant.supervisor --model "$MODEL" --rasa "$RASA"
