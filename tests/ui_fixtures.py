"""The widget tests' shared fixtures, in one place (registered in conftest's `pytest_plugins`):

- `french_ui`: the window speaks French, as at the desk (our catalogues and Qt's own);
- `sync_tasks`: background tasks (`ui.tasks`) run inline, so a test sees their result at once;
- `shown_messages`: message boxes are recorded instead of shown, as (kind, text), the report of
  an unexpected failure's box too (kind « crash »); confirmations are answered with
  `.confirm_answer` (yes unless a test says otherwise);
- `no_warnings`: the same, but a warning or an error box fails the test where it appears;
- `input_counter`: counts what a person does, each key press or click being one input.

A test module uses them by name, or for all its tests with
`pytestmark = pytest.mark.usefixtures("french_ui", "sync_tasks")`; it does not define its own
(tests/test_layering.py checks it).
"""

import pytest

SHARED_FIXTURES = ("french_ui", "sync_tasks", "shown_messages", "no_warnings", "input_counter")


@pytest.fixture
def french_ui(qapp):
    """The window speaks French, as at the desk; French again after the test."""
    from ui.i18n import install_translators

    install_translators(qapp, "fr")
    yield
    install_translators(qapp, "fr")


@pytest.fixture
def sync_tasks(monkeypatch):
    """Background tasks run inline: their result is there when the click returns."""
    from ui import tasks

    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)


class ShownMessages(list):
    """What the message boxes would have said: (kind, text) pairs, kind being « info », « warn »,
    « error » or « crash » (an unexpected failure, whose report goes to `.reports`); `.titles`
    keeps their titles in the same order, `.questions` the texts of the confirmations asked,
    answered with `.confirm_answer`."""

    def __init__(self) -> None:
        super().__init__()
        self.titles: list[str] = []
        self.questions: list[str] = []
        self.reports: list[str] = []
        self.confirm_answer = True
        self.failing: tuple[str, ...] = ()

    @property
    def texts(self) -> list[str]:
        return [text for _, text in self]

    def of(self, kind: str) -> list[str]:
        return [text for shown, text in self if shown == kind]

    def show(self, kind: str, title: str, text: str) -> None:
        if kind in self.failing:
            pytest.fail(f"{kind}: {text}")
        self.append((kind, text))
        self.titles.append(title)

    def crash(self, title: str, text: str, report: str) -> None:
        self.reports.append(report)
        self.show("crash", title, text)

    def confirm(self, text: str) -> bool:
        self.questions.append(text)
        return self.confirm_answer


@pytest.fixture
def shown_messages(monkeypatch) -> ShownMessages:
    """Message boxes are recorded instead of shown; confirmations say `.confirm_answer`."""
    from ui import messages

    shown = ShownMessages()
    for kind in ("info", "warn", "error"):
        monkeypatch.setattr(
            messages, kind, lambda _parent, title, text, kind=kind: shown.show(kind, title, text)
        )
    monkeypatch.setattr(messages, "confirm", lambda _parent, _title, text: shown.confirm(text))
    monkeypatch.setattr(messages, "crash", lambda _parent, *box: shown.crash(*box))
    return shown


@pytest.fixture
def no_warnings(shown_messages) -> ShownMessages:
    """As `shown_messages`, but a warning or an error box fails the test where it appears."""
    shown_messages.failing = ("warn", "error")
    return shown_messages


class InputCounter:
    """Counts what a person does: each key press or click is one input."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def type(self, widget, text: str) -> None:
        """Types a text: one input per character."""
        self.count += len(text)
        self.qtbot.keyClicks(widget, text)

    def key(self, widget, key, modifier=None) -> None:
        from PySide6.QtCore import Qt

        self.count += 1
        self.qtbot.keyClick(widget, key, modifier or Qt.KeyboardModifier.NoModifier)

    def click(self, widget, pos=None) -> None:
        from PySide6.QtCore import Qt

        self.count += 1
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)

    def click_row(self, view, row: int) -> None:
        index = view.model().index(row, 0)
        self.click(view.viewport(), view.visualRect(index).center())

    def counted(self) -> None:
        self.count += 1


@pytest.fixture
def input_counter(qtbot) -> InputCounter:
    return InputCounter(qtbot)
