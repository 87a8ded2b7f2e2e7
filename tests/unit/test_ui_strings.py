from sotay.ui_strings import LANGUAGES, STRINGS, strings_for


def test_every_ui_string_exists_in_vietnamese_and_english():
    for key, texts in STRINGS.items():
        assert set(texts) == set(LANGUAGES), key
        assert all(t.strip() for t in texts.values()), key


def test_vietnamese_and_english_strings_differ():
    same = [k for k, t in STRINGS.items() if t["vi"] == t["en"]]
    assert same == []


def test_unknown_language_falls_back_to_vietnamese():
    assert strings_for("fr")["not_found_home"] == STRINGS["not_found_home"]["vi"]
