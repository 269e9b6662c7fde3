#!/usr/bin/env bash
# Cross-validates every candidate NLU pipeline in bench/nlu_configs/ on the
# training data and writes the comparison to bench/results/nlu_cross_validation.md.
#   bash scripts/compare_nlu_configs.sh [FOLDS]     (default 3 folds; ~30 minutes on 2 cores)
source "$(dirname "$0")/common.sh"
cd "$ROOT"
bash scripts/setup.sh
folds="${1:-3}"
# The ResponseSelector learns from the FAQ answers' text as well as the
# examples, and `rasa test nlu` reads only training-data files: give it the
# NLU data plus the FAQ responses (taken from the domain).
cv_data="results/cv-data"
rm -rf "$cv_data" && mkdir -p "$cv_data"
cp data/nlu/*.yml "$cv_data/"
"$PY" -c 'import sys, yaml; d = yaml.safe_load(open("domain/faq.yml")); yaml.safe_dump({"version": "3.1", "responses": d["responses"]}, open(sys.argv[1], "w"), allow_unicode=True)' "$cv_data/faq_responses.yml"
for config in ${CONFIGS:-bench/nlu_configs/*.yml}; do
  name="$(basename "$config" .yml)"
  say "Cross-validating $name ($folds folds)"
  start=$(date +%s)
  "$RASA" test nlu --cross-validation --folds "$folds" --config "$config" --nlu "$cv_data" \
    --domain domain --out "results/cv/$name" --no-plot --quiet >"results/cv-$name.log" 2>&1 \
    || { tail -20 "results/cv-$name.log"; die "cross-validation of $name failed"; }
  echo $(( $(date +%s) - start )) >"results/cv/$name/seconds"
done
"$PY" bench/summarise_cross_validation.py --folds "$folds"
