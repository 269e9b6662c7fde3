#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the browser tests. Playwright
# drives it through executable_path; it never downloads a browser of its own
# (there is no access to its download hosts here or in many clinics).
source "$(dirname "$0")/common.sh"

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  exit 0
fi
[ -z "${CHROMIUM_PATH:-}" ] || die "CHROMIUM_PATH=$chromium is not a program"
bash "$ROOT/scripts/apt_package.sh" chromium "$chromium" "the browser tests"
say "Chromium ready: $("$chromium" --version 2>/dev/null | head -1)"
