"""Find broken relative links and anchors in the project's Markdown.

The README and the docs/ pages link to each other, to files of the checkout and to headings
(``docs/validation.md#calibration-to-onss-level-optional``). A heading renamed or a page moved
breaks such a link silently on GitHub, so the unit tests hold every link to a file that exists and
every anchor to a heading of the target, with GitHub's rules for heading anchors.

``docs/algorithms.md`` is generated from the algorithms' own help; links into it are checked only
when it exists, so a checkout where it has not been generated yet is not reported.

Run ``.venv/bin/python -m tests.support.doc_links`` to list the broken links as ``file:line: problem``.
"""

import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GENERATED_PAGES = {"docs/algorithms.md"}

_FENCE = re.compile(r"^\s*(```|~~~)")
_INLINE_CODE = re.compile(r"(`+)(.+?)\1")
_INLINE_LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_REFERENCE_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_HTML_ANCHOR = re.compile(r"<a\s+(?:name|id)=\"([^\"]+)\"", re.IGNORECASE)
_EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)


def markdown_files(repo: Path = REPO) -> list:
    """The pages whose links are checked: the README, every docs/ page and the demo's README."""
    pages = [repo / "README.md", repo / "demo" / "README.md", *sorted((repo / "docs").glob("*.md"))]
    return [page for page in pages if page.is_file()]


def prose_lines(text: str):
    """(line number, line) of the lines outside fenced and indented code blocks."""
    in_fence = False
    previous_blank = True
    for number, line in enumerate(text.splitlines(), start=1):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        indented_code = previous_blank and (line.startswith("    ") or line.startswith("\t"))
        previous_blank = not line.strip() or (previous_blank and indented_code)
        if in_fence or indented_code:
            continue
        yield number, line


def heading_slug(heading: str) -> str:
    """GitHub's anchor for a heading: its text lower-cased, punctuation dropped, spaces to hyphens.

    Markup is dropped first: link targets, emphasis and code marks, HTML tags. Letters and digits
    of any script, ``-`` and ``_`` are kept (``netload:run_pipeline`` → ``netloadrun_pipeline``,
    ``Português`` → ``português``).
    """
    pieces = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading).split("`")
    for index in range(0, len(pieces), 2):  # outside code spans: HTML tags and emphasis marks go
        outside = re.sub(r"<[^>]+>", "", pieces[index]).replace("*", "")
        pieces[index] = re.sub(r"(?<!\w)_+|_+(?!\w)", "", outside)  # _emphasis_, not snake_case
    text = "".join(pieces)
    kept = []
    for char in text.strip().lower():
        if char in " -_" or unicodedata.category(char)[0] in "LN" or unicodedata.category(char) == "Mn":
            kept.append("-" if char == " " else char)
    return "".join(kept)


def anchors(text: str) -> set:
    """Every anchor a page offers: its headings (repeats numbered -1, -2… as GitHub does) and HTML ids."""
    found = set()
    seen = {}
    for _number, line in prose_lines(text):
        heading = _HEADING.match(line)
        if heading:
            slug = heading_slug(heading.group(2))
            count = seen.get(slug, 0)
            seen[slug] = count + 1
            found.add(slug if count == 0 else f"{slug}-{count}")
        found.update(_HTML_ANCHOR.findall(line))
    return found


def links(text: str):
    """(line number, target) of every inline link, image and reference definition outside code."""
    for number, line in prose_lines(text):
        definition = _REFERENCE_DEFINITION.match(line)
        if definition:
            yield number, definition.group(1)
            continue
        for match in _INLINE_LINK.finditer(_INLINE_CODE.sub("", line)):
            yield number, match.group(1)


def broken_links(pages, repo: Path = REPO) -> list:
    """``file:line: problem`` for every relative link whose file or anchor does not exist."""
    problems = []
    anchor_cache = {}
    for page in pages:
        for number, target in links(page.read_text(encoding="utf-8")):
            problem = _check(page, target, repo, anchor_cache)
            if problem:
                problems.append(f"{page.relative_to(repo)}:{number}: {problem}")
    return problems


def _check(page: Path, target: str, repo: Path, anchor_cache: dict):
    """The problem with one link target, or None."""
    if _EXTERNAL.match(target):
        return None
    path_part, _, anchor = target.partition("#")
    destination = (page.parent / path_part).resolve() if path_part else page.resolve()
    try:
        relative = destination.relative_to(repo.resolve()).as_posix()
    except ValueError:
        return f"{target}: points outside the checkout"
    if relative in GENERATED_PAGES and not destination.exists():
        return None
    if not destination.exists():
        return f"{target}: no such file {relative}"
    if not anchor or destination.suffix.lower() != ".md":
        return None
    if destination not in anchor_cache:
        anchor_cache[destination] = anchors(destination.read_text(encoding="utf-8"))
    if anchor.lower() not in anchor_cache[destination]:
        return f"{target}: no heading with anchor #{anchor} in {relative}"
    return None


def main() -> int:
    problems = broken_links(markdown_files())
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
