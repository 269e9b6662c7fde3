#!/usr/bin/env bash
# Re-resolves requirements/main.in and dev.in into requirements/lock.txt with
# pip-tools, run under Python 3.10 in a throwaway environment so pip-tools'
# own dependencies never enter the project's .venv.
source "$(dirname "$0")/common.sh"
cd "$ROOT"
bash scripts/setup.sh
tools="$(mktemp -d)"
trap 'rm -rf "$tools"' EXIT
"$("$PY" -c 'import sys; print(sys._base_executable)')" -m venv "$tools"
"$tools/bin/pip" install -q pip-tools==7.6.2 2>&1 | grep -v "^WARNING: Location" || true
cd requirements
"$tools/bin/pip-compile" -q --resolver=backtracking --strip-extras --allow-unsafe \
  --no-emit-index-url --no-emit-find-links --output-file lock.txt main.in dev.in
say "requirements/lock.txt updated; run make setup to install it"
