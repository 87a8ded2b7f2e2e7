"""Search quality on the real handbook: every query of the query file (../shared/search-queries.tsv,
or the copy in tests/fixtures) typed into ``?q=`` finds a matching page among the first three."""

import re
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from sotay.text import fold
from tests.support.search_queries import load_queries


@pytest.mark.slow
@pytest.mark.parametrize("query", load_queries(), ids=str)
def test_query_finds_a_matching_page_in_the_top_three(page, real_server, query):
    home = real_server.url + ("" if query.lang == "vi" else f"{query.lang}/")
    page.goto(home + "?q=" + quote(query.query))
    expect(page.locator("[data-sotay-search-status]")).not_to_have_text(re.compile(r"^$|…$"))
    links = page.locator("a[data-search-result]").all()[:3]
    top = [fold(" ".join(f"{a.text_content()} {a.get_attribute('href')}".split())) for a in links]
    assert any(re.search(query.expect, t) for t in top), f"{query}: {top}"
