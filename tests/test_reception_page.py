"""The Reception page driven like a person: type, arrows, Enter, clicks; then the database."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from models import AuditEntry, Person, Visit
from models.enums import AuditAction
from tests.reception_helpers import THEME_CV, THEME_HOUSING, all_rows, make_person, make_visit
from ui.dialogs.visit_form import VisitFormDialog
from ui.pages.accueil import AccueilPage


def cell(page, row: int, column: int) -> str:
    return page.log_model.index(row, column).data()


def focused(inside: QWidget) -> QWidget:
    """Where the keyboard is inside a window (the window itself if nothing has focus yet)."""
    widget = QApplication.focusWidget()
    return widget if widget is not None and inside.isAncestorOf(widget) else inside


@pytest.fixture
def page(qtbot, ctx, french_ui, shown_messages):
    widget = AccueilPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.refresh()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def visit_dialog(qtbot, page):
    qtbot.waitUntil(lambda: page.visit_dialog is not None and page.visit_dialog.isVisible())
    return page.visit_dialog


def test_known_person_visit_takes_at_most_six_inputs(qtbot, page, engine, agent, input_counter):
    helene = make_person(engine, agent, "Hélène", "Le Gall", birth_year=1980)
    make_person(engine, agent, "Paul", "Roux")
    make_visit(engine, agent, None, [THEME_HOUSING])  # the site's most used theme comes first
    page.refresh()
    assert QApplication.focusWidget() is page.search  # ready to type on an empty page
    inputs = input_counter
    inputs.type(page.search, "he")
    assert page.results.item(0).text().startswith("Hélène LE GALL")
    inputs.key(page.search, Qt.Key.Key_Return)
    dialog = visit_dialog(qtbot, page)
    assert dialog.windowTitle() == "Visite de Hélène LE GALL"
    assert dialog.themes.list.item(0).data(Qt.ItemDataRole.UserRole) == THEME_HOUSING
    inputs.click_row(dialog.themes.list, 0)
    inputs.key(focused(dialog), Qt.Key.Key_Return)
    assert inputs.count <= 6
    visits = [v for v in all_rows(engine, Visit) if v.person_id == helene.id]
    assert len(visits) == 1 and visits[0].themes == [THEME_HOUSING]
    assert visits[0].channel == "accueil-spontane"
    assert page.counter.text() == "Aujourd'hui à l'accueil : 2 visites"
    assert cell(page, 0, 1) == "Hélène LE GALL"
    assert page.banner.isVisible() and "Hélène LE GALL" in page.banner_label.text()


def test_keyboard_only_visit_with_arrows_space_and_enter(qtbot, page, engine, agent, input_counter):
    make_person(engine, agent, "Anne", "Durand")
    second = make_person(engine, agent, "Annie", "Martin")
    inputs = input_counter
    inputs.key(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search
    inputs.type(page.search, "ann")
    assert page.results.count() == 3  # two people and "create a file"
    page.results.setCurrentRow(0)
    row_of_annie = next(
        r for r in range(2) if page.results.item(r).text().startswith("Annie MARTIN")
    )
    for _ in range(row_of_annie):
        inputs.key(page.search, Qt.Key.Key_Down)
    inputs.key(page.search, Qt.Key.Key_Return)
    dialog = visit_dialog(qtbot, page)
    inputs.type(dialog.themes.filter_edit, "cv")
    inputs.key(dialog.themes.filter_edit, Qt.Key.Key_Down)
    inputs.key(dialog.themes.list, Qt.Key.Key_Space)
    assert dialog.themes.selected_codes() == [THEME_CV]
    inputs.key(dialog.themes.list, Qt.Key.Key_Return)
    visits = all_rows(engine, Visit)
    assert [(v.person_id, v.themes) for v in visits] == [(second.id, [THEME_CV])]


def test_escape_cancels_the_visit(qtbot, page, engine, agent):
    make_person(engine, agent, "Anne")
    qtbot.keyClicks(page.search, "an")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    dialog = visit_dialog(qtbot, page)
    qtbot.keyClick(dialog.themes.filter_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert all_rows(engine, Visit) == []


def test_anonymous_visit_with_a_snapshot_by_button(qtbot, page, engine):
    qtbot.mouseClick(page.anonymous_button, Qt.MouseButton.LeftButton)
    dialog = visit_dialog(qtbot, page)
    assert dialog.windowTitle() == "Visite anonyme"
    dialog.age_band.setCurrentIndex(dialog.age_band.findData("26-35"))
    qtbot.keyClicks(dialog.commune, "Redon")
    qtbot.keyClick(dialog.commune, Qt.Key.Key_Return)
    visits = all_rows(engine, Visit)
    assert [(v.person_id, v.age_band, v.commune) for v in visits] == [(None, "26-35", "Redon")]
    assert cell(page, 0, 1) == "Anonyme"


def test_anonymous_visit_by_shortcut(qtbot, page, engine):
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(page.search, Qt.Key.Key_N, modifiers)
    dialog = visit_dialog(qtbot, page)
    qtbot.keyClick(focused(dialog), Qt.Key.Key_Return)
    assert [v.person_id for v in all_rows(engine, Visit)] == [None]


def test_ctrl_n_starts_the_visit_of_the_chosen_person(qtbot, page, engine, agent):
    anne = make_person(engine, agent, "Anne")
    qtbot.keyClicks(page.search, "anne")
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = visit_dialog(qtbot, page)
    assert dialog.person_id == anne.id


def test_refer_signal_after_a_saved_visit(qtbot, page, engine, agent):
    anne = make_person(engine, agent, "Anne")
    qtbot.keyClicks(page.search, "anne")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    dialog = visit_dialog(qtbot, page)
    dialog.themes.set_selected([THEME_CV])
    qtbot.keyClick(focused(dialog), Qt.Key.Key_Return)
    visit = all_rows(engine, Visit)[0]
    with qtbot.waitSignal(page.refer_requested) as signal:
        qtbot.mouseClick(page.refer_button, Qt.MouseButton.LeftButton)
    assert signal.args == [visit.id.hex, anne.id.hex, [THEME_CV]]


def test_new_person_duplicate_warning_uses_the_existing_file(qtbot, page, engine, agent):
    helene = make_person(engine, agent, "Hélène", "Le Gall", birth_year=1980)
    qtbot.keyClicks(page.search, "helen galle")  # a typo: nobody found
    assert page.results.item(0).text().startswith("Aucune fiche trouvée")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.person_dialog is not None and page.person_dialog.isVisible())
    form = page.person_dialog
    assert form.first_name.text() == "Helen"
    form.first_name.setText("")
    qtbot.keyClicks(form.first_name, "Helene")
    form.last_name.setText("")
    qtbot.keyClicks(form.last_name, "LE GALL")
    qtbot.keyClicks(form.birth_year, "1980")
    qtbot.keyClick(form.birth_year, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.duplicate_choice is not None and form.duplicate_choice.isVisible())
    choice = form.duplicate_choice
    assert choice.use_button.isDefault()
    qtbot.keyClick(focused(choice), Qt.Key.Key_Return)
    dialog = visit_dialog(qtbot, page)
    assert dialog.person_id == helene.id
    assert [p.id for p in all_rows(engine, Person)] == [helene.id]
    assert len([d for d in page.findChildren(VisitFormDialog) if d.isVisible()]) == 1


def test_new_person_created_anyway_then_visit(qtbot, page, engine, agent):
    make_person(engine, agent, "Hélène", "Le Gall", birth_year=1980)
    qtbot.mouseClick(page.new_person_button, Qt.MouseButton.LeftButton)
    form = page.person_dialog
    qtbot.keyClicks(form.first_name, "Helene")
    qtbot.keyClicks(form.last_name, "Le Gall")
    qtbot.keyClicks(form.birth_year, "1980")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.duplicate_choice is not None and form.duplicate_choice.isVisible())
    qtbot.mouseClick(form.duplicate_choice.create_button, Qt.MouseButton.LeftButton)
    dialog = visit_dialog(qtbot, page)
    assert len(all_rows(engine, Person)) == 2
    assert dialog.person_id not in {None}


@pytest.mark.parametrize(
    ("first", "year", "message"),
    [
        ("", "", "Tapez le prénom"),
        ("Ana", "2999", "entre 1900 et"),
        ("Ana", "1850", "entre 1900 et"),
        ("Ana", "19a0", "4 chiffres"),
    ],
)
def test_bad_person_input_in_the_form(qtbot, page, engine, shown_messages, first, year, message):
    qtbot.mouseClick(page.new_person_button, Qt.MouseButton.LeftButton)
    form = page.person_dialog
    qtbot.keyClicks(form.first_name, first)
    qtbot.keyClicks(form.birth_year, year)
    qtbot.keyClick(form.birth_year, Qt.Key.Key_Return)
    assert form.isVisible()
    assert any(message in text for text in shown_messages.texts), shown_messages
    assert all_rows(engine, Person) == []


def test_emoji_and_right_to_left_names_are_stored_as_typed(qtbot, page, engine):
    qtbot.mouseClick(page.new_person_button, Qt.MouseButton.LeftButton)
    form = page.person_dialog
    form.first_name.insert("محمد 😀")  # typed through the input method (QTest sends ASCII only)
    qtbot.keyClicks(form.last_name, "'; DROP TABLE person;--")
    qtbot.keyClick(form.last_name, Qt.Key.Key_Return)
    visit_dialog(qtbot, page)
    people = all_rows(engine, Person)
    assert [(p.first_name, p.last_name) for p in people] == [("محمد 😀", "'; DROP TABLE person;--")]


def test_a_20000_character_note_is_cut_and_said_so(qtbot, page, engine):
    qtbot.mouseClick(page.anonymous_button, Qt.MouseButton.LeftButton)
    dialog = visit_dialog(qtbot, page)
    dialog.note.setFocus()
    dialog.note.insertPlainText("Faits. " + "x" * 20_000)  # as a paste
    assert len(dialog.note.toPlainText()) == 2000
    assert "coupée à 2000" in dialog.note_count.text()
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert len(all_rows(engine, Visit)[0].note) == 2000


def test_edit_and_delete_todays_own_visit(qtbot, page, engine, agent, shown_messages):
    make_visit(engine, agent, None, [THEME_CV])
    page.refresh()
    qtbot.mouseClick(
        page.log.viewport(),
        Qt.MouseButton.LeftButton,
        pos=page.log.visualRect(page.log_model.index(0, 1)).center(),
    )
    assert page.edit_button.isEnabled()
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = visit_dialog(qtbot, page)
    assert dialog.windowTitle() == "Modifier la visite"
    dialog.themes.set_selected([THEME_HOUSING])
    qtbot.keyClick(focused(dialog), Qt.Key.Key_Return)
    assert all_rows(engine, Visit)[0].themes == [THEME_HOUSING]
    shown_messages.confirm_answer = True
    page.log.selectRow(0)
    page.log.setFocus()
    qtbot.keyClick(page.log, Qt.Key.Key_Delete)
    assert all_rows(engine, Visit) == []
    actions = {entry.action for entry in all_rows(engine, AuditEntry)}
    assert {AuditAction.VISIT_EDITED.value, AuditAction.VISIT_DELETED.value} <= actions
    assert page.counter.text() == "Aujourd'hui à l'accueil : aucune visite"


def test_another_agents_visit_cannot_be_changed(qtbot, page, engine, coordinator):
    make_visit(engine, coordinator)
    page.refresh()
    page.log.selectRow(0)
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    assert page.log_refer_button.isEnabled()


def test_volunteer_sees_no_search_and_logs_anonymous_visits(
    qtbot, volunteer_ctx, french_ui, engine
):
    widget = AccueilPage(volunteer_ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    assert not widget.search.isVisible() and not widget.new_person_button.isVisible()
    qtbot.mouseClick(widget.anonymous_button, Qt.MouseButton.LeftButton)
    dialog = visit_dialog(qtbot, widget)
    qtbot.keyClick(focused(dialog), Qt.Key.Key_Return)
    assert [v.person_id for v in all_rows(engine, Visit)] == [None]


def test_every_control_has_a_name_and_an_accessible_name(page, qtbot):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit

    qtbot.mouseClick(page.anonymous_button, Qt.MouseButton.LeftButton)
    dialog = visit_dialog(qtbot, page)
    for root in (page, dialog):
        for kind in (QAbstractButton, QLineEdit, QAbstractItemView):
            for widget in root.findChildren(kind):
                if widget.parent() is not None and type(widget.parent()).__name__ in (
                    "QComboBox",
                    "QComboBoxPrivateContainer",
                ):
                    continue
                if isinstance(widget, QLineEdit) and type(widget.parent()).__name__ == "QComboBox":
                    continue
                if not widget.isVisibleTo(root):
                    continue
                assert widget.objectName(), widget
                assert widget.accessibleName(), widget.objectName()


def test_open_the_file_from_the_search_then_start_a_visit(qtbot, page, engine, agent):
    from tests.test_people_page import unnamed_controls

    anne = make_person(engine, agent, "Anne", "Durand")
    qtbot.keyClicks(page.search, "dur")
    qtbot.mouseClick(page.open_file_button, Qt.MouseButton.LeftButton)
    file_dialog = page.file_dialog
    assert file_dialog.isVisible() and file_dialog.view.heading.text() == "Anne DURAND"
    assert unnamed_controls(file_dialog) == []
    opened = [e for e in all_rows(engine, AuditEntry) if e.action == "person-opened"]
    assert [e.entity_id for e in opened] == [str(anne.id)]
    qtbot.mouseClick(file_dialog.view.visit_button, Qt.MouseButton.LeftButton)
    assert not file_dialog.isVisible()
    assert visit_dialog(qtbot, page).person_id == anne.id


def test_the_site_default_channel_is_chosen(qtbot, page, engine, agent):
    from app.db import write_session
    from models import Site

    with write_session(engine) as session:
        site = session.get(Site, agent.site_id)
        site.default_channel = "telephone"
        session.add(site)
    qtbot.mouseClick(page.anonymous_button, Qt.MouseButton.LeftButton)
    dialog = visit_dialog(qtbot, page)
    assert dialog.channel.currentText() == "Téléphone"
    qtbot.keyClick(focused(dialog), Qt.Key.Key_Return)
    assert [v.channel for v in all_rows(engine, Visit)] == ["telephone"]


def test_in_the_main_window_shortcuts_work_from_the_navigation(
    qtbot, ctx, french_ui, engine, agent
):
    from ui.main_window import MainWindow

    anne = make_person(engine, agent, "Anne")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.page("accueil")
    assert window.current_page_key() == "accueil"
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search
    qtbot.keyClicks(page.search, "ann")
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert visit_dialog(qtbot, page).person_id == anne.id


def test_tab_order_follows_the_visit_form(qtbot, page):
    qtbot.mouseClick(page.anonymous_button, Qt.MouseButton.LeftButton)
    dialog = visit_dialog(qtbot, page)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.themes.filter_edit.setFocus()
    order = []
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().objectName())
    assert order == [
        "themeList",
        "visitOutcome",
        "visitChannel",
        "visitAgeBand",
        "visitGender",
        "visitCommune",
        "visitNote",
        "visitSave",
    ]


def test_tab_order_follows_the_person_form(qtbot, page):
    qtbot.mouseClick(page.new_person_button, Qt.MouseButton.LeftButton)
    form = page.person_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    form.first_name.setFocus()
    order = []
    for _ in range(10):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().objectName())
    assert order == [
        "personLastName",
        "personBirthYear",
        "personPostalCode",
        "personCommune",
        "personPhone",
        "personEmail",
        "personLanguage",
        "personSituation",
        "personNotice",
        "personSave",
    ]
