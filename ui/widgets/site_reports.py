"""On the Reports page, what concerns several sites: this site's statistics package of the chosen
month (to send by USB stick or e-mail), and the consolidated summary made from the packages the
sites sent. The consolidated summary then shows, prints and exports like any report."""

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.permissions import Permission
from ui import messages
from ui.operations import read_op, write_op
from ui.widgets.controls import named_button


class SiteReportsBar(QWidget):
    def __init__(self, page: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.setObjectName("siteReports")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Several sites:")))
        self.package_button = named_button(
            None, "exportPackageButton", self.tr("Statistics &package of the month…")
        )
        self.package_button.setToolTip(
            self.tr("This site's figures of the month, signed, without any personal data")
        )
        self.consolidate_button = named_button(
            None, "consolidateButton", self.tr("Summary of several &sites…")
        )
        self.consolidate_button.setToolTip(
            self.tr("Each site side by side with the total, from the packages the sites sent")
        )
        row.addWidget(self.package_button)
        row.addWidget(self.consolidate_button)
        row.addStretch(1)
        can_export = page.ctx.can(Permission.EXPORT_DATA)
        can_consolidate = page.ctx.can(Permission.MANAGE_SETTINGS)
        self.package_button.setVisible(can_export)
        self.consolidate_button.setVisible(can_consolidate)
        if not (can_export or can_consolidate):
            self.hide()
        self.package_button.clicked.connect(self.export_package)
        self.consolidate_button.clicked.connect(self.consolidate)

    def _month(self, year_too: bool = False):  # type: ignore[no-untyped-def]
        """The month chosen on the page (or a year, with `year_too`), or None (after saying
        why)."""
        from app.errors import UserError

        try:
            period = self.page.chosen_period()
        except UserError as error:
            messages.warn(self, self.tr("Several sites"), error.message)
            return None
        if period.kind != "month" and not (year_too and period.kind == "year"):
            messages.warn(
                self,
                self.tr("Several sites"),
                self.tr("Choose « A month » or « A year »: packages are made month by month.")
                if year_too
                else self.tr(
                    "Choose « A month » as the period: packages are made month by month."
                ),
            )
            return None
        return period

    def export_package(self) -> None:
        from app.reports.pdf import write_bytes
        from app.reports.site_package import build_package, package_file_name, read_package
        from app.services.site_keys import key_fingerprint

        period = self._month()
        if period is None or self.page.is_busy():
            return
        path = messages.save_file(
            self,
            self.tr("Save the statistics package"),
            package_file_name(self.page.ctx.site_name, period),
            self.tr("Statistics packages (*.json)"),
        )
        if path is None:
            return
        actor = self.page.ctx.actor

        def work(session):  # type: ignore[no-untyped-def]
            # the file is written inside the transaction: no key is kept for a failed export
            data = build_package(session, actor, period)
            write_bytes(path, data)
            return key_fingerprint(read_package(data).public_key)

        write_op(
            self,
            self.page.ctx.engine,
            work,
            lambda fingerprint: self._package_saved(period, path, fingerprint),
            lambda error: messages.error(self, self.tr("Several sites"), error.message),
        )

    def _package_saved(self, period: Any, path: Any, fingerprint: str) -> None:
        self.page.status_label.setText(
            self.tr("Statistics package of %1 saved: %2. Send it by USB stick or e-mail.")
            .replace("%1", period.label())
            .replace("%2", str(path))
            + " "
            + self.tr("Fingerprint of this site's key, to read to the coordinator: %1.").replace(
                "%1", fingerprint
            )
        )

    def consolidate(self) -> None:
        period = self._month(year_too=True)  # a year: the packages of its months
        if period is None or self.page.is_busy():
            return
        paths = messages.open_files(
            self,
            self.tr("Choose the statistics packages of the sites"),
            self.tr("Statistics packages (*.json);;All files (*)"),
        )
        if not paths:
            return
        actor = self.page.ctx.actor

        def check(session):  # type: ignore[no-untyped-def]
            from app.reports.consolidated import check_packages
            from app.reports.site_package import read_package_file

            packages = [read_package_file(path) for path in paths]
            return packages, check_packages(session, actor, period, packages)

        # the packages are read and their keys compared on the database worker
        read_op(
            self,
            self.page.ctx.engine,
            check,
            lambda found: self._keys_checked(period, *found),
            lambda error: messages.error(self, self.tr("Several sites"), error.message),
        )

    def _keys_checked(self, period: Any, packages: list, checks: list) -> None:
        """Every key known: consolidate at once; else ask the coordinator about the others."""
        if all(check.status == "known" for check in checks):
            self._consolidate(period, packages, [], [])
            return
        from ui.dialogs.site_keys import SiteKeysDialog

        self.keys_dialog = SiteKeysDialog(checks, self)
        self.keys_dialog.accepted.connect(
            lambda dialog=self.keys_dialog: self._consolidate(
                period, packages, dialog.accepted_keys(), dialog.replacing_keys()
            )
        )
        self.keys_dialog.open()

    def _consolidate(
        self, period: Any, packages: list, accept: list[str], replace: list[str]
    ) -> None:
        if self.page.is_busy():
            return
        actor = self.page.ctx.actor

        def work(session):  # type: ignore[no-untyped-def]
            from app.reports.consolidated import consolidate

            return consolidate(session, actor, period, packages, accept=accept, replace=replace)

        # the keys accepted are recorded on the database worker, the PDF drawn in the background
        self.page.make_report(
            work, self.tr("Checking the packages and making the summary…"), writes=True
        )

    def waiting_note(self, report: Any) -> str:
        """What the page adds to its status line about packages set aside."""
        waiting = getattr(report, "waiting_keys", [])
        if not waiting:
            return ""
        return self.tr("Not counted, key not accepted yet: %1.").replace(
            "%1", ", ".join(f"« {site} »" for site, _fingerprint in waiting)
        )
