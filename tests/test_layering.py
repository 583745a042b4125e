"""The one rule: data flows ui -> app -> models. app/ and models/ never import Qt."""

import re
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


def test_the_checker_sees_a_qt_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import os\nfrom PySide6.QtWidgets import QWidget\n", encoding="utf-8")
    assert QT_IMPORT.search(sample.read_text(encoding="utf-8"))
