"""The algorithms' help, kept in files beside the code as QGIS's own algorithms keep theirs.

``help/<language>/<algorithm id>.md`` holds one algorithm's help in one language (``en``, ``pt_BR``):
what it does, every parameter with its default, the outputs and a ``qgis_process`` example. A line
``@include <name>.md`` pulls in a text that several algorithms share (the load-table and store
parameters), so it is written once. The same Markdown is the algorithm's help panel (as HTML, through
:mod:`..core.markdown_html`) and its section of the generated reference ``docs/algorithms.md``
(``docs/algorithms.pt_BR.md``), where the dialog's Help button leads.
"""

import html
from functools import cache

from ..about import PLUGIN_DIR, PROVIDER_ID, REPOSITORY_URL
from ..core.markdown_html import markdown_to_html

HELP_DIR = PLUGIN_DIR / "help"
DEFAULT_LANGUAGE = "en"
INCLUDE = "@include "
#: The generated reference (scripts/make_algorithm_docs.py) per language, in the repository's docs/.
REFERENCE_PAGES = {"pt_BR": "algorithms.pt_BR.md", DEFAULT_LANGUAGE: "algorithms.md"}


def help_languages(locale: str) -> list:
    """The folders to look in for ``locale``, best first: ``pt_BR`` → pt_BR, pt, en (as the translator does)."""
    candidates = [locale, locale.split("_")[0], DEFAULT_LANGUAGE]
    return [name for index, name in enumerate(candidates) if name and name not in candidates[:index]]


def help_file(algorithm_id: str, locale: str):
    """The help file of ``algorithm_id`` for ``locale`` (English when that language has none), or None."""
    for language in help_languages(locale):
        path = HELP_DIR / language / f"{algorithm_id}.md"
        if path.is_file():
            return path
    return None


@cache
def help_markdown(algorithm_id: str, locale: str = DEFAULT_LANGUAGE) -> str:
    """The help of ``algorithm_id`` in ``locale`` as Markdown, shared texts included ("" when it has none)."""
    path = help_file(algorithm_id, locale)
    if path is None:
        return ""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(INCLUDE):
            line = (path.parent / line[len(INCLUDE):].strip()).read_text(encoding="utf-8").rstrip("\n")
        lines.append(line)
    return "\n".join(lines).strip() + "\n"


@cache
def help_html(algorithm_id: str, locale: str) -> str:
    """The help of ``algorithm_id`` in ``locale`` as the HTML the Processing dialog's help panel shows."""
    return markdown_to_html(help_markdown(algorithm_id, locale))


def with_labels(help_text: str, labels: dict) -> str:
    """The help's HTML with each parameter's label (as the dialog shows it, in its language) after the first bold
    mention of the parameter's name, so the analyst can tell which field ``MAX_DISTANCE_KM`` is."""
    for name, label in labels.items():
        help_text = help_text.replace(f"<b>{name}</b>", f"<b>{name}</b> <i>{html.escape(label, quote=False)}</i>", 1)
    return help_text


def reference_url(algorithm_id: str, locale: str) -> str:
    """The algorithm's section of the generated reference in ``locale``'s language (English when there is none):
    GitHub's anchor of its heading ``## netload:<id>``."""
    page = next(REFERENCE_PAGES[name] for name in help_languages(locale) if name in REFERENCE_PAGES)
    return f"{REPOSITORY_URL}/blob/main/docs/{page}#{PROVIDER_ID}{algorithm_id}"
