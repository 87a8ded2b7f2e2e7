#!/usr/bin/env bash
# Print the path of an nginx binary for the test that serves the built site with deploy/nginx.conf.
# Order: $SOTAY_NGINX, nginx on PATH or in /usr/sbin; on Debian as root, install `nginx` when missing
# (the package's own service is not started or enabled: the test runs its own nginx on loopback).
set -euo pipefail
find_nginx() {
  if [ -n "${SOTAY_NGINX:-}" ] && [ -x "${SOTAY_NGINX}" ]; then echo "$SOTAY_NGINX"; return 0; fi
  for b in "$(command -v nginx 2>/dev/null || true)" /usr/sbin/nginx /usr/local/sbin/nginx /opt/homebrew/bin/nginx; do
    if [ -n "$b" ] && [ -x "$b" ]; then echo "$b"; return 0; fi
  done
  return 1
}
if find_nginx; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's nginx for the deployment test…" >&2
  export DEBIAN_FRONTEND=noninteractive
  # No service start during install (containers have no init; the test starts its own nginx).
  policy=/usr/sbin/policy-rc.d
  created=""
  if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' > "$policy"; chmod +x "$policy"; created=1; fi
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends nginx >&2 || true
  if [ -n "$created" ]; then rm -f "$policy"; fi
  find_nginx && exit 0
fi
echo "No nginx found. Install nginx, or set SOTAY_NGINX=/path/to/nginx." >&2
exit 1
