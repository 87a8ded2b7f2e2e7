"""Editors' documentation and workflow files: every checker code explained, hooks and CI wired right."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from sotay.content.rules import RULES, all_codes

ROOT = Path(__file__).resolve().parents[2]
GUIDE = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
VIETNAMESE, ENGLISH = GUIDE.split("## Contributing (English)")


def test_every_checker_code_is_explained_in_the_vietnamese_guide_and_the_english_summary():
    for code in RULES:
        assert f"| {code} |" in VIETNAMESE, code
        assert f"| {code} |" in ENGLISH, code
    for code in set(all_codes()) - set(RULES):
        assert f"| {code} |" in VIETNAMESE, code  # the quiz table of section 4
        assert code in ENGLISH, code


def test_the_guide_covers_web_editing_preview_checking_and_translation():
    for words in ("Sửa trang này", "make serve", "sotay check", "sotay new", "sotay i18n-status"):
        assert words in VIETNAMESE
    assert "sotay/content/allowlist.yml" in GUIDE and (ROOT / "sotay/content/allowlist.yml").is_file()


def test_pre_commit_runs_ruff_and_sotay_check_on_changed_markdown():
    hooks = {
        h["id"]: h
        for r in yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text())["repos"]
        for h in r["hooks"]
    }
    assert hooks["ruff"]["entry"].startswith(".venv/bin/ruff")
    check = hooks["sotay-check"]
    assert check["entry"] == ".venv/bin/sotay check"
    assert re.search(check["files"], "docs/vi/vneid/index.md")
    assert not re.search(check["files"], "README.md")


def _workflow(name: str) -> dict:
    data = yaml.safe_load((ROOT / ".github/workflows" / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def _runs(workflow: dict) -> str:
    return "\n".join(s.get("run", "") for job in workflow["jobs"].values() for s in job["steps"])


def test_pull_requests_are_checked_with_sotay_check_and_make_test():
    checks = _workflow("checks.yml")
    assert "pull_request" in checks["on"]
    runs = _runs(checks)
    assert "sotay check --format json" in runs and "make test" in runs


def test_pages_workflow_builds_with_the_checks_and_full_history():
    pages = _workflow("pages.yml")
    build = pages["jobs"]["build"]["steps"]
    assert any(s.get("with", {}).get("fetch-depth") == 0 for s in build), "git dates need the history"
    assert "make build" in _runs(pages)
    assert any(s.get("uses", "").startswith("actions/deploy-pages") for s in pages["jobs"]["deploy"]["steps"])


def test_pull_request_template_has_the_checklist():
    template = (ROOT / ".github/pull_request_template.md").read_text(encoding="utf-8")
    boxes = re.findall(r"^- \[ \] ", template, re.M)
    assert len(boxes) >= 6 and "sotay check" in template and "translation: pending" in template
