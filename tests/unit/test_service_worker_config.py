"""The worker's version changes exactly when the site does; its shell is what the offline page loads."""

import shutil

from sotay.build.pipeline import SiteInfo
from sotay.build.service_worker import build_hash, shell_files, worker_config


def _site(tmp_path):
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "app.css").write_text("body{}")
    (tmp_path / "index.html").write_text("<h1>Xin chào</h1>")
    (tmp_path / "sitemap.xml").write_text("<lastmod>2026-01-01</lastmod>")
    return tmp_path


def test_build_hash_is_stable_and_follows_content(tmp_path):
    site = _site(tmp_path)
    first = build_hash(site)
    assert build_hash(site) == first
    (site / "sitemap.xml").write_text("<lastmod>2026-02-02</lastmod>")  # dates only: same build
    (site / "sw.js").write_text("const V = 1;")
    (site / "pdf").mkdir()
    (site / "pdf" / "so-tay-vi.pdf").write_bytes(b"%PDF")
    assert build_hash(site) == first
    (site / "index.html").write_text("<h1>Xin chào bạn</h1>")
    assert build_hash(site) != first


def test_build_hash_notices_a_renamed_file(tmp_path):
    site = _site(tmp_path)
    first = build_hash(site)
    (site / "assets" / "app.css").rename(site / "assets" / "main.css")
    assert build_hash(site) != first


def test_shell_is_the_local_files_the_offline_pages_load_not_the_pages(tmp_path):
    site = _site(tmp_path)
    (site / "en").mkdir()
    page = (
        '<link rel="stylesheet" href="/assets/app.css"><link rel="icon" href="/assets/app.css">'
        '<script src="/assets/missing.js"></script><img src="https://example.org/x.png">'
    )
    (site / "offline.html").write_text(page)
    (site / "en" / "offline.html").write_text(page)
    info = SiteInfo(site_dir=site, site_url="https://sotay.example/", languages=("vi", "en"))
    assert shell_files(info) == ["assets/app.css"]
    config = worker_config(info, "abc")
    assert config["offline"] == {"": "offline.html", "en/": "en/offline.html"}
    assert config["version"] == "abc"


def test_build_hash_follows_the_search_index_through_its_content_named_folder(tmp_path):
    from sotay.search.extract import PageText, Section
    from sotay.search.index import IndexedPage, build_index, write_index

    site = _site(tmp_path)
    versions = []
    for text in ("Không đưa mã OTP cho ai.", "Không bao giờ đưa mã OTP cho ai."):
        if (site / "search").exists():
            shutil.rmtree(site / "search")
        page = IndexedPage("", "Chương", PageText("Lừa đảo", [Section("", "", text)]))
        write_index(build_index([page]), site / "search")
        versions.append(build_hash(site))
    assert versions[0] != versions[1], "another index text is another build"
