"""One desk of the place as its own process: the real program (`ui.launcher.main`, the window,
the first-run wizard, the lock screen, the pages) on the data folder of its environment
(XDG_DATA_HOME, XDG_CONFIG_HOME), driven by key presses and clicks.

    python tests/place/desk_process.py PRINTS_FOLDER

It reads one JSON command a line on stdin and answers one JSON line on stdout for each:
{"ok": true, ...} or {"ok": false, "why": ...}, with the message boxes shown meanwhile under
"messages". The acts are QTest key presses and mouse clicks on the widgets found by their
object name; nothing calls a page or a service. Printing goes to PDF files in PRINTS_FOLDER
(the print dialog answered with a PDF printer, as the app's own tests do). The end of stdin
closes the window; AIGUILLAGE_PLACE_CLOCK_SHIFT_S puts the desk's clock that many seconds off.
Commands (see `Driver.do_*`):

    ready                                  the window is there: wizard, lock screen or pages
    join address code                      the first-run wizard's « Join a place » page
    sign_in agent pin                      the lock screen
    page key                               a click on the page's name in the navigation
    till_click key                         a key 1…9 on the Till page
    undo                                   Ctrl+Z on the Till page
    weigh category kg                      the weighing panel after a drop-off
    quick_referral need service            Till › Refer…, the receipt shown then printed
    open_quick_referral                    …the same in two steps (the main PC may go
    finish_quick_referral need service        away while the dialog is open)
    anonymous_visit                        Reception › Anonymous visit, saved as it opens
    open_anonymous_visit, save_visit       …the same in two steps
    new_person_visit first last            Reception › New person, then their visit
    refer theme service                    the banner's Refer… after a visit, sheet printed
    read what [until]                      what a page shows: till_counts, reception_counter
    status                                 the status bar's sentence about the main PC
"""

from __future__ import annotations

import json
import os
import queue
import sys
import threading
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QObject, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from tests.place.widgets import (  # noqa: E402
    StepFailed,
    click,
    click_item,
    escape_dialog,
    focus_in,
    main_window,
    needed,
    plain,
    shown,
    type_into,
)

TICK_MS = 20
WAIT_S = 20.0  # the longest a single step waits (a slow start-up, a server coming back)


@dataclass
class Wait:
    """What a command waits for before its next step."""

    until: Any  # a callable: a true value ends the wait (and is sent back to the command)
    what: str
    timeout: float = WAIT_S
    box_ends_it: bool = False  # a warning or error box ends the command (a refusal)


def _answer_stream():  # type: ignore[no-untyped-def]
    """The protocol's own copy of stdout; anything else printed goes to stderr."""
    answers = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)
    return answers


# --- what the desk said -------------------------------------------------------------------------
class Recorder:
    """Message boxes recorded instead of shown, as [kind, « title — text »] (confirmations
    answered yes), and the Till's
    announcements as they are made (the toast hides again after a few seconds)."""

    def __init__(self) -> None:
        self.messages: list[list[str]] = []
        self.toasts: list[str] = []

    def install(self, prints: Path) -> None:
        from PySide6.QtPrintSupport import QPrinter

        from ui import messages
        from ui.dialogs import sheet_preview
        from ui.widgets.till_controls import TillToast

        for kind in ("info", "warn", "error"):
            setattr(messages, kind, lambda _parent, title, text, kind=kind: self.messages.append(
                [kind, f"{title} — {text}"]))
        from ui.hosting import stop_question

        # yes to what is asked, but the main PC keeps serving when its window closes, as a
        # coordinator answers (the question's own default)
        messages.confirm = lambda _parent, _title, text: text != stop_question()
        messages.crash = lambda _parent, title, text, report: self.messages.append(
            ["crash", f"{text}\n{report}"]
        )
        printed = iter(range(1, 10_000))

        def pdf_printer(_parent):  # type: ignore[no-untyped-def]
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(prints / f"imprime-{next(printed)}.pdf"))
            return printer

        sheet_preview.ask_printer = pdf_printer
        announce = TillToast.announce

        def heard(toast, text, **options):  # type: ignore[no-untyped-def]
            self.toasts.append(text)
            return announce(toast, text, **options)

        TillToast.announce = heard

    def take_messages(self) -> list[list[str]]:
        taken, self.messages = self.messages, []
        return taken


# --- the commands -------------------------------------------------------------------------------
class Driver(QObject):
    """Runs the commands one after the other on the UI thread, a step each tick: an act is
    posted to the event loop (so a dialog's `exec()` runs there, not under the driver), then
    the command waits for what the window shows."""

    def __init__(self, recorder: Recorder, answers, prints: Path) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.recorder, self.answers, self.prints = recorder, answers, prints
        self.commands: queue.Queue[dict] = queue.Queue()
        self.running: tuple[dict, Any] | None = None
        self.waiting: tuple[Wait, float] | None = None
        self.act_failed = ""
        threading.Thread(target=self._read, daemon=True).start()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _read(self) -> None:
        for line in sys.stdin:
            if line.strip():
                self.commands.put(json.loads(line))
        self.commands.put({"do": "quit"})

    def say(self, answer: dict) -> None:
        answer["messages"] = self.recorder.take_messages()
        self.answers.write(json.dumps(answer, ensure_ascii=False) + "\n")

    def _tick(self) -> None:
        if self.running is None:
            try:
                command = self.commands.get_nowait()
            except queue.Empty:
                return
            arguments = {k: v for k, v in command.items() if k != "do"}
            handler = getattr(self, f"do_{command['do']}", None)
            if handler is None:
                self.say({"ok": False, "why": f"unknown command {command['do']}"})
                return
            self.running = (command, handler(**arguments))
            self._step(None)
            return
        assert self.waiting is not None
        wait, deadline = self.waiting
        if self.act_failed:
            self._end({"ok": False, "why": self.act_failed})
            return
        refusals = [text for kind, text in self.recorder.messages if kind in ("warn", "error")]
        if refusals and wait.box_ends_it:  # a box said no: nothing more will come of this command
            self._end({"ok": False, "why": f"the desk said: {' / '.join(refusals)}"})
            return
        try:
            value = wait.until()
        except StepFailed as failed:
            self._end({"ok": False, "why": str(failed)})
            return
        except Exception:  # noqa: BLE001 (a widget gone meanwhile: ask again next tick)
            value = None
        if value:
            self._step(value)
        elif time.monotonic() > deadline:
            self._end({"ok": False, "why": f"waited {wait.timeout:g} s for {wait.what}"})

    def _step(self, value: Any) -> None:
        assert self.running is not None
        try:
            wait = self.running[1].send(value)
        except StopIteration as finished:
            self._end({"ok": True, **(finished.value or {})})
            return
        except StepFailed as failed:
            self._end({"ok": False, "why": str(failed)})
            return
        except Exception:  # noqa: BLE001 (said to the test, which fails with it)
            self._end({"ok": False, "why": traceback.format_exc()})
            return
        self.waiting = (wait, time.monotonic() + wait.timeout)

    def _end(self, answer: dict) -> None:
        self.running, self.waiting, self.act_failed = None, None, ""
        if not answer["ok"]:  # Esc on what the failed command left open, as a person would
            for n in range(4):
                QTimer.singleShot(50 * n, escape_dialog)
        self.say(answer)

    def act(self, work) -> None:  # type: ignore[no-untyped-def]
        """Do `work` from the event loop, after this step (it may open a modal dialog); an act
        that cannot be done ends the command."""

        def done_or_said() -> None:
            try:
                work()
            except StepFailed as failed:
                self.act_failed = str(failed)

        QTimer.singleShot(0, done_or_said)

    # helpers of the commands
    def _toast_after(self, before: int):  # type: ignore[no-untyped-def]
        return lambda: self.recorder.toasts[before:] or None

    def _till_page(self) -> QWidget:
        page = needed("tillGrid").parentWidget()
        assert page is not None
        return page

    # the commands
    def do_quit(self):  # type: ignore[no-untyped-def]
        self.act(QApplication.closeAllWindows)
        self.act(QApplication.quit)
        return
        yield

    def do_ready(self):  # type: ignore[no-untyped-def]
        def state() -> str | None:
            if shown("firstRunWizard") is not None:
                return "wizard"
            if shown("loginForm") is not None:
                return "locked"
            navigation = shown("navigation")
            # pages listed: someone works here (an empty list is the window still opening)
            if navigation is not None and navigation.count() and shown("lockScreen") is None:
                return "open"
            return None

        found = yield Wait(state, "the window (wizard, lock screen or pages)", 60)
        return {"state": found}

    def do_join(self, address: str, code: str):  # type: ignore[no-untyped-def]
        choice = needed("joinPlace")

        def to_join_page() -> None:
            click(choice)
            QTest.keyClick(choice, Qt.Key.Key_Return)

        self.act(to_join_page)
        yield Wait(lambda: shown("joinCode"), "the join page")
        # as a person does: the page looks for the main PC first; choose it when it is listed
        yield Wait(lambda: needed("searchPlaces").isEnabled(), "the search for the main PC")
        places = needed("foundPlaces")
        listed = [places.item(row).text() for row in range(places.count())]  # type: ignore[attr-defined]
        chosen = next((text for text in listed if text.endswith(f" — {address}")), "")

        def type_code() -> None:
            if chosen:
                click_item(places, chosen)  # type: ignore[arg-type]
            else:
                type_into(needed("mainPcAddress"), address)
            type_into(needed("joinCode"), code)
            QTest.keyClick(needed("joinCode"), Qt.Key.Key_Return)

        self.act(type_code)

        def joined() -> str | None:
            if shown("firstRunWizard") is None:
                return "joined"
            error = shown("errorLabel")
            if error is not None and error.text():
                raise StepFailed(f"join refused: {error.text()}")
            return None

        yield Wait(joined, "the wizard to close", 60)
        yield Wait(lambda: shown("loginForm"), "the lock screen", 60)
        return {"chosen_in_list": chosen}

    def do_sign_in(self, agent: str, pin: str):  # type: ignore[no-untyped-def]
        agents = yield Wait(
            lambda: (view := shown("loginAgents")) is not None and view.count() and view,
            "the agents of the lock screen",
        )
        self.act(lambda: click_item(agents, agent))
        yield Wait(lambda: agents.currentItem() and agents.currentItem().text() == agent,
                   f"« {agent} » chosen")  # fmt: skip

        def type_pin() -> None:
            edit = needed("loginPin")
            type_into(edit, pin)
            QTest.keyClick(edit, Qt.Key.Key_Return)

        self.act(type_pin)

        def signed_in() -> bool:
            message = shown("loginMessage")
            if message is not None and message.text():
                raise StepFailed(f"sign-in refused: {message.text()}")
            return shown("lockScreen") is None and shown("navigation") is not None

        yield Wait(signed_in, "the pages after the PIN")
        window = main_window()
        return {"page": window.current_page_key() if window else None}  # type: ignore[attr-defined]

    def do_page(self, key: str):  # type: ignore[no-untyped-def]
        window = main_window()
        navigation = needed("navigation")
        rows = [navigation.item(row) for row in range(navigation.count())]  # type: ignore[attr-defined]
        titles = [item.text() for item in rows if item.data(Qt.ItemDataRole.UserRole) == key]
        if not titles:
            raise StepFailed(f"no page {key} in the navigation")
        self.act(lambda: click_item(navigation, titles[0]))  # type: ignore[arg-type]
        yield Wait(lambda: window.current_page_key() == key, f"the page {key}")  # type: ignore[union-attr]
        return {}

    def do_till_click(self, key: str):  # type: ignore[no-untyped-def]
        page = self._till_page()
        before = len(self.recorder.toasts)

        target = yield Wait(lambda: focus_in(page), "the till's window active")
        self.act(lambda: QTest.keyClick(target, getattr(Qt.Key, f"Key_{key}")))
        said = yield Wait(self._toast_after(before), f"the till to say click {key}")
        return {"said": said[-1]}

    def do_undo(self):  # type: ignore[no-untyped-def]
        page = self._till_page()
        before = len(self.recorder.toasts)

        target = yield Wait(lambda: focus_in(page), "the till's window active")
        self.act(lambda: QTest.keyClick(target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier))
        said = yield Wait(self._toast_after(before), "the till to say the undo")
        return {"said": said[-1]}

    def do_weigh(self, category: str, kg: str):  # type: ignore[no-untyped-def]
        yield Wait(lambda: shown("tillKg"), "the weighing panel")
        panel = needed("tillWeighing")
        before = len(self.recorder.toasts)

        def weigh() -> None:
            for button in panel.findChildren(QWidget):
                if button.objectName().startswith("tillCategory_") and button.text() == category:  # type: ignore[attr-defined]
                    click(button)
                    break
            else:
                raise StepFailed(f"no category « {category} »")
            edit = needed("tillKg")
            type_into(edit, kg)
            QTest.keyClick(edit, Qt.Key.Key_Return)

        self.act(weigh)

        def done() -> Any:
            error = shown("tillWeighingError")
            if error is not None and error.text():  # type: ignore[attr-defined]
                raise StepFailed(f"weighing refused: {error.text()}")  # type: ignore[attr-defined]
            return self.recorder.toasts[before:] or None

        said = yield Wait(done, "the till to say the weighing")
        return {"said": said[-1]}

    def do_quick_referral(self, need: str, service: str):  # type: ignore[no-untyped-def]
        yield from self.do_open_quick_referral()
        return (yield from self.do_finish_quick_referral(need, service))

    def do_open_quick_referral(self):  # type: ignore[no-untyped-def]
        self.act(lambda: click(needed("tillRefer")))
        yield Wait(lambda: shown("quickThemes"), "the quick referral")
        return {}

    def do_finish_quick_referral(self, need: str, service: str):  # type: ignore[no-untyped-def]
        themes = needed("quickThemes")
        before = len(self.recorder.toasts)
        self.act(lambda: click_item(themes, need))  # type: ignore[arg-type]
        services = yield Wait(
            lambda: (found := shown("quickServices")) and found.count() and found,
            f"the services for « {need} »",
        )
        self.act(lambda: click_item(services, service))
        yield Wait(lambda: needed("quickPrint").isEnabled(), "« Print the receipt »")
        self.act(lambda: click(needed("quickPrint")))
        preview = yield from self._printed_sheet()
        yield Wait(lambda: shown("quickReferralDialog") is None, "the quick referral to close",
                   box_ends_it=True)  # fmt: skip
        said = yield Wait(self._toast_after(before), "the till to say the referral",
                          box_ends_it=True)  # fmt: skip
        return {"said": said[-1], **preview}

    def _printed_sheet(self):  # type: ignore[no-untyped-def]
        """The sheet's preview: shown, drawn, printed (a new PDF file), then marked printed."""
        yield Wait(lambda: shown("sheetPreviewDialog"), "the sheet's preview", box_ends_it=True)
        yield Wait(lambda: needed("sheetPrint").isEnabled(), "the sheet drawn", box_ends_it=True)
        status = needed("sheetStatus").text()  # type: ignore[attr-defined]
        before = set(self.prints.glob("*.pdf"))
        self.act(lambda: click(needed("sheetPrint")))
        new = yield Wait(lambda: sorted(set(self.prints.glob("*.pdf")) - before),
                         "the sheet printed to a file", box_ends_it=True)  # fmt: skip
        yield Wait(
            lambda: shown("sheetPreviewDialog") is None
            or "imprimée" in needed("sheetStatus").text(),  # type: ignore[attr-defined]
            "the sheet marked printed",
            box_ends_it=True,
        )
        return {"preview_status": status, "printed": new[0].name}

    def do_anonymous_visit(self):  # type: ignore[no-untyped-def]
        yield from self.do_open_anonymous_visit()
        return (yield from self.do_save_visit())

    def do_open_anonymous_visit(self):  # type: ignore[no-untyped-def]
        self.act(lambda: click(needed("accueilAnonymous")))
        yield Wait(lambda: shown("visitForm"), "the visit form")
        yield Wait(lambda: (save := shown("visitSave")) is not None and save.isEnabled(),
                   "the visit form's « Save »")  # fmt: skip
        return {}

    def do_save_visit(self):  # type: ignore[no-untyped-def]
        form = needed("visitForm")
        save = needed("visitSave")
        if not save.isEnabled():
            raise StepFailed("the visit form's « Save » is greyed")
        self.act(lambda: click(save))
        yield Wait(lambda: not form.isVisible(), "the visit form to close", box_ends_it=True)
        if form.result() != QDialog.DialogCode.Accepted:  # type: ignore[attr-defined]
            raise StepFailed("the visit form closed without saving")
        yield Wait(lambda: shown("accueilSavedText"), "the reception to say the visit")
        return {"said": needed("accueilSavedText").text()}  # type: ignore[attr-defined]

    def do_new_person_visit(self, first: str, last: str):  # type: ignore[no-untyped-def]
        self.act(lambda: click(needed("accueilNewPerson")))
        yield Wait(lambda: shown("personForm"), "the new person's form")

        def fill() -> None:
            type_into(needed("personFirstName"), first)
            type_into(needed("personLastName"), last)
            click(needed("personSave"))

        self.act(fill)
        yield Wait(lambda: shown("personForm") is None, "the person's form to close",
                   box_ends_it=True)
        yield Wait(lambda: (save := shown("visitSave")) is not None and save.isEnabled(),
                   "the visit form's « Save »")  # fmt: skip
        return (yield from self.do_save_visit())

    def do_refer(self, theme: str, service: str):  # type: ignore[no-untyped-def]
        self.act(lambda: click(needed("accueilRefer")))
        combo = yield Wait(lambda: shown("referTheme"), "the referral dialog")

        def choose_theme() -> None:
            index = combo.findText(theme, Qt.MatchFlag.MatchStartsWith)
            if index < 0:
                raise StepFailed(f"no theme « {theme} »")
            combo.setFocus()
            # the keyboard way: Home, then Down to the theme
            QTest.keyClick(combo, Qt.Key.Key_Home)
            for _ in range(index):
                QTest.keyClick(combo, Qt.Key.Key_Down)

        yield Wait(lambda: needed("referTheme").isEnabled(), "the referral dialog loaded")
        self.act(choose_theme)
        suggestions = yield Wait(
            lambda: (found := shown("referSuggestions")) and found.count() and found,
            f"the services for « {theme} »",
        )
        def tick() -> None:  # chosen, then ticked with Space, as the dialog says
            click_item(suggestions, service)
            QTest.keyClick(suggestions, Qt.Key.Key_Space)

        self.act(tick)
        yield Wait(lambda: needed("referChosen").text().endswith(": 1"), f"« {service} » ticked")  # type: ignore[attr-defined]
        yield Wait(lambda: needed("referButton").isEnabled(), "« Refer »")
        self.act(lambda: click(needed("referButton")))
        printed = yield from self._printed_sheet()
        if shown("sheetPreviewDialog") is not None:
            self.act(lambda: click(needed("sheetClose")))
        yield Wait(lambda: shown("sheetPreviewDialog") is None, "the sheet's preview to close")
        yield Wait(lambda: shown("referDialog") is None, "the referral dialog to close")
        return printed

    def do_read(self, what: str, until: dict | None = None, timeout: float = 10):  # type: ignore[no-untyped-def]
        """What a page shows; with `until`, what it shows once those labels say those texts
        (a page reads in the background), or after `timeout` seconds whatever it shows then."""
        reading = {"till_counts": self._till_counts, "reception_counter": self._reception_counter}
        if what not in reading:
            raise StepFailed(f"nothing to read called {what}")
        deadline = time.monotonic() + timeout

        def settled() -> dict | None:
            found = reading[what]()
            if not until or time.monotonic() > deadline:
                return found
            wanted = all(found.get("buttons", found).get(k) == v for k, v in until.items())
            return found if wanted else None

        found = yield Wait(settled, f"the page to show {until}", timeout + 5)
        return found

    def _till_counts(self) -> dict:
        counts = {}
        for widget in self._till_page().findChildren(QWidget):
            if widget.objectName().startswith("tillButton_"):
                label = widget.findChild(QWidget, "tillButtonLabel").text()  # type: ignore[union-attr]
                counts[label] = widget.findChild(QWidget, "tillButtonCount").text()  # type: ignore[union-attr]
        return {
            "buttons": counts,
            "total": needed("tillVisitsTotal").text(),  # type: ignore[attr-defined]
            "donations": plain(needed("tillDonations").text()),  # type: ignore[attr-defined]
        }

    def _reception_counter(self) -> dict:
        return {"counter": needed("accueilCounter").text()}  # type: ignore[attr-defined]

    def do_status(self):  # type: ignore[no-untyped-def]
        label = shown("statusConnection")
        if label is None:
            return {"status": "", "details": ""}
        return {"status": label.text(), "details": label.toolTip()}  # type: ignore[attr-defined]
        yield

    def do_wait_status(self, contains: str, timeout: float = WAIT_S):  # type: ignore[no-untyped-def]
        """Wait until the status sentence says `contains` ("" : until it is gone)."""

        def now() -> Any:
            label = shown("statusConnection")
            text = label.text() if label is not None else ""  # type: ignore[attr-defined]
            if contains:
                return contains in text and text
            return not text and "gone"

        said = yield Wait(now, f"the status to say « {contains} »", timeout)
        return {"status": said if said != "gone" else ""}


def shift_clock(seconds: float) -> None:
    """This desk's clock `seconds` off (AIGUILLAGE_PLACE_CLOCK_SHIFT_S): the app has no hook of
    its own, so the two places that read « now » for the records (app.clock, models.base) get
    a `datetime` whose `now` is shifted; the rest of the machine keeps the real time."""
    import datetime as real

    import app.clock
    import models.base

    class ShiftedDatetime(real.datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[no-untyped-def]
            return real.datetime.now(tz) + real.timedelta(seconds=seconds)

    app.clock.datetime = ShiftedDatetime  # type: ignore[misc]
    models.base.datetime = ShiftedDatetime  # type: ignore[misc]


def main() -> int:
    prints = Path(sys.argv[1])
    shift = os.environ.get("AIGUILLAGE_PLACE_CLOCK_SHIFT_S")
    if shift:
        shift_clock(float(shift))
    prints.mkdir(parents=True, exist_ok=True)
    answers = _answer_stream()
    from ui.application import get_application
    from ui.dialogs import join_place

    get_application("fr")
    join_place.BROWSE_INTERFACES = ["127.0.0.1"]  # the place is on the loopback only
    join_place.BROWSE_SECONDS = 0.5
    recorder = Recorder()
    recorder.install(prints)
    driver = Driver(recorder, answers, prints)
    from ui.launcher import main as program

    code = program([])
    driver.say({"ok": True, "ended": code})
    return 0


if __name__ == "__main__":
    sys.exit(main())
