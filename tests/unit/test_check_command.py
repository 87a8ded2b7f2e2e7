"""The `sotay check`, `sotay new`, `sotay i18n-status` and `sotay build` commands as editors use them."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest

from sotay.cli import main
from sotay.content.checker import check_paths
from sotay.content.rules import all_codes

FIXTURE_DOCS = Path(__file__).resolve().parents[1] / "fixtures" / "check" / "docs"
LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+\d{3}) (?P<message>.+)$")


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_errors_print_file_line_col_code_message_in_vietnamese_and_exit_1(capsys):
    code, out, _ = _run(capsys, "check", str(FIXTURE_DOCS / "vi/loi/lnk003-ten-mien-la.md"))
    lines = out.strip().splitlines()
    m = LINE.match(lines[0])
    assert code == 1 and m, out
    assert (m["line"], m["col"], m["code"]) == ("11", "17", "LNK003")
    assert m["file"].endswith("vi/loi/lnk003-ten-mien-la.md")
    assert "lỗi:" in m["message"] and "example.com" in m["message"] and "chính thức" in m["message"]
    assert lines[-1].startswith("Đã kiểm tra 1 tệp") and "1 lỗi, 0 cảnh báo" in lines[-1]


def test_english_messages_with_lang_en(capsys):
    code, out, _ = _run(capsys, "check", "--lang", "en", str(FIXTURE_DOCS / "vi/loi/lnk003-ten-mien-la.md"))
    assert code == 1
    assert "LNK003 error: «example.com» is not on the allowlist of official sources." in out
    assert "Checked 1 files" in out and "1 errors, 0 warnings" in out


def test_warnings_alone_pass_unless_strict(capsys):
    page = str(FIXTURE_DOCS / "vi/loi/txt004-hai-dau-cach.md")
    code, out, _ = _run(capsys, "check", page)
    assert code == 0 and "TXT004 cảnh báo:" in out and "Có thể xuất bản" in out
    code, out, _ = _run(capsys, "check", "--strict", page)
    assert code == 1 and "--strict" in out


def test_clean_pages_exit_0_with_a_summary(capsys):
    code, out, _ = _run(capsys, "check", str(FIXTURE_DOCS / "vi/sach"), str(FIXTURE_DOCS / "en/sach"))
    assert code == 0
    assert out.strip().splitlines() == [out.strip()] and "0 lỗi, 0 cảnh báo" in out


def test_json_output_for_ci_annotations(capsys):
    code, out, _ = _run(capsys, "check", "--format", "json", str(FIXTURE_DOCS / "vi/loi"))
    data = json.loads(out)
    assert code == 1
    assert data["summary"]["errors"] == len([p for p in data["problems"] if p["severity"] == "error"]) > 20
    first = data["problems"][0]
    assert set(first) == {"file", "line", "col", "code", "severity", "message"}


def test_missing_path_is_reported_not_ignored(capsys):
    code, _, err = _run(capsys, "check", "khong/co/thu-muc-nay")
    assert code == 2 and "không tìm thấy" in err


def test_codes_lists_every_rule_with_its_fix(capsys):
    code, out, _ = _run(capsys, "check", "--codes")
    assert code == 0
    assert all(f"| {c} |" in out for c in all_codes())


@pytest.fixture
def handbook(tmp_path) -> Path:
    """An empty two-language handbook."""
    for lang in ("vi", "en"):
        (tmp_path / "docs" / lang).mkdir(parents=True)
    return tmp_path / "docs"


@pytest.mark.parametrize("page_type", ["lesson", "howto", "quiz", "reference", "overview"])
def test_new_pages_pass_check_as_generated(capsys, handbook, page_type):
    target = "chuong/index" if page_type == "overview" else f"chuong/{page_type}-moi"
    code, out, _ = _run(capsys, "new", page_type, target, "--docs", str(handbook), "--title", "Trang mới")
    assert code == 0 and "Đã tạo" in out
    vi, en = handbook / "vi" / f"{target}.md", handbook / "en" / f"{target}.md"
    assert vi.is_file() and en.is_file()
    assert check_paths([handbook]).problems == []
    assert f"type: {page_type}" in vi.read_text(encoding="utf-8")
    assert "translation: pending" in en.read_text(encoding="utf-8")
    assert f"reviewed: {dt.date.today().isoformat()}" in vi.read_text(encoding="utf-8")


def test_new_howto_has_the_howto_structure_and_time(capsys, handbook):
    _run(capsys, "new", "howto", "docs/vi/vneid/doi-mat-khau.md", "--docs", str(handbook))
    text = (handbook / "vi/vneid/doi-mat-khau.md").read_text(encoding="utf-8")
    for part in ("## Bạn cần chuẩn bị", "## Các bước", "## Kết quả", "## Lỗi thường gặp", "time: 15"):
        assert part in text
    assert "## Before you start" in (handbook / "en/vneid/doi-mat-khau.md").read_text(encoding="utf-8")


def test_new_refuses_to_overwrite_and_bad_names(capsys, handbook):
    assert _run(capsys, "new", "lesson", "a/b", "--docs", str(handbook))[0] == 0
    code, _, err = _run(capsys, "new", "lesson", "a/b", "--docs", str(handbook))
    assert code == 2 and "không ghi đè" in err
    code, _, err = _run(capsys, "new", "lesson", "a/Bài Mới", "--docs", str(handbook), "--lang", "en")
    assert code == 2 and "not a valid name" in err


def test_new_help_lists_the_page_types(capsys):
    with pytest.raises(SystemExit):
        main(["new", "--help"])
    out = capsys.readouterr().out
    assert all(kind in out for kind in ("lesson", "howto", "quiz", "reference", "overview"))


def test_i18n_status_table_shows_each_state(capsys):
    code, out, _ = _run(capsys, "i18n-status", "--docs", str(FIXTURE_DOCS), "--lang", "en")
    rows = {line.split()[0]: line for line in out.splitlines() if line.startswith(("sach/", "loi/"))}
    assert code == 0
    assert rows["sach/bai-hoc.md"].endswith("translated")
    assert rows["loi/trn002-ban-dich-cu.md"].endswith("stale (older than the source)")
    assert rows["loi/trn001-thieu-ban-tieng-anh.md"].endswith("missing (no file)")
    assert rows["loi/fm005-type-sai.md"].endswith("missing (translation: pending)")
    code, out, _ = _run(capsys, "i18n-status", "--docs", str(FIXTURE_DOCS), "--format", "json")
    states = {r["page"]: r["state"] for r in json.loads(out)}
    assert states["sach/index.md"] == "translated" and states["loi/trn003-khong-co-ban-goc.md"] == "orphan"


def test_build_stops_on_content_errors_and_keeps_the_old_site(capsys, tmp_path):
    (tmp_path / "docs").mkdir()
    shutil.copytree(FIXTURE_DOCS / "vi", tmp_path / "docs" / "vi")
    (tmp_path / "mkdocs.yml").write_text("site_name: Thử\ndocs_dir: docs\n", encoding="utf-8")
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("trang cũ", encoding="utf-8")
    code, out, err = _run(
        capsys, "build", "--config", str(tmp_path / "mkdocs.yml"), "--site-dir", str(tmp_path / "site")
    )
    assert code == 1
    assert "LNK001" in out and "Dừng: nội dung còn lỗi" in err
    assert (tmp_path / "site" / "index.html").read_text(encoding="utf-8") == "trang cũ"
