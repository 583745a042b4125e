"""A database that refuses a write (busy, read-only folder, full disk) gives a French message
on screen, never a traceback out of a Qt slot."""

from app.errors import DatabaseError
from ui.application import get_application


def test_the_till_page_says_so_when_the_database_refuses(
    qtbot, volunteer_ctx, monkeypatch, shown_messages
):
    from app.services import till_setup
    from ui.pages.caisse import CaissePage

    get_application("fr")
    page = CaissePage(volunteer_ctx)
    qtbot.addWidget(page)

    def refused(*_args, **_kwargs):
        raise DatabaseError("La base est occupée : la dernière modification n'est pas enregistrée.")

    monkeypatch.setattr(till_setup, "ensure_default_buttons", refused)
    page.refresh()
    assert shown_messages.of("warn") == [
        "La base est occupée : la dernière modification n'est pas enregistrée."
    ]
