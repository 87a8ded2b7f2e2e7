"""Publish the service worker: ``sw.js`` at the site root, versioned by a hash of the built site.

Runs LAST among the post-build steps (it hashes what every other step wrote). The worker's code
lives in ``overrides/assets/javascripts/sotay-sw.js``; this step puts its configuration in front
(build hash, shell files, offline page of each language), writes it to the root so its scope covers
``/`` and ``/en/``, and removes the unconfigured copy from ``assets/``. The offline pages are not in
the shell: the worker keeps those of the reader's languages only (see the worker's header comment).
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from sotay.build.pipeline import SiteInfo

SOURCE = "assets/javascripts/sotay-sw.js"
WORKER = "sw.js"
OFFLINE_PAGE = "offline.html"
# Files that change on every build without a change of content (dates), or are written later.
UNHASHED = {WORKER, "sitemap.xml", "sitemap.xml.gz"}
UNHASHED_FOLDERS = {"pdf"}


def _named_by_content(site_dir: Path) -> tuple[str, ...]:
    """Folders of the search indexes (``search/<id>/``): their name is a hash of their files, and it is
    written in the ``meta.json`` beside them, so hashing that file covers them (a thousand fewer reads)."""
    folders = []
    for meta in site_dir.rglob("search/meta.json"):
        try:
            index_id = json.loads(meta.read_text(encoding="utf-8")).get("id")
        except (ValueError, AttributeError):
            continue
        if isinstance(index_id, str) and index_id and (meta.parent / index_id).is_dir():
            folders.append(f"{meta.parent.relative_to(site_dir).as_posix()}/{index_id}/")
    return tuple(folders)


def build_hash(site_dir: Path) -> str:
    """A short hash of every file of the built site (names and bytes), stable for unchanged content."""
    digest = hashlib.sha256()
    covered = _named_by_content(site_dir)
    for path in sorted(p for p in site_dir.rglob("*") if p.is_file()):
        rel = path.relative_to(site_dir).as_posix()
        if rel in UNHASHED or rel.split("/", 1)[0] in UNHASHED_FOLDERS or rel.startswith(covered):
            continue
        digest.update(rel.encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


_REF = re.compile(
    r"""<(?:link\b[^>]*\brel="(?:stylesheet|icon|apple-touch-icon)"[^>]*\bhref|script\b[^>]*\bsrc|img\b[^>]*\bsrc)="([^"]+)\"""",
    re.I,
)


def shell_files(info: SiteInfo) -> list[str]:
    """Site-relative files to keep on install: what the offline pages load (styles, scripts, logo).

    Not the offline pages themselves: the worker keeps the one of each language the reader reads
    (``worker_config``'s ``offline``), so a reader of one language never downloads the other's.
    """
    base = urlsplit(info.site_url or "/").path or "/"
    files: list[str] = []
    for lang in info.languages:
        page = info.lang_dir(lang) / OFFLINE_PAGE
        if not page.is_file():
            continue
        for ref in _REF.findall(page.read_text(encoding="utf-8")):
            if ref.startswith(base) and "//" not in ref:
                rel = ref[len(base) :].split("?", 1)[0].split("#", 1)[0]
                if rel and (info.site_dir / rel).is_file() and rel != SOURCE:
                    files.append(rel)
    return list(dict.fromkeys(files))


def worker_config(info: SiteInfo, version: str) -> dict:
    """What the worker needs to know: build version, shell files, offline page per URL prefix."""
    offline = {}
    for lang in info.languages:
        page = info.lang_dir(lang) / OFFLINE_PAGE
        if page.is_file():
            prefix = "" if lang == info.default_language else f"{lang}/"
            offline[prefix] = page.relative_to(info.site_dir).as_posix()
    return {"version": version, "shell": shell_files(info), "offline": offline}


def write_service_worker(info: SiteInfo) -> Path | None:
    """Post-build step: write ``sw.js`` (configured, versioned) at the site root."""
    source = info.site_dir / SOURCE
    if not source.is_file():
        return None
    config = worker_config(info, build_hash(info.site_dir))
    code = source.read_text(encoding="utf-8")
    source.unlink()
    out = info.site_dir / WORKER
    header = f"/* Sổ tay service worker, build {config['version']} */\n"
    out.write_text(
        f"{header}const SOTAY_SW = {json.dumps(config, ensure_ascii=False)};\n{code}", encoding="utf-8"
    )
    return out
