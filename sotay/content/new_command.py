"""``sotay new`` and ``sotay i18n-status``: argument parsers and the commands (thin, over plain modules)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sotay.content.handbook import Handbook, display_path
from sotay.content.i18n_status import format_json, format_table, status_rows
from sotay.content.scaffold import PAGE_KINDS, ScaffoldError, new_page


def add_new_parser(sub) -> argparse.ArgumentParser:
    """Add ``sotay new <type> <path>`` to the sub-command parsers *sub*."""
    kinds = "\n".join(f"  {name:<10} {vi} / {en}" for name, (vi, en) in PAGE_KINDS.items())
    p = sub.add_parser(
        "new",
        help="tạo trang mới cùng bản tiếng Anh chờ dịch (new page)",
        description="Tạo trang tiếng Việt với phần đầu trang đầy đủ và chữ hướng dẫn, cùng bản tiếng Anh "
        "đánh dấu `translation: pending`.\nCreate a Vietnamese page and its English twin marked as not "
        "yet translated.",
        epilog=f"Loại trang / page types:\n{kinds}\n\nVí dụ / example:  sotay new howto vneid/doi-mat-khau "
        '--title "Đổi mật khẩu VNeID"',
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("type", choices=list(PAGE_KINDS), help="loại trang / page type")
    p.add_argument("path", help="đường dẫn trong thư mục ngôn ngữ, ví dụ vneid/doi-mat-khau")
    p.add_argument("--title", help="tiêu đề trang / page title")
    p.add_argument("--docs", default="docs", help="thư mục nội dung (mặc định: docs)")
    p.add_argument("--lang", default="vi", choices=["vi", "en"], help="ngôn ngữ của thông báo")
    return p


def add_status_parser(sub) -> argparse.ArgumentParser:
    """Add ``sotay i18n-status`` to the sub-command parsers *sub*."""
    p = sub.add_parser(
        "i18n-status",
        help="bảng trạng thái bản dịch của mọi trang (translation status)",
        description="Mỗi trang và trạng thái bản dịch: đã dịch / cần cập nhật / chưa dịch.",
    )
    p.add_argument("--docs", default="docs", help="thư mục nội dung (mặc định: docs)")
    p.add_argument("--lang", default="vi", choices=["vi", "en"], help="ngôn ngữ của bảng")
    p.add_argument("--format", default="text", choices=["text", "json"])
    return p


def run_new(args: argparse.Namespace) -> int:
    """Create the page and its twin; print what was written and what to do next."""
    docs = Path(args.docs)
    languages = Handbook(docs).settings.languages if docs.is_dir() else ("vi", "en")
    try:
        files = new_page(args.type, args.path, docs, title=args.title, languages=languages)
    except ScaffoldError as exc:
        print(exc.message(args.lang), file=sys.stderr)
        return 2
    source, *twins = (display_path(f.resolve()) for f in files)
    if args.lang == "en":
        print(f"Created {source}")
        for twin in twins:
            print(f"Created {twin} (translation: pending)")
        print("Next: replace the guidance text, preview with `make serve`, then run `sotay check`.")
    else:
        print(f"Đã tạo {source}")
        for twin in twins:
            print(f"Đã tạo {twin} (translation: pending, chờ dịch)")
        print(
            "Tiếp theo: thay chữ hướng dẫn bằng nội dung thật, xem trước bằng `make serve`, rồi chạy `sotay check`."
        )
    return 0


def run_i18n_status(args: argparse.Namespace) -> int:
    """Print every page's translation state as a table (or JSON)."""
    docs = Path(args.docs)
    if not docs.is_dir():
        print(f"{docs}: {'không tìm thấy' if args.lang == 'vi' else 'not found'}", file=sys.stderr)
        return 2
    rows = status_rows(Handbook(docs))
    print(format_json(rows) if args.format == "json" else format_table(rows, args.lang))
    return 0
