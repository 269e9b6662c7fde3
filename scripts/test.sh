#!/usr/bin/env bash
# Sets everything up, trains if needed, and runs the whole test suite:
# data validation, pytest (unit, component and end-to-end tests) and the
# Rasa test stories.
source "$(dirname "$0")/common.sh"
cd "$ROOT"

bash scripts/setup.sh
bash scripts/browser.sh
bash scripts/haproxy.sh
bash scripts/train.sh

say "Validating training data and domain"
"$RASA" data validate --config config.yml --domain domain --data data --fail-on-warnings --quiet

say "Running pytest"
set +e
"$PY" -m pytest "$@"
status=$?
set -e
if [ $status -eq 5 ]; then
  die "pytest collected no tests; the suite must run real tests"
elif [ $status -ne 0 ]; then
  exit $status
fi

say "Running the Rasa test stories"
rm -rf results/stories
"$RASA" test core --model "$MODEL" --stories tests/stories --out results/stories \
  --fail-on-prediction-errors --no-plot --quiet
say "All tests passed"
