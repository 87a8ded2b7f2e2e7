"""Thin MkDocs glue: calls our portable modules at the right build events, nothing more."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.plugins import BasePlugin, event_priority

from sotay.build.background import BackgroundWorker
from sotay.build.pipeline import SiteInfo, run_post_build
from sotay.build.qr import BackgroundQrCodes
from sotay.build.redirects import load_redirects
from sotay.build.search_index import BackgroundSearchIndex
from sotay.build.theme_pages import write_theme_pages
from sotay.git_dates import last_changed
from sotay.page_html import drop_head_hreflang_links, localize_permalink_titles
from sotay.page_status import page_status
from sotay.pending_translation import is_pending, original_markdown
from sotay.quiz.build_hooks import QuizBuild, uses_quiz_assets
from sotay.site_language import (
    build_languages,
    current_language,
    default_language,
    is_nested_i18n_build,
)
from sotay.social import PageFacts, head_meta, share_panel
from sotay.template_cache import MemoryBytecodeCache
from sotay.ui_strings import strings_for

log = logging.getLogger("mkdocs.plugins.sotay")


class SotayConfig(Config):
    """Options of the ``sotay`` plugin in mkdocs.yml."""

    abbreviations = c.Type(str, default="includes/abbreviations.{lang}.md")
    post_build = c.Type(bool, default=True)
    redirects = c.Type(str, default="redirects.yml")


class SotayPlugin(BasePlugin[SotayConfig]):
    """Connects Sổ tay's Markdown helpers, templates and post-build steps to MkDocs."""

    _order: dict[str, int] = {}

    def _abbreviations(self, config, lang: str) -> str:
        """The glossary definitions of *lang*, one Markdown block each (read once per file change).

        One block per definition: as one block, every block processor re-tested the rest of it after
        each line (29 lines → ~0.4 s of a 3 s build).
        """
        path = Path(config.config_file_path).parent / self.config.abbreviations.format(lang=lang)
        try:
            changed = path.stat().st_mtime_ns
        except OSError:
            return ""
        if self._glossaries.get(path, (None,))[0] != changed:
            lines = path.read_text(encoding="utf-8").splitlines()
            self._glossaries[path] = (changed, "\n\n".join(line for line in lines if line.strip()))
        return self._glossaries[path][1]

    def _context(self, config, lang: str, *, fallback: bool = False, content_lang: str | None = None) -> dict:
        base = urlsplit(config.site_url or "/").path or "/"
        home = base if lang == default_language(config) else f"{base}{lang}/"
        return {
            "lang": lang,
            "t": strings_for(lang),
            "home": home,
            "fallback": fallback,
            "content_lang": content_lang or lang,
        }

    def on_config(self, config):
        """Give the quiz extension the site-wide quiz registry (read in on_pre_build)."""
        self._quiz = getattr(self, "_quiz", None) or QuizBuild(log)
        self._quiz.configure(config)
        self._glossaries: dict[Path, tuple[int, str]] = getattr(self, "_glossaries", {})
        if getattr(self, "_worker", None) is None:
            self._worker = BackgroundWorker()  # a second core: QR codes, the search index
            # Compiled theme templates, shared by this site's language builds (one plugin instance).
            self._templates = MemoryBytecodeCache()
        return config

    def on_page_markdown(self, markdown, page, config, files):
        """Append the glossary abbreviations of the page's language (tooltips on every page).

        A translation marked ``translation: pending`` is replaced by its original's Markdown.
        """
        docs, default = Path(config.docs_dir), default_language(config)
        original = original_markdown(page.meta, page.file.src_uri, docs, default)
        markdown = markdown if original is None else original
        self._quiz.set_page(page, config, current_language(config), markdown)
        abbr = self._abbreviations(config, current_language(config))
        return f"{markdown}\n\n{abbr}\n" if abbr else markdown

    def on_page_context(self, context, page, config, nav):
        """Expose our UI strings and the page's translation state to templates."""
        lang = current_language(config)
        file_locale = getattr(page.file, "locale", lang)
        if is_pending(page.meta):
            file_locale = default_language(config)
        context["sotay"] = self._context(config, lang, fallback=file_locale != lang, content_lang=file_locale)
        source = Path(page.file.abs_src_path)
        today = dt.date.today()
        context["sotay"]["page"] = page_status(page.meta, source, self._git_dates, page.edit_url, lang, today)
        context["sotay"]["quiz"] = uses_quiz_assets(page.content)
        facts = self._facts(page, config, lang, file_locale)
        facts.updated = context["sotay"]["page"]["updated"] or facts.updated  # the date the page shows
        context["sotay"]["head_meta"] = head_meta(facts, context["sotay"]["t"])
        context["sotay"]["share_panel"] = share_panel(facts, context["sotay"]["t"])
        if self.config.post_build:
            self._qr_codes.add(facts.url)  # encoded on another core while the build goes on
        return context

    def _facts(self, page, config, lang: str, content_lang: str) -> PageFacts:
        """The page's facts for social meta, the share panel and (read back) post-build steps."""
        root = config.site_url or "/"
        home = root if lang == default_language(config) else f"{root}{lang}/"
        prefix = "" if lang == default_language(config) else f"{lang}/"
        rel = page.url[len(prefix) :] if page.url.startswith(prefix) else page.url
        meta = page.meta
        return PageFacts(
            url=page.canonical_url or f"{home}{rel}",
            title=str(meta.get("title") or page.title or config.site_name),
            description=str(meta.get("description") or config.site_description or ""),
            lang=lang,
            site_name=config.site_name,
            site_url=home,
            asset_root=root,
            type=str(meta.get("type") or "page"),
            tags=[str(t) for t in meta.get("tags") or []],
            updated=str(meta.get("reviewed") or ""),
            order=self._order.get(page.file.src_uri, 0),
            content_lang=content_lang,
            rel=rel,
        )

    def on_template_context(self, context, template_name, config):
        """Give non-page templates (404.html) the same strings."""
        context.setdefault("sotay", self._context(config, current_language(config)))
        return context

    def on_post_template(self, output_content, template_name, config):
        """No head hreflang links on non-page templates either (404.html; see page_html)."""
        return drop_head_hreflang_links(output_content)

    def on_post_page(self, output, page, config):
        """Fix the page HTML: translated permalink tooltips, no head hreflang links (see page_html)."""
        output = drop_head_hreflang_links(output)
        return localize_permalink_titles(output, strings_for(current_language(config))["permalink"])

    def on_env(self, env, config, files):
        """Write this language's theme pages: offline page, printable book, other languages' 404."""
        env.bytecode_cache = self._templates
        lang = current_language(config)
        write_theme_pages(
            config, env, files, self._nav, lang, default_language(config), build_languages(config)
        )
        return env

    def on_nav(self, nav, config, files):
        """Keep the navigation (theme pages, quiz order, page order)."""
        self._nav = nav
        self._quiz.set_order(nav)
        self._order = {p.file.src_uri: i for i, p in enumerate(nav.pages, start=1)}
        return nav

    @event_priority(100)
    def on_pre_build(self, config):
        """Read every quiz (errors fail a strict build); stop other languages overwriting the root 404."""
        self._quiz.load(config, build_languages(config), default_language(config), current_language(config))
        self._git_dates = last_changed(Path(config.docs_dir))  # one `git log` per build, for "last updated"
        if current_language(config) != default_language(config):
            config.theme.static_templates.discard("404.html")
        else:
            config.theme.static_templates.add("404.html")
        if not is_nested_i18n_build(config):  # a new build: nothing of a failed one is waited for
            self._qr_codes = BackgroundQrCodes(self._worker)
            self._search = BackgroundSearchIndex(self._worker)
            self._site = self._site_info(config) if self.config.post_build else None
        elif self.config.post_build:  # the default language is written: index it while this one builds
            self._index_in_background(default_language(config))

    def _site_info(self, config) -> SiteInfo:
        """What the post-build steps know of the whole site (read from the main build's config)."""
        languages = build_languages(config)
        return SiteInfo(
            site_dir=Path(config.site_dir),
            site_url=config.site_url or "",
            languages=languages,
            default_language=default_language(config),
            extra={
                "redirects": load_redirects(Path(config.config_file_path).parent / self.config.redirects),
                "glossary": {lang: self._abbreviations(config, lang) for lang in languages},
                "qr_codes": self._qr_codes,
                "search_index": self._search,
            },
        )

    def _index_in_background(self, lang: str) -> None:
        self._qr_codes.flush()  # the codes already asked for go first in the worker's queue
        self._search.start(self._site, lang)

    @event_priority(-200)
    def on_post_build(self, config):
        """Once every language is written, run the post-build steps over the site folder."""
        if not self.config.post_build:
            return
        if is_nested_i18n_build(config):  # this language is written
            self._index_in_background(current_language(config))
            return
        self._qr_codes.flush()
        try:
            run_post_build(self._site)
        finally:
            self._worker.close()

    def on_build_error(self, error):
        """Stop the background worker of a failed build."""
        if getattr(self, "_worker", None) is not None:
            self._worker.close()
