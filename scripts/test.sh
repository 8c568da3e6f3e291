#!/usr/bin/env bash
# Runs the whole test suite. The browser journey needs Debian's chromium and chromedriver, the mail-connector tests
# slapd and dovecot: installed here if missing (as root, with apt), so this one command works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing chromium and chromium-driver for the browser test..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
  else
    echo "The browser test needs chromium and chromedriver (Debian: apt-get install chromium chromium-driver)." >&2
    exit 1
  fi
fi

bash scripts/install-mail-servers.sh

exec ./mvnw -B verify "$@"
