#!/usr/bin/env bash
# Sets up, trains if needed, and runs N Rasa servers and M action servers
# behind HAProxy (assistant/cluster/launcher.py; docs/deploy.md):
#   RASA_SERVERS=3 ACTION_SERVERS=2 bash scripts/run_cluster.sh     (make run-cluster N=3 M=2)
# Needs REDIS_URL and a PostgreSQL DATABASE_URL (in .env or the environment).
source "$(dirname "$0")/common.sh"
cd "$ROOT"

if [ "${SKIP_SETUP:-}" != 1 ]; then
  bash scripts/setup.sh
  bash scripts/haproxy.sh
  bash scripts/train.sh
fi
"$PY" -m assistant.cli ensure-demo || die "the clinic database is not ready (see the message above)"
"$PY" -m assistant.cli deliver-outbox || say "Some booking requests are still waiting in the outbox; they are retried on every action call"
exec "$PY" -m assistant.cluster.launcher --model "$MODEL" --rasa "$RASA" \
  --rasa-servers "${RASA_SERVERS:-3}" --action-servers "${ACTION_SERVERS:-2}"
