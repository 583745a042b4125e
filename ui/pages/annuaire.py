"""The Directory page: find a partner service by need, place or « open now »; coordinators
keep it right (create, change, closures, imports, exports)."""

import uuid
from collections.abc import Callable
from datetime import datetime
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import taxonomy
from app.clock import utcnow
from app.context import DeskContext
from app.i18n import counted, current_language
from app.permissions import Permission
from app.phone_numbers import shown_phone
from app.services.directory_search import ServiceHit, communes, search_services
from ui import messages, offline_directory
from ui.operations import read_op, write_op
from ui.pages.base import Page
from ui.widgets.controls import fit_combo_to, named, named_button
from ui.widgets.empty_state import EmptyState
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.service_table import ServiceTableModel


class AnnuairePage(Page):
    key = "annuaire"
    live_topics = ("directory",)
    works_offline = True  # read from the desk's directory copy, its edits greyed

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        # tests pin the time; the page otherwise asks the clock at each search
        self.clock: Callable[[], datetime] = utcnow
        self.hits: list[ServiceHit] = []
        self.can_edit = ctx.can(Permission.EDIT_DIRECTORY)
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.stack.addWidget(self._build_empty())
        self.stack.addWidget(self._build_list())

    # ------------------------------------------------------------------ building

    def _build_empty(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.empty_state = EmptyState(
            self.tr("The local partner services will be listed here."),
            self.tr("Add a service or import a directory to start.")
            if self.can_edit
            else self.tr("A coordinator can fill in the directory."),
        )
        self.empty_state.setMaximumHeight(180)
        layout.addStretch(1)
        layout.addWidget(self.empty_state)
        row = QHBoxLayout()
        row.addStretch(1)
        self.empty_buttons = []
        if self.can_edit:
            for name, text, slot in (
                ("emptyNational", self.tr("Add the national numbers"), self.add_national_numbers),
                ("emptySample", self.tr("Load the sample directory"), self.load_sample),
                ("emptyImport", self.tr("Import a file…"), self.import_file),
                (
                    "emptyDataInclusion",
                    self.tr("Update from data·inclusion…"),
                    self.update_from_datainclusion,
                ),
                ("emptyNew", self.tr("New service…"), self.new_service),
            ):
                button = named(QPushButton(text), name, text)
                button.clicked.connect(slot)
                row.addWidget(button)
                self.empty_buttons.append(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def _build_list(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        filters = FlowLayout()  # on a second line when the text is large, never cut
        self.search_edit = named(QLineEdit(), "directorySearch", self.tr("Search the directory"))
        self.search_edit.setPlaceholderText(self.tr("Search a service, an organisation, a town…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.run_search)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        self.theme_combo = self._combo("directoryTheme", self.tr("Theme"), self.tr("All themes"))
        for code in taxonomy.theme_categories():
            self.theme_combo.addItem(code.label, code.value)
        self.public_combo = self._combo(
            "directoryPublic", self.tr("Public"), self.tr("All publics")
        )
        for code in taxonomy.publics():
            if code.value != "tous-publics":
                self.public_combo.addItem(code.label, code.value)
        self.fees_combo = self._combo("directoryFees", self.tr("Fees"), self.tr("Free or paid"))
        for code in taxonomy.fees():
            self.fees_combo.addItem(code.label, code.value)
        self.mode_combo = self._combo(
            "directoryMode", self.tr("Welcome"), self.tr("On site or remote")
        )
        for code in taxonomy.modes_accueil():
            self.mode_combo.addItem(code.label, code.value)
        self.commune_combo = self._combo("directoryCommune", self.tr("Town"), self.tr("All towns"))
        for combo in (
            self.theme_combo,
            self.public_combo,
            self.fees_combo,
            self.mode_combo,
            self.commune_combo,
        ):
            fit_combo_to(combo, combo.itemText(0))  # « All … » shows whole
            filters.addWidget(combo)
        toggles = search_row
        self.open_now_box = named(
            QCheckBox(self.tr("&Open now")), "directoryOpenNow", self.tr("Open now only")
        )
        self.to_verify_box = named(
            QCheckBox(self.tr("To be &checked")),
            "directoryToVerify",
            self.tr("Only services not checked for 12 months"),
        )
        for box in (self.open_now_box, self.to_verify_box):
            box.toggled.connect(self.run_search)
            toggles.addWidget(box)
        self.count_label = QLabel()
        self.count_label.setObjectName("directoryCount")
        toggles.addWidget(self.count_label)
        layout.addLayout(search_row)
        layout.addLayout(filters)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = ServiceTableModel(self)
        self.table = named(QTableView(), "directoryTable", self.tr("Services"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        # two lines per row: long service and structure names (« 115 — Hébergement
        # d'urgence ») wrap instead of being cut; the row height is fixed, so no row is measured
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((2, 125), (3, 110), (4, 215), (5, 90)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_details())
        self.table.activated.connect(lambda _index: self.edit_service())
        self.details = named(QTextBrowser(), "directoryDetails", self.tr("Details of the service"))
        self.details.setOpenExternalLinks(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([950, 230])
        layout.addWidget(splitter, 1)

        actions = FlowLayout()  # on two lines when the text is large, never cut
        self.new_button = named_button(
            None, "directoryNew", self.tr("&New service…"), self.new_service
        )
        self.edit_button = named_button(
            None, "directoryEdit", self.tr("&Change…"), self.edit_service
        )
        self.closures_button = named_button(
            None, "directoryClosures", self.tr("Clo&sures…"), self.edit_closures
        )
        self.verified_button = named_button(
            None, "directoryVerified", self.tr("Checked today"), self.mark_verified
        )
        self.deactivate_button = named_button(
            None, "directoryDeactivate", self.tr("Remove from the list"), self.deactivate
        )
        self.import_button = named_button(
            None, "directoryImport", self.tr("&Import…"), self.import_file
        )
        self.national_button = named_button(
            None, "directoryNational", self.tr("National numbers"), self.add_national_numbers
        )
        # the import button opens a menu: a file, or the weekly national update
        import_menu = QMenu(self.import_button)
        for name, text, slot in (
            ("import_file", self.tr("A directory file (CSV, JSON, HSDS)…"), self.import_file),
            (
                "import_datainclusion",
                self.tr("Update from data·inclusion…"),
                self.update_from_datainclusion,
            ),
        ):
            action = import_menu.addAction(text)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False, act=slot: act())
        self.import_button.setMenu(import_menu)
        self.import_menu = import_menu
        self.export_button = named_button(None, "directoryExport", self.tr("E&xport"), lambda: None)
        menu = QMenu(self.export_button)
        for kind, text in (
            ("pdf", self.tr("Printable directory (PDF)…")),
            ("csv", self.tr("Spreadsheet (CSV)…")),
            ("datainclusion", self.tr("data·inclusion (JSON)…")),
            ("hsds", self.tr("Open Referral HSDS (zip)…")),
        ):
            action = menu.addAction(text)
            action.setObjectName(f"export_{kind}")
            action.triggered.connect(lambda _checked=False, k=kind: self.export(k))
        self.export_button.setMenu(menu)
        edit_buttons = (
            self.new_button,
            self.edit_button,
            self.closures_button,
            self.verified_button,
            self.deactivate_button,
            self.import_button,
            self.national_button,
        )
        self._edit_buttons = edit_buttons
        for button in edit_buttons:
            button.setVisible(self.can_edit)
            actions.addWidget(button)
        self.export_button.setVisible(self.ctx.can(Permission.EXPORT_DATA))
        actions.addWidget(self.export_button)
        layout.addLayout(actions)
        self._update_buttons()
        return page

    def _combo(self, name: str, accessible: str, everything: str) -> QComboBox:
        combo = named(QComboBox(), name, accessible)
        combo.addItem(everything, None)
        combo.currentIndexChanged.connect(self.run_search)
        return combo

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        actor = self.ctx.actor

        def work(session):  # type: ignore[no-untyped-def]
            towns = communes(session, actor)
            any_service = bool(search_services(session, actor, limit=1, include_inactive=True))
            return towns, any_service

        read_op(
            self,
            offline_directory.engine_for(self.ctx),
            work,
            self._show_towns,
            self._read_failed(self.refresh),
            title=self.tr("Directory"),
            key=f"directory-towns-{id(self)}",
        )

    def _show_towns(self, found: tuple) -> None:
        towns, any_service = found
        current = self.commune_combo.currentData()
        self.commune_combo.blockSignals(True)
        while self.commune_combo.count() > 1:
            self.commune_combo.removeItem(1)
        for town in towns:
            self.commune_combo.addItem(town, town)
        self.commune_combo.setCurrentIndex(max(0, self.commune_combo.findData(current)))
        self.commune_combo.blockSignals(False)
        self.stack.setCurrentIndex(1 if any_service else 0)
        if any_service:
            self.run_search()

    def run_search(self) -> None:
        selected = self.selected_id()
        theme = self.theme_combo.currentData()
        public = self.public_combo.currentData()
        wanted = dict(
            text=self.search_edit.text(),
            themes=(theme,) if theme else (),
            publics=(public,) if public else (),
            fees=self.fees_combo.currentData(),
            mode_accueil=self.mode_combo.currentData(),
            commune=self.commune_combo.currentData(),
            open_now=self.open_now_box.isChecked(),
            to_verify=self.to_verify_box.isChecked(),
            now=self.clock(),
        )
        actor = self.ctx.actor
        read_op(
            self,
            offline_directory.engine_for(self.ctx),
            lambda session: search_services(session, actor, **wanted),
            lambda hits: self._show_hits(hits, selected),
            self._read_failed(self.run_search),
            title=self.tr("Directory"),
            key=f"directory-search-{id(self)}",
        )

    def _show_hits(self, hits: list, selected: uuid.UUID | None) -> None:
        self.hits = hits
        self._fill_table(selected)

    def _fill_table(self, selected: uuid.UUID | None) -> None:
        self.model.set_hits(self.hits)
        self.count_label.setText(
            counted(len(self.hits), self.tr("%1 service"), self.tr("%1 services"))
        )
        for row, hit in enumerate(self.hits):
            if hit.id == selected:
                self.table.selectRow(row)
                break
        self.show_details()

    def selected_id(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.model.hits):
            return None
        return self.model.hits[rows[0].row()].id

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for button in (
            self.edit_button,
            self.closures_button,
            self.verified_button,
            self.deactivate_button,
        ):
            button.setEnabled(has)
        for button in (
            self.new_button,
            self.import_button,
            self.national_button,
        ):
            button.setEnabled(True)
        offline_directory.grey_edits(self.ctx, self._edit_buttons)

    def connection_changed(self, online: bool) -> None:
        """The main PC went away or came back: edits greyed or not, read from where it is."""
        self._update_buttons()

    def _read_failed(self, again: Callable[[], None]) -> Callable:
        return offline_directory.on_error(
            self.ctx, again, lambda error: messages.warn(self, self.tr("Directory"), error.message)
        )

    def show_details(self) -> None:
        from app.services.directory import get_service

        self._update_buttons()
        service_id = self.selected_id()
        if service_id is None:
            hint = escape(self.tr("Choose a service to see its details."))
            self.details.setHtml(f"<p style='color:#4a5a66'>{hint}</p>")
            return
        actor = self.ctx.actor
        read_op(
            self,
            offline_directory.engine_for(self.ctx),
            lambda session: get_service(session, actor, service_id),
            self._show_service,
            offline_directory.on_error(
                self.ctx, self.show_details, lambda error: self.details.setPlainText(error.message)
            ),
            key=f"directory-details-{id(self)}",
        )

    def _show_service(self, details) -> None:  # type: ignore[no-untyped-def]
        from app.opening_hours import describe_hours, opening_state

        s, org = details.service, details.organization
        state = opening_state(s.opening_hours, details.closures, self.clock(), current_language())
        parts = [f"<h3>{escape(s.name)}</h3><p><b>{escape(org.name)}</b></p>"]
        if s.description:
            parts.append(f"<p>{escape(s.description)}</p>")

        def line(label: str, value: str) -> None:
            if value:
                parts.append(f"<p><b>{escape(label)}</b> {escape(value)}</p>")

        if s.local_note:
            note = escape(s.local_note)
            parts.append(
                f"<p style='color:#7a4a00'><b>{escape(self.tr('Our note:'))}</b> {note}</p>"
            )
        color = "#1f6f3a" if state.is_open else "#5a5a5a"
        parts.append(f"<p style='color:{color}'><b>{escape(state.text)}</b></p>")
        hours = describe_hours(s.opening_hours, current_language())
        if s.opening_hours_details:
            hours += f" ({s.opening_hours_details})"
        line(self.tr("Hours:"), hours)
        line(
            self.tr("Themes:"),
            ", ".join(taxonomy.theme_label(code) for code in s.themes),
        )
        line(self.tr("For:"), ", ".join(taxonomy.label(code) for code in s.publics))
        fees = taxonomy.label(s.fees) if s.fees else ""
        line(self.tr("Fees:"), f"{fees} ({s.fees_details})" if s.fees_details else fees)
        line(self.tr("Conditions:"), s.access_conditions)
        line(self.tr("To bring:"), ", ".join(s.documents_to_bring))
        address = ", ".join(p for p in (s.address, f"{s.postal_code} {s.commune}".strip()) if p)
        line(self.tr("Address:"), address)
        line(self.tr("Phone:"), shown_phone(s.phone))
        line(self.tr("E-mail:"), s.email)
        line(self.tr("Website:"), s.website)
        line(self.tr("Contact:"), s.contact_name)
        # imported files and the demo give language codes ("fr"): show them by name
        from ui.dialogs.person_form import language_labels

        names = language_labels()
        spoken = ", ".join(names.get(code.lower(), code) for code in s.languages)
        line(self.tr("Languages:"), spoken)
        for closure in details.closures:
            line(
                self.tr("Closed:"),
                f"{closure.starts_on:%d/%m/%Y} – {closure.ends_on:%d/%m/%Y} {closure.message}",
            )
        self.details.setHtml("".join(parts))

    # ------------------------------------------------------------------ actions

    def new_service(self) -> None:
        from ui.dialogs.service_form import ServiceFormDialog

        dialog = ServiceFormDialog(self.ctx, None, self)
        if dialog.exec():
            self._after_change(dialog.saved_id)

    def edit_service(self) -> None:
        from ui.dialogs.service_form import ServiceFormDialog

        service_id = self.selected_id()
        if service_id is None or not self.can_edit:
            return
        dialog = ServiceFormDialog(self.ctx, service_id, self)
        dialog.exec()  # refreshed either way: its organisation may have been removed
        self._after_change(service_id)

    def edit_closures(self) -> None:
        from ui.dialogs.closures import ClosuresDialog

        service_id = self.selected_id()
        if service_id is None:
            return
        dialog = ClosuresDialog(self.ctx, service_id, self)
        dialog.exec()
        if dialog.changed:
            self._after_change(service_id)

    def mark_verified(self) -> None:
        from app.services.directory import mark_verified

        service_id = self.selected_id()
        if service_id is None:
            return
        actor = self.ctx.actor
        self._write(
            lambda session: mark_verified(session, actor, service_id),
            lambda _done: self._after_change(service_id),
        )

    def deactivate(self) -> None:
        from app.services.directory import set_service_active

        service_id = self.selected_id()
        if service_id is None:
            return
        if not messages.confirm(
            self,
            self.tr("Remove from the list"),
            self.tr("This service will no longer be offered. Past referrals keep it. Remove it?"),
        ):
            return
        actor = self.ctx.actor
        self._write(
            lambda session: set_service_active(session, actor, service_id, False),
            lambda _done: self._after_change(None),
        )

    def add_national_numbers(self) -> None:
        from app.services.directory import add_national_numbers

        actor = self.ctx.actor
        self._write(lambda session: add_national_numbers(session, actor), self._numbers_added)

    def _numbers_added(self, count: int) -> None:
        if count:
            messages.info(
                self,
                self.tr("National numbers"),
                self.tr("%1 national numbers are in the directory.").replace("%1", str(count)),
            )
        self._after_change(None)

    def load_sample(self) -> None:
        from app.services.directory import load_sample_directory

        actor = self.ctx.actor
        self._write(
            lambda session: load_sample_directory(session, actor),
            lambda _done: self._after_change(None),
        )

    def import_file(self) -> None:
        from ui.dialogs.import_preview import ImportPreviewDialog

        path = messages.open_file(
            self,
            self.tr("Import a directory"),
            self.tr("Directory files (*.csv *.txt *.json *.zip);;All files (*)"),
        )
        if path is None:
            return
        dialog = ImportPreviewDialog(self.ctx, path, self)
        if dialog.exec() and dialog.import_result is not None:
            result = dialog.import_result
            text = counted(
                result.created,
                self.tr("%1 service added, %2 updated."),
                self.tr("%1 services added, %2 updated."),
            ).replace("%2", str(result.updated))
            if result.deactivated:
                text += " " + self.tr("%1 gone from the file, deactivated.").replace(
                    "%1", str(result.deactivated)
                )
            messages.info(self, self.tr("Import a directory"), text)
            self._after_change(None)

    def update_from_datainclusion(self) -> None:
        from ui.dialogs.national_update import NationalUpdateDialog

        dialog = NationalUpdateDialog(self.ctx, self)
        dialog.exec()
        if dialog.summary is not None:
            self._after_change(None)

    def export(self, kind: str) -> None:
        from app.exporters import export_directory
        from ui import tasks

        suffixes = {"pdf": "pdf", "csv": "csv", "datainclusion": "json", "hsds": "zip"}
        path = messages.save_file(
            self,
            self.tr("Export the directory"),
            f"annuaire.{suffixes[kind]}",
            f"*.{suffixes[kind]}",
        )
        if path is None:
            return
        engine, actor, site = self.ctx.engine, self.ctx.actor, self.ctx.site_name

        def work(progress):  # type: ignore[no-untyped-def]
            data = export_directory(engine, actor, kind, site)
            path.write_bytes(data)
            return path

        def done(written) -> None:  # type: ignore[no-untyped-def]
            messages.info(
                self,
                self.tr("Export the directory"),
                self.tr("The directory is saved in %1.").replace("%1", str(written)),
            )

        def failed(error: Exception) -> None:
            messages.error(self, self.tr("Export the directory"), tasks.error_text(error))

        tasks.run_task(work, done, failed)

    def _write(self, action, then) -> None:  # type: ignore[no-untyped-def]
        write_op(
            self,
            self.ctx.engine,
            action,
            then,
            lambda error: messages.error(self, self.tr("Directory"), error.message),
        )

    def _after_change(self, service_id: uuid.UUID | None) -> None:
        self.refresh()
        if service_id is not None:
            for row, hit in enumerate(self.hits):
                if hit.id == service_id:
                    self.table.selectRow(row)
                    break
