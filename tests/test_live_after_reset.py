"""A change heard after the pages were built again for another agent (or after the main PC came
back, « * ») reaches the pages on screen, never the ones taken away."""

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from ui.crash import install_exception_hooks
from ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("french_ui")


@pytest.mark.qt_no_exception_capture
def test_a_change_heard_after_the_pages_were_taken_away_reaches_only_the_new_ones(
    qtbot, ctx, shown_messages
):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    for key in ("accueil", "orientations", "caisse", "annuaire", "personnes"):
        window.show_page(key)
    window.reset_pages()  # another agent signed in: the pages are built again when shown
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window.show_page("accueil")

    uninstall = install_exception_hooks()  # a failure in a slot is reported, as on a desk
    try:
        for topic in ("*", "visits", "referrals", "till", "directory", "person:x"):
            window.live.changed.emit(topic)
    finally:
        uninstall()

    assert shown_messages == []
