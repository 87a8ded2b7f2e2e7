"""Write tests/fixtures/published-urls.txt: every page address of a built handbook.

Usage: .venv/bin/python scripts/published_urls.py [SITE_DIR]   (default: site/, from `make build`)

Only pages whose Markdown is committed are listed, so the list holds in a fresh clone.
tests/unit/test_published_urls.py then fails if one of these addresses disappears without a redirect.
Run it again after new pages are published to protect them too.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sotay.build.redirects import source_candidates  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "published-urls.txt"
HEADER = """\
# Published addresses of the handbook (path below site_url). A page listed here must keep working:
# keep its Markdown file, or add a line to redirects.yml when it moves. Regenerate with
# scripts/published_urls.py after a build (only committed pages are listed).
"""


def main() -> int:
    site = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "site")
    catalog = json.loads((site / "catalog.json").read_text(encoding="utf-8"))
    tracked = set(
        subprocess.run(["git", "ls-files", "docs"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    )
    base = urlsplit(catalog["site"]).path
    paths = []
    for page in catalog["pages"]:
        path = urlsplit(page["url"]).path[len(base) :]
        rel = path.removeprefix(f"{page['lang']}/") if page["lang"] != catalog["languages"][0] else path
        sources = {f"docs/{lang}/{c}" for c in source_candidates(rel) for lang in {page["lang"], "vi"}}
        if sources & tracked:
            paths.append("/" + path)
    OUT.write_text(HEADER + "\n".join(paths) + "\n", encoding="utf-8")
    print(f"{len(paths)} addresses → {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
