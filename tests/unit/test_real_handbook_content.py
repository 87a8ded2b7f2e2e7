"""The real handbook passes every content rule: nothing to fix before publishing."""

from pathlib import Path

from sotay.content.checker import check_paths
from sotay.content.report import format_problem

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_the_real_handbook_has_no_content_problems():
    result = check_paths([DOCS])
    assert result.files > 100
    assert [format_problem(p, "en") for p in result.problems] == []
