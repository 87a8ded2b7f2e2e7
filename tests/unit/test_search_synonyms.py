"""Synonyms from the glossary: abbreviations and the phrases they stand for."""

from sotay.search.synonyms import glossary_groups, merge_groups, spells

GLOSSARY = """\
*[BHXH]: Bảo hiểm xã hội
*[CCCD]: Căn cước công dân (thẻ căn cước)
*[DVC]: Dịch vụ công
*[TTHC]: Thủ tục hành chính
*[OTP]: Mã dùng một lần, không đưa cho ai (One-Time Password)
*[APK]: Tệp cài đặt ứng dụng Android; chỉ cài ứng dụng từ CH Play
Dòng khác không phải định nghĩa.
"""


def test_abbreviations_map_to_the_phrases_they_spell():
    groups = glossary_groups(GLOSSARY)
    assert [["bhxh"], ["bao", "hiem", "xa", "hoi"]] in groups
    assert [["cccd"], ["can", "cuoc", "cong", "dan"]] in groups
    assert [["dvc"], ["dich", "vu", "cong"]] in groups
    assert [["tthc"], ["thu", "tuc", "hanh", "chinh"]] in groups


def test_explanations_are_not_synonyms_but_an_english_expansion_is():
    groups = glossary_groups(GLOSSARY)
    assert [["otp"], ["one", "time", "password"]] in groups
    assert not any(["apk"] in g for g in groups), "an explanation is not something people type instead"


def test_english_glossary_gives_the_vietnamese_name_in_parentheses():
    assert glossary_groups("*[CCCD]: Citizen identity card (Căn cước công dân)") == [
        [["cccd"], ["can", "cuoc", "cong", "dan"]]
    ]


def test_spelling_check_uses_first_letters():
    assert spells(["uy", "ban", "nhan", "dan"], ["ubnd"])
    assert not spells(["ma", "dung", "mot", "lan"], ["otp"])


def test_groups_sharing_a_phrase_are_merged():
    merged = merge_groups([[["dvc"], ["dich", "vu", "cong"]], [["dich", "vu", "cong"], ["dichvucong"]]])
    assert merged == [[["dvc"], ["dich", "vu", "cong"], ["dichvucong"]]]
