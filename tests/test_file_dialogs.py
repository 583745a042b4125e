"""Save and open dialogs start in the person's Documents, then where they last saved; Qt's
own dialog speaks French and shows its date column whole."""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QTreeView

from ui import messages


@pytest.fixture
def desk_settings(tmp_path, monkeypatch, french_ui):
    ini = tmp_path / "desk.ini"
    monkeypatch.setattr(
        messages, "settings", lambda: QSettings(str(ini), QSettings.Format.IniFormat)
    )
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(messages, "documents_folder", lambda: documents)
    return documents


@pytest.fixture
def person(monkeypatch, qtbot):
    """Plays the person in the dialog: looks at it, then types a name and presses Enter."""
    seen: list[dict] = []
    answers: list[str] = []

    def fake_exec(dialog: QFileDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        tree = dialog.findChild(QTreeView, "treeView")
        header = tree.header()
        seen.append(
            {
                "folder": Path(dialog.directory().absolutePath()),
                "labels": [label.text() for label in dialog.findChildren(QLabel)],
                "date_width": header.sectionSize(3),
                "date_needs": header.sectionSizeHint(3),
                "size": dialog.size(),
            }
        )
        if not answers:
            dialog.reject()
            return QDialog.DialogCode.Rejected.value
        dialog.selectFile(answers.pop(0))
        dialog.accept()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QFileDialog, "exec", fake_exec)
    return seen, answers


def test_the_first_save_opens_in_documents_then_the_last_folder(desk_settings, person, tmp_path):
    seen, answers = person
    (desk_settings / "ancien.pdf").write_bytes(b"%PDF")  # a file, so the columns have content
    answers.append("fiche.pdf")
    path = messages.save_file(None, "Enregistrer la fiche", "fiche-orientation.pdf", "PDF (*.pdf)")
    assert seen[0]["folder"] == desk_settings
    assert path == desk_settings / "fiche.pdf"

    elsewhere = tmp_path / "Clé USB"
    elsewhere.mkdir()
    answers.append(str(elsewhere / "bilan.pdf"))
    messages.save_file(None, "Enregistrer le bilan", "bilan.pdf", "PDF (*.pdf)")
    answers.append("x.pdf")
    assert messages.save_file(None, "Enregistrer", "x.pdf", "PDF (*.pdf)") == elsewhere / "x.pdf"
    assert seen[2]["folder"] == elsewhere  # remembered


def test_cancelling_changes_nothing(desk_settings, person):
    seen, _answers = person
    assert messages.save_file(None, "Enregistrer", "a.pdf", "PDF (*.pdf)") is None
    assert messages.open_file(None, "Ouvrir", "CSV (*.csv)") is None
    assert messages.choose_folder(None, "Dossier") is None
    assert [entry["folder"] for entry in seen] == [desk_settings] * 3


def test_qt_file_dialog_speaks_french_and_shows_whole_dates(desk_settings, person, monkeypatch):
    from PySide6.QtCore import QRect

    from ui import screen_fit

    monkeypatch.setattr(screen_fit, "available_geometry", lambda _w=None: QRect(0, 0, 1366, 728))
    seen, answers = person
    (desk_settings / "annuaire.csv").write_text("nom\n")
    answers.append("annuaire.csv")
    assert messages.open_file(None, "Importer", "CSV (*.csv)") == desk_settings / "annuaire.csv"
    labels = " ".join(seen[0]["labels"])
    assert "Look in" not in labels and "Files of" not in labels
    assert "&Voir dans :" in labels and "&Type de fichier :" in labels
    assert seen[0]["date_width"] >= seen[0]["date_needs"]  # « Dernière modification » whole
    assert (seen[0]["size"].width(), seen[0]["size"].height()) == messages.FILE_DIALOG_SIZE


def test_sizes_types_and_dates_are_french_whatever_the_pc_locale(
    desk_settings, monkeypatch, qtbot
):
    """A fresh Debian's locale showed « Folder », « 1 bytes » and « 7 12 2026 »."""
    (desk_settings / "Sous-dossier").mkdir()
    (desk_settings / "a.csv").write_bytes(b"x")
    (desk_settings / "b.csv").write_bytes(b"x" * 12_345)
    rows: dict[str, list[str]] = {}

    def look(dialog: QFileDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        tree = dialog.findChild(QTreeView, "treeView")
        model = tree.model()
        root = tree.rootIndex()
        qtbot.waitUntil(lambda: model.rowCount(root) == 3)
        for row in range(model.rowCount(root)):
            cells = [model.index(row, column, root).data() for column in range(4)]
            rows[cells[0]] = cells[1:]
        dialog.reject()
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QFileDialog, "exec", look)
    messages.open_file(None, "Ouvrir", "Tous les fichiers (*)")
    assert rows["Sous-dossier"][1] == "Dossier"
    assert rows["a.csv"][0] == "1 octet"
    assert rows["b.csv"][0] == "12,3 ko"
    for _size, _type, modified in rows.values():
        assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", modified), modified
