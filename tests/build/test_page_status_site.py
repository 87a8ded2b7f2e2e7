"""Every page shows when it was last updated, a link to edit it, and a banner when its review is overdue."""

from __future__ import annotations

import datetime as dt
import subprocess

from tests.conftest import FIXTURES
from tests.support.html import read, tags

EDIT_BASE = "https://github.com/sotay-lamdong/so-tay/edit/main/docs/"


def _git_date(path) -> dt.date:
    out = subprocess.run(
        ["git", "log", "-1", "--format=%cI", "--", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return dt.date.fromisoformat(out[:10])


def _status(html: str) -> str:
    start = html.index("data-sotay-page-status")
    return html[start : html.index("</aside>", start)]


def test_last_updated_date_comes_from_git_history_in_each_language(mini_site):
    day = _git_date(FIXTURES / "mini/docs/vi/bai/index.md")
    vi = _status(read(mini_site, "/bai/"))
    assert "Cập nhật lần cuối" in vi
    assert f'<time datetime="{day.isoformat()}">{day:%d/%m/%Y}</time>' in vi
    en_day = _git_date(FIXTURES / "mini/docs/en/bai/index.md")
    en = _status(read(mini_site, "/en/bai/"))
    assert f'Last updated: <time datetime="{en_day.isoformat()}">{en_day.day} {en_day:%B %Y}</time>' in en


def test_edit_link_opens_the_page_source_in_the_repository_editor(mini_site):
    vi = [a for a in tags(read(mini_site, "/bai/"), "a") if "data-sotay-edit" in a]
    en = [a for a in tags(read(mini_site, "/en/bai/"), "a") if "data-sotay-edit" in a]
    assert [a["href"] for a in vi] == [EDIT_BASE + "vi/bai/index.md"]
    assert [a["href"] for a in en] == [EDIT_BASE + "en/bai/index.md"]
    assert "Sửa trang này" in _status(read(mini_site, "/bai/"))
    assert "Edit this page" in _status(read(mini_site, "/en/bai/"))


def test_untranslated_page_edit_link_goes_to_the_text_the_reader_sees(mini_site):
    links = [
        a["href"] for a in tags(read(mini_site, "/en/bai/chi-tieng-viet/"), "a") if "data-sotay-edit" in a
    ]
    assert links == [EDIT_BASE + "vi/bai/chi-tieng-viet.md"]


def test_review_banner_shows_only_when_the_review_date_has_passed(mini_site):
    vi = read(mini_site, "/bai/can-ra-soat/")
    assert "data-sotay-review-due" in vi
    assert "Trang này đã đến hạn rà soát" in vi
    assert "rà soát lần cuối ngày 15/01/2020" in vi and "trước ngày 15/07/2020" in vi
    en = read(mini_site, "/en/bai/can-ra-soat/")
    assert "This page is due for review" in en and "last reviewed on 15 January 2020" in en
    assert "data-sotay-review-due" not in read(mini_site, "/bai/")


def test_pending_translation_shows_the_original_with_the_fallback_note(mini_site):
    en = read(mini_site, "/en/bai/can-ra-soat/")
    assert "data-sotay-fallback" in en
    assert "Nội dung cũ, cần được rà soát lại." in en
    assert "Translator" not in en
