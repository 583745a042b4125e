"""The lock hides every window with personal data, not only the main one; a slip of the
keyboard in the birth year gets a French message, not a crash."""

from PySide6.QtCore import Qt

from app.db import write_session
from app.services.people import PersonFields, create_person
from tests.conftest import TEST_PIN
from ui.application import get_application
from ui.dialogs.person_file import PersonFileDialog
from ui.dialogs.person_form import PersonFormDialog
from ui.main_window import MainWindow


def _person(ctx):
    with write_session(ctx.engine) as session:
        return create_person(
            session, ctx.actor, PersonFields(first_name="Amina", last_name="Benali")
        ).id


def _sign_in(qtbot, window, name: str) -> None:
    form = window.lock_screen.form
    for row in range(form.agent_list.count()):
        if form.agent_list.item(row).text() == name:
            form.agent_list.setCurrentRow(row)
    qtbot.keyClicks(form.pin_edit, TEST_PIN)
    qtbot.keyClick(form.pin_edit, Qt.Key.Key_Return)


def _open_file(qtbot, window, ctx):
    dialog = PersonFileDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.view.load(_person(ctx))
    dialog.open()
    assert dialog.isVisible()
    return dialog


def test_locking_hides_an_open_person_file_and_the_same_agent_gets_it_back(qtbot, ctx):
    get_application("fr")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    dialog = _open_file(qtbot, window, ctx)
    window.lock_now()
    assert not dialog.isVisible()
    _sign_in(qtbot, window, ctx.agent_name)
    assert dialog.isVisible()


def test_another_agent_never_sees_the_file_left_open(qtbot, ctx):
    get_application("fr")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    dialog = _open_file(qtbot, window, ctx)
    window.lock_now()
    _sign_in(qtbot, window, "Hélène Le Gall")
    assert ctx.agent_name == "Hélène Le Gall"
    assert not dialog.isVisible()


def test_a_superscript_two_in_the_birth_year_gets_a_french_message(qtbot, ctx, shown_messages):
    get_application("fr")
    dialog = PersonFormDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.first_name.setText("Amina")
    dialog.birth_year.setText("198²")  # « ² » sits next to « 1 » on a French keyboard
    dialog.save()
    warnings = shown_messages.of("warn")
    assert warnings and "4 chiffres" in warnings[0]
