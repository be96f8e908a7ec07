"""The small Markdown subset the algorithms' help files are written in, turned into the HTML Qt shows.

The help files (``netload_plugin/help/<language>/<algorithm>.md``) are read twice: as Markdown in the
generated algorithm reference (``docs/algorithms.md``) and as rich text in the Processing dialog's help
panel, which renders HTML, not Markdown. Only what the help files use is understood, so the converter
stays small enough to read at a glance:

* blocks separated by blank lines: ``### Heading``, a list of ``- item`` lines (an item continues on
  lines indented by spaces), a fenced code block between two ````` lines, else a paragraph;
* inline ```code``` and ``**bold**``; everything else is text, escaped (``<QGIS profile>`` stays text).

Underscores mean nothing here (parameter names such as ``MAX_DISTANCE_KM`` are full of them).
"""

import html
import re

_INLINE = re.compile(r"`([^`]+)`|\*\*(.+?)\*\*")
_FENCE = "```"


def inline_html(text: str) -> str:
    """One line of text with ```code``` and ``**bold**`` as HTML, the rest escaped."""
    parts, position = [], 0
    for match in _INLINE.finditer(text):
        parts.append(html.escape(text[position:match.start()], quote=False))
        code, bold = match.groups()
        parts.append(f"<code>{html.escape(code, quote=False)}</code>" if code is not None
                     else f"<b>{inline_html(bold)}</b>")
        position = match.end()
    parts.append(html.escape(text[position:], quote=False))
    return "".join(parts)


def _blocks(text: str):
    """The text's blocks as lists of lines: fenced code whole (blank lines inside kept), the rest split at blank
    lines."""
    block, fenced = [], False
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.strip() == _FENCE:
            block.append(line)
            if fenced:
                yield block
                block = []
            fenced = not fenced
        elif fenced or line.strip():
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def _list_items(lines: list) -> list:
    """``- item`` lines with their indented continuation lines, each item as one line of text."""
    items = []
    for line in lines:
        if line.startswith("- "):
            items.append(line[2:].strip())
        else:
            items[-1] += " " + line.strip()
    return items


def _block_html(lines: list) -> str:
    first = lines[0]
    if first.strip() == _FENCE:
        code = "\n".join(lines[1:-1] if lines[-1].strip() == _FENCE and len(lines) > 1 else lines[1:])
        return f"<pre>{html.escape(code, quote=False)}</pre>"
    if first.startswith("### "):
        heading = f"<h3>{inline_html(first[4:].strip())}</h3>"
        return heading + (_block_html(lines[1:]) if len(lines) > 1 else "")
    if first.startswith("- "):
        return "<ul>" + "".join(f"<li>{inline_html(item)}</li>" for item in _list_items(lines)) + "</ul>"
    return "<p>" + inline_html(" ".join(line.strip() for line in lines)) + "</p>"


def markdown_to_html(text: str) -> str:
    """The help file's Markdown as HTML for the Processing dialog."""
    return "\n".join(_block_html(block) for block in _blocks(text))
