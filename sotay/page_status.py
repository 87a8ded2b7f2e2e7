"""What every page shows about itself: last updated, where to edit it, whether its review is overdue.

Pure functions: the MkDocs glue passes in the page's front matter, the git dates of the docs folder
(:mod:`sotay.git_dates`), the edit URL and today's date; templates only print the result.
"""

from __future__ import annotations

import calendar
import datetime as dt
from pathlib import Path

from sotay.content.schema import parse_date
from sotay.ui_strings import strings_for

REVIEW_AFTER_MONTHS = 6


def add_months(day: dt.date, months: int) -> dt.date:
    """*day* plus *months* calendar months (the 31st becomes the month's last day when needed)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_due(meta: dict) -> dt.date | None:
    """The date the page must be reviewed by: ``review_due``, else ``reviewed`` + 6 months."""
    explicit = parse_date(meta.get("review_due"))
    if explicit:
        return explicit
    reviewed = parse_date(meta.get("reviewed"))
    return add_months(reviewed, REVIEW_AFTER_MONTHS) if reviewed else None


def format_date(day: dt.date, lang: str) -> str:
    """*day* the way readers of *lang* write dates (28/11/2026, 28 November 2026)."""
    t = strings_for(lang)
    month_name = t["month_names"].split("|")[day.month - 1]
    return t["date_format"].format(day=day.day, month=day.month, month_name=month_name, year=day.year)


def page_status(
    meta: dict,
    source: Path,
    git_dates: dict[Path, dt.date],
    edit_url: str | None,
    lang: str,
    today: dt.date,
) -> dict:
    """The template data: ``updated`` (ISO) and its text, ``edit_url``, ``review_due`` and its note.

    The last-updated date comes from git history, else from the ``reviewed`` front matter.
    """
    updated = git_dates.get(Path(source).resolve()) or parse_date(meta.get("reviewed"))
    due = review_due(meta)
    overdue = bool(due and due < today)
    note = ""
    if overdue:
        reviewed = parse_date(meta.get("reviewed"))
        key = "review_due_text" if reviewed else "review_due_text_no_date"
        note = strings_for(lang)[key].format(
            reviewed=format_date(reviewed, lang) if reviewed else "", due=format_date(due, lang)
        )
    return {
        "updated": updated.isoformat() if updated else "",
        "updated_text": format_date(updated, lang) if updated else "",
        "edit_url": edit_url or "",
        "review_due": overdue,
        "review_note": note,
    }
