"""Theme templates compiled for one language's build are reused by the next, never when changed."""

from jinja2 import DictLoader, Environment

from sotay.template_cache import MemoryBytecodeCache


def _render(cache, source: str, compiled: list) -> str:
    env = Environment(loader=DictLoader({"page.html": source}), bytecode_cache=cache)
    real_compile = env.compile

    def counting_compile(*args, **kwargs):
        compiled.append(1)
        return real_compile(*args, **kwargs)

    env.compile = counting_compile
    return env.get_template("page.html").render(name="Lâm Đồng")


def test_the_second_build_reuses_the_compiled_template():
    cache, compiled = MemoryBytecodeCache(), []
    assert _render(cache, "Xin chào {{ name }}", compiled) == "Xin chào Lâm Đồng"
    assert _render(cache, "Xin chào {{ name }}", compiled) == "Xin chào Lâm Đồng"
    assert len(compiled) == 1


def test_an_edited_template_is_compiled_again():
    cache, compiled = MemoryBytecodeCache(), []
    _render(cache, "Xin chào {{ name }}", compiled)
    assert _render(cache, "Chào mừng {{ name }}", compiled) == "Chào mừng Lâm Đồng"
    assert len(compiled) == 2
