#!/usr/bin/env bash
# NLU evaluation on the held-out test set; results go to bench/results/.
source "$(dirname "$0")/common.sh"
cd "$ROOT"
bash scripts/setup.sh
bash scripts/train.sh
"$PY" bench/evaluate_nlu.py --model "$MODEL" "$@"
