"""How the pages hand work to one another: the window connects them when it builds them."""

import uuid

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
