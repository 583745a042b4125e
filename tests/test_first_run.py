"""The first-run wizard, driven with the keyboard like a person at a new desk."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard
from sqlmodel import select

from app.context import DeskContext
from app.db import open_database, read_session
from app.services.agents import pin_matches
from models import Agent, Site
from models.enums import Role, SiteKind
from tests.foundation_helpers import type_text
from ui.application import get_application
from ui.dialogs.first_run import FirstRunWizard, run_first_run


@pytest.fixture
def empty_ctx(tmp_path: Path):
    path = tmp_path / "nouvelle.sqlite"
    engine = open_database(path)
    yield DeskContext(engine=engine, target=path)
    engine.dispose()


@pytest.fixture
def wizard(qtbot, empty_ctx):
    get_application("fr")
    wizard = FirstRunWizard(empty_ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitExposed(wizard)
    return wizard


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_here(qtbot, text: str) -> None:
    type_text(qtbot, focused(), text)


def press(qtbot, key) -> None:
    qtbot.keyClick(focused(), key)


def stored(ctx: DeskContext) -> tuple[list[Site], list[Agent]]:
    with read_session(ctx.engine) as session:
        rows = list(session.exec(select(Site))), list(session.exec(select(Agent)))
        session.expunge_all()  # keep the loaded values readable after the session ends
        return rows


def fill_place_with_keyboard(qtbot, wizard) -> None:
    assert focused() is wizard.place_page.name_edit
    type_here(qtbot, "Recyclerie « L'Étincelle » de Guémené")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is wizard.place_page.kind_combo
    press(qtbot, Qt.Key.Key_Down)  # employment desk -> recyclerie
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "12 rue de l'Église")
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "56160")
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "Guémené-sur-Scorff")
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "02 97 00 00 00")
    press(qtbot, Qt.Key.Key_Return)


def fill_coordinator_with_keyboard(qtbot, wizard, pin: str, pin_again: str) -> None:
    assert wizard.currentPage() is wizard.coordinator_page
    assert focused() is wizard.coordinator_page.name_edit
    type_here(qtbot, "Maïwenn Le Hénaff")
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, pin)
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, pin_again)
    press(qtbot, Qt.Key.Key_Return)


def test_the_wizard_stores_the_site_and_its_coordinator(qtbot, wizard, empty_ctx):
    fill_place_with_keyboard(qtbot, wizard)
    fill_coordinator_with_keyboard(qtbot, wizard, "135790", "135790")

    assert wizard.result() == QWizard.DialogCode.Accepted
    sites, agents = stored(empty_ctx)
    assert len(sites) == 1 and len(agents) == 1
    site, agent = sites[0], agents[0]
    assert site.name == "Recyclerie « L'Étincelle » de Guémené"
    assert site.kind == SiteKind.RECYCLERIE.value
    assert (site.address, site.postal_code, site.commune, site.phone) == (
        "12 rue de l'Église",
        "56160",
        "Guémené-sur-Scorff",
        "02 97 00 00 00",
    )
    assert agent.name == "Maïwenn Le Hénaff"
    assert agent.role == Role.COORDINATOR.value
    assert agent.site_id == site.id
    # the PIN is kept only as an argon2id hash
    assert agent.pin_hash.startswith("$argon2id$")
    assert "135790" not in agent.pin_hash
    assert pin_matches(agent, "135790")
    # and the desk now knows its site and who is at the keyboard
    assert empty_ctx.site_id == site.id
    assert empty_ctx.site_name == site.name
    assert empty_ctx.actor is not None and empty_ctx.actor.agent_id == agent.id
    assert empty_ctx.agent_name == "Maïwenn Le Hénaff"


def test_the_pin_is_not_in_the_database_file(qtbot, wizard, empty_ctx):
    fill_place_with_keyboard(qtbot, wizard)
    fill_coordinator_with_keyboard(qtbot, wizard, "97531864", "97531864")
    assert wizard.result() == QWizard.DialogCode.Accepted
    empty_ctx.engine.dispose()
    raw = b"".join(
        p.read_bytes() for p in empty_ctx.db_path.parent.iterdir() if p.name.startswith("nouv")
    )
    assert b"97531864" not in raw


def test_an_empty_place_name_is_refused_in_french(qtbot, wizard, empty_ctx):
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.place_page
    assert wizard.place_page.error_label.isVisible()
    assert wizard.place_page.error_label.text() == "Veuillez saisir le nom du lieu."
    assert focused() is wizard.place_page.name_edit
    type_here(qtbot, "   ")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.place_page
    assert stored(empty_ctx) == ([], [])


@pytest.mark.parametrize(
    ("pin", "pin_again", "message"),
    [
        ("1357", "1358", "Les deux codes PIN sont différents. Veuillez retaper le code PIN."),
        (
            "12ab",
            "12ab",
            "Le code PIN doit comporter de 4 à 8 chiffres, et seulement des chiffres.",
        ),
        ("123", "123", "Le code PIN doit comporter de 4 à 8 chiffres, et seulement des chiffres."),
    ],
)
def test_a_bad_pin_is_refused_in_french_and_nothing_is_written(
    qtbot, wizard, empty_ctx, pin, pin_again, message
):
    fill_place_with_keyboard(qtbot, wizard)
    fill_coordinator_with_keyboard(qtbot, wizard, pin, pin_again)
    page = wizard.coordinator_page
    assert wizard.currentPage() is page
    assert page.error_label.isVisible()
    assert page.error_label.text() == message
    assert wizard.result() != QWizard.DialogCode.Accepted
    assert stored(empty_ctx) == ([], [])
    assert empty_ctx.site_id is None


def test_after_a_pin_mismatch_the_person_retypes_and_finishes(qtbot, wizard, empty_ctx):
    fill_place_with_keyboard(qtbot, wizard)
    fill_coordinator_with_keyboard(qtbot, wizard, "2580", "2588")
    page = wizard.coordinator_page
    assert focused() is page.pin_again_edit and page.pin_again_edit.text() == ""
    type_here(qtbot, "2580")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.result() == QWizard.DialogCode.Accepted
    sites, agents = stored(empty_ctx)
    assert len(sites) == 1 and pin_matches(agents[0], "2580")


def test_an_empty_coordinator_name_is_refused(qtbot, wizard, empty_ctx):
    fill_place_with_keyboard(qtbot, wizard)
    press(qtbot, Qt.Key.Key_Tab)  # skip the name
    type_here(qtbot, "2580")
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "2580")
    press(qtbot, Qt.Key.Key_Return)
    page = wizard.coordinator_page
    assert (
        page.error_label.text() == "Veuillez saisir le nom du coordinateur ou de la coordinatrice."
    )
    assert stored(empty_ctx) == ([], [])


def test_going_back_keeps_what_was_typed(qtbot, wizard, empty_ctx):
    fill_place_with_keyboard(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.place_page
    assert wizard.place_page.commune_edit.text() == "Guémené-sur-Scorff"
    assert stored(empty_ctx) == ([], [])


def test_cancelling_writes_nothing(qtbot, empty_ctx):
    get_application("fr")

    def cancel_when_shown() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, cancel_when_shown)
            return
        qtbot.keyClicks(dialog.place_page.name_edit, "Accueil social")
        qtbot.keyClick(dialog.place_page.name_edit, Qt.Key.Key_Escape)

    QTimer.singleShot(0, cancel_when_shown)
    assert run_first_run(empty_ctx) is False
    assert stored(empty_ctx) == ([], [])
    assert empty_ctx.site_id is None and empty_ctx.actor is None


def test_run_first_run_returns_true_once_saved(qtbot, empty_ctx):
    get_application("fr")

    def finish_when_shown() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, finish_when_shown)
            return
        qtbot.keyClicks(dialog.place_page.name_edit, "Espace emploi")
        qtbot.keyClick(dialog.place_page.name_edit, Qt.Key.Key_Return)
        page = dialog.coordinator_page
        qtbot.keyClicks(page.name_edit, "Anne")
        qtbot.keyClicks(page.pin_edit, "4321")
        qtbot.keyClicks(page.pin_again_edit, "4321")
        qtbot.keyClick(page.pin_again_edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, finish_when_shown)
    assert run_first_run(empty_ctx) is True
    sites, agents = stored(empty_ctx)
    assert [s.name for s in sites] == ["Espace emploi"]
    assert [a.name for a in agents] == ["Anne"]


def _service_names(ctx) -> list[str]:
    from sqlmodel import select

    from app.db import read_session
    from models import Service

    with read_session(ctx.engine) as session:
        return [service.name for service in session.exec(select(Service))]


def test_the_national_numbers_are_added_by_default(qtbot, wizard, empty_ctx):
    fill_place_with_keyboard(qtbot, wizard)
    fill_coordinator_with_keyboard(qtbot, wizard, "135790", "135790")
    names = " ".join(_service_names(empty_ctx))
    assert "115" in names and "3919" in names


def test_the_national_numbers_can_be_left_out(qtbot, wizard, empty_ctx):
    fill_place_with_keyboard(qtbot, wizard)
    wizard.coordinator_page.national_numbers_check.setChecked(False)
    fill_coordinator_with_keyboard(qtbot, wizard, "135790", "135790")
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert _service_names(empty_ctx) == []
