"""Privacy (coordinators): the retention preview and run, and the two person-file actions
(export for the person, erase on request) that the person file page calls:

    export_person_file(parent, ctx, person_id)   # JSON + PDF into a chosen folder
    erase_person_file(parent, ctx, person_id, on_erased) -> bool
"""

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.context import DeskContext
from app.errors import UserError
from app.services.retention import (
    AUDIT_MONTHS_RANGE,
    LOCK_MINUTES_RANGE,
    RETENTION_MONTHS_RANGE,
    RetentionCounts,
    preview_retention,
    run_retention,
    set_privacy_durations,
)
from app.services.settings import check_settings_unchanged, get_setting, setting_versions
from ui import messages, tasks
from ui.edit_conflict import conflict_or
from ui.operations import read_op, write_op

DURATION_KEYS = ("retention_months", "audit_retention_months", "lock_after_minutes")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonRightsFlow", text)


def counts_text(counts: RetentionCounts) -> str:
    return (
        QCoreApplication.translate(
            "PrivacyPanel",
            "%1 person files to anonymise, %2 visit notes, %3 referral reasons and "
            "%4 follow-up notes to empty.",
        )
        .replace("%1", str(counts.people))
        .replace("%2", str(counts.visit_notes))
        .replace("%3", str(counts.referral_reasons))
        .replace("%4", str(counts.event_notes))
    )


class PrivacyPanel(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("privacyPanel")
        layout = QVBoxLayout(self)
        self.rule = QLabel("")
        self.rule.setObjectName("retentionRule")
        self.rule.setWordWrap(True)
        self.preview = QLabel("")
        self.preview.setObjectName("retentionPreview")
        self.preview.setWordWrap(True)
        font = self.preview.font()
        font.setBold(True)
        self.preview.setFont(font)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Count again"), self)
        self.preview_button.setObjectName("retentionPreviewButton")
        self.preview_button.setAccessibleName(self.tr("Count again"))
        self.run_button = QPushButton(self.tr("Anonymise now"), self)
        self.run_button.setObjectName("retentionRun")
        self.run_button.setAccessibleName(self.tr("Anonymise now"))
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.run_button)
        buttons.addStretch(1)
        self.rights = QLabel(
            self.tr(
                "Right of access or erasure: open the person's file and use “Export the file” "
                "or “Erase the file”. Both are written in the audit log."
            )
        )
        self.rights.setObjectName("rightsHint")
        self.rights.setWordWrap(True)
        layout.addWidget(self.rule)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addSpacing(16)
        layout.addWidget(self.rights)
        layout.addSpacing(16)
        layout.addWidget(self._durations_box())
        layout.addStretch(1)
        self.preview_button.clicked.connect(self.refresh)
        self.run_button.clicked.connect(self.run_now)
        self.counts = RetentionCounts()
        self.loaded_versions: dict[str, int] = {}  # the durations' settings, as last shown
        self.refresh()

    def _spin(self, name: str, bounds: tuple[int, int], suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(*bounds)
        spin.setSuffix(suffix)
        spin.setMaximumWidth(160)
        return spin

    def _durations_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Durations"), self)
        form = QFormLayout(box)
        months = " " + self.tr("months")
        self.retention_spin = self._spin("retentionMonths", RETENTION_MONTHS_RANGE, months)
        self.audit_spin = self._spin("auditMonths", AUDIT_MONTHS_RANGE, months)
        self.lock_spin = self._spin("lockMinutes", LOCK_MINUTES_RANGE, " " + self.tr("minutes"))
        rows = (
            (self.tr("Keep person files without contact for"), self.retention_spin),
            (self.tr("Keep the log for"), self.audit_spin),
            (self.tr("Lock the desk after an idle time of"), self.lock_spin),
        )
        for text, spin in rows:
            spin.setAccessibleName(text)
            label = QLabel(text)
            label.setBuddy(spin)
            form.addRow(label, spin)
        self.save_durations_button = QPushButton(self.tr("Save the durations"), box)
        self.save_durations_button.setObjectName("saveDurations")
        self.save_durations_button.setAccessibleName(self.tr("Save the durations"))
        self.save_durations_button.clicked.connect(self.save_durations)
        form.addRow(self.save_durations_button)
        return box

    def save_durations(self) -> None:
        actor = self.ctx.actor
        assert actor is not None
        lock_minutes = self.lock_spin.value()
        retention, audit_months = self.retention_spin.value(), self.audit_spin.value()
        loaded = dict(self.loaded_versions)

        def work(session):  # type: ignore[no-untyped-def]
            check_settings_unchanged(session, loaded)  # another desk changed them meanwhile?
            set_privacy_durations(session, actor, retention, audit_months, lock_minutes)

        write_op(
            self,
            self.ctx.engine,
            work,
            lambda _none: self._durations_saved(lock_minutes),
            conflict_or(self, self.refresh, self._failed),
        )

    def _failed(self, error: UserError) -> None:
        messages.error(self, self.tr("Privacy"), error.message)

    def _durations_saved(self, lock_minutes: int) -> None:
        start_idle_lock = getattr(self.window(), "start_idle_lock", None)
        if callable(start_idle_lock):
            start_idle_lock(lock_minutes)
        self.refresh()
        messages.info(self, self.tr("Privacy"), self.tr("Durations saved."))

    def refresh(self) -> None:
        actor = self.ctx.actor
        assert actor is not None

        def work(session):  # type: ignore[no-untyped-def]
            return (
                int(get_setting(session, "retention_months")),
                int(get_setting(session, "audit_retention_months")),
                int(get_setting(session, "lock_after_minutes")),
                preview_retention(session, actor),
                setting_versions(session, DURATION_KEYS),
            )

        read_op(
            self,
            self.ctx.engine,
            work,
            lambda answer: self._show(*answer),
            self._unreadable,
            key=f"privacy-{id(self)}",
        )

    def _unreadable(self, error: UserError) -> None:
        self.preview.setText(error.message)
        self.run_button.setEnabled(False)
        self.save_durations_button.setEnabled(False)

    def _show(  # type: ignore[no-untyped-def]
        self, months: int, audit_months: int, lock_minutes: int, counts, versions: dict
    ) -> None:
        self.loaded_versions = versions
        self.retention_spin.setValue(months)
        self.audit_spin.setValue(audit_months)
        self.lock_spin.setValue(lock_minutes)
        self.counts = counts
        self.rule.setText(
            self.tr(
                "Person files without contact for %1 months are anonymised every day: names, "
                "contact details and notes are removed, the statistics stay. Older visit notes "
                "and referral reasons are emptied too."
            ).replace("%1", str(months))
        )
        if self.counts.total:
            self.preview.setText(counts_text(self.counts))
        else:
            self.preview.setText(self.tr("Nothing to anonymise today."))
        self.run_button.setEnabled(bool(self.counts.total))

    def run_now(self) -> None:
        actor = self.ctx.actor
        assert actor is not None
        if not self.counts.total:
            return
        question = (
            self.tr("Anonymise now? This cannot be undone.") + "\n" + counts_text(self.counts)
        )
        if not messages.confirm(self, self.tr("Privacy"), question):
            return
        write_op(
            self,
            self.ctx.engine,
            lambda session: run_retention(session, actor),
            self._anonymised,
            self._failed,
        )

    def _anonymised(self, done) -> None:  # type: ignore[no-untyped-def]
        self.refresh()
        messages.info(
            self,
            self.tr("Privacy"),
            self.tr("Done: %1 records changed.").replace("%1", str(done.total)),
        )


def export_person_file(parent: QWidget | None, ctx: DeskContext, person_id: uuid.UUID) -> bool:
    """Ask for a folder, then write the person's file there as JSON and as a PDF."""
    from app.services.person_rights import collect_person_file

    folder = messages.choose_folder(parent, _tr("Where to save the person's file"))
    if folder is None:
        return False
    actor = ctx.actor
    assert actor is not None
    # the file is collected (and the access recorded) on the database worker, then written
    write_op(
        parent,
        ctx.engine,
        lambda session: collect_person_file(session, actor, person_id),
        lambda data: _write_person_file(parent, data, person_id, Path(folder)),
        lambda error: messages.error(parent, _tr("Export the file"), error.message),
    )
    return True


def _write_person_file(parent: QWidget | None, data, person_id: uuid.UUID, folder: Path) -> None:  # type: ignore[no-untyped-def]
    from app.services.person_rights import write_person_json

    stem = f"dossier-{str(person_id)[:8]}"
    json_path = Path(folder) / f"{stem}.json"
    pdf_path = Path(folder) / f"{stem}.pdf"

    def work(_progress):  # type: ignore[no-untyped-def]
        from app.pdf.person_file import render_person_file_pdf

        write_person_json(data, json_path)
        try:
            render_person_file_pdf(data, pdf_path)
        except OSError as error:
            raise UserError(
                _tr("The file “%1” cannot be written.").replace("%1", str(pdf_path))
            ) from error
        return pdf_path

    def done(_path) -> None:  # type: ignore[no-untyped-def]
        messages.info(
            parent,
            _tr("Export the file"),
            _tr("The file was saved as %1 and %2.")
            .replace("%1", pdf_path.name)
            .replace("%2", json_path.name),
        )

    def failed(error: Exception) -> None:
        messages.error(parent, _tr("Export the file"), tasks.error_text(error))

    tasks.run_task(work, on_done=done, on_error=failed)


def erase_person_file(
    parent: QWidget | None,
    ctx: DeskContext,
    person_id: uuid.UUID,
    on_erased: Callable[[], None] | None = None,
) -> bool:
    """Erase a person on their request, after a confirmation; True if asked. `on_erased` is
    called once the file is erased."""
    from app.services.person_rights import erase_person

    question = _tr(
        "Erase this person's file for good? Their name, contact details and notes are removed; "
        "their visits stay as anonymous statistics. This cannot be undone."
    )
    if not messages.confirm(parent, _tr("Erase the file"), question):
        return False
    actor = ctx.actor
    assert actor is not None

    def erased(_none: None) -> None:
        messages.info(parent, _tr("Erase the file"), _tr("The file was erased."))
        if on_erased is not None:
            on_erased()

    write_op(
        parent,
        ctx.engine,
        lambda session: erase_person(session, actor, person_id),
        erased,
        lambda error: messages.error(parent, _tr("Erase the file"), error.message),
    )
    return True
