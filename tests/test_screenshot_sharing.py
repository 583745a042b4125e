"""The pictures of a place sharing its database (`make screenshots`): drawn from a real shared
server that the run sets up and removes, they show every state of a desk, a join code, the main
PC found on the network, and never this machine's loopback, folders or a password."""

import os

import pytest

pytestmark = pytest.mark.server  # a server of its own, whichever engine the suite runs on


def test_sharing_pictures_show_the_desks_the_code_and_the_main_pc_found(tmp_path):
    from PySide6.QtGui import QImage

    from ui import screen_fit, tasks
    from ui.dialogs import join_place
    from ui.screenshot_sharing import SHOWN_ADDRESS, render_sharing

    before = (tasks.SYNCHRONOUS, screen_fit.available_geometry, join_place.BROWSE_INTERFACES,
              os.environ.get("XDG_DATA_HOME"))
    shown: list[str] = []
    written = render_sharing(tmp_path / "shots", shown)
    assert (tasks.SYNCHRONOUS, screen_fit.available_geometry, join_place.BROWSE_INTERFACES,
            os.environ.get("XDG_DATA_HOME")) == before  # nothing left changed

    assert [p.name for p in written] == [
        "reglages_postes_principal.png", "partage_code.png", "rejoindre_lieu.png"]
    sizes = {p.name: (QImage(str(p)).width(), QImage(str(p)).height()) for p in written}
    assert sizes["reglages_postes_principal.png"] == (1366, 728)
    assert all(0 < w <= 1366 and 0 < h <= 728 for w, h in sizes.values()), sizes

    for state in ("rattaché", "connecté en ce moment", "retiré", "en attente de son code"):
        assert state in shown
    for kind in ("bureau", "accueil", "caisse"):
        assert kind in shown
    address = "{}:{}".format(*SHOWN_ADDRESS)
    address_label, code_hint, status, found, typed, search = shown[-6:]
    assert address in address_label and address in code_hint and typed == address
    assert found.endswith(f" — {address}") and "Choisissez votre lieu" in search
    assert status == "Base partagée — 2 postes connectés"  # never the file it came from
    for text in shown:
        assert "/tmp" not in text and str(tmp_path) not in text
        assert "127.0.0.1" not in text
        assert "postgresql://" not in text and "@" not in text.replace(" @ ", "")
