"""What a shared link shows: Open Graph/Twitter meta, our own page facts, and the share panel.

Pure functions of a page's facts; the MkDocs glue calls them and the page template prints the result.
The ``sotay:*`` meta tags are what the post-build steps (catalog, feed, posters…) read back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from urllib.parse import quote

OG_IMAGE = "assets/brand/og-image.png"
OG_IMAGE_SIZE = (1200, 630)
OG_LOCALES = {"vi": "vi_VN", "en": "en_US"}


@dataclass
class PageFacts:
    """What the share panel and head meta need to know about one page."""

    url: str  # absolute (from site_url)
    title: str
    description: str
    lang: str
    site_name: str
    site_url: str  # the language's home, absolute, ending in "/"
    asset_root: str  # absolute site root where assets/ live, ending in "/"
    type: str = "page"
    tags: list[str] = field(default_factory=list)
    updated: str = ""
    order: int = 0
    content_lang: str = ""
    rel: str = ""  # path below the language root, e.g. "vneid/cai-dat/"


def is_chapter_index(page_type: str, rel: str) -> bool:
    """A chapter's overview page: ``type: overview`` one folder below the language root."""
    return page_type == "overview" and rel.count("/") == 1


def has_poster(page_type: str, rel: str) -> bool:
    """Chapters and how-to guides get a printable poster."""
    return page_type == "howto" or is_chapter_index(page_type, rel)


def share_links(url: str) -> dict[str, str]:
    """Plain share addresses (no SDK, no script from the network) for Zalo and Facebook."""
    enc = quote(url, safe="")
    return {
        "zalo": f"https://sp.zalo.me/share_to_zalo?url={enc}",
        "facebook": f"https://www.facebook.com/sharer/sharer.php?u={enc}",
    }


def _meta(attr: str, key: str, value: str) -> str:
    return f'<meta {attr}="{key}" content="{escape(value)}">'


def head_meta(facts: PageFacts, t: dict[str, str]) -> str:
    """Open Graph + Twitter card tags, our ``sotay:*`` page facts, as HTML."""
    image = facts.asset_root + OG_IMAGE
    og = {
        "og:type": "website" if not facts.rel else "article",
        "og:site_name": facts.site_name,
        "og:title": facts.title,
        "og:description": facts.description,
        "og:url": facts.url,
        "og:locale": OG_LOCALES.get(facts.lang, facts.lang),
        "og:image": image,
        "og:image:type": "image/png",
        "og:image:width": str(OG_IMAGE_SIZE[0]),
        "og:image:height": str(OG_IMAGE_SIZE[1]),
        "og:image:alt": t["og_image_alt"],
    }
    named = {
        "twitter:card": "summary_large_image",
        "twitter:title": facts.title,
        "twitter:description": facts.description,
        "twitter:image": image,
        "twitter:image:alt": t["og_image_alt"],
        "sotay:type": facts.type,
        "sotay:tags": ",".join(facts.tags),
        "sotay:updated": facts.updated,
        "sotay:order": str(facts.order),
        "sotay:content-lang": facts.content_lang or facts.lang,
    }
    lines = [_meta("property", k, v) for k, v in og.items()]
    lines += [_meta("name", k, v) for k, v in named.items()]
    # No <link rel="alternate"> feed link: Material's JS fetches sitemap.xml beside every such link
    # on every page view (an extra request; a 404 under /en/). The feeds are listed on the agencies'
    # page (docs/*/nhung/) for portals and feed readers.
    return "\n".join(lines)


def share_panel(facts: PageFacts, t: dict[str, str]) -> str:
    """The share panel under each page: copy link, Zalo, Facebook, QR code and (some pages) poster.

    Works without JavaScript (the address is selectable, share links are plain links); the copy
    button is shown by ``sotay-share.js``. ``qr.svg`` and ``poster.html`` sit next to the page.
    """
    links = share_links(facts.url)
    new_tab = f'<span class="sotay-share__hint"> {escape(t["new_tab"])}</span>'
    poster = (
        f'<li><a class="md-button" href="poster.html">{escape(t["share_poster"])}</a></li>'
        if has_poster(facts.type, facts.rel)
        else ""
    )
    return f"""<aside class="sotay-share" data-sotay-share aria-labelledby="sotay-share-title">
<h2 id="sotay-share-title">{escape(t["share_title"])}</h2>
<p class="sotay-share__address"><label for="sotay-share-url">{escape(t["share_link_label"])}</label>
<input id="sotay-share-url" type="url" readonly value="{escape(facts.url)}">
<button type="button" class="md-button md-button--primary" data-sotay-copy="sotay-share-url" data-copied="{escape(t["share_copied"])}" data-copy-failed="{escape(t["share_copy_failed"])}" hidden>{escape(t["share_copy"])}</button>
<span class="sotay-share__status" role="status" data-sotay-copy-status></span></p>
<ul class="sotay-share__links">
<li><a class="md-button" href="{escape(links["zalo"])}" target="_blank" rel="noopener noreferrer" data-share="zalo">{escape(t["share_zalo"])}{new_tab}</a></li>
<li><a class="md-button" href="{escape(links["facebook"])}" target="_blank" rel="noopener noreferrer" data-share="facebook">{escape(t["share_facebook"])}{new_tab}</a></li>
{poster}</ul>
<details class="sotay-share__qr"><summary>{escape(t["share_qr"])}</summary>
<img src="qr.svg" width="200" height="200" loading="lazy" alt="{escape(t["share_qr_alt"])}">
<p><a href="qr.svg" download="qr.svg">{escape(t["share_qr_download"])}</a></p>
</details>
</aside>"""
