"""Words printed on a person's appointment card, in the five sheet languages (as the
orientation sheet: fr, en, es, uk, ar). Place data (address, instructions) stays as entered."""

from datetime import datetime

from app.pdf.sheet_labels import WEEKDAYS, sheet_language

MONTHS: dict[str, tuple[str, ...]] = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "uk": ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
           "вересня", "жовтня", "листопада", "грудня"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
           "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"),
}  # fmt: skip

LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Votre rendez-vous",
        "for": "Pour",
        "motif": "Motif",
        "with": "Avec",
        "duration": "Durée : {minutes} minutes",
        "address": "Adresse",
        "how": "Comment venir",
        "bring": "À apporter",
        "cancel": "Pour annuler ou déplacer, appelez le {phone}.",
        "cancel_no_phone": "Pour annuler ou déplacer, passez nous voir.",
        "scan": "Scannez pour l'ajouter à votre agenda",
        "day": "{weekday} {day} {month} {year}",
        "time": "à {hour} h {minute:02d}",
        "sur-place": "Venez à l'adresse ci-dessous, 5 minutes avant l'heure.",
        "telephone": "Nous vous appelons à l'heure dite : gardez votre téléphone près de vous.",
        "domicile": "Nous venons chez vous à l'heure dite.",
        "visio": "Le lien de la visio vous est envoyé avant le rendez-vous.",
    },
    "en": {
        "title": "Your appointment",
        "for": "For",
        "motif": "About",
        "with": "With",
        "duration": "Length: {minutes} minutes",
        "address": "Address",
        "how": "How to come",
        "bring": "What to bring",
        "cancel": "To cancel or change it, call {phone}.",
        "cancel_no_phone": "To cancel or change it, come and see us.",
        "scan": "Scan to add it to your calendar",
        "day": "{weekday} {day} {month} {year}",
        "time": "at {hour:02d}:{minute:02d}",
        "sur-place": "Come to the address below, 5 minutes early.",
        "telephone": "We will call you at that time: keep your phone with you.",
        "domicile": "We will come to your home at that time.",
        "visio": "The video link is sent to you before the appointment.",
    },
    "es": {
        "title": "Su cita",
        "for": "Para",
        "motif": "Motivo",
        "with": "Con",
        "duration": "Duración: {minutes} minutos",
        "address": "Dirección",
        "how": "Cómo acudir",
        "bring": "Qué traer",
        "cancel": "Para anular o cambiar la cita, llame al {phone}.",
        "cancel_no_phone": "Para anular o cambiar la cita, venga a vernos.",
        "scan": "Escanee para añadirla a su agenda",
        "day": "{weekday} {day} de {month} de {year}",
        "time": "a las {hour:02d}:{minute:02d}",
        "sur-place": "Venga a la dirección indicada, 5 minutos antes.",
        "telephone": "Le llamaremos a esa hora: tenga su teléfono a mano.",
        "domicile": "Iremos a su domicilio a esa hora.",
        "visio": "Le enviaremos el enlace de la videollamada antes de la cita.",
    },
    "uk": {
        "title": "Ваш прийом",
        "for": "Для",
        "motif": "Мета",
        "with": "З",
        "duration": "Тривалість: {minutes} хв",
        "address": "Адреса",
        "how": "Як прийти",
        "bring": "Що взяти з собою",
        "cancel": "Щоб скасувати або перенести, телефонуйте {phone}.",
        "cancel_no_phone": "Щоб скасувати або перенести, завітайте до нас.",
        "scan": "Скануйте, щоб додати до календаря",
        "day": "{weekday}, {day} {month} {year}",
        "time": "о {hour:02d}:{minute:02d}",
        "sur-place": "Приходьте за адресою нижче, за 5 хвилин до початку.",
        "telephone": "Ми зателефонуємо вам у цей час: тримайте телефон поруч.",
        "domicile": "Ми прийдемо до вас додому в цей час.",
        "visio": "Посилання на відеозвʼязок надішлемо перед прийомом.",
    },
    "ar": {
        "title": "موعدك",
        "for": "لـ",
        "motif": "الموضوع",
        "with": "مع",
        "duration": "المدة: {minutes} دقيقة",
        "address": "العنوان",
        "how": "كيف تأتي",
        "bring": "ما يجب إحضاره",
        "cancel": "للإلغاء أو التغيير، اتصل بالرقم {phone}.",
        "cancel_no_phone": "للإلغاء أو التغيير، تفضل بزيارتنا.",
        "scan": "امسح الرمز لإضافته إلى تقويمك",
        "day": "{weekday} {day} {month} {year}",
        "time": "الساعة {hour:02d}:{minute:02d}",
        "sur-place": "تعال إلى العنوان أدناه قبل الموعد بخمس دقائق.",
        "telephone": "سنتصل بك في هذا الوقت: أبقِ هاتفك قريباً منك.",
        "domicile": "سنأتي إلى منزلك في هذا الوقت.",
        "visio": "سنرسل لك رابط الاتصال المرئي قبل الموعد.",
    },
}


def label(language: str, key: str) -> str:
    return LABELS[sheet_language(language)][key]


def day_in_words(moment: datetime, language: str) -> str:
    """« lundi 4 janvier 2027 » (a local time)."""
    language = sheet_language(language)
    return LABELS[language]["day"].format(
        weekday=WEEKDAYS[language][moment.weekday()], day=moment.day,
        month=MONTHS[language][moment.month - 1], year=moment.year,
    )  # fmt: skip


def time_in_words(moment: datetime, language: str) -> str:
    return label(language, "time").format(hour=moment.hour, minute=moment.minute)
