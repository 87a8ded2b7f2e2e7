"""The ordered list of post-build steps run over the finished site folder (all languages)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger("mkdocs.plugins.sotay")


@dataclass
class SiteInfo:
    """What post-build steps may know about the site besides its folder."""

    site_dir: Path
    site_url: str
    languages: tuple[str, ...] = ("vi", "en")
    default_language: str = "vi"
    extra: dict = field(default_factory=dict)

    def lang_dir(self, lang: str) -> Path:
        """Folder holding *lang*'s pages (the default language lives at the root)."""
        return self.site_dir if lang == self.default_language else self.site_dir / lang


Step = Callable[[SiteInfo], None]


def default_steps() -> list[Step]:
    """The post-build steps of the handbook, in the order they run."""
    from sotay.build import (
        book_qr,
        catalog,
        csp,
        embed_snippets,
        embed_views,
        feed,
        minify,
        posters,
        qr,
        redirects,
        search_index,
        service_worker,
        web_manifest,
    )

    return [
        minify.minify_assets,  # first: every later step (service worker hash included) sees the final files
        # The search index is built in the background worker, when the build has one, while the steps
        # below run: they change pages only where search does not read (see search_index).
        search_index.start_search_index,
        catalog.write_catalog,  # the portal steps below use the pages it found
        feed.write_feeds,
        embed_snippets.write_agencies_snippets,
        qr.write_page_qr_codes,
        embed_views.write_embed_views,
        posters.write_posters,
        redirects.write_redirects,
        book_qr.link_book_qr_codes,  # after qr: QR codes on the printable book's pages
        web_manifest.write_web_manifests,
        csp.write_csp,  # after every step that writes HTML: hashes the theme's inline scripts
        search_index.finish_search_index,  # as late as possible (it writes no HTML); before the hash
        service_worker.write_service_worker,  # LAST: its version is a hash of everything above
    ]


def run_post_build(info: SiteInfo, steps: list[Step] | None = None) -> None:
    """Run every post-build step, in order, over the built site described by *info*."""
    for step in default_steps() if steps is None else steps:
        start = time.perf_counter()
        step(info)
        log.debug("post-build step %s took %.0f ms", step.__name__, (time.perf_counter() - start) * 1000)
