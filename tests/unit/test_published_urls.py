"""Published addresses never 404: each one still has its page, or a redirect to where it moved."""

from pathlib import Path

from sotay.build.redirects import load_redirects, source_candidates, url_path

ROOT = Path(__file__).resolve().parents[2]
PUBLISHED = ROOT / "tests" / "fixtures" / "published-urls.txt"
LANGUAGES = ("vi", "en")  # vi at /, en at /en/ (an untranslated English page shows the Vietnamese one)


def published() -> list[str]:
    lines = PUBLISHED.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def split_language(address: str) -> tuple[str, str]:
    first, _, rest = address.lstrip("/").partition("/")
    return (first, rest) if first in LANGUAGES[1:] else (LANGUAGES[0], address.lstrip("/"))


def has_page(lang: str, rel: str) -> bool:
    return any(
        (ROOT / "docs" / folder / c).is_file() for c in source_candidates(rel) for folder in {lang, "vi"}
    )


def test_every_published_address_still_has_a_page_or_a_redirect():
    moved = {url_path(old): url_path(new) for old, new in load_redirects(ROOT / "redirects.yml").items()}
    lost = []
    for address in published():
        lang, rel = split_language(address)
        if has_page(lang, rel):
            continue
        if rel in moved and has_page(lang, moved[rel]):
            continue
        lost.append(address)
    assert lost == [], "pages disappeared without a redirect; add 'old.md: new.md' lines to redirects.yml"


def test_the_list_covers_both_languages_and_the_home_pages():
    addresses = published()
    assert "/" in addresses and "/en/" in addresses
    assert len(addresses) == len(set(addresses))
