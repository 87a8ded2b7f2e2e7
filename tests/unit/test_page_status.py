"""Last-updated dates (git, else `reviewed`), review-due dates and pending translations."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

from sotay.git_dates import last_changed
from sotay.page_status import add_months, format_date, page_status, review_due
from sotay.pending_translation import original_markdown

TODAY = dt.date(2026, 11, 28)


def _commit(repo: Path, name: str, text: str, when: str) -> None:
    (repo / name).parent.mkdir(parents=True, exist_ok=True)
    (repo / name).write_text(text, encoding="utf-8")
    env = {**os.environ, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    subprocess.run(["git", "-C", str(repo), "add", name], check=True)
    subprocess.run(["git", "-C", str(repo), "commit", "-qm", name], check=True, env=env)


def test_one_git_log_gives_each_file_its_last_commit_date(tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "config", "user.email", "t@example.com"], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "config", "user.name", "T"], check=True)
    _commit(tmp_path, "docs/vi/a.md", "1", "2026-01-05T10:00:00+07:00")
    _commit(tmp_path, "docs/vi/Đăng ký.md", "1", "2026-02-01T10:00:00+07:00")
    _commit(tmp_path, "docs/vi/a.md", "2", "2026-03-09T10:00:00+07:00")
    dates = last_changed(tmp_path / "docs")
    assert dates[(tmp_path / "docs/vi/a.md").resolve()] == dt.date(2026, 3, 9)
    assert dates[(tmp_path / "docs/vi/Đăng ký.md").resolve()] == dt.date(2026, 2, 1)


def test_without_git_history_there_are_no_dates_and_no_error(tmp_path, monkeypatch):
    assert last_changed(tmp_path) == {}
    monkeypatch.setenv("PATH", str(tmp_path))  # no git binary at all
    assert last_changed(Path(__file__).parent) == {}


def test_last_updated_falls_back_to_reviewed_without_git():
    status = page_status({"reviewed": dt.date(2026, 9, 1)}, Path("x.md"), {}, None, "vi", TODAY)
    assert (status["updated"], status["updated_text"], status["edit_url"]) == ("2026-09-01", "01/09/2026", "")
    source = Path("x.md")
    status = page_status(
        {"reviewed": "2026-09-01"}, source, {source.resolve(): dt.date(2026, 10, 2)}, "u", "en", TODAY
    )
    assert (status["updated_text"], status["edit_url"]) == ("2 October 2026", "u")


def test_review_is_due_six_months_after_reviewed_unless_review_due_says_otherwise():
    assert review_due({"reviewed": dt.date(2026, 8, 31)}) == dt.date(2027, 2, 28)
    assert review_due({"reviewed": "2026-05-28", "review_due": "2026-06-01"}) == dt.date(2026, 6, 1)
    assert review_due({}) is None
    assert add_months(dt.date(2026, 11, 30), 3) == dt.date(2027, 2, 28)


def test_banner_only_once_the_due_date_has_passed():
    assert not page_status({"reviewed": "2026-05-28"}, Path("x"), {}, None, "vi", TODAY)["review_due"]
    late = page_status({"reviewed": "2026-05-27"}, Path("x"), {}, None, "vi", TODAY)
    assert late["review_due"] and "27/05/2026" in late["review_note"] and "27/11/2026" in late["review_note"]
    explicit = page_status({"review_due": "2026-01-01"}, Path("x"), {}, None, "en", TODAY)
    assert explicit["review_due"] and "1 January 2026" in explicit["review_note"]


def test_dates_read_naturally_in_each_language():
    assert format_date(dt.date(2026, 3, 5), "vi") == "05/03/2026"
    assert format_date(dt.date(2026, 3, 5), "en") == "5 March 2026"


def test_pending_translation_is_replaced_by_the_original_text(tmp_path):
    (tmp_path / "vi").mkdir()
    (tmp_path / "vi/x.md").write_text("---\ntitle: X\n---\n\n# Bản gốc\n", encoding="utf-8")
    assert original_markdown({"translation": "pending"}, "en/x.md", tmp_path, "vi") == "# Bản gốc\n"
    assert original_markdown({}, "en/x.md", tmp_path, "vi") is None
    assert original_markdown({"translation": "pending"}, "en/missing.md", tmp_path, "vi") is None
