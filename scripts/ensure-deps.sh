#!/usr/bin/env bash
# Installs the one system library Lede needs (PCRE2, 8-bit, with headers) when it is missing.
# Debian/Ubuntu: apt-get (sudo only when not root). macOS: Homebrew.
set -euo pipefail
if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libpcre2-8; then
  exit 0
fi
case "$(uname -s)" in
  Darwin)
    command -v brew >/dev/null 2>&1 || { echo "ensure-deps: install Homebrew, then: brew install pcre2 pkg-config" >&2; exit 1; }
    brew install pcre2 pkg-config
    ;;
  *)
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq libpcre2-dev pkg-config >/dev/null
    ;;
esac
pkg-config --exists libpcre2-8 || { echo "ensure-deps: libpcre2-8 still not found by pkg-config" >&2; exit 1; }
