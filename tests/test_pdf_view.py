"""A PDF on screen keeps the bytes QtPdf reads lazily for as long as it shows them, and no
longer: the sheet preview drawn again and again (paper, language, a printer that failed) holds
one PDF, not one per drawing, and a closed preview that its dialog keeps holds none."""

import gc
import io

import pytest
from PySide6.QtCore import QBuffer
from PySide6.QtWidgets import QWidget
from reportlab.pdfgen import canvas

from app.db import write_session
from app.services.referrals import create_referrals
from tests.referrals_helpers import EMPLOYMENT_THEME, add_service
from ui.dialogs.sheet_preview import SheetPreviewDialog

pytestmark = pytest.mark.usefixtures("french_ui", "sync_tasks")


def pdf_of(pages: int) -> bytes:
    out = io.BytesIO()
    drawing = canvas.Canvas(out)
    for page in range(pages):
        drawing.drawString(72, 720, f"Page {page + 1}")
        drawing.showPage()
    drawing.save()
    return out.getvalue()


def test_the_last_page_is_drawn_after_python_let_go_of_the_bytes(qtbot):
    from ui.widgets.pdf_view import PdfView

    owner = QWidget()
    qtbot.addWidget(owner)
    view = PdfView(owner)
    view.show_pdf(pdf_of(12))
    gc.collect()  # nothing of ours refers to the bytes any more

    last = view.document().render(11, view.document().pagePointSize(11).toSize())

    assert view.page_count() == 12 and not last.isNull()


def test_a_preview_drawn_again_holds_one_pdf(qtbot, ctx, engine):
    service_id = add_service(engine)
    with write_session(engine) as session:
        ids = [r.id for r in create_referrals(
            session, ctx.actor, service_ids=[service_id], themes=[EMPLOYMENT_THEME]
        )]  # fmt: skip
    preview = SheetPreviewDialog(ctx, None, referral_ids=ids)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: preview.print_button.isEnabled())

    for _again in range(6):
        preview.paper_combo.setCurrentIndex(1 - preview.paper_combo.currentIndex())
        qtbot.waitUntil(lambda: preview.print_button.isEnabled())
    qtbot.waitUntil(lambda: len(preview.findChildren(QBuffer)) == 1)
    assert preview.view.document().pageCount() == 1

    preview.accept()
    qtbot.waitUntil(lambda: preview.findChildren(QBuffer) == [])
    assert preview.view.document().pageCount() == 0


def test_the_documents_shown_belong_to_the_owner_never_to_the_view(qtbot):
    from PySide6.QtPdf import QPdfDocument

    from ui.widgets.pdf_view import PdfView

    owner = QWidget()
    qtbot.addWidget(owner)
    view = PdfView(owner)
    view.show_pdf(pdf_of(2))
    view.show_pdf(pdf_of(3))

    assert view.findChildren(QPdfDocument) == []
    assert view.document().parent() is owner


DESTROYED_WHILE_SHOWN = """
import gc, io, sys
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from reportlab.pdfgen import canvas

from ui.widgets.pdf_view import PdfView

app = QApplication([])
out = io.BytesIO()
drawing = canvas.Canvas(out)
for page in range(3):
    drawing.drawString(72, 720, f"Page {page + 1}")
    drawing.showPage()
drawing.save()

def shown(owner):
    view = PdfView(owner)
    view.show_pdf(out.getvalue())
    owner.show()
    for _ in range(20):
        app.processEvents()
    return view

for _ in range(5):
    owner = QWidget()  # Python's: destroyed when let go
    shown(owner)
    del owner
    gc.collect()
    owner = QDialog()  # closed, deleted by Qt
    owner.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    shown(owner).show_pdf(out.getvalue())
    owner.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window = QWidget()
    page = QWidget(window)  # a page taken away while its report is shown
    shown(page)
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del window
    gc.collect()
print("all destroyed")
"""


def test_views_destroyed_while_they_show_a_pdf_do_not_crash(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, "-c", DESTROYED_WHILE_SHOWN],
        cwd=root,
        env=dict(os.environ, PYTHONPATH=str(root), QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr[-2000:]
    assert "all destroyed" in result.stdout
