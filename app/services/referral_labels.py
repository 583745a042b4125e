"""The words of a referral, in the interface's language: its status, the reason of a refusal,
how the partner was reached. Shared by the referral pages, the person's file and the reports;
the lifecycle itself is app.services.referrals."""

from app.i18n import translate
from models.enums import ReferralChannel, ReferralStatus, RefusalReason


def status_label(status: str) -> str:
    """« Proposée », « Envoyée »… for a status code."""
    labels = {
        ReferralStatus.PROPOSED: translate("Referrals", "Proposed"),
        ReferralStatus.SENT: translate("Referrals", "Sent"),
        ReferralStatus.ACCEPTED: translate("Referrals", "Accepted"),
        ReferralStatus.REFUSED: translate("Referrals", "Refused"),
        ReferralStatus.DONE: translate("Referrals", "Done"),
        ReferralStatus.UNSUCCESSFUL: translate("Referrals", "Unsuccessful"),
        ReferralStatus.CANCELLED: translate("Referrals", "Cancelled"),
        ReferralStatus.EXPIRED: translate("Referrals", "Expired"),
    }
    return labels.get(status, status)  # type: ignore[call-overload]


def refusal_reason_label(reason: str) -> str:
    """The words of a refusal (or « non aboutie ») reason code."""
    labels = {
        RefusalReason.UNREACHABLE: translate("Referrals", "Person cannot be reached"),
        RefusalReason.ABSENT: translate("Referrals", "Did not come"),
        RefusalReason.IN_EMPLOYMENT: translate("Referrals", "Now in work"),
        RefusalReason.IN_TRAINING: translate("Referrals", "Now in training"),
        RefusalReason.NOT_ELIGIBLE: translate("Referrals", "Not eligible"),
        RefusalReason.NOT_MOBILE: translate("Referrals", "Cannot travel"),
        RefusalReason.NOT_INTERESTED: translate("Referrals", "Not interested"),
        RefusalReason.OTHER_BARRIERS: translate("Referrals", "Other barriers (childcare, health…)"),
        RefusalReason.SESSION_FULL: translate("Referrals", "Session full"),
        RefusalReason.DUPLICATE: translate("Referrals", "Duplicate"),
        RefusalReason.OTHER: translate("Referrals", "Other reason"),
    }
    return labels.get(reason, reason)  # type: ignore[call-overload]


def channel_label(channel: str) -> str:
    """How the partner was reached."""
    labels = {
        ReferralChannel.SHEET: translate("Referrals", "Sheet handed over"),
        ReferralChannel.PHONED: translate("Referrals", "Partner phoned"),
        ReferralChannel.EMAILED: translate("Referrals", "Partner e-mailed"),
    }
    return labels.get(channel, channel)  # type: ignore[call-overload]
