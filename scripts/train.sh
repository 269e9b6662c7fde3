#!/usr/bin/env bash
# Trains models/clinic.tar.gz only when the training data, domain, config or
# the custom components changed since the last training, then makes sure the
# safety screen's encoder caches (prototype embeddings, emergency classifier)
# match their inputs, so no server start spends a minute building them.
source "$(dirname "$0")/common.sh"
cd "$ROOT"

fingerprint() {
  find config.yml domain data rasa_addons assistant/nlp.py assistant/semantic assistant/input_checks.py requirements/lock.txt \
    -type f \( -name '*.yml' -o -name '*.py' -o -name '*.txt' \) -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1
}

wanted="$(fingerprint)"
stamp="$MODEL_DIR/.fingerprint"
prepare_safety() {
  say "Preparing the safety screen's encoder caches (first time: about a minute)"
  TF_CPP_MIN_LOG_LEVEL=2 "$PY" -m assistant.cli prepare-safety >/dev/null
}

if [ "${1:-}" != "--force" ] && [ -f "$MODEL" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
  say "Model is up to date ($MODEL)"
  prepare_safety
  exit 0
fi

say "Training the model (about a minute)"
mkdir -p "$MODEL_DIR"
started=$(date +%s)
"$RASA" train --config config.yml --domain domain --data data \
  --out "$MODEL_DIR" --fixed-model-name "$MODEL_NAME" --quiet
echo "$wanted" >"$stamp"
say "Model trained in $(( $(date +%s) - started )) s: $MODEL"
prepare_safety
