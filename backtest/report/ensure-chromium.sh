#!/usr/bin/env bash
# ensure-chromium.sh makes sure headless Chromium is installed for
# backtest/report's TestReportRendersInChromium, which opens report.html in
# it and checks the screenshot; `make test` runs it before `go test`.
#
# It is idempotent: when `chromium` is on PATH it prints one line and exits
# 0. Otherwise it runs `apt-get update` once and `apt-get install chromium`
# (Debian's package; on Ubuntu that name is a snap stub), which needs root
# or password-less sudo, and prints the installed version. apt waits up to
# five minutes for a lock held by another apt run instead of failing.
set -euo pipefail

log() { echo "ensure-chromium: $*"; }
die() { echo "ensure-chromium: $*" >&2; exit 1; }

if command -v chromium >/dev/null 2>&1; then
	log "chromium already installed: $(chromium --version 2>/dev/null | tail -n 1)"
	exit 0
fi

command -v apt-get >/dev/null 2>&1 ||
	die "chromium is missing and there is no apt-get to install it: install Chromium so that \`chromium\` is on PATH (go test -short skips the Chromium test)"

# Installing needs root: be root, or have password-less sudo.
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
	command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null ||
		die "chromium is missing and installing it needs root: run this script as root or with password-less sudo, or install Debian's chromium package yourself (go test -short skips the Chromium test)"
	SUDO=(sudo -n)
fi

APT=(env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300)
log "installing chromium with apt-get"
"${SUDO[@]}" "${APT[@]}" update -qq || die "apt-get update failed"
"${SUDO[@]}" "${APT[@]}" install -y -qq chromium || die "apt-get install chromium failed"
command -v chromium >/dev/null 2>&1 || die "apt-get installed chromium but \`chromium\` is not on PATH"
log "installed $(chromium --version 2>/dev/null | tail -n 1)"
