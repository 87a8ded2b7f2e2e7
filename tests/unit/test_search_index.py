"""The index files: sections, sorted chunks, compact postings, files named by content."""

import json

from sotay.search.extract import PageText, Section
from sotay.search.index import IndexedPage, build_index, chunks, write_index


def _page(url, title, *sections):
    return IndexedPage(url, "Chương", PageText(title, [Section("", "", sections[0])] + list(sections[1:])))


PAGES = [
    _page(
        "a/",
        "Lừa đảo qua mạng",
        "Kẻ lừa đảo gọi điện.",
        Section("dau-hieu", "Dấu hiệu", "Lừa đảo thường dọa."),
    ),
    _page("b/", "Dịch vụ công", "Nộp hồ sơ trực tuyến."),
]


def _decode(flat):
    out, sid = [], 0
    for i in range(0, len(flat), 2):
        sid += flat[i]
        out.append((sid, flat[i + 1]))
    return out


def test_sections_keep_page_anchor_heading_and_length():
    index = build_index(PAGES)
    assert index.pages == [["a/", "Lừa đảo qua mạng", "Chương"], ["b/", "Dịch vụ công", "Chương"]]
    assert [s[:3] for s in index.sections] == [[0, "", ""], [0, "dau-hieu", "Dấu hiệu"], [1, "", ""]]
    assert index.sections[0][3] == len(["lua", "dao", "qua", "mang", "ke", "lua", "dao", "goi", "dien"])


def test_folded_words_and_repeated_pairs_are_keys():
    index = build_index(PAGES)
    assert index.postings["dao"] == [(0, 2), (1, 1)]
    assert index.postings["lua dao"] == [(0, 2), (1, 1)]
    assert "goi dien" not in index.postings, "a pair seen once in the whole language is dropped"
    assert index.postings["dien"] == [(0, 1)]


def test_chunks_are_sorted_ranges_of_about_the_target_size():
    index = build_index(PAGES)
    parts = chunks(index, target=60)
    keys = [k for part in parts for k in part]
    assert len(parts) > 1 and keys == sorted(index.postings)
    for part in parts:
        for key, flat in part.items():
            assert _decode(flat) == index.postings[key]


def test_written_files(tmp_path):
    meta_path = write_index(build_index(PAGES, [[["dvc"], ["dich", "vu", "cong"]]]), tmp_path)
    meta = json.loads(meta_path.read_text())
    data = tmp_path / meta["id"]
    assert meta["synonyms"] == [[["dvc"], ["dich", "vu", "cong"]]]
    assert sorted(p.name for p in data.glob("t*.json")) == [f"t{n}.json" for n in range(len(meta["chunks"]))]
    assert (data / "s1.txt").read_text() == "Lừa đảo thường dọa."
    first_keys = [
        next(iter(json.loads((data / f"t{n}.json").read_text()))) for n in range(len(meta["chunks"]))
    ]
    assert meta["chunks"] == first_keys
