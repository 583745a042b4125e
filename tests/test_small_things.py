"""The small things a new user stumbles on: counts of one in the singular, and the rest."""

import pytest
from PySide6.QtWidgets import QApplication

from app.db import write_session
from app.errors import UserError
from app.i18n import counted, set_language
from app.importers.csv_template import read_csv
from app.services.directory_import import apply_import

CSV_WITH_ONE_BAD_ROW = (
    "structure;nom;thematiques;code_postal;horaires;verifie_le\n"
    "Mairie;Aide administrative;numerique;35000;Mo-Fr 09:00-12:00;15/10/2026\n"
    "Mairie;Permanence logement;logement-hebergement;3500;;\n"
)


def test_one_line_with_errors_is_said_in_the_singular(engine, coordinator):
    preview = read_csv(CSV_WITH_ONE_BAD_ROW.encode("utf-8"), "annuaire.csv")
    assert [row.line for row in preview.error_rows] == [3]
    with pytest.raises(UserError) as raised, write_session(engine) as session:
        apply_import(session, coordinator, preview)
    assert raised.value.message.startswith("1 ligne a des erreurs : corrigez le fichier")


@pytest.mark.parametrize(
    ("language", "count", "expected"),
    [
        ("fr", 0, "0 service"),
        ("fr", 1, "1 service"),
        ("fr", 2, "2 services"),
        ("en", 0, "0 services"),
        ("en", 1, "1 service"),
    ],
)
def test_zero_and_one_take_the_singular_in_french_only_one_in_english(language, count, expected):
    set_language(language)
    assert counted(count, "%1 service", "%1 services") == expected


# --- widgets ---------------------------------------------------------------------------------
def test_the_hours_dialog_shows_no_green_tick_before_anything_is_entered(qtbot, french_ui):
    from PySide6.QtCore import Qt

    from ui.dialogs.hours_editor import HoursEditorDialog

    dialog = HoursEditorDialog("")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.feedback.text().startswith("✓")
    assert "non renseignés" not in dialog.feedback.text()
    assert "#1f6f3a" not in dialog.feedback.styleSheet()  # not the green of « all right »
    assert dialog.ok_button.isEnabled()  # a service may have no hours
    monday = dialog.rows[0]
    monday.open_box.setFocus()
    qtbot.keyClick(monday.open_box, Qt.Key.Key_Space)
    assert dialog.feedback.text().startswith("✓ lundi")


def test_ticking_reasons_never_moves_the_list(qtbot, french_ui):
    from PySide6.QtCore import Qt

    from ui.dialogs.theme_picker import ThemePicker

    picker = ThemePicker()
    qtbot.addWidget(picker)
    picker.resize(420, 400)
    picker.show()
    qtbot.waitExposed(picker)
    place = (picker.list.geometry(), picker.summary.geometry())
    picker.list.setFocus()
    for _ in range(6):  # six long reasons ticked with Space
        qtbot.keyClick(picker.list, Qt.Key.Key_Space)
        qtbot.keyClick(picker.list, Qt.Key.Key_Down)
        QApplication.processEvents()  # the layout takes the new summary into account
        assert (picker.list.geometry(), picker.summary.geometry()) == place
    assert len(picker.selected_codes()) == 6
    assert picker.summary_text().startswith("Choisies (6) : ")
    assert picker.summary.toolTip() == picker.summary_text()  # the whole choice, on hover


def test_long_reasons_are_shown_whole(qtbot, french_ui):
    from PySide6.QtCore import QRect, Qt

    from ui.dialogs.theme_picker import ThemePicker

    picker = ThemePicker()
    qtbot.addWidget(picker)
    picker.resize(420, 400)
    picker.show()
    qtbot.waitExposed(picker)
    items = [picker.list.item(row) for row in range(picker.list.count())]
    longest = max(items, key=lambda item: len(item.text()))
    picker.list.scrollToItem(longest)
    shown = picker.list.visualItemRect(longest)
    metrics = picker.list.fontMetrics()
    needed = metrics.boundingRect(
        QRect(0, 0, shown.width() - 30, 10_000), Qt.TextFlag.TextWordWrap, longest.text()
    )
    assert needed.height() > metrics.lineSpacing()  # it does need more than one line
    assert shown.height() >= needed.height()


def test_directory_names_wrap_instead_of_being_cut(qtbot, french_ui, coordinator_ctx, engine):
    from PySide6.QtCore import QRect, Qt

    from tests.referrals_helpers import add_service
    from ui.pages.annuaire import AnnuairePage

    add_service(
        engine, name="115 — Hébergement d'urgence", organization="Service intégré de l'accueil"
    )
    page = AnnuairePage(coordinator_ctx)
    qtbot.addWidget(page)
    page.resize(1366 - 190, 640)
    page.show()
    page.refresh()
    qtbot.waitExposed(page)
    metrics = page.table.fontMetrics()
    for column in (0, 1):
        text = page.model.text(0, column)
        room = page.table.visualRect(page.model.index(0, column))
        needed = metrics.boundingRect(
            QRect(0, 0, room.width() - 8, 10_000), Qt.TextFlag.TextWordWrap, text
        )
        assert needed.height() <= room.height(), text


def test_the_agents_form_labels_end_with_a_colon_like_the_other_forms(qtbot, coordinator_ctx):
    from PySide6.QtWidgets import QFormLayout

    from ui.widgets.agents_panel import AgentsPanel

    panel = AgentsPanel(coordinator_ctx)
    qtbot.addWidget(panel)
    form = panel.name_edit.parentWidget().layout()
    assert isinstance(form, QFormLayout)
    labels = [
        form.labelForField(field).text()
        for field in (panel.name_edit, panel.role_combo, panel.pin_edit)
    ]
    assert labels == ["&Nom :", "&Rôle :", "Nouveau &code :"]


def test_the_window_title_never_ends_with_a_dash(qtbot, french_ui, ctx):
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Aiguillage — Point Accueil Emploi de Pipriac"
    ctx.site_name = ""
    window.set_title()
    assert window.windowTitle() == "Aiguillage"


def test_media_carries_its_accent_and_old_weighings_still_count(engine, volunteer):
    from app.db import read_session
    from app.services.till import donation_categories, record_donation, today_donations
    from models import Donation

    with read_session(engine) as session:
        assert "supports médias" in donation_categories(session)
        assert "supports media" not in donation_categories(session)
    with write_session(engine) as session:
        record_donation(session, volunteer, "supports médias", "2,5")
        # a weighing stored by an earlier version, under the old name
        session.add(Donation(site_id=volunteer.site_id, category="supports media", kg=1.5))
    with read_session(engine) as session:
        weights = today_donations(session, volunteer)
    assert [(w.category, w.kg) for w in weights] == [("supports médias", 4.0)]


def test_ticking_themes_in_the_service_form_never_moves_the_list(qtbot, french_ui, coordinator_ctx):
    from PySide6.QtCore import Qt

    from ui.dialogs.service_form import ServiceFormDialog

    dialog = ServiceFormDialog(coordinator_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    themes = dialog.theme_list
    place = themes.geometry()
    themes.setFocus()
    themes.setCurrentRow(0)
    for _ in range(6):
        qtbot.keyClick(themes, Qt.Key.Key_Space)
        qtbot.keyClick(themes, Qt.Key.Key_Down)
        QApplication.processEvents()  # the layout takes the new summary into account
        assert themes.geometry() == place
    assert len(themes.codes()) == 6
    assert dialog.theme_summary.full_text().startswith("Choisies : ")
    assert dialog.theme_summary.toolTip() == dialog.theme_summary.full_text()


def _drawn_width(label) -> int:  # noqa: ANN001
    """How wide a label's text is drawn: the letter of its shortcut is underlined, so Qt draws
    the text in three pieces, without the kerning between them (« T|éléphone »)."""
    text = label.text()
    at = text.find("&")
    metrics = label.fontMetrics()
    if at < 0 or at + 1 >= len(text):
        return metrics.horizontalAdvance(text)
    pieces = (text[:at], text[at + 1], text[at + 2 :])
    return sum(metrics.horizontalAdvance(piece) for piece in pieces if piece)


def test_the_person_form_shows_telephone_whole(qtbot, ctx, french_ui):
    """« Téléphone » lost its last letter: its shortcut on the T broke the « Té » kerning."""
    from PySide6.QtWidgets import QLabel

    from ui.dialogs.person_form import PersonFormDialog

    dialog = PersonFormDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert "Téléphone" in [label.text().replace("&", "") for label in labels]
    for label in labels:
        assert _drawn_width(label) <= label.contentsRect().width(), label.text()
