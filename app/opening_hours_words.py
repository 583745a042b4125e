"""The words of opening hours in the languages of the orientation sheets (fr, en, es, uk, ar).

Partner data is never translated; these are our own few words around it.
"""

DAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "uk": ("понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
}

# range "from … to …", list "and", separator between days and times
WORDS = {
    "fr": {
        "range": "du {a} au {b}",
        "and": " et ",
        "sep": ", ",
        "groups": " ; ",
        "ph_closed": "fermé les jours fériés",
        "ph_hours": "jours fériés : {t}",
        "always": "ouvert 24 h/24, 7 j/7",
        "closed": "fermé",
        "unknown": "horaires non renseignés",
    },
    "en": {
        "range": "{a} to {b}",
        "and": " and ",
        "sep": ": ",
        "groups": "; ",
        "ph_closed": "closed on public holidays",
        "ph_hours": "public holidays: {t}",
        "always": "open 24/7",
        "closed": "closed",
        "unknown": "opening hours not known",
    },
    "es": {
        "range": "de {a} a {b}",
        "and": " y ",
        "sep": ": ",
        "groups": "; ",
        "ph_closed": "cerrado los días festivos",
        "ph_hours": "días festivos: {t}",
        "always": "abierto 24 h, todos los días",
        "closed": "cerrado",
        "unknown": "horario no indicado",
    },
    "uk": {
        "range": "{a} – {b}",
        "and": " і ",
        "sep": ": ",
        "groups": "; ",
        "ph_closed": "у святкові дні зачинено",
        "ph_hours": "святкові дні: {t}",
        "always": "відчинено цілодобово",
        "closed": "зачинено",
        "unknown": "години роботи невідомі",
    },
    "ar": {
        "range": "من {a} إلى {b}",
        "and": " و",
        "sep": ": ",
        "groups": "; ",
        "ph_closed": "مغلق أيام العطل الرسمية",
        "ph_hours": "أيام العطل الرسمية: {t}",
        "always": "مفتوح 24/24 ساعة طوال الأسبوع",
        "closed": "مغلق",
        "unknown": "أوقات العمل غير معروفة",
    },
}

MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
}
# "closed in August", "closed July to August": nominative month names and the phrases around them
MONTHS_NAMED = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": MONTHS["en"],
    "es": MONTHS["es"],
    "uk": "січень лютий березень квітень травень червень липень серпень вересень жовтень "
    "листопад грудень",
    "ar": MONTHS["ar"],
}
MONTHS_CLOSED = {
    "fr": ("fermé en {m}", "fermé de {a} à {b}"),
    "en": ("closed in {m}", "closed from {a} to {b}"),
    "es": ("cerrado en {m}", "cerrado de {a} a {b}"),
    "uk": ("зачинено: {m}", "зачинено: {a} – {b}"),
    "ar": ("مغلق في {m}", "مغلق من {a} إلى {b}"),
}

STATE_WORDS = {
    "fr": {
        "open": "Ouvert",
        "always_open": "Ouvert 24 h/24",
        "closed": "Fermé",
        "closes": "Ouvert — ferme {w}",
        "opens": "Fermé — ouvre {w}",
        "today": "à {t}",
        "tomorrow": "demain à {t}",
        "weekday": "{d} à {t}",
        "date": "le {d} à {t}",
        "day": "{n} {m}",
        "closure": "Fermé exceptionnellement jusqu'au {d}",
        "unknown": "Horaires non renseignés",
        "to_confirm": "Horaires à confirmer",
    },
    "en": {
        "open": "Open",
        "always_open": "Open 24/7",
        "closed": "Closed",
        "closes": "Open — closes {w}",
        "opens": "Closed — opens {w}",
        "today": "at {t}",
        "tomorrow": "tomorrow at {t}",
        "weekday": "{d} at {t}",
        "date": "on {d} at {t}",
        "day": "{n} {m}",
        "closure": "Exceptionally closed until {d}",
        "unknown": "Opening hours not known",
        "to_confirm": "Opening hours to be confirmed",
    },
    "es": {
        "open": "Abierto",
        "always_open": "Abierto 24 h",
        "closed": "Cerrado",
        "closes": "Abierto — cierra {w}",
        "opens": "Cerrado — abre {w}",
        "today": "a las {t}",
        "tomorrow": "mañana a las {t}",
        "weekday": "el {d} a las {t}",
        "date": "el {d} a las {t}",
        "day": "{n} de {m}",
        "closure": "Cerrado excepcionalmente hasta el {d}",
        "unknown": "Horario no indicado",
        "to_confirm": "Horario por confirmar",
    },
    "uk": {
        "open": "Відчинено",
        "always_open": "Відчинено цілодобово",
        "closed": "Зачинено",
        "closes": "Відчинено — зачиняється {w}",
        "opens": "Зачинено — відчиняється {w}",
        "today": "о {t}",
        "tomorrow": "завтра о {t}",
        "weekday": "у {d} о {t}",
        "date": "{d} о {t}",
        "day": "{n} {m}",
        "closure": "Тимчасово зачинено до {d}",
        "unknown": "Години роботи невідомі",
        "to_confirm": "Години роботи уточнюються",
    },
    "ar": {
        "open": "مفتوح",
        "always_open": "مفتوح 24/24",
        "closed": "مغلق",
        "closes": "مفتوح — يغلق {w}",
        "opens": "مغلق — يفتح {w}",
        "today": "الساعة {t}",
        "tomorrow": "غدًا الساعة {t}",
        "weekday": "يوم {d} الساعة {t}",
        "date": "في {d} الساعة {t}",
        "day": "{n} {m}",
        "closure": "مغلق استثنائيًا حتى {d}",
        "unknown": "أوقات العمل غير معروفة",
        "to_confirm": "أوقات العمل قيد التأكيد",
    },
}

# Ukrainian weekdays after « у » (accusative).
DAYS_UK_AFTER_AT = ("понеділок", "вівторок", "середу", "четвер", "пʼятницю", "суботу", "неділю")
