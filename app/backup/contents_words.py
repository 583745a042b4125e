"""What a backup holds, in words that follow the counts: « 1 personne, 3 passages, 0 orientation »
(0 and 1 take the singular in French, only 1 in English; an unknown count is « ? »)."""

from app.i18n import counted, translate


def _tr(text: str) -> str:
    return translate("BackupContents", text)


def _words(count: int | None, one: str, many: str) -> str:
    if count is None:  # an older backup that did not record it
        return many.replace("%1", "?")
    return counted(count, one, many)


def people_words(count: int | None) -> str:
    return _words(count, _tr("%1 person"), _tr("%1 people"))


def visits_words(count: int | None) -> str:
    return _words(count, _tr("%1 visit"), _tr("%1 visits"))


def referrals_words(count: int | None) -> str:
    return _words(count, _tr("%1 referral"), _tr("%1 referrals"))


def contents_words(people: int | None, visits: int | None, referrals: int | None) -> str:
    """« 2 personnes, 3 passages, 1 orientation »."""
    return ", ".join((people_words(people), visits_words(visits), referrals_words(referrals)))
