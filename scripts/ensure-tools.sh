#!/usr/bin/env bash
# Command-line tools the tests use besides Chromium: zbarimg (Debian's zbar-tools) decodes QR codes,
# java runs the Nu Html Checker (vnu.jar), nginx serves the built site with deploy/nginx.conf.
# On Debian as root, installs what is missing; elsewhere says what to install (apt-install-missing.sh).
set -euo pipefail
missing=()
command -v zbarimg >/dev/null 2>&1 || missing+=(zbar-tools)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
exec bash "$(dirname "$0")/apt-install-missing.sh" "for the tests" "${missing[@]}"
