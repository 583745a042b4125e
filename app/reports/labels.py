"""French labels of the codes shown in reports (statuses, channels, kinds, outcomes, days)."""

from app import taxonomy
from app.i18n import translate
from models.enums import Channel, ReferralStatus, VisitKind, VisitOutcome

STATUS_ORDER = (
    ReferralStatus.PROPOSED.value,
    ReferralStatus.SENT.value,
    ReferralStatus.ACCEPTED.value,
    ReferralStatus.DONE.value,
    ReferralStatus.REFUSED.value,
    ReferralStatus.UNSUCCESSFUL.value,
    ReferralStatus.EXPIRED.value,
    ReferralStatus.CANCELLED.value,
)


def status_part_label(code: str) -> str:
    """« of which done » rows under the number of referrals."""
    labels = {
        ReferralStatus.PROPOSED.value: translate("ReportLabels", "of which proposed"),
        ReferralStatus.SENT.value: translate("ReportLabels", "of which sent"),
        ReferralStatus.ACCEPTED.value: translate("ReportLabels", "of which accepted"),
        ReferralStatus.REFUSED.value: translate("ReportLabels", "of which refused"),
        ReferralStatus.DONE.value: translate("ReportLabels", "of which done"),
        ReferralStatus.UNSUCCESSFUL.value: translate("ReportLabels", "of which unsuccessful"),
        ReferralStatus.CANCELLED.value: translate("ReportLabels", "of which cancelled"),
        ReferralStatus.EXPIRED.value: translate("ReportLabels", "of which expired"),
    }
    return labels.get(code, code)


def channel_label(code: str) -> str:
    labels = {
        Channel.WALK_IN.value: translate("ReportLabels", "Walk-in"),
        Channel.APPOINTMENT.value: translate("ReportLabels", "Appointment on site"),
        Channel.PHONE.value: translate("ReportLabels", "Phone"),
        Channel.EMAIL.value: translate("ReportLabels", "E-mail"),
        Channel.MAIL.value: translate("ReportLabels", "Letter"),
        Channel.VIDEO.value: translate("ReportLabels", "Video call"),
        Channel.HOME_VISIT.value: translate("ReportLabels", "Home or outside visit"),
    }
    return labels.get(code, code)


def kind_label(code: str) -> str:
    labels = {
        VisitKind.RECEPTION.value: translate("ReportLabels", "Reception"),
        VisitKind.PURCHASE.value: translate("ReportLabels", "Purchase"),
        VisitKind.DROP_OFF.value: translate("ReportLabels", "Drop-off"),
        VisitKind.INFORMATION.value: translate("ReportLabels", "Information"),
        VisitKind.WORKSHOP.value: translate("ReportLabels", "Workshop"),
        VisitKind.VOLUNTEERING.value: translate("ReportLabels", "Volunteering"),
    }
    return labels.get(code, code)


def outcome_label(code: str) -> str:
    labels = {
        "": translate("ReportLabels", "Not noted"),
        VisitOutcome.INFORMATION_GIVEN.value: translate("ReportLabels", "Information given"),
        VisitOutcome.DONE_TOGETHER.value: translate("ReportLabels", "Done together"),
        VisitOutcome.APPOINTMENT_MADE.value: translate("ReportLabels", "Appointment made"),
        VisitOutcome.REFERRAL.value: translate("ReportLabels", "Referral"),
        VisitOutcome.OTHER.value: translate("ReportLabels", "Other"),
    }
    return labels.get(code, code)


def theme_label(code: str) -> str:
    return taxonomy.theme_label(code)


def weekday_short(index: int) -> str:
    """Monday = 0."""
    names = (
        translate("ReportLabels", "Mon"),
        translate("ReportLabels", "Tue"),
        translate("ReportLabels", "Wed"),
        translate("ReportLabels", "Thu"),
        translate("ReportLabels", "Fri"),
        translate("ReportLabels", "Sat"),
        translate("ReportLabels", "Sun"),
    )
    return names[index]
