"""The widget tests' shared fixtures live in tests/ui_fixtures.py only: no test module defines
its own French window, inline tasks, message capture or input counter again."""

import ast
import re
from pathlib import Path

import pytest

from tests.ui_fixtures import SHARED_FIXTURES

TESTS = Path(__file__).resolve().parent
# the shared module itself, and the root conftest (its `_french_by_default` sets the language of
# the texts made outside widgets, for every test)
ALLOWED = {"ui_fixtures.py", "conftest.py"}
LOOKALIKE = re.compile(r"^_?(french|sync|synchronous|quiet|shown|warnings|infos|input)")
MESSAGE_BOXES = {"info", "warn", "error", "confirm", "crash"}


def _fixture_name(function: ast.FunctionDef) -> str | None:
    """The name a function is a fixture under (its own, or the `name=` given), or None."""
    for decorator in function.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if not ast.unparse(target).endswith("fixture"):
            continue
        if isinstance(decorator, ast.Call):
            for keyword in decorator.keywords:
                if keyword.arg == "name" and isinstance(keyword.value, ast.Constant):
                    return str(keyword.value.value)
        return function.name
    return None


def own_copies(path: Path) -> list[str]:
    """What a test module does by itself that the shared fixtures do: a fixture named like
    them, an input counter of its own, `tasks.SYNCHRONOUS` or a message box replaced."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            name = _fixture_name(node)
            if name and (name in SHARED_FIXTURES or LOOKALIKE.match(name)):
                found.append(f"{path.name}:{node.lineno} fixture {name}")
        elif isinstance(node, ast.ClassDef) and "input" in node.name.lower():
            found.append(f"{path.name}:{node.lineno} class {node.name}")
        elif (
            isinstance(node, ast.Call)
            and ast.unparse(node.func).endswith("setattr")
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
        ):
            owner, attribute = ast.unparse(node.args[0]), node.args[1].value
            if owner.endswith("tasks") and attribute == "SYNCHRONOUS":
                found.append(f"{path.name}:{node.lineno} {owner}.SYNCHRONOUS")
            if owner.endswith("messages") and attribute in MESSAGE_BOXES:
                found.append(f"{path.name}:{node.lineno} {owner}.{attribute}")
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if ast.unparse(target).endswith("tasks.SYNCHRONOUS"):
                    found.append(f"{path.name}:{node.lineno} tasks.SYNCHRONOUS")
    return found


def test_no_test_module_keeps_its_own_copy_of_the_shared_fixtures():
    modules = sorted(p for p in TESTS.glob("*.py") if p.name not in ALLOWED)
    assert [found for path in modules for found in own_copies(path)] == []


def test_the_checker_sees_each_kind_of_copy(tmp_path):
    sample = tmp_path / "test_sample.py"
    sample.write_text(
        "import pytest\n"
        "import ui.tasks\n"
        "from ui import messages, tasks\n\n"
        "@pytest.fixture(autouse=True)\n"
        "def _french(qapp):\n    pass\n\n"
        "@pytest.fixture(name='shown_messages')\n"
        "def recorded(monkeypatch):\n"
        "    monkeypatch.setattr(ui.tasks, 'SYNCHRONOUS', True)\n"
        "    monkeypatch.setattr(messages, 'warn', lambda *a: None)\n\n"
        "class Inputs:\n    pass\n\n"
        "def test_x(monkeypatch, tmp_path):\n"
        "    tasks.SYNCHRONOUS = True\n"
        "    monkeypatch.setattr(messages, 'open_file', lambda *a: tmp_path)\n",
        encoding="utf-8",
    )
    assert sorted(found.split(" ", 1)[1] for found in own_copies(sample)) == [
        "class Inputs",
        "fixture _french",
        "fixture shown_messages",
        "messages.warn",
        "tasks.SYNCHRONOUS",
        "ui.tasks.SYNCHRONOUS",
    ]


def test_messages_are_recorded_and_confirmations_answered(shown_messages):
    from ui import messages

    messages.info(None, "Caisse", "Enregistré.")
    messages.warn(None, "Caisse", "Le poids est vide.")
    assert messages.confirm(None, "Effacer", "Effacer le dossier ?") is True
    shown_messages.confirm_answer = False
    assert messages.confirm(None, "Effacer", "Vraiment ?") is False
    messages.crash(None, "Un imprévu est survenu", "Texte", "rapport")
    assert shown_messages == [
        ("info", "Enregistré."),
        ("warn", "Le poids est vide."),
        ("crash", "Texte"),
    ]
    assert shown_messages.texts == ["Enregistré.", "Le poids est vide.", "Texte"]
    assert shown_messages.titles == ["Caisse", "Caisse", "Un imprévu est survenu"]
    assert shown_messages.questions == ["Effacer le dossier ?", "Vraiment ?"]
    assert shown_messages.reports == ["rapport"]


def test_no_warnings_fails_the_test_at_the_warning(no_warnings):
    from ui import messages

    messages.info(None, "Dossier", "Le dossier est enregistré.")
    with pytest.raises(pytest.fail.Exception, match="Le code postal a 5 chiffres"):
        messages.warn(None, "Lieu", "Le code postal a 5 chiffres.")
    assert no_warnings.texts == ["Le dossier est enregistré."]


def test_background_tasks_run_inline(sync_tasks):
    from ui import tasks

    assert tasks.SYNCHRONOUS
