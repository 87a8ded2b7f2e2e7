"""The CSP post-build step: which inline scripts it hashes, and the policy and nginx include it writes."""

import base64
import hashlib
import json

import pytest

from sotay.build.csp import inline_script_hashes, nginx_include, policy, write_csp
from sotay.build.pipeline import SiteInfo


def sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_only_scripts_the_browser_runs_are_hashed():
    html = (
        "<script>a=1</script>"
        '<script type="text/javascript">b=2</script>'
        '<script src="x.js"></script>'
        '<script id="__config" type="application/json">{"c": 3}</script>'
        '<script type="module">d()</script>'
    )
    assert inline_script_hashes(html) == {sha("a=1"), sha("b=2"), sha("d()")}


def test_the_hash_is_of_the_exact_text_between_the_tags():
    assert inline_script_hashes("<script>\n  x()\n</script>") == {sha("\n  x()\n")}


def test_policy_allows_own_scripts_and_the_hashes_only():
    csp = policy([sha("a=1")])
    directives = dict(d.split(" ", 1) for d in csp.split("; "))
    assert directives["script-src"] == f"'self' {sha('a=1')}"
    assert directives["default-src"] == "'self'" and directives["object-src"] == "'none'"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp and "frame-ancestors" not in csp


def test_nginx_include_sets_one_variable_and_refuses_what_would_break_it():
    assert nginx_include("script-src 'self'").splitlines()[-1] == "set $sotay_csp \"script-src 'self'\";"
    with pytest.raises(ValueError):
        nginx_include('script-src "x"')


def test_step_writes_hashes_of_every_page_at_the_site_root(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "index.html").write_text("<script>a=1</script><script src=s.js></script>", encoding="utf-8")
    (tmp_path / "en" / "index.html").write_text("<script>b=2</script><script>a=1</script>", encoding="utf-8")
    write_csp(SiteInfo(site_dir=tmp_path, site_url="http://x/"))
    data = json.loads((tmp_path / "csp-hashes.json").read_text(encoding="utf-8"))
    assert data["script-src-hashes"] == sorted([sha("a=1"), sha("b=2")])
    assert data["policy"] == policy(data["script-src-hashes"])
    assert data["policy"] in (tmp_path / "csp.nginx.conf").read_text(encoding="utf-8")
