"""Code lists that belong to Aiguillage itself (the national ones come from data-inclusion-schema).

Values are stable codes stored in the database; labels are shown through the translation layer.
"""

from enum import StrEnum


class SiteKind(StrEnum):
    EMPLOYMENT_DESK = "espace-emploi"
    RECYCLERIE = "recyclerie"
    SOCIAL_DESK = "accueil-social"
    OTHER = "autre"


class Role(StrEnum):
    VOLUNTEER = "volunteer"
    AGENT = "agent"
    COORDINATOR = "coordinator"


class Channel(StrEnum):
    """How the person reached us (Mon Suivi Social contact channels)."""

    WALK_IN = "accueil-spontane"
    APPOINTMENT = "rdv-presentiel"
    PHONE = "telephone"
    EMAIL = "email"
    MAIL = "courrier"
    VIDEO = "visio"
    HOME_VISIT = "rdv-domicile-exterieur"


class VisitKind(StrEnum):
    """Reception visits use RECEPTION; till buttons store their own kind code instead."""

    RECEPTION = "accueil"
    PURCHASE = "achat"
    DROP_OFF = "depot"
    INFORMATION = "information"
    WORKSHOP = "atelier"
    VOLUNTEERING = "benevolat"


class VisitOutcome(StrEnum):
    INFORMATION_GIVEN = "information-donnee"
    DONE_TOGETHER = "demarche-faite-ensemble"
    APPOINTMENT_MADE = "rendez-vous-pris"
    REFERRAL = "orientation"
    OTHER = "autre"


class AgeBand(StrEnum):
    UNDER_18 = "moins-18"
    AGE_18_25 = "18-25"
    AGE_26_35 = "26-35"
    AGE_36_45 = "36-45"
    AGE_46_55 = "46-55"
    AGE_56_65 = "56-65"
    OVER_65 = "plus-65"


class Gender(StrEnum):
    WOMAN = "femme"
    MAN = "homme"
    OTHER = "autre"


class ReferralStatus(StrEnum):
    PROPOSED = "proposee"
    SENT = "envoyee"
    ACCEPTED = "acceptee"
    REFUSED = "refusee"
    DONE = "realisee"
    UNSUCCESSFUL = "non-aboutie"
    CANCELLED = "annulee"
    EXPIRED = "expiree"


OPEN_REFERRAL_STATUSES = (ReferralStatus.PROPOSED, ReferralStatus.SENT, ReferralStatus.ACCEPTED)
CLOSED_REFERRAL_STATUSES = (
    ReferralStatus.REFUSED,
    ReferralStatus.DONE,
    ReferralStatus.UNSUCCESSFUL,
    ReferralStatus.CANCELLED,
    ReferralStatus.EXPIRED,
)


class RefusalReason(StrEnum):
    """DORA refusal reasons, also used for "non aboutie"."""

    UNREACHABLE = "beneficiaire-non-joignable"
    ABSENT = "absent"
    IN_EMPLOYMENT = "en-emploi"
    IN_TRAINING = "en-formation"
    NOT_ELIGIBLE = "non-eligible"
    NOT_MOBILE = "non-mobile"
    NOT_INTERESTED = "non-interesse"
    OTHER_BARRIERS = "freins-peripheriques"
    SESSION_FULL = "session-complete"
    DUPLICATE = "doublon"
    OTHER = "autre"


class ReferralChannel(StrEnum):
    SHEET = "fiche-remise"
    PHONED = "partenaire-appele"
    EMAILED = "partenaire-mail"


class SheetLanguage(StrEnum):
    FR = "fr"
    EN = "en"
    ES = "es"
    UK = "uk"
    AR = "ar"


class AuditAction(StrEnum):
    LOGIN = "login"
    LOGIN_FAILED = "login-failed"
    LOGOUT = "logout"
    PERSON_OPENED = "person-opened"
    PERSON_CREATED = "person-created"
    PERSON_EDITED = "person-edited"
    PERSON_MERGED = "person-merged"
    PERSON_EXPORTED = "person-exported"
    PERSON_ANONYMISED = "person-anonymised"
    PERSON_ERASED = "person-erased"
    VISIT_EDITED = "visit-edited"
    VISIT_DELETED = "visit-deleted"
    REFERRAL_CHANGED = "referral-changed"
    EXPORT = "export"
    IMPORT = "import"
    BACKUP = "backup"
    RESTORE = "restore"
    SETTINGS_CHANGED = "settings-changed"
    AGENT_CHANGED = "agent-changed"
    RETENTION_RUN = "retention-run"
    APPOINTMENT_BOOKED = "appointment-booked"
    APPOINTMENT_MOVED = "appointment-moved"
    APPOINTMENT_STATUS = "appointment-status"
    AGENDA_CHANGED = "agenda-changed"


# Category names stored by earlier versions, and the name they are shown and counted under.
RENAMED_DONATION_CATEGORIES = {"supports media": "supports médias"}

DEFAULT_DONATION_CATEGORIES = (
    "textile et accessoires",
    "mobilier",
    "électroménager",
    "informatique",
    "vaisselle",
    "livres",
    "jouets",
    "supports médias",
    "bibelots",
    "bijoux",
    "autres",
)


class MotifKind(StrEnum):
    """How an appointment happens (RDV-Solidarités' « lieu », « téléphone », « domicile »,
    « visio »)."""

    ON_SITE = "sur-place"
    PHONE = "telephone"
    HOME = "domicile"
    VIDEO = "visio"


class AppointmentStatus(StrEnum):
    PLANNED = "a-venir"
    SEEN = "vu"
    NO_SHOW = "absent"
    EXCUSED = "excuse"
    CANCELLED_BY_PLACE = "annule-par-le-lieu"


# A booking in one of these holds its seat; the others gave it back.
SEAT_HOLDING_STATUSES = (
    AppointmentStatus.PLANNED,
    AppointmentStatus.SEEN,
    AppointmentStatus.NO_SHOW,
)
