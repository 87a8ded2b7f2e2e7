"""The ``sotay`` command: build, serve and check the handbook."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from sotay.build.publish import BuildFailed, build_atomically


def _cmd_build(args: argparse.Namespace) -> int:
    if not args.skip_check:
        from sotay.content.site_settings import load_site_settings

        docs = load_site_settings(Path(args.config).resolve()).docs_dir or Path("docs")
        code = _cmd_check(argparse.Namespace(paths=[str(docs)], lang=args.lang, strict=False, format="text"))
        if code != 0:
            print("Dừng: nội dung còn lỗi, trang web cũ được giữ nguyên.", file=sys.stderr)
            return code
    try:
        out = build_atomically(Path(args.config), Path(args.site_dir))
    except BuildFailed as exc:
        print(f"Build failed / Xây dựng thất bại: {exc}", file=sys.stderr)
        return 1
    print(f"Built / Đã xây dựng: {out}")
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    cmd = [sys.executable, "-m", "mkdocs", "serve", "-f", args.config, "-a", args.addr, "--livereload"]
    return subprocess.call(cmd, env=env)


def _cmd_check(args: argparse.Namespace) -> int:
    from sotay.content.check_command import run_check

    return run_check(args)


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser for every ``sotay`` sub-command."""
    parser = argparse.ArgumentParser(prog="sotay", description="Sổ tay Bình dân học vụ số: công cụ biên tập")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("build", help="kiểm tra nội dung rồi xây dựng site/ (build)")
    p.add_argument("--config", default="mkdocs.yml")
    p.add_argument("--site-dir", default="site")
    p.add_argument("--skip-check", action="store_true", help="bỏ qua bước kiểm tra nội dung")
    p.add_argument("--lang", default="vi", choices=["vi", "en"])
    p.set_defaults(func=_cmd_build)

    p = sub.add_parser("serve", help="xem trước tại http://127.0.0.1:8000 (serve)")
    p.add_argument("--config", default="mkdocs.yml")
    p.add_argument("--addr", default="127.0.0.1:8000")
    p.set_defaults(func=_cmd_serve)

    p = sub.add_parser("check", help="kiểm tra nội dung Markdown (check)")
    p.add_argument("paths", nargs="*", help="tệp hoặc thư mục (mặc định: docs/)")
    p.add_argument("--lang", default="vi", choices=["vi", "en"], help="ngôn ngữ của thông báo")
    p.add_argument("--strict", action="store_true", help="coi cảnh báo là lỗi")
    p.add_argument("--format", default="text", choices=["text", "json"])
    p.add_argument("--codes", action="store_true", help="liệt kê mọi mã lỗi và cách sửa")
    p.set_defaults(func=_cmd_check)

    from sotay.content.new_command import add_new_parser, add_status_parser, run_i18n_status, run_new

    add_new_parser(sub).set_defaults(func=run_new)
    add_status_parser(sub).set_defaults(func=run_i18n_status)

    from sotay.print_pdf import add_pdf_parser, run_pdf

    add_pdf_parser(sub).set_defaults(func=run_pdf)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``sotay`` console script."""
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
