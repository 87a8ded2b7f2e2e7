"""Every UI string of our own, in Vietnamese and English (one table, used by templates and JS)."""

from __future__ import annotations

LANGUAGES = ("vi", "en")

STRINGS: dict[str, dict[str, str]] = {
    "fallback_note": {
        "vi": "Trang này chưa có bản dịch tiếng Việt; bạn đang xem bản gốc.",
        "en": "This page has not been translated into English yet. You are reading the Vietnamese version.",
    },
    "permalink": {"vi": "Liên kết tới mục này", "en": "Link to this section"},
    "skip_to_content": {"vi": "Bỏ qua, đến nội dung chính", "en": "Skip to main content"},
    "not_found_title": {"vi": "Không tìm thấy trang", "en": "Page not found"},
    "not_found_text": {
        "vi": "Trang bạn tìm không có hoặc đã được chuyển đi. Hãy thử tìm kiếm hoặc về trang chủ.",
        "en": "The page you are looking for does not exist or has moved. Try searching or go to the home page.",
    },
    "not_found_home": {"vi": "Về trang chủ", "en": "Go to the home page"},
    "not_found_search": {"vi": "Tìm trong Sổ tay", "en": "Search the handbook"},
    "footer_note": {
        "vi": "Sổ tay Bình dân học vụ số tỉnh Lâm Đồng. Nội dung chỉ liên kết tới nguồn chính thức.",
        "en": "Lâm Đồng digital literacy handbook. We link only to official sources.",
    },
}


def strings_for(lang: str) -> dict[str, str]:
    """Return ``{key: text}`` for *lang*, falling back to Vietnamese for an unknown language."""
    lang = lang if lang in LANGUAGES else "vi"
    return {key: texts[lang] for key, texts in STRINGS.items()}
