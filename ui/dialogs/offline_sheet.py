"""The receipt of a quick referral made while the main PC is out of reach: the referral waits
in the desk's outbox, the sheet is made from the desk's directory copy with the same layout
code (app.directory_copy.render_sheet), and it prints on this PC's printer as always."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.context import DeskContext
from app.errors import UserError
from ui import messages, tasks
from ui.dialogs import sheet_preview


class OfflineSheetPreviewDialog(sheet_preview.SheetPreviewDialog):
    """The preview of a sheet whose referrals wait in the outbox (read from the copy)."""

    _wanted: tuple | None = None

    def __init__(
        self,
        ctx: DeskContext,
        parent: QWidget | None = None,
        *,
        copy: Any,
        service_ids: Sequence[uuid.UUID],
        themes: Sequence[str],
        language: str,
        paper: str = "receipt",
    ) -> None:
        super().__init__(ctx, parent, referral_ids=[], paper=paper, language=language)
        self._wanted = (copy, ctx.site_id, list(service_ids), list(themes), language)
        self.render()

    def render(self) -> None:
        if self._wanted is None:
            return  # the base class asks before the referral is known
        self._set_busy(True)
        copy, site_id, service_ids, themes, language = self._wanted
        language = self.language_combo.currentData() or language
        paper = self.paper()

        def work(_progress):  # type: ignore[no-untyped-def]
            from app.directory_copy import render_sheet

            return render_sheet(copy, site_id, service_ids, themes, language=language, paper=paper)

        tasks.run_task(work, on_done=self._show, on_error=self._failed)

    def print_now(self) -> None:
        """Print on this PC's printer; the referral is marked on the main PC when it lands."""
        if not self.pdf:
            return
        printer = sheet_preview.ask_printer(self)
        if printer is None:
            return
        try:
            sheet_preview.print_pdf(self.pdf, printer)
        except UserError as error:
            title = QCoreApplication.translate("SheetPreviewDialog", "Printing")
            messages.error(self, title, error.message)
            return
        self._printed()
