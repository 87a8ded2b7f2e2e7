"""Search terms: every way a citizen types a Vietnamese word gives the same terms."""

import unicodedata

import pytest

from sotay.search.terms import bigrams, joined_words, words


@pytest.mark.parametrize(
    "typed",
    [
        "Đăng nhập Dịch vụ công",
        "dang nhap dich vu cong",
        "DANG NHAP DICH VU CONG",
        unicodedata.normalize("NFD", "Đăng nhập Dịch vụ công"),
        "đăng nhập dịch vụ công",
    ],
)
def test_accents_case_and_unicode_form_do_not_matter(typed):
    assert words(typed) == ["dang", "nhap", "dich", "vu", "cong"]


@pytest.mark.parametrize(("old", "new"), [("hoá đơn", "hóa đơn"), ("thuỷ lợi", "thủy lợi"), ("khoẻ", "khỏe")])
def test_both_tone_mark_placements_give_the_same_terms(old, new):
    assert words(old) == words(new)


def test_punctuation_splits_words():
    assert words("Trí tuệ nhân tạo (AI) là gì?") == ["tri", "tue", "nhan", "tao", "ai", "la", "gi"]


def test_hyphenated_names_are_also_indexed_as_one_word():
    assert joined_words("Bật Wi-Fi rồi mở e-Tax.") == ["wifi", "etax"]
    assert joined_words("Không có gạch nối") == []


def test_neighbouring_words_make_pairs():
    assert list(bigrams(["lua", "dao", "qua", "mang"])) == ["lua dao", "dao qua", "qua mang"]
    assert list(bigrams(["mot"])) == []
