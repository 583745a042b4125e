"""Another site's directory, imported here: the preview shows what is new, changed, gone and in
conflict before anything is applied, and a service edited here is never overwritten silently."""

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from app.db import open_database, read_session, write_session
from app.demo import write_demo
from app.exporters import export_directory
from app.services.directory import get_service, save_service, set_service_active
from app.services.directory_diff import CHANGED, CONFLICT, GONE, NEW, SAME
from app.services.imported_services import COMPARED_FIELDS
from models import Service
from tests.sites_helpers import DEMO_NOW, coordinator_of
from ui.dialogs.import_preview import ImportPreviewDialog

pytestmark = pytest.mark.usefixtures("french_ui", "sync_tasks")


@pytest.fixture(scope="module")
def other_site(tmp_path_factory):
    """The demo site of seed 42: another site whose directory travels here by file."""
    path = tmp_path_factory.mktemp("other") / "autre-site.sqlite"
    write_demo(path, "small", seed=42, now=DEMO_NOW)
    engine = open_database(path)
    yield engine
    engine.dispose()


def _values(details) -> dict:  # type: ignore[no-untyped-def]
    return {name: getattr(details.service, name) for name in COMPARED_FIELDS}


def _edit(engine, actor, service_id, **changes) -> None:  # type: ignore[no-untyped-def]
    with write_session(engine) as session:
        details = get_service(session, actor, service_id)
        save_service(
            session,
            actor,
            details.organization.id,
            {**_values(details), **changes},
            service_id,
        )


def _by_external_id(engine, external_id: str) -> Service:  # type: ignore[no-untyped-def]
    with read_session(engine) as session:
        service = session.exec(select(Service).where(Service.external_id == external_id)).one()
        session.expunge(service)
        return service


def _open(qtbot, ctx, path) -> ImportPreviewDialog:  # type: ignore[no-untyped-def]
    dialog = ImportPreviewDialog(ctx, path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _shown(dialog) -> dict[str, tuple[str, bool | None]]:  # type: ignore[no-untyped-def]
    """Service label → (what the last column says, its box ticked or None without a box)."""
    rows = {}
    for row in range(dialog.table.rowCount()):
        item = dialog.table.item(row, 3)
        box = None
        if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            box = item.checkState() == Qt.CheckState.Checked
        rows[dialog.table.item(row, 1).text()] = (item.text(), box)
    return rows


def test_another_sites_directory_shows_new_changed_gone_and_conflicts_before_applying(
    qtbot, other_site, engine, coordinator, coordinator_ctx, tmp_path, monkeypatch
):
    theirs = coordinator_of(other_site)
    first = tmp_path / "annuaire-1.json"
    first.write_bytes(export_directory(other_site, theirs, "datainclusion"))

    # the first import: everything is new and ticked; nothing is stored before the click
    dialog = _open(qtbot, coordinator_ctx, first)
    shown = _shown(dialog)
    assert shown and all(value == ("Nouveau", True) for value in shown.values())
    count = len(shown)
    assert f"{count} nouveaux, 0 modifiés, 0 en conflit" in dialog.summary.text()
    with read_session(engine) as session:
        assert session.exec(select(Service)).all() == []
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.import_result.created == count
    with read_session(engine) as session:
        assert len(session.exec(select(Service)).all()) == count

    # the other site changes one service, removes one, adds one, and changes one that we
    # have also edited here since
    with read_session(other_site) as session:
        services = session.exec(
            select(Service).where(Service.active).order_by(Service.external_id)
        ).all()
        by_org: dict = {}
        for service in services:
            by_org.setdefault(service.organization_id, []).append(service)
        group = next(group for group in by_org.values() if len(group) >= 3)
        changed, conflict, gone = (s.external_id for s in group[:3])
        ids = {s.external_id: s.id for s in group[:3]}
        organization_id = group[0].organization_id
    _edit(other_site, theirs, ids[changed], phone="02 99 00 11 22")
    _edit(other_site, theirs, ids[conflict], opening_hours="Mo-Fr 09:00-12:00")
    with write_session(other_site) as session:
        set_service_active(session, theirs, ids[gone], False)
        save_service(
            session,
            theirs,
            organization_id,
            {"name": "Atelier numérique du samedi", "themes": ["numerique"]},
        )
    ours = _by_external_id(engine, conflict)
    _edit(engine, coordinator, ours.id, description="Sur rendez-vous, voir avec Mme Le Gall.")
    second = tmp_path / "annuaire-2.json"
    second.write_bytes(export_directory(other_site, theirs, "datainclusion"))

    dialog = _open(qtbot, coordinator_ctx, second)
    shown = _shown(dialog)
    states = {}
    for change in dialog.diff.changes:
        states.setdefault(change.state, []).append(change)
    assert [len(states.get(s, [])) for s in (NEW, CHANGED, CONFLICT, GONE)] == [1, 1, 1, 1], [
        (c.state, c.label, c.fields) for c in dialog.diff.changes if c.state != SAME
    ] + [(r.label, r.errors) for r in dialog.preview.error_rows]
    assert len(states[SAME]) == count - 3
    assert (
        f"1 nouveaux, 1 modifiés, 1 en conflit avec une modification faite ici (gardés tels "
        f"qu’ici sauf si vous les cochez), 1 disparus du fichier (désactivés), {count - 3} "
        "inchangés" in dialog.summary.text()
    )
    label = {state: states[state][0].label for state in (NEW, CHANGED, CONFLICT, GONE)}
    assert shown[label[NEW]] == ("Nouveau", True)
    assert shown[label[CHANGED]] == ("Modifié : téléphone", True)
    text, ticked = shown[label[CONFLICT]]
    assert text.startswith("Conflit, modifié ici : ") and "horaires" in text and not ticked
    assert shown[label[GONE]] == ("Disparu du fichier : désactiver", True)
    unchanged = next(v for k, v in shown.items() if k not in label.values())
    assert unchanged == ("Inchangé", None)

    # the coordinator leaves the conflict unticked and imports
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    result = dialog.import_result
    assert (result.created, result.updated, result.deactivated) == (1, 1, 1)
    assert _by_external_id(engine, changed).phone == "02 99 00 11 22"
    kept = _by_external_id(engine, conflict)
    assert kept.description == "Sur rendez-vous, voir avec Mme Le Gall."
    assert kept.opening_hours != "Mo-Fr 09:00-12:00"
    assert _by_external_id(engine, gone).active is False
    with read_session(engine) as session:
        assert session.exec(
            select(Service).where(Service.name == "Atelier numérique du samedi")
        ).one()

    # the same file again: only the conflict is left; ticking it with the keyboard takes the
    # other site's version
    dialog = _open(qtbot, coordinator_ctx, second)
    assert [c.state for c in dialog.diff.changes if c.state != SAME] == [CONFLICT]
    assert dialog.import_button.isEnabled() is False  # nothing ticked, nothing to apply
    row = next(
        r
        for r in range(dialog.table.rowCount())
        if dialog.table.item(r, 1).text() == label[CONFLICT]
    )
    dialog.table.setFocus()
    dialog.table.setCurrentCell(row, 3)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.table.item(row, 3).checkState() == Qt.CheckState.Checked
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.import_result.updated == 1
    taken = _by_external_id(engine, conflict)
    assert taken.opening_hours == "Mo-Fr 09:00-12:00"
    assert taken.description != "Sur rendez-vous, voir avec Mme Le Gall."
    # and now the directories agree
    dialog = _open(qtbot, coordinator_ctx, second)
    assert {c.state for c in dialog.diff.changes} == {SAME}
