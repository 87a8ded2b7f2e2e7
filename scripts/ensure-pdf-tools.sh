#!/usr/bin/env bash
# Make sure the PDF tools are there: Pango (WeasyPrint's text layout), fonts with Vietnamese
# coverage (Noto Sans, DejaVu Sans) and poppler-utils (pdftotext, used by the PDF test).
# On Debian as root, installs the missing packages; elsewhere says what is missing.
set -euo pipefail
missing=()
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
have_lib "libpango-1.0.so" || missing+=(libpango-1.0-0)
have_lib "libpangoft2-1.0.so" || missing+=(libpangoft2-1.0-0)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if command -v fc-list >/dev/null 2>&1; then
  fc-list ":lang=vi" family | grep -qiE "noto sans|dejavu sans" || missing+=(fonts-noto-core fonts-dejavu-core)
else
  missing+=(fontconfig fonts-noto-core fonts-dejavu-core)
fi
exec bash "$(dirname "$0")/apt-install-missing.sh" "for the PDF" "${missing[@]}"
