"""The receipt of a quick referral, drawn from what the till chose (the services, the need, the
language) by `app.pdf.sheets.sheet_content`: online from the server, whose referral the till's
login may not read back whole (its themes and reason are not the till's to read), and while the
main PC is out of reach from the desk's directory copy (app.directory_copy.render_sheet), the
referral waiting in the desk's outbox. One path, the same text either way; it prints on this
PC's printer as always."""

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
from ui.operations import read_op


class ChosenSheetPreviewDialog(sheet_preview.SheetPreviewDialog):
    """The preview of a quick referral's sheet, made from what was chosen. `copy` is the
    directory copy while the main PC is away (None online); `referral_ids` are marked printed
    on the server once it prints (online only: a waiting referral is marked when it lands)."""

    _wanted_sheet: tuple | None = None

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
        referral_ids: Sequence[uuid.UUID] = (),
    ) -> None:
        super().__init__(ctx, parent, referral_ids=list(referral_ids), paper=paper,
                         language=language)  # fmt: skip
        self._wanted_sheet = (copy, ctx.site_id, list(service_ids), list(themes), language)
        self.render()

    def render(self) -> None:
        if self._wanted_sheet is None:
            return  # the base class asks before the choice is known
        self._set_busy(True)
        copy, site_id, service_ids, themes, language = self._wanted_sheet
        language = self.language_combo.currentData() or language
        paper = self.paper()
        if copy is None:
            self._render_from_server(site_id, service_ids, themes, language, paper)
            return

        def work(_progress):  # type: ignore[no-untyped-def]
            from app.directory_copy import render_sheet

            return render_sheet(copy, site_id, service_ids, themes, language=language, paper=paper)

        tasks.run_task(work, on_done=self._show, on_error=self._failed)

    def _render_from_server(
        self, site_id: Any, service_ids: list, themes: list, language: str, paper: str
    ) -> None:
        def gather(session):  # type: ignore[no-untyped-def]
            from app.pdf import sheet_labels
            from app.pdf.sheets import sheet_content

            return sheet_content(session, site_id, service_ids, themes,
                                 language=sheet_labels.sheet_language(language))  # fmt: skip

        def draw(content) -> None:  # type: ignore[no-untyped-def]
            from app.pdf.sheet_layout import build_pdf

            tasks.run_task(lambda _progress: build_pdf(content, paper),
                           on_done=self._show, on_error=self._failed)  # fmt: skip

        read_op(self, self.ctx.engine, gather, draw, self._failed, key=f"receipt-{id(self)}")

    def print_now(self) -> None:
        """Print on this PC's printer; online the referral is marked printed on the server,
        a waiting one when it lands."""
        if self._wanted_sheet is not None and self._wanted_sheet[0] is None:
            super().print_now()
            return
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
        self._sent_to_printer(True)
        self._printed()


# the name it had when only the offline receipt was drawn this way
OfflineSheetPreviewDialog = ChosenSheetPreviewDialog
