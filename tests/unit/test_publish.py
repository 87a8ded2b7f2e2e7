"""A failed build must never replace a good published site."""

import shutil
from pathlib import Path

import pytest

from sotay.build.publish import BuildFailed, build_atomically

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "mini"


def _copy_fixture(tmp_path: Path) -> Path:
    project = tmp_path / "mini"
    shutil.copytree(FIXTURE, project)
    # the fixture inherits ../../../mkdocs.yml and ../../../overrides: point them back at the repo
    cfg = project / "mkdocs.yml"
    repo = FIXTURE.parents[2]
    cfg.write_text(
        cfg.read_text(encoding="utf-8").replace("../../../", f"{repo}/"),
        encoding="utf-8",
    )
    return project


def test_successful_build_publishes_the_site(tmp_path):
    project = _copy_fixture(tmp_path)
    site = build_atomically(project / "mkdocs.yml", tmp_path / "site")
    assert (site / "index.html").is_file()
    assert (site / "en" / "index.html").is_file()
    assert not list(tmp_path.glob(".site-*")), "no staging folder left behind"


def test_failed_build_keeps_the_previous_site(tmp_path):
    project = _copy_fixture(tmp_path)
    site = build_atomically(project / "mkdocs.yml", tmp_path / "site")
    before = (site / "index.html").read_bytes()
    marker = site / "published-marker.txt"
    marker.write_text("the good site", encoding="utf-8")

    broken = project / "docs" / "vi" / "bai" / "index.md"
    broken.write_text(
        broken.read_text(encoding="utf-8") + "\n[hỏng](khong-co-trang-nay.md)\n", encoding="utf-8"
    )

    with pytest.raises(BuildFailed):
        build_atomically(project / "mkdocs.yml", tmp_path / "site")

    assert marker.read_text(encoding="utf-8") == "the good site"
    assert (site / "index.html").read_bytes() == before
    assert not list(tmp_path.glob(".site-*")), "the failed staging folder is cleaned up"
