"""No function in the plugin is longer than a reader can hold in mind (issue 16): 80 lines at most,
docstring included. Longer work is split into named steps."""

import ast
from pathlib import Path

PLUGIN = Path(__file__).resolve().parents[2] / "netload_plugin"
LIMIT = 80


def long_functions(root: Path) -> list:
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > LIMIT:
                    found.append(f"{path.relative_to(root.parent)}:{node.lineno} {node.name} ({length} lines)")
    return found


def test_no_function_is_longer_than_80_lines():
    assert long_functions(PLUGIN) == []


def test_the_check_sees_a_long_function(tmp_path):
    body = "\n".join(f"    x{i} = {i}" for i in range(LIMIT))
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "long.py").write_text(f"def too_long():\n{body}\n", encoding="utf-8")
    assert long_functions(tmp_path / "pkg") == [f"pkg/long.py:1 too_long ({LIMIT + 1} lines)"]
