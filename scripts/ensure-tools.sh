#!/usr/bin/env bash
# Command-line tools the tests use besides Chromium: zbarimg (Debian's zbar-tools) decodes QR codes,
# java runs the Nu Html Checker (vnu.jar), nginx serves the built site with deploy/nginx.conf.
# On Debian as root, installs what is missing; elsewhere says what to install.
set -euo pipefail
missing=()
command -v zbarimg >/dev/null 2>&1 || missing+=(zbar-tools)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ "${#missing[@]}" -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} for the tests…" >&2
  export DEBIAN_FRONTEND=noninteractive
  # Start no service while installing (nginx's would take port 80; the tests run their own on loopback).
  policy=/usr/sbin/policy-rc.d
  created=""
  if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' > "$policy"; chmod +x "$policy"; created=1; fi
  trap '[ -n "$created" ] && rm -f "$policy"' EXIT
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  exit 0
fi
echo "Missing test tools: ${missing[*]} (e.g. apt-get install ${missing[*]}; brew install zbar openjdk nginx)." >&2
exit 1
