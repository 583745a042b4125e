"""The till's « Orienter… » on a real shared server, with the till desk's own login (which may
not read a referral's reason or themes): the receipt is shown, prints, and the till says what
was recorded — no refusal box, one referral stored."""

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from app.context import DeskContext
from app.db import read_session
from models import Referral, Site
from models.enums import Role
from tests import sharing_helpers as helpers
from tests.referrals_helpers import printed_to_fixture  # noqa: F401  (fixture)
from tests.test_desk_kinds import NEED, SERVICE, join, set_up_place, sign_in
from ui.dialogs.quick_referral import QuickReferralDialog

pytestmark = [pytest.mark.server, pytest.mark.usefixtures("french_ui")]
work_dir, desk_home, shared_place = helpers.work_dir, helpers.desk_home, helpers.shared_place


def test_the_till_prints_a_quick_referral_receipt_with_its_own_login(
    qtbot, shared_place, printed_to
):
    target, calls, shown = printed_to
    server, _ = shared_place
    service_id, _button, _kind = set_up_place(server)
    caisse, _login = join(server, "till")
    try:
        volunteer = sign_in(caisse, Role.VOLUNTEER)
        with read_session(caisse) as session:
            site_name = session.exec(select(Site.name)).one()
        ctx = DeskContext(engine=caisse, target=caisse.url, site_id=volunteer.site_id,
                          site_name=site_name, actor=volunteer)  # fmt: skip
        dialog = QuickReferralDialog(ctx, None)
        qtbot.addWidget(dialog)
        dialog.show()
        rows = [dialog.theme_list.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(dialog.theme_list.count())]  # fmt: skip
        dialog.theme_list.setCurrentRow(rows.index(NEED))
        assert dialog.service_list.currentItem().text().startswith(SERVICE)
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        preview = dialog.preview
        assert preview is not None and preview.pdf.startswith(b"%PDF"), shown.texts
        qtbot.keyClick(preview, Qt.Key.Key_Return)  # Print is the default button
        assert shown.texts == [] and len(calls) == 1 and target.read_bytes().startswith(b"%PDF")
        assert dialog.outcome == f"Ticket imprimé. Orientation notée vers {SERVICE} : envoyée."
        with read_session(caisse) as session:
            stored = session.exec(select(Referral.service_id, Referral.status)).all()
        assert [tuple(r) for r in stored] == [(service_id, "envoyee")]
    finally:
        caisse.dispose()
