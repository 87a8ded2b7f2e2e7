import unicodedata

import pytest

from sotay.text import fold, nfc, slugify


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Dịch vụ công", "dich vu cong"),
        ("LỪA ĐẢO", "lua dao"),
        ("đăng ký", "dang ky"),
        ("Thủy", "thuy"),
        ("thuỷ", "thuy"),
        ("hoá đơn", "hoa don"),
    ],
)
def test_fold_strips_every_vietnamese_mark(typed, expected):
    assert fold(typed) == expected


def test_fold_gives_the_same_result_for_nfd_input():
    text = "Định danh điện tử mức 2"
    assert fold(unicodedata.normalize("NFD", text)) == fold(text) == "dinh danh dien tu muc 2"


def test_nfc_composes_decomposed_letters():
    decomposed = unicodedata.normalize("NFD", "Việt")
    assert decomposed != "Việt"
    assert nfc(decomposed) == "Việt"


def test_slugify_makes_ascii_urls():
    assert slugify("Định danh điện tử VNeID!") == "dinh-danh-dien-tu-vneid"
    assert slugify("  Đăng ký  cư trú ") == "dang-ky-cu-tru"


def test_heading_anchors_keep_d_for_đ():
    from sotay.text import heading_slug

    assert heading_slug("Đăng nhập bằng VNeID") == "dang-nhap-bang-vneid"
    assert heading_slug("Lỗi thường gặp", "_") == "loi_thuong_gap"
