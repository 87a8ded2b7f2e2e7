"""The fast tokenizer used to read built pages: it must read our HTML as a browser would."""

from sotay.html_tokens import TokenStream, attributes, tokens


def _kinds(html):
    return [(t.kind, t.tag or t.text) for t in tokens(html)]


def test_tags_text_and_entities_in_order():
    assert _kinds('<p class="x">Thuế &amp; phí<br/>xong</P>') == [
        ("start", "p"),
        ("data", "Thuế & phí"),
        ("startend", "br"),
        ("data", "xong"),
        ("end", "p"),
    ]


def test_attribute_values_may_hold_angle_brackets_and_entities():
    (token, *_) = tokens("<a title=\"a > b &quot;c&quot;\" data-x='1' hidden href=/x>y</a>")
    assert token.attrs == {"title": 'a > b "c"', "data-x": "1", "hidden": "", "href": "/x"}


def test_first_of_a_repeated_attribute_wins():
    assert attributes(' id="a" ID="b"') == {"id": "a"}


def test_comments_doctype_and_script_content_are_not_tags():
    found = _kinds("<!DOCTYPE html><!-- <p>no</p> --><script>if (a<b) {}</script><p>ok</p>")
    assert found == [
        ("start", "script"),
        ("data", "if (a<b) {}"),
        ("end", "script"),
        ("start", "p"),
        ("data", "ok"),
        ("end", "p"),
    ]


def test_a_lone_less_than_sign_is_text():
    assert "".join(t.text for t in tokens("1 < 2")) == "1 < 2"


def test_skip_element_jumps_over_nested_elements_of_the_same_name():
    stream = TokenStream('<div id="a"><div>in</div><p>in</p></div><p>after</p>')
    seen = []
    for token in stream:
        if token.kind == "start" and token.attrs.get("id") == "a":
            assert stream.skip_element("div") == "<div>in</div><p>in</p>"
            continue
        seen.append((token.kind, token.tag or token.text))
    assert seen == [("start", "p"), ("data", "after"), ("end", "p")]


def test_skipping_an_unclosed_element_ends_the_stream():
    stream = TokenStream("<aside><p>never closed")
    kinds = []
    for token in stream:
        kinds.append(token.kind)
        if token.tag == "aside":
            assert stream.skip_element("aside") == "<p>never closed"
    assert kinds == ["start"]
