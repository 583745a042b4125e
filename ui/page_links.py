"""How the pages hand work to one another: the window connects them when it builds them."""

import uuid

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.context import DeskContext


def _as_uuid(value: object) -> uuid.UUID | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def connect_page(window: QWidget, ctx: DeskContext, key: str, page: QWidget) -> None:
    """Wire a freshly built page to the dialogs and pages it leads to."""
    if key == "accueil":

        def refer(visit_id: str, person_id: object, themes: list) -> None:
            from ui.dialogs.refer import open_refer_dialog

            dialog = open_refer_dialog(
                ctx, window, _as_uuid(visit_id), _as_uuid(person_id), list(themes)
            )
            dialog.finished.connect(lambda _result: refresh_badges(window, ctx))

            def referred(ids: list) -> None:
                # once the sheet is closed, the page says what became of the referral
                if dialog.preview is not None:
                    dialog.preview.finished.connect(
                        lambda _result: page.show_referral_outcome(ids)
                    )

            dialog.referred.connect(referred)

        page.refer_requested.connect(refer)
    elif key == "caisse":

        def quick_refer() -> None:
            from ui.dialogs.quick_referral import QuickReferralDialog

            dialog = QuickReferralDialog(ctx, window)
            if dialog.exec() and dialog.outcome:
                page.toast.announce(dialog.outcome)

        page.refer_requested.connect(quick_refer)
    elif key == "orientations":
        page.open_person_requested.connect(lambda person_id: open_person(window, person_id))
    live = getattr(window, "live", None)
    if live is not None:
        _follow_live_changes(live, page, key)


def _follow_live_changes(live: QObject, page: QWidget, key: str) -> None:
    """The page reads again what another desk changed, for as long as it exists: pages taken
    away (another agent signed in) are left alone, even by a « * » heard when the main PC comes
    back."""

    def follow(topic: str) -> None:
        show_live_change(page, key, topic)

    def forget(*_args: object) -> None:
        if shiboken6.isValid(live):
            live.changed.disconnect(follow)

    live.changed.connect(follow)
    page.destroyed.connect(forget)


def show_live_change(page: QWidget, key: str, topic: str) -> None:
    """Another desk changed `topic`: the part of this page that shows it is read again (if the
    server cannot be read just now, the page keeps what it shows; the next change or view
    reads again)."""
    from ui.operations import quietly

    if not shiboken6.isValid(page):
        return  # taken away; its own disconnection is on its way
    with quietly():
        _read_again(page, key, topic)


def _read_again(page: QWidget, key: str, topic: str) -> None:
    from ui.live import concerns

    if topic == "*" and key != "personnes" and not page.isVisible():
        return  # « anything may have changed » (polling): a hidden page reads again when shown
    if key == "accueil":
        if concerns(topic, "visits"):
            page.refresh()
        elif concerns(topic, "appointments"):
            page.appointments.refresh()
        _file_shown_again(getattr(page, "file_dialog", None), topic)
    elif key == "caisse" and concerns(topic, "till"):
        page.refresh_counts()
    elif key == "orientations" and concerns(topic, "referrals"):
        page.reload()
    elif key == "rendez_vous" and concerns(topic, "appointments"):
        page.reload()
    elif key == "annuaire" and concerns(topic, "directory"):
        page.refresh()
    elif key == "personnes":
        _show_file_again(page.file_view, topic)


def _file_shown_again(dialog: QWidget | None, topic: str) -> None:
    """The person file opened from the reception page, while it is open."""
    if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
        _show_file_again(dialog.view, topic)


def _show_file_again(view: QWidget, topic: str) -> None:
    """An open file reads again when another desk changed that person (or merged it away)."""
    from ui.live import concerns

    shown = getattr(view, "person", None)
    if shown is not None and concerns(topic, f"person:{shown.id}"):
        view.show_current()


def connect_live(window: QWidget, ctx: DeskContext) -> None:
    """Listen to the other desks (PostgreSQL); the follow-up badge follows their referrals."""
    from app.services.directory_search import invalidate
    from ui.live import LiveUpdates, concerns

    if getattr(window, "live", None) is not None or ctx.engine is None:
        return
    window.live = LiveUpdates(ctx.engine, window)

    def changed(topic: str) -> None:  # connected first: runs before the pages' own slots
        if concerns(topic, "directory"):
            invalidate()  # this desk's cached directory search is out of date
        if concerns(topic, "referrals"):
            refresh_badges(window, ctx)  # a badge the server cannot count yet stays as it was

    window.live.changed.connect(changed)


def open_person(window: QWidget, person_id: object) -> None:
    """Show a person's file on the Personnes page."""
    person = _as_uuid(person_id)
    if person is None or "personnes" not in window.visible_page_keys():
        return
    window.show_page("personnes")
    window.page("personnes").open_person(person)


def refresh_badges(window: QWidget, ctx: DeskContext) -> None:
    """Counts shown next to page names (follow-ups due)."""
    from ui.pages.orientations import update_referrals_badge

    update_referrals_badge(window, ctx)
