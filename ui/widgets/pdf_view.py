"""A PDF shown on screen (QtPdf), with the lifetimes QtPdf needs but does not keep itself.

Two rules, each a segmentation fault in QtPdf when broken:
- A QPdfDocument loaded from a QIODevice reads its pages from it lazily, when a page is first
  drawn or printed: the bytes must outlive the document. QBuffer keeps no reference to a
  QByteArray that Python owns, so Python's garbage collector may free it under the document.
  Here the bytes are copied into a QBuffer owned by its document: it goes with it, never before.
- A QPdfDocument tells its view when it closes (statusChanged), and closing is part of its
  destruction. A document destroyed while its view is itself being destroyed (a child of the
  view: children go after the view's own destructor) calls into the half-destroyed view
  (libQt6PdfWidgets). Here documents belong to the widget that holds the view, never to the
  view: made after it, they go once the view is entirely gone; a document replaced by another
  is closed and deleted only after the view has let go of it.

    view = PdfView(owner)           # a QPdfView in `owner`, pages one under the other
    view.show_pdf(pdf_bytes)
    view.page_count()
"""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget


def load_pdf(pdf: bytes, owner: QWidget | None = None) -> QPdfDocument:
    """A document reading `pdf` from memory that holds its own copy of the bytes (printing,
    page counts); `owner` deletes it, else Python does once it is no longer referenced."""
    document = QPdfDocument(owner)
    buffer = QBuffer(document)  # goes with the document, never before it
    buffer.setData(QByteArray(pdf))  # a copy: the Python bytes may go
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


class PdfView(QPdfView):
    """Shows one PDF at a time, its pages one under the other, as wide as the view. `owner`
    (the dialog or page that holds the view) owns the documents shown."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self._owner = owner
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def show_pdf(self, pdf: bytes) -> None:
        self._replace(load_pdf(pdf, self._owner))

    def clear(self) -> None:
        """Show nothing (and free the PDF shown): an empty document, as QtPdf warns about
        none."""
        self._replace(QPdfDocument(self._owner))

    def page_count(self) -> int:
        document = self.document()
        return document.pageCount() if document is not None else 0

    def _replace(self, document: QPdfDocument) -> None:
        previous = self.document()
        self.setDocument(document)  # the view lets go of the previous one first
        if previous is not None:
            previous.close()
            previous.deleteLater()  # its buffer with it
