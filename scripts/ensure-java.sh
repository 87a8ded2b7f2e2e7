#!/usr/bin/env bash
# Print the path of a Java runtime for the Nu Html Checker (vnu.jar) used by the HTML-validity test.
# Order: $JAVA, java on PATH; on Debian as root, install default-jre-headless when missing.
set -euo pipefail
find_java() {
  if [ -n "${JAVA:-}" ] && [ -x "${JAVA}" ]; then echo "$JAVA"; return 0; fi
  command -v java 2>/dev/null && return 0
  return 1
}
if find_java; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's default-jre-headless for the HTML checker…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends default-jre-headless >&2
  find_java && exit 0
fi
echo "No Java found. Install a Java runtime (11+), or set JAVA=/path/to/java." >&2
exit 1
