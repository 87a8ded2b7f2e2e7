"""The agencies' page: copy-paste snippets (widget, iframe, search, link) with absolute URLs.

The page's Markdown holds empty slots; this post-build step fills them:

- ``<div data-sotay-embed-form></div>``: a form to pick a chapter and a language;
- ``<div data-sotay-embed-slot="widget|iframe|search|link"></div>``: the snippet of that kind, in an
  element marked ``data-embed-snippet`` + ``data-embed-kind``, with a copy button.

Both are left out of the search index (``data-pagefind-ignore``): code is not prose, and the index
may be built before this step runs (see :mod:`sotay.build.search_index`), so it must read the page
the same with or without them.

The snippet templates live here only: the form's script (``embed-form.js``) fills the same templates
with the same values (given to it as JSON) when the agency picks another chapter or language.
"""

from __future__ import annotations

import json
import re
from html import escape

from sotay.build.catalog import home_url
from sotay.build.embed_views import EMBED_FILE
from sotay.build.page_meta import relative_root
from sotay.build.pipeline import SiteInfo
from sotay.build.rewrite import rewrite_page
from sotay.ui_strings import strings_for

KINDS = ("widget", "iframe", "search", "link")
WIDGET_JS = "assets/javascripts/embed.js"
RESIZE_JS = "assets/javascripts/embed-resize.js"
FORM_JS = "assets/javascripts/sotay-embed-form.js"

TEMPLATES = {
    "widget": (
        '<div data-sotay-widget="list" data-lang="{lang}" data-chapter="{chapter}">\n'
        '  <a href="{url}">{label}</a>\n'
        "</div>\n"
        '<script async src="{widget_js}"></script>'
    ),
    "iframe": (
        '<iframe data-sotay-embed src="{embed_url}" title="{label}" loading="lazy"'
        ' style="width:100%;height:600px;border:0"></iframe>\n'
        '<script async src="{resize_js}"></script>'
    ),
    "search": (
        '<div data-sotay-widget="search" data-lang="{lang}">\n'
        '  <form action="{home}" method="get" target="_blank">\n'
        '    <label>{search_label} <input type="search" name="q"></label>\n'
        '    <button type="submit">{search_button}</button>\n'
        "  </form>\n"
        "</div>\n"
        '<script async src="{widget_js}"></script>'
    ),
    "link": '<a href="{url}">{label}</a>',
}
_FIELD = re.compile(r"\{(\w+)\}")
_FORM_SLOT = re.compile(r"<div data-sotay-embed-form>\s*</div>")
_SNIPPET_SLOT = re.compile(r'<div data-sotay-embed-slot="(\w+)">\s*</div>')


def render_snippet(kind: str, values: dict[str, str]) -> str:
    """Fill the *kind* template; every value is HTML-escaped (as ``embed-form.js`` does)."""
    return _FIELD.sub(lambda m: escape(values[m.group(1)], quote=True), TEMPLATES[kind])


def snippet_values(info: SiteInfo) -> dict[str, dict[str, dict[str, str]]]:
    """``{lang: {chapter id ("" = whole handbook): {field: value}}}`` for every snippet choice."""
    catalog = info.extra["catalog"]
    out: dict[str, dict[str, dict[str, str]]] = {}
    for lang in info.languages:
        t = strings_for(lang)
        home = home_url(info, lang)
        common = {
            "lang": lang,
            "home": home,
            "search_label": t["embed_search_label"],
            "search_button": t["embed_search_button"],
            "widget_js": info.site_url + WIDGET_JS,
            "resize_js": info.site_url + RESIZE_JS,
        }
        name = catalog["name"].get(lang) or t["og_image_alt"]
        choices = {
            "": {
                **common,
                "chapter": "",
                "title": name,
                "url": home,
                "label": name,
                "embed_url": home + EMBED_FILE,
            }
        }
        for ch in catalog["chapters"]:
            if ch["lang"] == lang:
                choices[ch["id"]] = {
                    **common,
                    "chapter": ch["id"],
                    "title": ch["title"],
                    "url": ch["url"],
                    "label": t["embed_label"].format(title=ch["title"]),
                    "embed_url": ch["url"] + EMBED_FILE,
                }
        out[lang] = choices
    return out


def _form_html(values: dict, lang: str) -> str:
    t = strings_for(lang)
    options = [f'<option value="">{escape(t["embed_form_whole"])}</option>']
    options += [
        f'<option value="{escape(cid)}">{escape(v["title"])}</option>'
        for cid, v in values[lang].items()
        if cid
    ]
    langs = "".join(
        f'<option value="{code}"{" selected" if code == lang else ""}>{escape(t[f"embed_lang_{code}"])}</option>'
        for code in values
    )
    data = escape(json.dumps({"templates": TEMPLATES, "values": values}, ensure_ascii=False), quote=True)
    return (
        f'<form class="sotay-embed-form" data-embed-form data-embed-data="{data}" data-pagefind-ignore hidden>\n'
        f'<p><label for="sotay-embed-chapter">{escape(t["embed_form_topic"])}</label>\n'
        f'<select id="sotay-embed-chapter" name="chapter">{"".join(options)}</select></p>\n'
        f'<p><label for="sotay-embed-lang">{escape(t["embed_form_lang"])}</label>\n'
        f'<select id="sotay-embed-lang" name="lang">{langs}</select></p>\n'
        "</form>"
    )


def _snippet_html(kind: str, values: dict, lang: str) -> str:
    t = strings_for(lang)
    code = escape(render_snippet(kind, values[lang][""]))
    return (
        f'<div class="sotay-snippet" data-pagefind-ignore>\n'
        f'<pre id="sotay-snippet-{kind}" data-embed-snippet data-embed-kind="{kind}"><code>{code}</code></pre>\n'
        f'<button type="button" class="md-button" data-sotay-copy="sotay-snippet-{kind}"'
        f' data-copied="{escape(t["share_copied"])}" data-copy-failed="{escape(t["share_copy_failed"])}"'
        f" hidden>{escape(t['embed_copy'])}</button>\n"
        f'<span class="sotay-share__status" role="status" data-sotay-copy-status></span>\n'
        "</div>"
    )


def fill_agencies_page(html: str, values: dict, lang: str) -> str:
    """Replace the form and snippet slots of one built page (other pages come back unchanged)."""
    html = _FORM_SLOT.sub(lambda m: _form_html(values, lang), html)
    return _SNIPPET_SLOT.sub(
        lambda m: _snippet_html(m.group(1), values, lang) if m.group(1) in KINDS else m.group(0), html
    )


def write_agencies_snippets(info: SiteInfo) -> None:
    """Post-build step: fill the agencies' page slots and load the form's script there.

    Needs :func:`~sotay.build.catalog.write_catalog` first.
    """
    values = None
    for page in info.extra["pages"]:
        html = page.path.read_text(encoding="utf-8")
        if "<div data-sotay-embed-" not in html:
            continue
        values = values or snippet_values(info)
        script = f'<script src="{relative_root(page.path, info.site_dir)}{FORM_JS}" defer></script>\n</body>'
        html = fill_agencies_page(html, values, page.lang).replace("</body>", script, 1)
        rewrite_page(page.path, html)
