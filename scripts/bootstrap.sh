#!/usr/bin/env bash
# Create .venv and install the pinned requirements and our package into it; install the npm test
# tools (package-lock.json: axe-core, vnu-jar) when node_modules is missing or the lock changed.
#   bash scripts/bootstrap.sh         both
#   bash scripts/bootstrap.sh --npm   the npm test tools only
set -euo pipefail
cd "$(dirname "$0")/.."

npm_tools() {
  [ -f package-lock.json ] || return 0
  local sum stamp=node_modules/.sotay-lock.sha256
  sum="$(sha256sum package-lock.json | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sum" ]; then touch "$stamp"; return 0; fi
  if ! command -v npm >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing Debian's nodejs and npm for the test tools…" >&2
      DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >&2
    else
      echo "npm not found: install Node.js (for axe-core and vnu-jar, used by the tests)." >&2
      return 1
    fi
  fi
  # --ignore-scripts: vnu-jar's optional postinstall would download a Java runtime; we use the system's.
  npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
  echo "$sum" > "$stamp"
}

if [ "${1:-}" = "--npm" ]; then
  npm_tools
  exit 0
fi
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "Creating .venv with $($PYTHON --version)…"
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
npm_tools
echo "Environment ready: .venv, node_modules"
