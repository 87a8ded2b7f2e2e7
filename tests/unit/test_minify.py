from sotay.build.minify import minify_assets
from sotay.build.pipeline import SiteInfo


def test_our_js_and_css_are_minified_and_materials_left_alone(tmp_path):
    js = tmp_path / "assets/javascripts"
    css = tmp_path / "assets/stylesheets"
    js.mkdir(parents=True)
    css.mkdir(parents=True)
    (js / "ours.js").write_text("/* explains */\nfunction add(a, b) {\n  return a + b; // sum\n}\n")
    (js / "bundle.abcd1234.min.js").write_text("/* keep */ var x = 1;\n")
    (css / "ours.css").write_text("/* palette */\n:root {\n  --c: #00695c;\n}\n")
    saved = minify_assets(SiteInfo(site_dir=tmp_path, site_url="/"))
    assert saved > 0
    assert (js / "ours.js").read_text() == "function add(a,b){return a+b;}\n"
    assert (css / "ours.css").read_text() == ":root{--c:#00695c}\n"
    assert (js / "bundle.abcd1234.min.js").read_text() == "/* keep */ var x = 1;\n"
