"""Pages rendered with the theme, per language: the offline page, the printable book, and the
not-found page of a non-default language (MkDocs writes only one ``404.html``, at the root).

MkDocs-specific (it uses MkDocs' template context), called by the glue once per language while the
language's pages are read but not yet written (``on_env``), so every page's HTML and the navigation
are known. The book's content itself is prepared by the portable :mod:`sotay.print_book`.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.commands.build import get_context
from mkdocs.utils import get_relative_url

from sotay.page_html import drop_head_hreflang_links
from sotay.pending_translation import is_pending
from sotay.print_book import BookPage, BookSection, make_book

OFFLINE_PAGE = "offline.html"
NOT_FOUND_PAGE = "404.html"
BOOK_FOLDER = "in"


def render_theme_page(
    template_name: str, out_path: Path, config, env, files, nav, *, base_url: str, extra=None
):
    """Render *template_name* with the theme and MkDocs' usual template context into *out_path*."""
    template = env.get_template(template_name)
    context = get_context(nav, files, config, base_url=base_url)
    context = config.plugins.on_template_context(context, template_name=template_name, config=config)
    context.update(extra or {})
    output = template.render(context)
    output = config.plugins.on_post_template(output, template_name=template_name, config=config)
    output = drop_head_hreflang_links(output)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(output, encoding="utf-8")
    return out_path


def book_items(nav_items, lang: str, default_lang: str) -> list:
    """Convert MkDocs navigation items to :mod:`sotay.print_book` pages and sections.

    A page's language is the one its text is in: an untranslated page (falling back to, or marked
    ``translation: pending`` and showing, the default language's text) is in the default language.
    """
    items = []
    for item in nav_items:
        if getattr(item, "is_section", False):
            items.append(BookSection(item.title, book_items(item.children, lang, default_lang)))
        elif getattr(item, "is_page", False):
            locale = getattr(item.file, "locale", None) or lang
            if is_pending(item.meta or {}):
                locale = default_lang
            items.append(BookPage(item.url, item.title or "", item.content or "", locale, item.is_index))
    return items


@contextmanager
def language_switch_to(config, default_lang: str, base_path: str, suffix: str):
    """Point the theme's language switcher at *suffix* in every language while rendering a page.

    The i18n plugin leaves the last rendered page's links behind, as an attribute of
    ``config.extra`` (which templates read before the dict item); both are replaced, then restored.
    """
    extra = config.extra
    had_attr = "alternate" in vars(extra)
    saved_attr, saved_item = vars(extra).get("alternate"), extra.get("alternate")
    current = saved_attr or saved_item
    if isinstance(current, list):
        links = [
            {
                **alt,
                "link": f"{base_path}{'' if alt.get('lang') == default_lang else alt.get('lang', '') + '/'}{suffix}",
            }
            for alt in current
        ]
        extra.alternate = links
        extra["alternate"] = links
    try:
        yield
    finally:
        extra["alternate"] = saved_item
        if had_attr:
            extra.alternate = saved_attr
        else:
            vars(extra).pop("alternate", None)


def write_theme_pages(config, env, files, nav, lang: str, default_lang: str, languages) -> list[Path]:
    """Write ``offline.html``, ``in/index.html`` and (other languages) ``404.html`` for *lang*.

    They go under ``<lang>/`` unless *lang* is the default language.
    """
    site_dir = Path(config.site_dir)
    prefix = "" if lang == default_lang else f"{lang}/"
    base_path = urlsplit(config.site_url or "/").path or "/"
    others = " ".join(f"{base_path}{other}/" for other in languages if other != default_lang)
    written = []
    with language_switch_to(config, default_lang, base_path, ""):
        if prefix:  # absolute links: a static host shows this page at any missing address
            written.append(
                render_theme_page(
                    NOT_FOUND_PAGE,
                    site_dir / prefix / NOT_FOUND_PAGE,
                    config,
                    env,
                    files,
                    nav,
                    base_url=base_path,
                )
            )
        offline = render_theme_page(
            OFFLINE_PAGE,
            site_dir / prefix / OFFLINE_PAGE,
            config,
            env,
            files,
            nav,
            base_url=base_path,  # absolute: the worker shows this page at any address
            extra={"sotay_other_roots": others if lang == default_lang else ""},
        )
    book_url = f"{prefix}{BOOK_FOLDER}/"
    book = make_book(book_items(nav.items, lang, default_lang), book_url)
    with language_switch_to(config, default_lang, base_path, f"{BOOK_FOLDER}/"):
        printable = render_theme_page(
            "print-book.html",
            site_dir / book_url / "index.html",
            config,
            env,
            files,
            nav,
            base_url=get_relative_url(".", book_url),
            extra={"sotay_book": book},
        )
    return [*written, offline, printable]
