"""Valid HTML: the Nu Html Checker over every page of the real handbook (both languages) reports no error."""

from __future__ import annotations

import pytest

from tests.support.vnu import KNOWN_ERRORS, check_site, describe, unexpected

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def vnu_messages(real_site):
    return check_site(real_site)


def test_every_page_is_valid_html(real_site, vnu_messages):
    errors = [describe(real_site, m) for m in unexpected(vnu_messages)]
    assert errors == [], f"{len(errors)} HTML errors:\n" + "\n".join(errors[:200])


def test_each_accepted_theme_error_still_occurs(vnu_messages):
    # An accepted error that no longer occurs (the theme changed) must leave the list.
    for known in KNOWN_ERRORS:
        assert any(known.matches(m) for m in vnu_messages), f"{known.name} no longer occurs: remove it"
