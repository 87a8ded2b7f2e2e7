"""Details of the content rules that the fixture corpus does not spell out."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import yaml

from sotay.content.allowlist import load_allowlist
from sotay.content.checker import check_paths
from sotay.content.schema import render_front_matter, validate
from sotay.content.structure_rules import sentence_count

FRONT = (
    "---\ntitle: {title}\ndescription: Một câu mô tả.\ntype: lesson\naudience: [citizen]\ntags: [thu]\n"
    "reviewed: 2026-11-28\nowner: Nhóm\n---\n\n"
)


def _book(tmp_path: Path, pages: dict[str, str]) -> Path:
    """A handbook in *tmp_path*/docs; each page gets valid front matter unless it has its own."""
    docs = tmp_path / "docs"
    for rel, body in pages.items():
        path = docs / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        text = body if body.startswith("---") else FRONT.format(title=rel) + body
        path.write_text(text, encoding="utf-8")
    return docs


def _codes(docs: Path, *only: str) -> list[tuple[str, str, int]]:
    paths = [docs / o for o in only] or [docs]
    return [(Path(p.path).name, p.code, p.line) for p in check_paths(paths).problems]


def test_allowlist_covers_subdomains_only_where_the_sources_say_so():
    allow = load_allowlist()
    assert allow.allows("lamdong.gov.vn") and allow.allows("sotttt.lamdong.gov.vn")
    assert allow.allows("www.chinhphu.vn") and allow.allows("vanban.chinhphu.vn")
    assert not allow.allows("thutuc.chinhphu.vn"), "chinhphu.vn does not cover its subdomains"
    assert not allow.allows("dichvucong.gov.vn.evil.com") and not allow.allows("fakelamdong.gov.vn")
    assert allow.is_shortener("bit.ly") and not allow.allows("bit.ly")


def test_a_link_reports_every_problem_it_has_but_shorteners_only_once(tmp_path):
    docs = _book(
        tmp_path,
        {
            "vi/a.md": "[x](http://example.com/app.apk) [y](http://bit.ly/z)\n",
            "en/a.md": FRONT.format(title="A") + "Text.\n",
        },
    )
    assert sorted(c for _, c, _ in _codes(docs, "vi/a.md")) == ["LNK003", "LNK004", "LNK005", "LNK006"]


def test_english_page_may_link_to_a_page_that_falls_back_to_vietnamese(tmp_path):
    docs = _book(
        tmp_path,
        {
            "vi/a.md": "Xem [b](b.md#muc-hai).\n",
            "vi/b.md": "## Mục hai\n",
            "en/a.md": "See [b](b.md#muc-hai) and [c](c.md).\n",
        },
    )
    assert _codes(docs, "en/a.md") == [("a.md", "LNK001", 11)]


def test_repeated_headings_get_numbered_ids_like_the_site(tmp_path):
    docs = _book(
        tmp_path,
        {
            "vi/a.md": "## Bước\n\n## Bước\n\n[1](#buoc) [2](#buoc_1) [3](#buoc_2)\n",
            "en/a.md": "Text.\n",
        },
    )
    assert _codes(docs, "vi/a.md") == [("a.md", "LNK002", 15)]


def test_code_and_comments_are_not_checked_as_prose(tmp_path):
    docs = _book(
        tmp_path,
        {
            "vi/a.md": "`<script>`  x\n\n~~~\n[a](http://bit.ly)  <iframe>\n~~~\n\n<!-- <script>  -->\n",
            "en/a.md": "Text.\n",
        },
    )
    assert _codes(docs, "vi/a.md") == [("a.md", "TXT004", 11)]


def test_decomposed_text_is_one_nfc_problem_per_line(tmp_path):
    body = unicodedata.normalize("NFD", "Đăng ký tài khoản định danh điện tử.\n")
    docs = _book(tmp_path, {"vi/a.md": body, "en/a.md": "Text.\n"})
    assert _codes(docs, "vi/a.md") == [("a.md", "TXT001", 11)]


def test_mixed_tone_marks_suggest_the_majority_style(tmp_path):
    docs = _book(tmp_path, {"vi/a.md": "Thuỷ lợi, uỷ ban, hoá đơn.\nThủy sản.\n", "en/a.md": "Text.\n"})
    problems = check_paths([docs / "vi/a.md"]).problems
    assert [p.code for p in problems] == ["TXT003"] and "«thủy»" in problems[0].message("vi").lower()
    assert "Thủy" in problems[0].message("en")


def test_qu_and_closed_syllables_are_not_a_tone_style(tmp_path):
    docs = _book(
        tmp_path, {"vi/a.md": "Quý khách, hóa đơn, hoạt động, thuyền, khuya, quỳ.\n", "en/a.md": "T.\n"}
    )
    assert _codes(docs, "vi/a.md") == []


def test_one_sentence_descriptions_may_contain_abbreviations():
    assert sentence_count("Hướng dẫn cho người dân TP. Đà Lạt và các xã.") == 1
    assert sentence_count("Cách làm. Sau đó kiểm tra.") == 2
    assert sentence_count("Dùng VNeID, v.v. Không sao.") == 1


def test_front_matter_written_by_the_schema_validates():
    values = {
        "title": "Đổi mật khẩu: cách làm",
        "description": "Một câu.",
        "type": "howto",
        "audience": ["citizen"],
        "tags": ["vneid"],
        "reviewed": dt.date(2026, 11, 28),
        "owner": "Nhóm",
        "time": 10,
    }
    text = render_front_matter(values)
    meta = yaml.safe_load(text.strip("-\n"))
    assert meta["title"] == "Đổi mật khẩu: cách làm"
    assert validate(meta) == []


def test_theme_keys_are_allowed_but_typos_are_caught():
    base = {"title": "T", "description": "D.", "type": "lesson", "audience": ["citizen"], "tags": ["a"]}
    base |= {"reviewed": "2026-11-28", "owner": "O"}
    assert validate(base | {"hide": ["toc"]}) == []
    assert [(i.code, i.key) for i in validate(base | {"reveiwed": "2026-01-01"})] == [("FM007", "reveiwed")]
