"""Every user-visible string has Brazilian Portuguese, and the shipped .ts/.qm are up to date.

When this fails after new strings were added, run ``make translations`` (scripts/update_translations.py
--add-missing), fill the new keys of netload_plugin/i18n/pt_BR_source.json, and run it again.
"""

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "update_translations.py"


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def messages(tool):
    return tool.extract()


def test_strings_are_found_in_every_layer(messages):
    contexts = {context for context, _source, _locations in messages}
    assert {
        "NetLoadDock",
        "RegionWidget",
        "NetLoadChart",
        "NetLoadAlgorithm",
        "NetLoadProvider",
        "NetLoadSettings",
    } <= contexts


def test_every_string_has_portuguese(tool, messages):
    missing = tool.untranslated(messages, tool.load_source())
    assert missing == [], "untranslated (run make translations): " + "; ".join(f"[{c}] {s!r}" for c, s in missing)


def test_placeholders_survive_translation(tool, messages):
    source_map = tool.load_source()
    for context, source, _ in messages:
        translation = tool.translation_for(source_map, context, source)
        assert translation.count("{}") == source.count("{}"), source


def test_shipped_ts_is_regenerated(tool, messages):
    assert tool.TS_FILE.read_text(encoding="utf-8") == tool.render_ts(messages, tool.load_source()), (
        "run make translations"
    )


def test_compiled_qm_holds_every_translation(tool, messages):
    data = tool.QM_FILE.read_bytes()
    assert data[:16] == bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # Qt .qm magic
    source_map = tool.load_source()
    for context, source, _ in messages:
        translation = tool.translation_for(source_map, context, source)
        if translation != source:
            assert translation.encode("utf-16-be") in data, (
                f"{translation!r} missing from the .qm: run make translations"
            )


def extracted(tool, tmp_path, code: str) -> set:
    """(context, source) pairs the extractor finds in a one-module package holding ``code``."""
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "a.py").write_text(code, encoding="utf-8")
    tool_repo, tool.REPO = tool.REPO, tmp_path
    try:
        return {(c, s) for c, s, _ in tool.extract(package)}
    finally:
        tool.REPO = tool_repo


def test_extractor_reads_the_forms_the_code_uses(tool, tmp_path):
    found = extracted(
        tool, tmp_path,
        'from qgis.PyQt.QtCore import QCoreApplication, QT_TRANSLATE_NOOP\n'
        'CONTEXT = "Mod"\n'
        'def tr(t):\n    return QCoreApplication.translate(CONTEXT, t)\n'
        'X = QT_TRANSLATE_NOOP("Ctx", "noop")\n'
        'class Widget:\n'
        '    def f(self):\n'
        '        self.tr("in class " "joined")\n'
        '        tr("module level")\n'
        '        QCoreApplication.translate("Other", "explicit")\n'
        '        self.tr(f"{X}")\n',
    )
    assert found == {("Ctx", "noop"), ("Widget", "in class joined"), ("Mod", "module level"), ("Other", "explicit")}


def test_inherited_string_is_filed_under_the_class_that_holds_it(tool, tmp_path):
    """A string written in a base class lives in the base's context (NetLoadAlgorithm.tr looks it up there)."""
    found = extracted(
        tool, tmp_path,
        'class Base:\n'
        '    def label(self):\n'
        '        return self.tr("shared label")\n'
        'class Child(Base):\n'
        '    def title(self):\n'
        '        return self.tr("own title")\n',
    )
    assert found == {("Base", "shared label"), ("Child", "own title")}
