# Shared by the scripts in this folder: paths, environment and messages.
# shellcheck shell=bash
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"
RASA="$VENV/bin/rasa"
MODEL_DIR="$ROOT/models"
MODEL_NAME="clinic"
MODEL="$MODEL_DIR/$MODEL_NAME.tar.gz"

# Nothing here may reach the internet: no telemetry, no TensorFlow chatter.
export RASA_TELEMETRY_ENABLED=false
export TF_CPP_MIN_LOG_LEVEL=2
export TF_ENABLE_ONEDNN_OPTS=0
export SQLALCHEMY_SILENCE_UBER_WARNING=1
export PYTHONDONTWRITEBYTECODE=1
# Rasa imports the custom components and tracker store from the project.
export PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf '\033[31mError: %s\033[0m\n' "$*" >&2; exit 1; }
