"""« Rejoindre un lieu déjà partagé »: the first-run wizard's page for a new desk of a place that
already shares its database. It looks for the main PC on the local network (DNS-SD), or takes
a typed address, then joins with the 8-character code given on the main PC, keeps this desk's
credentials (readable by this PC's user only) and opens the desk on the shared database.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.context import DeskContext
from ui import tasks

DEFAULT_PORT = 5433
BROWSE_SECONDS = 3.0
BROWSE_INTERFACES: list[str] | None = None  # None: every network of this PC; tests: loopback


def _tr(text: str) -> str:
    return QCoreApplication.translate("JoinPlacePage", text)


def split_address(typed: str) -> tuple[str, int]:
    """« 192.168.1.10:5433 » or « 192.168.1.10 » (the usual port)."""
    from app.errors import UserError

    typed = typed.strip()
    host, _, port = typed.rpartition(":") if typed.count(":") == 1 else (typed, "", "")
    try:
        number = int(port) if port else DEFAULT_PORT
    except ValueError:
        number = 0
    if not host or not 0 < number < 65536 or " " in host:
        raise UserError(_tr("Type the main PC's address as shown there, e.g. "
                            "192.168.1.10:5433."))
    return host, number


class JoinPlacePage(QWizardPage):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.found: dict[str, object] = {}  # "host:port" -> MainPC
        self.joining = self.joined = False
        self.setObjectName("joinPlacePage")
        self.setTitle(self.tr("Join a place"))
        self.setSubTitle(self.tr(
            "On the main PC, a coordinator adds this desk (Settings › Desks) and gets a code. "
            "Choose your place below, or type its address."))
        self.places = QListWidget(self)
        self.places.setObjectName("foundPlaces")
        self.places.setAccessibleName(self.tr("Places found on the network"))
        self.places.currentItemChanged.connect(self._chosen)
        self.search_button = QPushButton(self.tr("&Look again"), self)
        self.search_button.setObjectName("searchPlaces")
        self.search_button.setAccessibleName(self.tr("Look for the main PC again"))
        self.search_button.clicked.connect(self.search)
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self.address_edit = QLineEdit(self)
        self.address_edit.setObjectName("mainPcAddress")
        self.address_edit.setAccessibleName(self.tr("Address of the main PC"))
        self.address_edit.setPlaceholderText("192.168.1.10:5433")
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("joinCode")
        self.code_edit.setAccessibleName(self.tr("Join code"))
        self.code_edit.setPlaceholderText("ABCD-EFGH")
        self.code_edit.setMaxLength(12)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Address of the main PC:"), self.address_edit)
        form.addRow(self.tr("&Code:"), self.code_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.places, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.search_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(form)
        layout.addWidget(self.error_label)

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        self.address_edit.setFocus()
        self.search()

    def search(self) -> None:
        from app.sharing.discovery import browse

        self.status.setText(self.tr("Looking for the main PC on the network…"))
        self.search_button.setEnabled(False)
        tasks.run_task(lambda _progress: browse(BROWSE_SECONDS, BROWSE_INTERFACES),
                       on_done=self._show_found, on_error=lambda _error: self._show_found([]))

    def _show_found(self, found) -> None:  # type: ignore[no-untyped-def]
        import shiboken6

        if not shiboken6.isValid(self):
            return  # the wizard closed during the search (a code typed quickly): nobody to tell
        self.search_button.setEnabled(True)
        self.places.clear()
        self.found = {f"{m.host}:{m.port}": m for m in found}
        for address, main in self.found.items():
            item = QListWidgetItem(f"{main.place} — {address}")
            item.setData(Qt.ItemDataRole.UserRole, address)
            self.places.addItem(item)
        self.status.setText(
            self.tr("Choose your place, then type the code.") if found else
            self.tr("No main PC answered. Check that it is on, or type its address."))

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.address_edit.setText(item.data(Qt.ItemDataRole.UserRole))
            self.code_edit.setFocus()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        """Join in the background; the wizard closes once the desk is on the shared base."""
        from app.errors import UserError

        if self.joined:  # QWizard.accept asks again once the desk is on the shared base
            return True
        if self.joining:
            return False
        try:
            host, port = split_address(self.address_edit.text())
        except UserError as error:
            self.show_error(error.message)
            self.address_edit.setFocus()
            return False
        if not self.code_edit.text().strip():
            self.show_error(self.tr("Type the code given on the main PC."))
            self.code_edit.setFocus()
            return False
        main = self.found.get(f"{host}:{port}")
        code = self.code_edit.text()
        self.joining = True
        self.show_error("")
        self.status.setText(self.tr("Joining the place…"))
        tasks.run_task(lambda _progress: join_and_open(host, port, main, code),
                       on_done=self._joined, on_error=self._refused)
        return False

    def _refused(self, error: Exception) -> None:
        self.joining = False
        self.status.setText("")
        self.show_error(tasks.error_text(error))
        self.code_edit.setFocus()
        self.code_edit.selectAll()

    def _joined(self, result) -> None:  # type: ignore[no-untyped-def]
        from app.db.target import as_target

        engine, url, site_id, site_name = result
        self.joining = False
        old, self.ctx.engine = self.ctx.engine, engine
        self.ctx.target = as_target(url)
        self.ctx.site_id, self.ctx.site_name = site_id, site_name
        if old is not None:
            old.dispose()
        self.joined = True
        self.wizard().accept()


def join_and_open(host: str, port: int, main, code: str):  # type: ignore[no-untyped-def]
    """In the worker: join with the code, keep the credentials, open the shared database and
    read which site it is."""
    from app.db import open_database, read_session
    from app.services.sites import current_site
    from app.sharing.desk_config import save_desk
    from app.sharing.desks import join
    from app.sharing.discovery import ask_fingerprint
    from app.sharing.server import DATABASE

    fingerprint = main.fingerprint if main is not None else ask_fingerprint(host, port)
    database = main.database if main is not None else DATABASE
    joined = join(host, port, fingerprint, code, database)
    save_desk(joined.url, joined.kind)
    engine = open_database(joined.url)
    with read_session(engine) as session:
        site = current_site(session)
        site_id, site_name = (site.id, site.name) if site else (None, "")
    return engine, joined.url, site_id, site_name
