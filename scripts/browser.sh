#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the browser tests. Playwright
# drives it through executable_path; it never downloads a browser of its own
# (there is no access to its download hosts here or in many clinics).
source "$(dirname "$0")/common.sh"

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  exit 0
fi
say "Installing Chromium for the browser tests (Debian package 'chromium')"
if ! command -v apt-get >/dev/null 2>&1; then
  die "the browser tests need Chromium at $chromium: install it with your package manager or set CHROMIUM_PATH"
fi
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || die "installing Chromium needs root: run 'apt-get install chromium' as root"
  sudo_cmd=(sudo -n)
fi
export DEBIAN_FRONTEND=noninteractive
if ! "${sudo_cmd[@]}" apt-get install -y -q chromium >/dev/null; then
  "${sudo_cmd[@]}" apt-get update -q >/dev/null
  "${sudo_cmd[@]}" apt-get install -y -q chromium >/dev/null || die "could not install Chromium"
fi
[ -x "$chromium" ] || die "Chromium was installed but $chromium is missing; set CHROMIUM_PATH"
say "Chromium ready: $("$chromium" --version 2>/dev/null | head -1)"
