#!/bin/sh
# Browser tests drive Debian's Chromium (Playwright's own browser download is not used).
# Install it when missing; as non-root, say how instead of failing later with a riddle.
set -eu
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ]; then
  echo "Installing Debian's chromium package for the browser tests..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "Chromium is missing. Install it with: sudo apt-get install chromium" >&2
  exit 1
fi
