#!/usr/bin/env bash
# Cross-validates every candidate NLU pipeline in bench/nlu_configs/ on the
# training data and writes the comparison to bench/results/nlu_cross_validation.md.
#   bash scripts/compare_nlu_configs.sh [FOLDS]     (default 3 folds; ~30 minutes on 2 cores)
source "$(dirname "$0")/common.sh"
cd "$ROOT"
bash scripts/setup.sh
folds="${1:-3}"
for config in bench/nlu_configs/*.yml; do
  name="$(basename "$config" .yml)"
  say "Cross-validating $name ($folds folds)"
  start=$(date +%s)
  "$RASA" test nlu --cross-validation --folds "$folds" --config "$config" --nlu data/nlu \
    --domain domain --out "results/cv/$name" --no-plot --quiet >"results/cv-$name.log" 2>&1 \
    || { tail -20 "results/cv-$name.log"; die "cross-validation of $name failed"; }
  echo $(( $(date +%s) - start )) >"results/cv/$name/seconds"
done
"$PY" bench/summarise_cross_validation.py --folds "$folds"
