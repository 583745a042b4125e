"""On the Reports page, what concerns several sites: this site's statistics package of the chosen
month (to send by USB stick or e-mail), and the consolidated summary made from the packages the
sites sent. The consolidated summary then shows, prints and exports like any report."""

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.permissions import Permission
from ui import messages
from ui.operations import write_op
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

    def _month(self):  # type: ignore[no-untyped-def]
        """The month chosen on the page, or None (after saying why)."""
        from app.errors import UserError

        try:
            period = self.page.chosen_period()
        except UserError as error:
            messages.warn(self, self.tr("Several sites"), error.message)
            return None
        if period.kind != "month":
            messages.warn(
                self,
                self.tr("Several sites"),
                self.tr("Choose « A month » as the period: packages are made month by month."),
            )
            return None
        return period

    def export_package(self) -> None:
        from app.reports.pdf import write_bytes
        from app.reports.site_package import build_package, package_file_name

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
            write_bytes(path, build_package(session, actor, period))

        write_op(
            self,
            self.page.ctx.engine,
            work,
            lambda _none: self._package_saved(period, path),
            lambda error: messages.error(self, self.tr("Several sites"), error.message),
        )

    def _package_saved(self, period: Any, path: Any) -> None:
        self.page.status_label.setText(
            self.tr("Statistics package of %1 saved: %2. Send it by USB stick or e-mail.")
            .replace("%1", period.label())
            .replace("%2", str(path))
        )

    def consolidate(self) -> None:
        period = self._month()
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

        def work(session):  # type: ignore[no-untyped-def]
            from app.reports.consolidated import consolidate_files

            return consolidate_files(session, actor, period, paths)

        # the packages are checked on the database worker, the PDF drawn in the background
        self.page.make_report(
            work, self.tr("Checking the packages and making the summary…"), writes=True
        )
