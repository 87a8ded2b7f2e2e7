"""Every UI string of our own, in Vietnamese and English (one table, used by templates and JS)."""

from __future__ import annotations

LANGUAGES = ("vi", "en")

STRINGS: dict[str, dict[str, str]] = {
    # Sharing, embedding and posters (sotay/social.py, sotay/build/embed_*, posters, redirects).
    "share_title": {"vi": "Chia sẻ trang này", "en": "Share this page"},
    "share_link_label": {"vi": "Địa chỉ trang", "en": "Page address"},
    "share_copy": {"vi": "Sao chép liên kết", "en": "Copy link"},
    "share_copied": {"vi": "Đã sao chép.", "en": "Copied."},
    "share_copy_failed": {
        "vi": "Chưa sao chép được. Hãy chọn địa chỉ rồi sao chép.",
        "en": "Could not copy. Select the address and copy it.",
    },
    "share_zalo": {"vi": "Chia sẻ qua Zalo", "en": "Share on Zalo"},
    "share_facebook": {"vi": "Chia sẻ lên Facebook", "en": "Share on Facebook"},
    "share_qr": {"vi": "Mã QR của trang này", "en": "QR code for this page"},
    "share_qr_alt": {"vi": "Mã QR dẫn tới trang này", "en": "QR code that opens this page"},
    "share_qr_download": {"vi": "Tải mã QR (tệp SVG)", "en": "Download the QR code (SVG file)"},
    "share_poster": {"vi": "In áp phích A4", "en": "Print an A4 poster"},
    "new_tab": {"vi": "(mở trong thẻ mới)", "en": "(opens in a new tab)"},
    "og_image_alt": {
        "vi": "Sổ tay Bình dân học vụ số tỉnh Lâm Đồng",
        "en": "Lâm Đồng digital literacy handbook",
    },
    "feed_title": {
        "vi": "Sổ tay Bình dân học vụ số: hướng dẫn mới và vừa cập nhật",
        "en": "Digital Literacy Handbook: new and updated guides",
    },
    "embed_open_full": {"vi": "Xem trang đầy đủ trong Sổ tay", "en": "Open the full page in the handbook"},
    "embed_more": {"vi": "Xem tất cả trong Sổ tay", "en": "See everything in the handbook"},
    "embed_tag_title": {"vi": "Hướng dẫn về “{tag}”", "en": "Guides about “{tag}”"},
    "embed_search_label": {
        "vi": "Tìm trong Sổ tay Bình dân học vụ số",
        "en": "Search the Digital Literacy Handbook",
    },
    "embed_search_button": {"vi": "Tìm", "en": "Search"},
    "embed_label": {"vi": "Sổ tay Bình dân học vụ số: {title}", "en": "Digital Literacy Handbook: {title}"},
    "embed_form_topic": {"vi": "Chương", "en": "Chapter"},
    "embed_form_whole": {"vi": "Cả Sổ tay (danh sách chương)", "en": "The whole handbook (list of chapters)"},
    "embed_form_lang": {"vi": "Ngôn ngữ của khung nhúng", "en": "Language of the embed"},
    "embed_lang_vi": {"vi": "Tiếng Việt", "en": "Vietnamese"},
    "embed_lang_en": {"vi": "Tiếng Anh", "en": "English"},
    "embed_copy": {"vi": "Sao chép mã", "en": "Copy the code"},
    "poster_scan": {
        "vi": "Quét mã QR bằng camera điện thoại để đọc hướng dẫn",
        "en": "Scan the QR code with your phone camera to read the guide",
    },
    "poster_address": {"vi": "Hoặc gõ địa chỉ:", "en": "Or type this address:"},
    "poster_print": {"vi": "In áp phích", "en": "Print the poster"},
    "poster_title": {"vi": "Áp phích", "en": "Poster"},
    "redirect_text": {"vi": "Trang này đã chuyển tới địa chỉ mới:", "en": "This page has moved to:"},
    "fallback_note": {
        "vi": "Trang này chưa có bản dịch tiếng Việt; bạn đang xem bản gốc.",
        "en": "This page has not been translated into English yet. You are reading the Vietnamese version.",
    },
    "permalink": {"vi": "Liên kết tới mục này", "en": "Link to this section"},
    # Page status (sotay/page_status.py, overrides/partials/sotay-page-status.html, sotay-review-due.html).
    "last_updated": {"vi": "Cập nhật lần cuối", "en": "Last updated"},
    "edit_page": {"vi": "Sửa trang này", "en": "Edit this page"},
    "page_status_label": {"vi": "Thông tin về trang", "en": "About this page"},
    "review_due_title": {"vi": "Trang này đã đến hạn rà soát", "en": "This page is due for review"},
    "review_due_text": {
        "vi": "Trang được rà soát lần cuối ngày {reviewed} và cần được rà soát lại trước ngày {due}. "
        "Một số thông tin có thể đã cũ: hãy đối chiếu với nguồn chính thức.",
        "en": "This page was last reviewed on {reviewed} and should have been reviewed again by {due}. "
        "Some information may be out of date: check it against the official source.",
    },
    "review_due_text_no_date": {
        "vi": "Trang cần được rà soát lại trước ngày {due}. Một số thông tin có thể đã cũ: hãy đối chiếu "
        "với nguồn chính thức.",
        "en": "This page should have been reviewed by {due}. Some information may be out of date: check it "
        "against the official source.",
    },
    "date_format": {"vi": "{day:02d}/{month:02d}/{year}", "en": "{day} {month_name} {year}"},
    "month_names": {
        "vi": "tháng 1|tháng 2|tháng 3|tháng 4|tháng 5|tháng 6|tháng 7|tháng 8|tháng 9|tháng 10|tháng 11|tháng 12",
        "en": "January|February|March|April|May|June|July|August|September|October|November|December",
    },
    # Reading aids, offline reading, print (sotay-reading.js, sotay-offline.js, print book, PDF).
    "reading_tools": {"vi": "Công cụ đọc", "en": "Reading tools"},
    "text_size": {"vi": "Cỡ chữ", "en": "Text size"},
    "text_smaller": {"vi": "Chữ nhỏ hơn", "en": "Smaller text"},
    "text_default": {"vi": "Cỡ chữ mặc định", "en": "Default text size"},
    "text_larger": {"vi": "Chữ to hơn", "en": "Larger text"},
    "text_size_now": {"vi": "Cỡ chữ: {percent}%", "en": "Text size: {percent}%"},
    "high_contrast": {"vi": "Tương phản cao", "en": "High contrast"},
    "print_book_hint": {
        "vi": "Cả Sổ tay trên một trang, để in hoặc lưu thành PDF",
        "en": "The whole handbook on one page, to print or save as PDF",
    },
    "save_chapter": {
        "vi": "Lưu chương này để đọc khi không có mạng",
        "en": "Save this chapter for offline use",
    },
    "save_chapter_progress": {"vi": "Đang lưu {done}/{total} trang…", "en": "Saving page {done} of {total}…"},
    "save_chapter_done": {
        "vi": "Đã lưu {total} trang. Bạn đọc được chương này cả khi không có mạng.",
        "en": "Saved {total} pages. You can read this chapter without a connection.",
    },
    "save_chapter_saved": {
        "vi": "Chương này đã được lưu trên máy để đọc khi không có mạng.",
        "en": "This chapter is saved on this device for offline reading.",
    },
    "save_chapter_failed": {
        "vi": "Chưa lưu được {failed}/{total} trang. Hãy thử lại khi có mạng.",
        "en": "{failed} of {total} pages could not be saved. Try again when you are online.",
    },
    "offline_title": {"vi": "Bạn đang không có mạng", "en": "You are offline"},
    "offline_text": {
        "vi": "Trang này chưa được lưu trên máy nên chưa mở được khi không có mạng. "
        "Những trang bạn đã đọc hoặc đã lưu vẫn mở được.",
        "en": "This page has not been saved on this device, so it cannot open without a connection. "
        "Pages you have read or saved still open.",
    },
    "offline_retry": {"vi": "Thử lại", "en": "Try again"},
    "offline_saved": {"vi": "Các trang đã lưu trên máy này", "en": "Pages saved on this device"},
    "app_name": {"vi": "Sổ tay Bình dân học vụ số", "en": "Digital Literacy Handbook"},
    "app_short_name": {"vi": "Sổ tay", "en": "Handbook"},
    "app_description": {
        "vi": "Hướng dẫn kỹ năng số cơ bản cho người dân tỉnh Lâm Đồng, đọc được cả khi không có mạng.",
        "en": "Plain-language guides to basic digital skills for people in Lâm Đồng, readable offline.",
    },
    "book_title": {"vi": "Bản in cả Sổ tay", "en": "The whole handbook, printable"},
    "book_intro": {
        "vi": "Mọi trang của Sổ tay theo thứ tự mục lục, để in ra giấy hoặc lưu thành PDF.",
        "en": "Every page of the handbook in reading order, to print on paper or save as PDF.",
    },
    "book_contents": {"vi": "Mục lục", "en": "Contents"},
    "book_page": {"vi": "Trang", "en": "Page"},
    "book_see_page": {"vi": "xem trang", "en": "see page"},
    "print_qr": {"vi": "Quét mã để mở trang này trên điện thoại", "en": "Scan to open this page on a phone"},
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
    "quiz_check": {"vi": "Kiểm tra", "en": "Check"},
    "quiz_retry": {"vi": "Làm lại câu này", "en": "Try again"},
    "quiz_again": {"vi": "Làm lại cả bài", "en": "Start the quiz again"},
    "quiz_show_answer": {"vi": "Xem đáp án", "en": "Show answer"},
    "quiz_number": {"vi": "Câu {n}/{total}.", "en": "Question {n} of {total}."},
    "quiz_pick_one": {"vi": "Chọn một đáp án.", "en": "Choose one answer."},
    "quiz_pick_many": {"vi": "Chọn tất cả các đáp án đúng.", "en": "Choose every correct answer."},
    "quiz_answer_is": {"vi": "Đáp án đúng:", "en": "Correct answer:"},
    "quiz_answers_are": {"vi": "Các đáp án đúng:", "en": "Correct answers:"},
    "quiz_why": {"vi": "Giải thích:", "en": "Why:"},
    "quiz_other_options": {"vi": "Về các lựa chọn khác:", "en": "About the other options:"},
    "quiz_right": {"vi": "✓ Đúng rồi!", "en": "✓ Correct!"},
    "quiz_wrong": {"vi": "✗ Chưa đúng.", "en": "✗ Not quite."},
    "quiz_choose_first": {
        "vi": "Hãy chọn đáp án trước khi bấm Kiểm tra.",
        "en": "Choose an answer before pressing Check.",
    },
    "quiz_mark_right": {"vi": "✓ đáp án đúng", "en": "✓ correct answer"},
    "quiz_mark_wrong": {"vi": "✗ bạn chọn, chưa đúng", "en": "✗ your choice, not correct"},
    "quiz_score": {
        "vi": "Bạn trả lời đúng {score}/{total} câu ngay lần đầu.",
        "en": "You answered {score} of {total} questions correctly at the first try.",
    },
    "quiz_best": {
        "vi": "Kết quả tốt nhất trên máy này: {score}/{total} câu, ngày {date}.",
        "en": "Your best on this device: {score} of {total}, on {date}.",
    },
    "quiz_chapters": {"vi": "Kết quả theo chương", "en": "Results by chapter"},
    "quiz_chapters_hint": {
        "vi": "Trả lời chưa đúng câu nào, hãy ôn lại chương đó:",
        "en": "If you missed a question, go back to its chapter:",
    },
    "quiz_chapter_ok": {"vi": "✓ đúng {score}/{total} câu", "en": "✓ {score} of {total} correct"},
    "quiz_chapter_review": {
        "vi": "✗ đúng {score}/{total} câu, nên ôn lại chương này",
        "en": "✗ {score} of {total} correct, worth reviewing",
    },
    "quiz_error_title": {"vi": "Lỗi trong bài kiểm tra", "en": "Error in the quiz"},
    "progress_private": {
        "vi": "Kết quả chỉ được lưu trên máy của bạn, không gửi đi đâu.",
        "en": "Results are kept on your device only; nothing is sent anywhere.",
    },
    "progress_needs_js": {
        "vi": "Trình duyệt đang tắt JavaScript nên không lưu và không hiện được kết quả.",
        "en": "JavaScript is off in this browser, so results cannot be saved or shown.",
    },
    "progress_not_done": {"vi": "Chưa làm", "en": "Not taken yet"},
    "progress_done": {
        "vi": "Đúng {score}/{total} câu, ngày {date}",
        "en": "{score} of {total} correct, {date}",
    },
    "progress_summary": {
        "vi": "Bạn đã làm {done}/{total} bài kiểm tra.",
        "en": "You have taken {done} of {total} quizzes.",
    },
    "progress_reset": {"vi": "Xóa tiến độ trên máy này", "en": "Clear progress on this device"},
    "progress_reset_confirm": {
        "vi": "Xóa mọi kết quả bài kiểm tra đã lưu trên máy này?",
        "en": "Clear every quiz result saved on this device?",
    },
    "progress_reset_done": {"vi": "Đã xóa tiến độ.", "en": "Progress cleared."},
    "progress_empty": {"vi": "Chưa có bài kiểm tra nào.", "en": "There are no quizzes yet."},
    "answers_open_quiz": {"vi": "Mở bài kiểm tra", "en": "Open the quiz"},
    # Search (partials/sotay-search.html, sotay-search.js; {n} = number of results).
    "search_open": {"vi": "Tìm kiếm", "en": "Search"},
    "search_label": {"vi": "Tìm trong Sổ tay", "en": "Search the handbook"},
    "search_placeholder": {"vi": "Gõ từ cần tìm, không dấu cũng được", "en": "Type what you are looking for"},
    "search_close": {"vi": "Đóng tìm kiếm", "en": "Close search"},
    "search_results": {"vi": "Kết quả tìm kiếm", "en": "Search results"},
    "search_more": {"vi": "Xem thêm kết quả", "en": "Show more results"},
    "search_hint": {
        "vi": "Gõ vài từ, ví dụ: kich hoat vneid, cccd, lua dao.",
        "en": "Type a few words, for example: activate VNeID, scam.",
    },
    "search_loading": {"vi": "Đang tìm…", "en": "Searching…"},
    "search_none": {
        "vi": "Không tìm thấy trang nào. Hãy thử từ khác hoặc ít từ hơn.",
        "en": "No pages found. Try other or fewer words.",
    },
    "search_count_one": {"vi": "1 kết quả", "en": "1 result"},
    "search_count_other": {"vi": "{n} kết quả", "en": "{n} results"},
    "search_error": {
        "vi": "Không tải được dữ liệu tìm kiếm. Hãy kiểm tra kết nối mạng rồi thử lại.",
        "en": "Search could not be loaded. Check your connection and try again.",
    },
}


def strings_for(lang: str) -> dict[str, str]:
    """Return ``{key: text}`` for *lang*, falling back to Vietnamese for an unknown language."""
    lang = lang if lang in LANGUAGES else "vi"
    return {key: texts[lang] for key, texts in STRINGS.items()}
