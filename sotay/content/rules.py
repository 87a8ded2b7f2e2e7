"""Every content rule of ``sotay check``: its code, severity, message and fix, in Vietnamese and English.

One table, used by the checks (messages), by ``sotay check --codes`` and mirrored in CONTRIBUTING.md.
Codes never change meaning. Quiz codes (QUIZ001…) come from :mod:`sotay.quiz.errors`, the quiz
parser's own table, so the checker and the build say exactly the same thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sotay.quiz.errors import MESSAGES as QUIZ_MESSAGES

ERROR, WARNING = "error", "warning"
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


@dataclass(frozen=True)
class Rule:
    """One rule: ``message`` templates use ``str.format`` fields filled in by the check."""

    code: str
    severity: str
    vi: str
    en: str
    fix_vi: str
    fix_en: str


def _r(code, severity, vi, en, fix_vi, fix_en) -> tuple[str, Rule]:
    return code, Rule(code, severity, vi, en, fix_vi, fix_en)


RULES: dict[str, Rule] = dict(
    [
        # Front matter (schema in sotay/content/schema.py).
        _r(
            "FM001",
            ERROR,
            "Trang không có phần đầu trang (front matter) giữa hai dòng `---`.",
            "The page has no front matter between two `---` lines.",
            "Thêm khối `---` … `---` ở đầu tệp với title, description, type, audience, tags, reviewed, owner "
            "(hoặc tạo trang bằng `sotay new`).",
            "Add a `---` … `---` block at the top with title, description, type, audience, tags, reviewed, "
            "owner (or create pages with `sotay new`).",
        ),
        _r(
            "FM002",
            ERROR,
            "Phần đầu trang viết sai cú pháp YAML: {detail}.",
            "The front matter is not valid YAML: {detail}.",
            "Mỗi dòng có dạng `khóa: giá trị`; danh sách viết `[a, b]`; đặt câu có dấu `:` trong ngoặc kép.",
            'Write one `key: value` per line; lists as `[a, b]`; quote text that contains `:` ("…").',
        ),
        _r(
            "FM003",
            ERROR,
            "Thiếu `{key}` trong phần đầu trang ({about}).",
            "`{key}` is missing from the front matter ({about}).",
            "Thêm dòng `{key}: …` vào phần đầu trang (xem mục 2).",
            "Add a `{key}: …` line to the front matter (see section 2).",
        ),
        _r(
            "FM004",
            ERROR,
            "`{key}` phải là {expected}.",
            "`{key}` must be {expected}.",
            "Sửa giá trị theo mẫu ở mục 2, ví dụ `audience: [citizen]`, `time: 15`.",
            "Write the value as in section 2, e.g. `audience: [citizen]`, `time: 15`.",
        ),
        _r(
            "FM005",
            ERROR,
            "Giá trị «{value}» không dùng được cho `{key}`; chọn: {allowed}.",
            "«{value}» is not allowed for `{key}`; use: {allowed}.",
            "Dùng một trong các giá trị được liệt kê (chữ thường, không dấu).",
            "Use one of the listed values (lower case, no accents).",
        ),
        _r(
            "FM006",
            ERROR,
            "`{key}`: «{value}» không phải ngày hợp lệ; viết dạng NĂM-THÁNG-NGÀY, ví dụ 2026-11-28.",
            "`{key}`: «{value}» is not a valid date; write YEAR-MONTH-DAY, e.g. 2026-11-28.",
            "Viết ngày theo dạng `YYYY-MM-DD` và kiểm tra tháng (1–12), ngày có thật.",
            "Write the date as `YYYY-MM-DD` with a real month (1–12) and day.",
        ),
        _r(
            "FM007",
            WARNING,
            "Khóa `{key}` không có trong mẫu phần đầu trang{hint}.",
            "`{key}` is not a known front-matter key{hint}.",
            "Sửa lỗi gõ tên khóa, hoặc xóa dòng đó.",
            "Fix the key's spelling, or delete the line.",
        ),
        # Text.
        _r(
            "TXT001",
            ERROR,
            "Chữ chưa ở dạng Unicode dựng sẵn (NFC): «{excerpt}».",
            "Text is not in precomposed Unicode (NFC): «{excerpt}».",
            "Gõ lại chữ đó bằng bộ gõ Unicode dựng sẵn (Unikey: bảng mã Unicode), hoặc chạy lệnh sửa tự động.",
            "Retype the word with a precomposed-Unicode keyboard (Unikey: Unicode charset).",
        ),
        _r(
            "TXT002",
            ERROR,
            "Dấu thanh/dấu phụ đứng lẻ, không gắn vào chữ nào (U+{codepoint:04X}).",
            "A stray combining mark not attached to any letter (U+{codepoint:04X}).",
            "Xóa dấu lẻ đó và gõ lại chữ cho đúng (thường do dán từ Word/PDF).",
            "Delete the stray mark and retype the word (usually pasted from Word/PDF).",
        ),
        _r(
            "TXT003",
            WARNING,
            "Trang trộn hai kiểu bỏ dấu: «{word}» (kiểu {style}) trong khi phần lớn trang dùng kiểu còn lại; "
            "viết «{suggestion}».",
            "The page mixes tone-mark styles: «{word}» ({style} style) while most of the page uses the other; "
            "write «{suggestion}».",
            "Dùng một kiểu trong cả trang, theo kiểu mới: hóa, thủy, khỏe, tùy.",
            "Use one style for the whole page, the new one: hóa, thủy, khỏe, tùy.",
        ),
        _r(
            "TXT004",
            WARNING,
            "Hai dấu cách liền nhau.",
            "Two spaces in a row.",
            "Xóa bớt dấu cách thừa.",
            "Delete the extra space.",
        ),
        _r(
            "TXT005",
            ERROR,
            "Chữ «{word}» có hai dấu thanh; mỗi tiếng chỉ có một dấu thanh.",
            "«{word}» carries two tone marks; a Vietnamese syllable has only one.",
            "Gõ lại chữ đó (lỗi gõ Telex/VNI hai lần).",
            "Retype the word (a Telex/VNI key typed twice).",
        ),
        _r(
            "TXT006",
            ERROR,
            "Tệp không lưu ở dạng UTF-8.",
            "The file is not saved as UTF-8.",
            "Mở tệp và lưu lại với bảng mã UTF-8.",
            "Open the file and save it again as UTF-8.",
        ),
        # Links.
        _r(
            "LNK001",
            ERROR,
            "Liên kết tới trang/tệp không tồn tại: {target}.",
            "The link goes to a page or file that does not exist: {target}.",
            "Kiểm tra tên tệp và số `../`; đường dẫn tính từ thư mục của trang này, phân biệt chữ hoa/thường.",
            "Check the file name and the number of `../`; paths start from this page's folder and are "
            "case-sensitive.",
        ),
        _r(
            "LNK002",
            ERROR,
            "Không có mục «#{anchor}» trong {target}{hint}.",
            "There is no section «#{anchor}» in {target}{hint}.",
            "Mã mục là tiêu đề viết thường, không dấu, nối bằng `-`; mở trang đích và chép lại từ liên kết ¶.",
            "A section id is its heading in lower case without accents, joined by `-`; copy it from the "
            "heading's ¶ link.",
        ),
        _r(
            "LNK003",
            ERROR,
            "Tên miền «{host}» không nằm trong danh sách nguồn chính thức được phép.",
            "«{host}» is not on the allowlist of official sources.",
            "Chỉ liên kết tới nguồn chính thức trong `sotay/content/allowlist.yml`; muốn thêm tên miền, "
            "đề nghị trong yêu cầu gộp kèm nguồn chứng minh.",
            "Link only to official sources in `sotay/content/allowlist.yml`; to add a domain, propose it in "
            "the pull request with a source showing it is official.",
        ),
        _r(
            "LNK004",
            ERROR,
            "Liên kết dùng `http://` (không an toàn): {url}.",
            "The link uses `http://` (not secure): {url}.",
            "Đổi thành `https://` và kiểm tra trang vẫn mở được.",
            "Change it to `https://` and check that the page still opens.",
        ),
        _r(
            "LNK005",
            ERROR,
            "Liên kết rút gọn ({host}) che giấu trang đích: {url}.",
            "A shortened link ({host}) hides where it goes: {url}.",
            "Dùng địa chỉ đầy đủ của trang chính thức.",
            "Use the full address of the official page.",
        ),
        _r(
            "LNK006",
            ERROR,
            "Liên kết tới tệp cài đặt .apk: {url}.",
            "The link goes to an .apk install file: {url}.",
            "Chỉ liên kết tới trang ứng dụng trên CH Play (play.google.com) hoặc App Store (apps.apple.com).",
            "Link to the app's page on Google Play (play.google.com) or the App Store (apps.apple.com) instead.",
        ),
        _r(
            "LNK007",
            ERROR,
            "Liên kết trong Sổ tay phải là đường dẫn tương đối tới tệp .md: {target}.",
            "Links inside the handbook must be relative paths to a .md file: {target}.",
            "Viết đường dẫn tới tệp, ví dụ `../vneid/index.md` thay cho `/vneid/` hoặc `../vneid/`.",
            "Write the path to the file, e.g. `../vneid/index.md` instead of `/vneid/` or `../vneid/`.",
        ),
        # Images.
        _r(
            "IMG001",
            ERROR,
            "Không tìm thấy tệp hình: {target}.",
            "The image file does not exist: {target}.",
            "Đặt hình vào `docs/assets/img/` và kiểm tra đường dẫn (thường là `../../assets/img/ten-hinh.svg`).",
            "Put the image in `docs/assets/img/` and check the path (usually `../../assets/img/name.svg`).",
        ),
        _r(
            "IMG002",
            ERROR,
            "Hình thiếu chữ thay thế (alt).",
            "The image has no alternative text (alt).",
            "Viết trong `![…]` một câu ngắn nói điều hình cho thấy, bằng ngôn ngữ của trang.",
            "Write in `![…]` a short sentence saying what the picture shows, in the page's language.",
        ),
        _r(
            "IMG003",
            ERROR,
            "Hình nặng {size} KB, quá giới hạn 100 KB: {target}.",
            "The image is {size} KB, over the 100 KB limit: {target}.",
            "Giảm kích thước: dùng SVG, hoặc xuất WebP/PNG nhỏ hơn (chiều rộng ≤ 800 px).",
            "Make it smaller: use SVG, or export a smaller WebP/PNG (≤ 800 px wide).",
        ),
        _r(
            "IMG004",
            ERROR,
            "Định dạng hình «{ext}» không được hỗ trợ: {target}.",
            "Image format «{ext}» is not supported: {target}.",
            "Dùng SVG, PNG hoặc WebP.",
            "Use SVG, PNG or WebP.",
        ),
        _r(
            "IMG005",
            ERROR,
            "Hình lấy từ trang web khác: {url}.",
            "The image is loaded from another website: {url}.",
            "Tải hình về, kiểm tra quyền sử dụng, đặt vào `docs/assets/img/` và dùng đường dẫn tương đối.",
            "Save the image into `docs/assets/img/` (check you may use it) and use a relative path.",
        ),
        # Raw HTML.
        _r(
            "HTM001",
            ERROR,
            "Trang có thẻ `<script>`.",
            "The page contains a `<script>` tag.",
            "Xóa thẻ đó; tính năng cần JavaScript do nhóm kỹ thuật thêm vào giao diện, không đặt trong bài.",
            "Remove it; features that need JavaScript are added to the theme by developers, not in pages.",
        ),
        _r(
            "HTM002",
            ERROR,
            "Thẻ `<{tag}>` nhúng nội dung chưa được duyệt: {url}.",
            "`<{tag}>` embeds content that has not been approved: {url}.",
            "Thay bằng một liên kết; nội dung nhúng phải được thêm vào mục `embeds` của "
            "`sotay/content/allowlist.yml` sau khi rà soát.",
            "Use a link instead; embeds must be reviewed and added to `embeds` in `sotay/content/allowlist.yml`.",
        ),
        _r(
            "HTM003",
            ERROR,
            "Thuộc tính `{attr}=` chạy mã JavaScript.",
            "The `{attr}=` attribute runs JavaScript.",
            "Xóa thuộc tính đó.",
            "Remove the attribute.",
        ),
        _r(
            "HTM004",
            ERROR,
            "Liên kết `javascript:` chạy mã thay vì mở trang.",
            "A `javascript:` link runs code instead of opening a page.",
            "Thay bằng liên kết tới một trang thật, hoặc xóa.",
            "Link to a real page instead, or remove it.",
        ),
        # Translations.
        _r(
            "TRN001",
            WARNING,
            "Chưa có bản tiếng Anh: {twin}.",
            "There is no English version: {twin}.",
            "Tạo bản tiếng Anh cùng đường dẫn (có thể để `translation: pending` để dịch sau).",
            "Create the English page at the same path (it may say `translation: pending` until translated).",
        ),
        _r(
            "TRN002",
            WARNING,
            "Bản tiếng Anh cũ hơn bản tiếng Việt (rà soát {en_date}, bản gốc {vi_date}).",
            "The English page is older than its Vietnamese source (reviewed {en_date}, source {vi_date}).",
            "Cập nhật bản dịch theo bản tiếng Việt rồi đặt `reviewed` bằng ngày của bản tiếng Việt, hoặc "
            "thêm `translation: pending`.",
            "Update the translation from the Vietnamese page, then set `reviewed` to at least the source's "
            "date, or add `translation: pending`.",
        ),
        _r(
            "TRN003",
            WARNING,
            "Bản tiếng Anh không có bản gốc tiếng Việt: {twin}.",
            "The English page has no Vietnamese original: {twin}.",
            "Đặt bản tiếng Anh cùng đường dẫn với bản tiếng Việt, hoặc viết bản tiếng Việt trước.",
            "Give the English page the same path as its Vietnamese page, or write the Vietnamese page first.",
        ),
        # Structure.
        _r(
            "STR001",
            ERROR,
            "Tiêu đề «{title}» trùng với {other}.",
            "Title «{title}» is also used by {other}.",
            "Đặt tiêu đề riêng cho từng trang để người đọc phân biệt trong tìm kiếm và mục lục.",
            "Give every page its own title so readers can tell them apart in search and menus.",
        ),
        _r(
            "STR002",
            WARNING,
            "Tiêu đề mục nhảy cấp: từ cấp {previous} xuống cấp {level}.",
            "Heading level skipped: from level {previous} to level {level}.",
            "Dùng cấp kế tiếp (`##` sau `#`, `###` sau `##`); đừng chọn cấp theo cỡ chữ.",
            "Use the next level (`##` after `#`, `###` after `##`); don't pick a level for its size.",
        ),
        _r(
            "STR003",
            ERROR,
            "Trang thiếu mô tả (`description`).",
            "The page has no description (`description`).",
            "Thêm `description:` một câu nói trang giúp người đọc làm gì (hiện trong tìm kiếm và khi chia sẻ).",
            "Add `description:`, one sentence saying what the page helps with (shown in search and link "
            "previews).",
        ),
        _r(
            "STR004",
            WARNING,
            "Mô tả (`description`) có {count} câu; chỉ viết một câu.",
            "The description has {count} sentences; write one.",
            "Rút gọn thành một câu; phần còn lại đưa vào đoạn mở đầu của trang.",
            "Shorten it to one sentence; move the rest into the page's first paragraph.",
        ),
    ]
)

QUIZ_FIX: dict[str, tuple[str, str]] = {
    code: ("Sửa khối `/// quiz` theo mục 4.", "Fix the `/// quiz` block as described in section 4.")
    for code in QUIZ_MESSAGES
}


def severity(code: str) -> str:
    """The severity of *code*: every quiz code is an error."""
    rule = RULES.get(code)
    return rule.severity if rule else ERROR


def all_codes() -> list[str]:
    """Every code ``sotay check`` can report, in documentation order."""
    return list(RULES) + sorted(QUIZ_MESSAGES)


def describe(code: str, lang: str) -> tuple[str, str, str]:
    """``(severity, what it means, how to fix it)`` for *code* in *lang*, for docs and ``--codes``."""
    en = lang == "en"
    rule = RULES.get(code)
    if rule:
        meaning, fix = (rule.en, rule.fix_en) if en else (rule.vi, rule.fix_vi)
        return rule.severity, _PLACEHOLDER.sub("…", meaning), _PLACEHOLDER.sub("…", fix)
    vi_text, en_text = QUIZ_MESSAGES[code]
    fix_vi, fix_en = QUIZ_FIX[code]
    return ERROR, _PLACEHOLDER.sub("…", en_text if en else vi_text), fix_en if en else fix_vi


@dataclass(frozen=True, order=True)
class Problem:
    """One finding at ``path:line:col``, with its message in both languages."""

    path: str
    line: int
    col: int
    code: str
    message_vi: str = ""
    message_en: str = ""

    @property
    def severity(self) -> str:
        """``error`` or ``warning``."""
        return severity(self.code)

    def message(self, lang: str) -> str:
        """The message in *lang*."""
        return self.message_en if lang == "en" else self.message_vi


class _Blank(dict):
    def __missing__(self, key):
        return ""


def problem(path: str, line: int, col: int, code: str, **params: object) -> Problem:
    """Build a :class:`Problem` for *code*, filling its message templates with *params*."""
    rule = RULES[code]
    values = _Blank(params)
    vi = {k: (v[0] if isinstance(v, tuple) else v) for k, v in values.items()}
    en = {k: (v[1] if isinstance(v, tuple) else v) for k, v in values.items()}
    return Problem(
        path, line, max(col, 1), code, rule.vi.format_map(_Blank(vi)), rule.en.format_map(_Blank(en))
    )
