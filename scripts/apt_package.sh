#!/usr/bin/env bash
# Installs a Debian package if its program is missing:
#   bash scripts/apt_package.sh PACKAGE PROGRAM [WHAT-FOR]
# Test tools never download programs of their own; these come from Debian.
source "$(dirname "$0")/common.sh"

package="$1"
program="$2"
what_for="${3:-$package}"
if command -v "$program" >/dev/null 2>&1 || [ -x "$program" ]; then
  exit 0
fi
say "Installing $package ($what_for)"
command -v apt-get >/dev/null 2>&1 || die "$what_for needs $program: install the package '$package' with your package manager"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || die "installing $package needs root: run 'apt-get install $package' as root"
  sudo_cmd=(sudo -n)
fi
export DEBIAN_FRONTEND=noninteractive
if ! "${sudo_cmd[@]}" apt-get install -y -q "$package" >/dev/null; then
  "${sudo_cmd[@]}" apt-get update -q >/dev/null
  "${sudo_cmd[@]}" apt-get install -y -q "$package" >/dev/null || die "could not install $package"
fi
command -v "$program" >/dev/null 2>&1 || [ -x "$program" ] || die "$package was installed but $program is missing"
