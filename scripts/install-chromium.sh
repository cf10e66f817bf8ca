#!/usr/bin/env bash
# Installs Debian's `chromium` package for the end-to-end tests and `npm run bench:web`, which drive it with
# playwright-core (executablePath /usr/bin/chromium) instead of downloading a browser build of their own.
# Idempotent: does nothing when /usr/bin/chromium is already there.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo present)"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "chromium is missing and this user cannot install it: run 'apt-get install chromium' as root" >&2
    exit 1
  fi
fi

echo "chromium: installing Debian's package"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
echo "chromium: $(/usr/bin/chromium --version)"
