#!/usr/bin/env python3
"""Extract every translatable string of the plugin, fill Portuguese, write the .ts and compile the .qm.

Run after adding or changing user-visible strings (``make translations``)::

    python3 scripts/update_translations.py            # rewrite .ts + .qm, list what lacks Portuguese
    python3 scripts/update_translations.py --add-missing   # also add the missing strings to the
                                                            # source file with "" for you to fill
    python3 scripts/update_translations.py --check    # exit 1 if anything lacks Portuguese

Source of the translations: ``netload_plugin/i18n/pt_BR_source.json``, a JSON object mapping the
English text to Brazilian Portuguese. A key ``"Context|English"`` overrides the plain key for one
context (class). Identical English gets the same Portuguese everywhere, so a new algorithm that reuses
"Start date" needs nothing. The .ts is generated (do not edit it); the .qm is compiled with Qt's
``lrelease`` (Debian: qttools5-dev-tools).

What counts as translatable (the forms the plugin's code uses):
  ``self.tr("...")`` / ``cls.tr("...")`` in a class → context = that class's name;
  ``tr("...")`` in a module that defines ``CONTEXT = "Name"`` → context ``Name``;
  ``QCoreApplication.translate("Ctx", "...")`` and ``QT_TRANSLATE_NOOP("Ctx", "...")``.
The text must be a literal (adjacent literals and ``+`` of literals are fine); ``.format()`` after tr().
"""

import argparse
import ast
import json
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parents[1]
PLUGIN = REPO / "netload_plugin"
I18N = PLUGIN / "i18n"
SOURCE_JSON = I18N / "pt_BR_source.json"
TS_FILE = I18N / "netload_pt_BR.ts"
QM_FILE = I18N / "netload_pt_BR.qm"
LANGUAGE = "pt_BR"


def _literal(node):
    """The string value of a literal (or a concatenation of literals), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _call_name(func) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


class _Extractor(ast.NodeVisitor):
    def __init__(self, path: Path, module_context: str):
        self.path = path
        self.module_context = module_context
        self.classes = []
        self.messages = []  # (context, source, "file:line")

    def visit_ClassDef(self, node):
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _add(self, context, text, node):
        if context and text:
            self.messages.append((context, text, f"{self.path.relative_to(REPO).as_posix()}:{node.lineno}"))

    def visit_Call(self, node):
        name = _call_name(node.func)
        args = node.args
        if name == "tr" and args:
            text = _literal(args[0])
            is_method = (
                isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in ("self", "cls")
            )
            context = self.classes[-1] if is_method and self.classes else self.module_context
            self._add(context, text, node)
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
            self._add(_literal(args[0]), _literal(args[1]), node)
        self.generic_visit(node)


def _module_context(tree) -> str:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "CONTEXT" for t in node.targets):
            return _literal(node.value) or ""
    return ""


def extract(plugin_dir: Path = PLUGIN) -> list:
    """Every (context, source, [locations]) in the plugin's Python files, in file order, deduplicated."""
    found = {}
    for path in sorted(plugin_dir.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        extractor = _Extractor(path, _module_context(tree))
        extractor.visit(tree)
        for context, source, location in extractor.messages:
            found.setdefault((context, source), []).append(location)
    return [(context, source, locations) for (context, source), locations in found.items()]


def load_source(path: Path = SOURCE_JSON) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def translation_for(source_map: dict, context: str, source: str) -> str:
    return source_map.get(f"{context}|{source}") or source_map.get(source) or ""


def render_ts(messages, source_map) -> str:
    """The Qt Linguist .ts document (contexts sorted, messages in extraction order)."""
    by_context = {}
    for context, source, locations in messages:
        by_context.setdefault(context, []).append((source, locations))
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f'<TS version="2.1" language="{LANGUAGE}">']
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for source, locations in by_context[context]:
            lines.append("    <message>")
            # Files only, no line numbers: editing code must not make the shipped .ts stale.
            for filename in sorted({location.rsplit(":", 1)[0] for location in locations}):
                lines.append(f'        <location filename="../../{escape(filename)}"/>')
            lines.append(f"        <source>{escape(source)}</source>")
            translation = translation_for(source_map, context, source)
            if translation:
                lines.append(f"        <translation>{escape(translation)}</translation>")
            else:
                lines.append('        <translation type="unfinished"></translation>')
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def untranslated(messages, source_map) -> list:
    return [(context, source) for context, source, _ in messages if not translation_for(source_map, context, source)]


def find_lrelease():
    for name in ("lrelease", "lrelease-qt5", "lrelease-qt6", "lrelease6"):
        path = shutil.which(name)
        if path:
            return path
    return None


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a string lacks Portuguese")
    parser.add_argument(
        "--add-missing", action="store_true", help="add missing strings to the source JSON with an empty translation"
    )
    args = parser.parse_args(argv)

    messages = extract()
    source_map = load_source()
    missing = untranslated(messages, source_map)
    print(f"{len(messages)} strings in {len({m[0] for m in messages})} contexts; {len(missing)} without Portuguese")
    for context, source in missing:
        print(f"  [{context}] {source!r}")
    if args.check:
        return 1 if missing else 0
    if args.add_missing and missing:
        for _context, source in missing:
            source_map.setdefault(source, "")
        SOURCE_JSON.write_text(
            json.dumps(source_map, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        print(f"added {len(missing)} keys to {SOURCE_JSON.relative_to(REPO)}: fill them and run again")
    TS_FILE.write_text(render_ts(messages, source_map), encoding="utf-8")
    print(f"wrote {TS_FILE.relative_to(REPO)}")
    lrelease = find_lrelease()
    if lrelease is None:
        print("lrelease not found (apt-get install qttools5-dev-tools): the .qm was NOT updated", file=sys.stderr)
        return 2
    subprocess.run([lrelease, "-silent", str(TS_FILE), "-qm", str(QM_FILE)], check=True)
    print(f"wrote {QM_FILE.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
