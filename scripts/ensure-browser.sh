#!/usr/bin/env bash
# Print the path of a Chromium/Chrome binary for the browser tests.
# Order: $SOTAY_CHROMIUM, known paths; on Debian as root, install the `chromium` package when missing.
set -euo pipefail
find_browser() {
  if [ -n "${SOTAY_CHROMIUM:-}" ] && [ -x "${SOTAY_CHROMIUM}" ]; then echo "$SOTAY_CHROMIUM"; return 0; fi
  for b in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable \
           /Applications/Chromium.app/Contents/MacOS/Chromium \
           "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"; do
    if [ -x "$b" ]; then echo "$b"; return 0; fi
  done
  return 1
}
if find_browser; then exit 0; fi
if bash "$(dirname "$0")/apt-install-missing.sh" "for the browser tests" chromium fonts-noto-core; then
  find_browser && exit 0
fi
echo "No Chromium/Chrome found. Install one, or set SOTAY_CHROMIUM=/path/to/chrome." >&2
exit 1
