#!/usr/bin/env bash
# Command-line tools the tests use besides Chromium: zbarimg (Debian's zbar-tools) decodes QR codes.
# On Debian as root, installs what is missing; elsewhere says what to install.
set -euo pipefail
missing=()
command -v zbarimg >/dev/null 2>&1 || missing+=(zbar-tools)
if [ "${#missing[@]}" -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} for the tests…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  exit 0
fi
echo "Missing test tools: ${missing[*]} (e.g. apt-get install ${missing[*]}; brew install zbar)." >&2
exit 1
