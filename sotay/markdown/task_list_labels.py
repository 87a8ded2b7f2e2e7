"""Give each task-list checkbox (``- [ ] …``, pymdownx.tasklist) its item's text as accessible name.

pymdownx.tasklist writes ``<label class="task-list-control"><input type="checkbox" disabled>…</label>``
before the item's text, so a screen reader announces "checkbox, not checked" with no name (WCAG
4.1.2, axe rule ``label``). This extension runs after inline parsing and abbreviations, reads the
item's own text (not its nested lists) and adds ``aria-label`` to the stored checkbox HTML.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html import escape

from markdown import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER_RE

_CHECKBOX = re.compile(r'<input type="checkbox"(?![^>]*aria-label)')
_PLACEHOLDER = HTML_PLACEHOLDER_RE  # STX wzxhzdk:N ETX
_BLOCKS = {"ul", "ol", "p", "div", "pre", "table", "blockquote"}


def item_text(element: ET.Element) -> str:
    """The text of *element* up to its first block child, placeholders removed, spaces collapsed."""
    parts = [element.text or ""]
    for child in element:
        if child.tag in _BLOCKS:
            break
        parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return " ".join(_PLACEHOLDER.sub("", "".join(parts)).split())


class TaskListLabels(Treeprocessor):
    """Adds ``aria-label`` to every task-list checkbox in the document."""

    def run(self, root: ET.Element) -> None:
        """Label the checkbox of each ``li.task-list-item`` (inline or in its first paragraph)."""
        stash = self.md.htmlStash.rawHtmlBlocks
        for li in root.iter("li"):
            if "task-list-item" not in li.get("class", "").split():
                continue
            holder = li if li.text and _PLACEHOLDER.search(li.text) else next(iter(li), None)
            if holder is None or not holder.text or not (found := _PLACEHOLDER.search(holder.text)):
                continue
            index = int(found.group(1))
            text = item_text(holder)
            if text and index < len(stash) and isinstance(stash[index], str):
                stash[index] = _CHECKBOX.sub(
                    f'<input type="checkbox" aria-label="{escape(text)}"', stash[index], 1
                )


class TaskListLabelsExtension(Extension):
    """Registers :class:`TaskListLabels` after inline parsing (20) and abbreviations (7)."""

    def extendMarkdown(self, md):  # noqa: N802 - Python-Markdown's name
        """Register the tree processor."""
        md.treeprocessors.register(TaskListLabels(md), "sotay_task_list_labels", 5)


def makeExtension(**kwargs):  # noqa: N802 - Python-Markdown's entry point
    """Entry point for ``markdown_extensions: [sotay.markdown.task_list_labels]``."""
    return TaskListLabelsExtension(**kwargs)
