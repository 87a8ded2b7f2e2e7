"""Task-list checkboxes get their item's text as accessible name (axe rule ``label``)."""

import markdown

from tests.support.html import tags

EXTENSIONS = ["abbr", "pymdownx.tasklist", "sotay.markdown.task_list_labels"]
CONFIG = {"pymdownx.tasklist": {"custom_checkbox": True}}


def render(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS, extension_configs=CONFIG)


def test_each_checkbox_is_named_by_its_own_item_text():
    html = render("- [x] Mang **CCCD** gắn chip\n- [ ] Điện thoại <b>đủ pin</b>\n")
    boxes = tags(html, "input")
    assert [b.get("aria-label") for b in boxes] == ["Mang CCCD gắn chip", "Điện thoại đủ pin"]
    assert "checked" in boxes[0] and "checked" not in boxes[1]


def test_nested_lists_and_loose_items_are_not_part_of_the_name():
    html = render("- [ ] Trước khi đi\n\n    - [ ] Sạc pin\n\n- [ ] Khi đến nơi\n")
    assert [b.get("aria-label") for b in tags(html, "input")] == ["Trước khi đi", "Sạc pin", "Khi đến nơi"]


def test_abbreviations_and_quotes_are_read_as_text():
    html = render('- [ ] Mang "CCCD" theo\n\n*[CCCD]: Căn cước công dân\n')
    assert tags(html, "input")[0]["aria-label"] == 'Mang "CCCD" theo'
    assert "<abbr" in html


def test_ordinary_lists_are_untouched():
    assert render("- a\n- b\n") == markdown.markdown("- a\n- b\n")
