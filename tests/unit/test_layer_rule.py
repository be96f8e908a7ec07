"""The layer rule of docs/design.md, read from the source of every module of ``netload_plugin/``.

    core → net → geo → processing → gui        (imports point downward only)

Every ``import``/``from … import`` is read with :mod:`ast`, wherever it stands (module level, inside a
function, under ``if TYPE_CHECKING``), and so is ``import_module("…")``/``__import__("…")`` with a literal
name. The modules at the package root sit where design.md and their own docstrings put them:

* ``about.py`` — beside ``core`` ("no QGIS import, so ``core`` and ``net`` (User-Agent) can use it");
* ``compat.py`` (QGIS/Qt version differences) and ``translation.py`` (Qt translator) — beside ``geo``:
  QGIS-side helpers of ``geo``, ``processing`` and ``gui``, built on ``core`` only;
* ``plugin.py`` — above ``gui``: it wires the provider and the dock together;
* ``__init__.py`` — above everything: ``classFactory`` imports ``plugin``.

Rules: (1) a module imports only groups at its own rank or below; (2) the groups' import graph has no
cycle (two groups of one rank may not import each other); (3) ``core``, ``about`` and ``net`` import
nothing QGIS ships (``qgis``, PyQt, ``sip``, ``osgeo``, QGIS's ``processing``): they run in plain Python.
A module outside every group fails the test too, so a new module gets its place on purpose.

Not read: an ``import_module`` of a computed name. The one there is (``geo/settings.py``, the endpoint
defaults, ``import_module(f"netload_plugin.{module}")``) loads ``core`` and ``net`` modules: downward.
"""

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = "netload_plugin"
PLUGIN_DIR = Path(__file__).resolve().parents[2] / PACKAGE

#: group → rank; a module may import its own group and groups of a lower or equal rank.
RANKS = {
    "core": 0, "about": 0,
    "net": 1,
    "geo": 2, "compat": 2, "translation": 2,
    "processing": 3,
    "gui": 4,
    "plugin": 5,
    "__init__": 6,
}
#: Groups that must run without QGIS, and the top-level packages QGIS brings.
PLAIN_PYTHON = ("core", "about", "net")
QGIS_PACKAGES = ("qgis", "PyQt5", "PyQt6", "sip", "osgeo", "processing")


@dataclass(frozen=True)
class Import:
    module: str          # dotted name of the importing module
    file: str            # its path from the folder holding the package
    line: int
    target: str          # absolute dotted name imported

    def where(self) -> str:
        return f"{self.file}:{self.line}"


def module_name(relative: Path) -> str:
    """``netload_plugin/geo/styles.py`` → ``netload_plugin.geo.styles`` (a package is its folder's name)."""
    parts = relative.with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def group_of(dotted: str):
    """The layer group of a plugin module name, or None when it is not the plugin's."""
    parts = dotted.split(".")
    if parts[0] != PACKAGE:
        return None
    if len(parts) == 1:
        return "__init__"
    return parts[1]


def _absolute(node: ast.ImportFrom, importer: str, is_package: bool) -> list:
    """The absolute names an ``ImportFrom`` brings in (each ``from . import x`` names its own module)."""
    if node.level == 0:
        base = node.module
    else:
        package = importer.split(".") if is_package else importer.split(".")[:-1]
        if node.level - 1 > len(package) - 1:
            raise AssertionError(f"relative import above the package in {importer} line {node.lineno}")
        package = package[:len(package) - (node.level - 1)]
        base = ".".join(package + ([node.module] if node.module else []))
    if node.module is None:  # `from .. import compat`: the names are modules of the package
        return [f"{base}.{alias.name}" for alias in node.names]
    return [base]


def _literal_dynamic_import(node: ast.Call):
    """The name passed to ``import_module("x")`` / ``__import__("x")`` when it is a literal."""
    function = node.func
    name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", None)
    if name not in ("import_module", "__import__") or not node.args:
        return None
    first = node.args[0]
    return first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None


def imports_of(path: Path, root: Path = PLUGIN_DIR.parent) -> list:
    """Every import in the module at ``path`` (``root``: the folder holding the package)."""
    relative = path.relative_to(root)
    importer, file = module_name(relative), relative.as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [Import(importer, file, node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            targets = _absolute(node, importer, path.name == "__init__.py")
            found += [Import(importer, file, node.lineno, target) for target in targets]
        elif isinstance(node, ast.Call):
            target = _literal_dynamic_import(node)
            if target is not None:
                found.append(Import(importer, file, node.lineno, target))
    return found


def plugin_modules() -> list:
    return sorted(PLUGIN_DIR.rglob("*.py"))


def all_imports() -> list:
    return [found for path in plugin_modules() for found in imports_of(path)]


def upward_imports(imports) -> list:
    """``file:line importer → target`` for every import that points to a higher rank."""
    return [f"{found.where()}: {found.module} imports {found.target}"
            for found in imports
            if group_of(found.target) is not None
            and RANKS[group_of(found.target)] > RANKS[group_of(found.module)]]


def qgis_imports_in_plain_python(imports) -> list:
    return [f"{found.where()}: {found.module} imports {found.target}"
            for found in imports
            if group_of(found.module) in PLAIN_PYTHON and found.target.split(".")[0] in QGIS_PACKAGES]


def group_cycles(imports) -> list:
    """Every cycle of the groups' import graph, as ``a → b → a`` with one file:line per edge."""
    edges = {}
    for found in imports:
        source, target = group_of(found.module), group_of(found.target)
        if target is not None and source != target:
            edges.setdefault(source, {}).setdefault(target, found.where())
    cycles, seen = [], set()

    def visit(node, trail):
        for nxt in sorted(edges.get(node, {})):
            if nxt in trail:
                loop = trail[trail.index(nxt):] + [nxt]
                key = frozenset(loop)
                if key not in seen:
                    seen.add(key)
                    cycles.append(" → ".join(loop) + "  (" + ", ".join(
                        edges[a][b] for a, b in zip(loop, loop[1:])) + ")")
            else:
                visit(nxt, trail + [nxt])

    for start in sorted(edges):
        visit(start, [start])
    return cycles


# --- the rule on the plugin as it stands ---------------------------------------------------------------

def test_every_plugin_module_belongs_to_a_layer():
    modules = plugin_modules()
    assert len(modules) > 100  # the whole package was read, not an empty folder
    unplaced = [str(path.relative_to(PLUGIN_DIR)) for path in modules
                if group_of(module_name(path.relative_to(PLUGIN_DIR.parent))) not in RANKS]
    assert not unplaced, f"modules outside every layer (give them a place in RANKS): {unplaced}"


def test_no_import_points_up_a_layer():
    upward = upward_imports(all_imports())
    assert not upward, "imports against core → net → geo → processing → gui:\n" + "\n".join(upward)


def test_core_about_and_net_import_nothing_from_qgis():
    found = qgis_imports_in_plain_python(all_imports())
    assert not found, "QGIS imports in the plain-Python layers:\n" + "\n".join(found)


def test_layers_import_each_other_in_no_cycle():
    cycles = group_cycles(all_imports())
    assert not cycles, "import cycles between layers:\n" + "\n".join(cycles)


def test_the_reader_sees_each_layers_imports():
    """The reader is not blind: every layer above ``core`` builds on ``core``, and ``classFactory`` imports
    ``plugin`` from inside the function (QGIS's contract: nothing heavy at load)."""
    edges = {(group_of(found.module), group_of(found.target)) for found in all_imports()}
    for layer in ("net", "geo", "processing", "gui"):
        assert (layer, "core") in edges, layer
    assert ("__init__", "plugin") in edges


# --- the checker on small made-up packages: it does fail ------------------------------------------------

def _imports_of_source(tmp_path, relative: str, source: str) -> list:
    """Imports of a module written at ``netload_plugin/<relative>`` under a scratch folder."""
    path = tmp_path / PACKAGE / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source, encoding="utf-8")
    return imports_of(path, root=tmp_path)


@pytest.mark.parametrize("relative, source, target, line", [
    ("core/x.py", "from ..geo import styles\n", "netload_plugin.geo", 1),
    ("core/x.py", "import numpy\n\ndef f():\n    from ..net.session import HttpSession\n",
     "netload_plugin.net.session", 4),
    ("net/x.py", "import netload_plugin.processing.base\n", "netload_plugin.processing.base", 1),
    ("geo/x.py", "from .. import translation, gui\n", "netload_plugin.gui", 1),
    ("processing/algorithms/x.py", "from ...gui import dock\n", "netload_plugin.gui", 1),
    ("about.py", "from importlib import import_module\nimport_module('netload_plugin.compat')\n",
     "netload_plugin.compat", 2),
])
def test_an_upward_import_is_reported_with_file_and_line(tmp_path, relative, source, target, line):
    upward = upward_imports(_imports_of_source(tmp_path, relative, source))
    assert upward == [f"{PACKAGE}/{relative}:{line}: {module_name(Path(PACKAGE, relative))} imports {target}"]


def test_downward_and_same_layer_imports_pass(tmp_path):
    imports = (_imports_of_source(tmp_path, "gui/x.py", "from ..processing import base\nfrom . import dock\n")
               + _imports_of_source(tmp_path, "geo/y.py", "from ..net import session\nfrom .. import compat\n")
               + _imports_of_source(tmp_path, "core/z.py", "from ..about import PLUGIN_NAME\nimport numpy\n"))
    assert upward_imports(imports) == []
    assert qgis_imports_in_plain_python(imports) == []
    assert group_cycles(imports) == []


@pytest.mark.parametrize("relative", ["core/x.py", "net/x.py", "about.py"])
def test_qgis_in_a_plain_python_layer_is_reported(tmp_path, relative):
    imports = _imports_of_source(tmp_path, relative, "def f():\n    from qgis.core import QgsVectorLayer\n")
    assert [line.split(": ")[0] for line in qgis_imports_in_plain_python(imports)] == [f"{PACKAGE}/{relative}:2"]


def test_a_cycle_between_groups_of_one_rank_is_reported(tmp_path):
    imports = (_imports_of_source(tmp_path, "compat.py", "from .translation import display_locale\n")
               + _imports_of_source(tmp_path, "translation.py", "def f():\n    from . import compat\n"))
    assert upward_imports(imports) == []  # same rank: only the cycle rule sees it
    cycles = group_cycles(imports)
    assert len(cycles) == 1
    assert cycles[0].startswith("compat → translation → compat  (")
    assert f"{PACKAGE}/compat.py:1" in cycles[0] and f"{PACKAGE}/translation.py:2" in cycles[0]


def test_a_module_outside_every_layer_has_no_group():
    assert group_of(module_name(Path(PACKAGE, "helpers.py"))) == "helpers" and "helpers" not in RANKS
    assert group_of(module_name(Path(PACKAGE, "core", "ibge.py"))) == "core"
    assert group_of(module_name(Path(PACKAGE, "__init__.py"))) == "__init__"
    assert group_of("numpy") is None
