"""The one rule: data flows ui -> app -> models. app/ and models/ never import Qt."""

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT_IMPORT = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6)\b", re.MULTILINE)
UI_IMPORT = re.compile(r"^\s*(from|import)\s+ui\b", re.MULTILINE)
APP_IMPORT = re.compile(r"^\s*(from|import)\s+app\b", re.MULTILINE)


def _offenders(folder: str, pattern: re.Pattern) -> list[str]:
    return [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / folder).rglob("*.py"))
        if pattern.search(path.read_text(encoding="utf-8"))
    ]


def test_app_and_models_never_import_qt():
    assert _offenders("app", QT_IMPORT) == []
    assert _offenders("models", QT_IMPORT) == []


def test_models_import_neither_app_nor_ui():
    assert _offenders("models", UI_IMPORT) == []
    assert _offenders("models", APP_IMPORT) == []


def test_app_never_imports_ui():
    assert _offenders("app", UI_IMPORT) == []


ORM_USE = re.compile(
    r"^\s*(from|import)\s+(sqlmodel|sqlalchemy\.orm)\b|^\s*from\s+sqlalchemy\s+import\s+.*\bselect\b"
    r"|\.expunge(_all)?\(|\bsession\.(exec|get|execute|query|add|delete)\(",
    re.MULTILINE,
)


def test_ui_never_queries_the_database_itself():
    """Windows call services, which return plain data: no query, no ORM row kept past its
    session (the screenshot tools, which stage pictures, are not windows)."""
    offenders = [
        path for path in _offenders("ui", ORM_USE) if not Path(path).name.startswith("screenshot")
    ]
    assert offenders == []


def test_the_orm_checker_sees_a_query(tmp_path):
    for line in ("from sqlmodel import select", "        session.expunge_all()",
                 "    rows = session.exec(query)", "from sqlalchemy import func, select"):
        assert ORM_USE.search(line), line
    assert not ORM_USE.search("from sqlalchemy import Engine")


def named_modules(path: Path, package: str) -> list[str]:
    """Strings of a file that name a module of `package`: « "ui.commands" », or the name given
    to importlib.import_module / __import__ (an import the import statements do not show)."""
    dotted = re.compile(rf"^{package}(\.[A-Za-z_]\w*)+$")
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if dotted.match(node.value):
                found.append(node.value)
        elif isinstance(node, ast.Call) and node.args:
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            first = node.args[0]
            if (
                name in ("import_module", "__import__")
                and isinstance(first, ast.Constant)
                and str(first.value).split(".")[0] == package
            ):
                found.append(str(first.value))
    return found


def _naming(folder: str, package: str) -> list[str]:
    return [
        f"{path.relative_to(ROOT)}: {name}"
        for path in sorted((ROOT / folder).rglob("*.py"))
        for name in named_modules(path, package)
    ]


def test_app_and_models_never_name_a_module_above_them():
    assert _naming("app", "ui") == []
    assert _naming("models", "ui") == []
    assert _naming("models", "app") == []


def test_the_checker_sees_a_module_named_in_a_string(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import importlib\n"
        'COMMANDS = ("ui.commands", "app.commands.demo")\n'
        "def window():\n"
        '    return importlib.import_module("ui").desk\n'
        '"""A docstring may speak of "ui.commands"."""\n',
        encoding="utf-8",
    )
    assert named_modules(sample, "ui") == ["ui.commands", "ui"]


def test_there_is_no_import_circle():
    """python -m app.import_cycles lists the circles between our modules: there are none."""
    result = subprocess.run(
        [sys.executable, "-m", "app.import_cycles"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (result.returncode, result.stdout) == (0, "")


def test_the_circle_finder_sees_late_and_named_imports(tmp_path):
    from app.import_cycles import cycles, import_graph, main

    for folder in ("app/pdf", "ui", "models"):
        (tmp_path / folder).mkdir(parents=True)
    files = {
        "app/__init__.py": "",
        "app/pdf/__init__.py": "",
        "app/pdf/sheets.py": "def render():\n    from app.pdf.layout import build\n",
        "app/pdf/layout.py": "from .sheets import render\n",
        "app/cli.py": 'COMMANDS = ("ui.commands",)\n',
        "ui/__init__.py": "",
        "ui/commands.py": "from app import cli\n",
        "models/__init__.py": "",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert cycles(import_graph(tmp_path)) == [
        ["app.cli", "ui.commands"],
        ["app.pdf.layout", "app.pdf.sheets"],
    ]
    assert main([str(tmp_path)]) == 1


def test_the_checker_sees_a_qt_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import os\nfrom PySide6.QtWidgets import QWidget\n", encoding="utf-8")
    assert QT_IMPORT.search(sample.read_text(encoding="utf-8"))


def test_buttons_get_their_names_from_one_helper(qapp):
    """Every push button made in a page or a dialog goes through ui.widgets.controls.named_button:
    no module makes its own copy of it again."""
    from ui.widgets.controls import named_button

    copies = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "ui").rglob("*.py"))
        if re.search(r"def _(\w*_)?button\(self, name: str, text: str", path.read_text("utf-8"))
    ]
    assert copies == []
    button = named_button(None, "directoryImport", "&Importer… && fusionner")
    assert button.objectName() == "directoryImport"
    assert button.accessibleName() == "Importer & fusionner"
    button.deleteLater()


def test_the_where_things_go_map_names_modules_that_exist():
    """docs/architecture.md « Where things go »: every module of the table is there."""
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = text.split("## Where things go", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[2:5] for line in section.splitlines() if line.startswith("| ")]
    missing = []
    for services, widgets, documents in rows[1:]:  # after the heading
        for column, folder in ((services, "app/services"), (widgets, "ui"), (documents, "app")):
            for name in re.findall(r"`([\w/*.]+)`", column):
                base = name if name.startswith("app/") else f"{folder}/{name}"
                path = ROOT / base.removesuffix("/*")
                found = path.is_dir() if base.endswith("/*") else path.with_suffix(".py").is_file()
                if not found:
                    missing.append(name)
    assert len(rows) == 9 and missing == []  # the heading and the eight pages
