#!/usr/bin/env bash
# Usage: apt-install-missing.sh "<what they are for>" <Debian package>...
# On Debian as root, installs the packages (starting no service: nginx's would take port 80) and
# exits 0; elsewhere prints what to install and exits 1. Used by the other ensure-*.sh scripts.
set -euo pipefail
purpose="$1"
shift
if [ "$#" -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing $* $purpose…" >&2
  export DEBIAN_FRONTEND=noninteractive
  policy=/usr/sbin/policy-rc.d
  created=""
  if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' > "$policy"; chmod +x "$policy"; created=1; fi
  trap '[ -n "$created" ] && rm -f "$policy"' EXIT
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "$@" >&2
  exit 0
fi
echo "Missing $purpose: $* (Debian package names; e.g. apt-get install $*). Install them and retry." >&2
exit 1
