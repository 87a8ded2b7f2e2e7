"""``sotay check`` over the broken-fixture corpus: each fixture yields exactly its code at its line."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from sotay.content.checker import check_paths
from sotay.content.rules import all_codes

DOCS = Path(__file__).resolve().parents[1] / "fixtures" / "check" / "docs"

# fixture (relative to tests/fixtures/check/docs) → the one (code, line) it must yield.
EXPECTED: dict[str, tuple[str, int]] = {
    "vi/loi/fm001-khong-co-phan-dau.md": ("FM001", 1),
    "vi/loi/fm002-yaml-sai.md": ("FM002", 6),
    "vi/loi/fm003-thieu-owner.md": ("FM003", 1),
    "vi/loi/fm004-audience-khong-phai-danh-sach.md": ("FM004", 5),
    "vi/loi/fm005-type-sai.md": ("FM005", 4),
    "vi/loi/fm006-ngay-sai.md": ("FM006", 7),
    "vi/loi/fm007-khoa-la.md": ("FM007", 9),
    "vi/loi/txt001-khong-nfc.md": ("TXT001", 11),
    "vi/loi/txt002-dau-le.md": ("TXT002", 11),
    "vi/loi/txt003-tron-kieu-bo-dau.md": ("TXT003", 13),
    "vi/loi/txt004-hai-dau-cach.md": ("TXT004", 11),
    "vi/loi/txt005-hai-dau-thanh.md": ("TXT005", 11),
    "vi/loi/txt006-khong-phai-utf8.md": ("TXT006", 1),
    "vi/loi/lnk001-trang-khong-co.md": ("LNK001", 11),
    "vi/loi/lnk002-muc-khong-co.md": ("LNK002", 11),
    "vi/loi/lnk003-ten-mien-la.md": ("LNK003", 11),
    "vi/loi/lnk004-http.md": ("LNK004", 11),
    "vi/loi/lnk005-link-rut-gon.md": ("LNK005", 11),
    "vi/loi/lnk006-tep-apk.md": ("LNK006", 11),
    "vi/loi/lnk007-duong-dan-tuyet-doi.md": ("LNK007", 11),
    "vi/loi/img001-khong-co-hinh.md": ("IMG001", 11),
    "vi/loi/img002-thieu-alt.md": ("IMG002", 11),
    "vi/loi/img003-hinh-qua-nang.md": ("IMG003", 11),
    "vi/loi/img004-dinh-dang-la.md": ("IMG004", 11),
    "vi/loi/img005-hinh-tu-trang-khac.md": ("IMG005", 11),
    "vi/loi/htm001-script.md": ("HTM001", 13),
    "vi/loi/htm002-iframe.md": ("HTM002", 11),
    "vi/loi/htm003-onclick.md": ("HTM003", 11),
    "vi/loi/htm004-javascript-url.md": ("HTM004", 11),
    "vi/loi/trn001-thieu-ban-tieng-anh.md": ("TRN001", 1),
    "en/loi/trn002-ban-dich-cu.md": ("TRN002", 7),
    "en/loi/trn003-khong-co-ban-goc.md": ("TRN003", 1),
    "vi/loi/str001-trung-tieu-de-1.md": ("STR001", 2),
    "vi/loi/str001-trung-tieu-de-2.md": ("STR001", 2),
    "vi/loi/str002-nhay-cap-tieu-de.md": ("STR002", 15),
    "vi/loi/str003-thieu-mo-ta.md": ("STR003", 1),
    "vi/loi/str004-mo-ta-hai-cau.md": ("STR004", 3),
    "vi/loi/quiz001-thieu-ma.md": ("QUIZ001", 11),
    "vi/loi/quiz002-ma-sai.md": ("QUIZ002", 12),
    "vi/loi/quiz003-trung-ma-b.md": ("QUIZ003", 12),
    "vi/loi/quiz004-mot-lua-chon.md": ("QUIZ004", 14),
    "vi/loi/quiz005-khong-co-dap-an.md": ("QUIZ005", 14),
    "vi/loi/quiz006-hai-dap-an-mot-lua-chon.md": ("QUIZ006", 14),
    "vi/loi/quiz007-tron-kieu-lua-chon.md": ("QUIZ007", 16),
    "vi/loi/quiz008-lua-chon-trung.md": ("QUIZ008", 16),
    "vi/loi/quiz009-thieu-giai-thich.md": ("QUIZ009", 14),
    "vi/loi/quiz010-dong-khong-hieu.md": ("QUIZ010", 18),
    "vi/loi/quiz011-chua-dong-khoi.md": ("QUIZ011", 11),
    "vi/loi/quiz012-khong-co-cau-hoi.md": ("QUIZ012", 11),
    "vi/loi/quiz013-ma-cau-hoi-sai.md": ("QUIZ013", 14),
    "vi/loi/quiz014-trung-cau-hoi.md": ("QUIZ014", 19),
    "vi/loi/quiz015-tuy-chon-la.md": ("QUIZ015", 13),
    "vi/loi/quiz016-tham-chieu-sai-dang.md": ("QUIZ016", 13),
    "vi/loi/quiz017-tham-chieu-khong-co.md": ("QUIZ017", 13),
    "vi/loi/quiz018-tham-chieu-va-cau-hoi.md": ("QUIZ018", 15),
    "vi/loi/quiz019-lua-chon-trong.md": ("QUIZ019", 17),
    "vi/loi/quiz020-dong-truoc-cau-hoi.md": ("QUIZ020", 14),
    "vi/loi/quiz021-phan-hoi-lac-cho.md": ("QUIZ021", 15),
    "en/loi/quiz022-ma-ban-dich-khac.md": ("QUIZ022", 12),
}


@pytest.fixture(scope="module")
def found() -> dict[str, list[tuple[str, int]]]:
    """Everything the checker reports over the whole fixture handbook, by fixture file."""
    by_file: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for p in check_paths([DOCS]).problems:
        by_file[Path(p.path).resolve().relative_to(DOCS).as_posix()].append((p.code, p.line))
    return by_file


@pytest.mark.parametrize("fixture", sorted(EXPECTED))
def test_broken_fixture_yields_exactly_its_code_at_its_line(found, fixture):
    assert found.get(fixture) == [EXPECTED[fixture]]


def test_nothing_else_is_reported_anywhere_in_the_fixture_handbook(found):
    extra = {f: codes for f, codes in found.items() if f not in EXPECTED}
    assert extra == {}


def test_clean_fixture_pages_yield_nothing(found):
    clean = [p.relative_to(DOCS).as_posix() for p in DOCS.rglob("sach/*.md")]
    assert len(clean) == 4
    assert {f: found.get(f) for f in clean if found.get(f)} == {}


def test_every_rule_has_a_broken_fixture():
    assert len(EXPECTED) >= 25
    assert set(all_codes()) - {code for code, _ in EXPECTED.values()} == set()


def test_checking_one_file_still_judges_it_against_the_whole_handbook():
    problems = check_paths([DOCS / "vi/loi/lnk002-muc-khong-co.md"]).problems
    assert [(p.code, p.line) for p in problems] == [("LNK002", 11)]
    assert check_paths([DOCS / "vi/sach/index.md"]).problems == []


def test_messages_exist_in_both_languages_and_name_the_problem():
    problems = check_paths([DOCS / "vi/loi/lnk001-trang-khong-co.md"]).problems
    (p,) = problems
    assert "khong-co-trang-nay.md" in p.message("vi") and "không tồn tại" in p.message("vi")
    assert "khong-co-trang-nay.md" in p.message("en") and "does not exist" in p.message("en")
