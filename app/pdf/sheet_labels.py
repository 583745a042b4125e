"""Words printed on the orientation sheet, in the five sheet languages.

The sheet speaks the person's language (fr, en, es, uk, ar); partner data stays as entered.
Arabic is shaped (letters joined) and reordered for display line by line with
`arabic-reshaper` and `python-bidi`, so ReportLab can draw it with DejaVu Sans.
"""

from datetime import date, datetime

from app import taxonomy

LANGUAGES = ("fr", "en", "es", "uk", "ar")
RTL_LANGUAGES = frozenset({"ar"})

LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Fiche d'orientation",
        "date": "Date",
        "for": "Pour",
        "about": "Motif",
        "address": "Adresse",
        "phone": "Téléphone",
        "email": "E-mail",
        "hours": "Horaires",
        "next_opening": "Prochaine ouverture",
        "open_now": "Ouvert en ce moment",
        "closure": "Fermeture",
        "closure_text": "fermé du {start} au {end}",
        "how": "Comment y aller",
        "documents": "Documents à apporter",
        "fees": "Tarif",
        "conditions": "Conditions d'accès",
        "verified": "Informations vérifiées le",
        "scan": "Scannez pour appeler",
        "scan_address": "Scannez pour l'adresse",
        "privacy": "Cette fiche est à vous : elle ne contient que ce qui sert pour ce rendez-vous.",
        "at": "{day} {date} à {time}",
        "no_hours": "Horaires non renseignés : téléphonez avant de venir.",
    },
    "en": {
        "title": "Referral sheet",
        "date": "Date",
        "for": "For",
        "about": "About",
        "address": "Address",
        "phone": "Phone",
        "email": "E-mail",
        "hours": "Opening hours",
        "next_opening": "Next opening",
        "open_now": "Open now",
        "closure": "Closure",
        "closure_text": "closed from {start} to {end}",
        "how": "How to get in",
        "documents": "Documents to bring",
        "fees": "Fees",
        "conditions": "Who can go",
        "verified": "Information checked on",
        "scan": "Scan to call",
        "scan_address": "Scan for the address",
        "privacy": "This sheet is yours: it only holds what is needed for this visit.",
        "at": "{day} {date} at {time}",
        "no_hours": "Opening hours not given: please phone before going.",
    },
    "es": {
        "title": "Ficha de orientación",
        "date": "Fecha",
        "for": "Para",
        "about": "Motivo",
        "address": "Dirección",
        "phone": "Teléfono",
        "email": "Correo electrónico",
        "hours": "Horario",
        "next_opening": "Próxima apertura",
        "open_now": "Abierto ahora",
        "closure": "Cierre",
        "closure_text": "cerrado del {start} al {end}",
        "how": "Cómo acudir",
        "documents": "Documentos que debe llevar",
        "fees": "Precio",
        "conditions": "Condiciones de acceso",
        "verified": "Información verificada el",
        "scan": "Escanee para llamar",
        "scan_address": "Escanee para ver la dirección",
        "privacy": "Esta ficha es suya: solo contiene lo necesario para esta cita.",
        "at": "{day} {date} a las {time}",
        "no_hours": "Horario no indicado: llame antes de ir.",
    },
    "uk": {
        "title": "Направлення",
        "date": "Дата",
        "for": "Для",
        "about": "Питання",
        "address": "Адреса",
        "phone": "Телефон",
        "email": "Ел. пошта",
        "hours": "Години роботи",
        "next_opening": "Найближче відкриття",
        "open_now": "Зараз відчинено",
        "closure": "Закриття",
        "closure_text": "зачинено з {start} до {end}",
        "how": "Як звернутися",
        "documents": "Документи, які треба взяти",
        "fees": "Вартість",
        "conditions": "Умови доступу",
        "verified": "Інформацію перевірено",
        "scan": "Скануйте, щоб зателефонувати",
        "scan_address": "Скануйте, щоб побачити адресу",
        "privacy": "Цей аркуш належить вам: тут лише те, що потрібно для цього візиту.",
        "at": "{day} {date} о {time}",
        "no_hours": "Години роботи не вказано: зателефонуйте перед візитом.",
    },
    "ar": {
        "title": "ورقة التوجيه",
        "date": "التاريخ",
        "for": "إلى",
        "about": "الموضوع",
        "address": "العنوان",
        "phone": "الهاتف",
        "email": "البريد الإلكتروني",
        "hours": "أوقات العمل",
        "next_opening": "الافتتاح القادم",
        "open_now": "مفتوح الآن",
        "closure": "إغلاق",
        "closure_text": "مغلق من {start} إلى {end}",
        "how": "كيفية الوصول",
        "documents": "الوثائق المطلوبة",
        "fees": "التكلفة",
        "conditions": "شروط القبول",
        "verified": "تم التحقق من المعلومات في",
        "scan": "امسح الرمز للاتصال",
        "scan_address": "امسح الرمز لرؤية العنوان",
        "privacy": "هذه الورقة لك: لا تحتوي إلا على ما يلزم لهذا الموعد.",
        "at": "{day} {date} الساعة {time}",
        "no_hours": "أوقات العمل غير محددة: يرجى الاتصال قبل الذهاب.",
    },
}

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "uk": ("понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
}

# how to get in (data·inclusion "modes de mobilisation")
MOBILISATION: dict[str, dict[str, str]] = {
    "se-presenter": {
        "fr": "Se présenter sur place",
        "en": "Go there in person",
        "es": "Presentarse en el lugar",
        "uk": "Прийти особисто",
        "ar": "الحضور شخصياً",
    },
    "telephoner": {
        "fr": "Téléphoner",
        "en": "Phone",
        "es": "Llamar por teléfono",
        "uk": "Зателефонувати",
        "ar": "الاتصال هاتفياً",
    },
    "envoyer-un-courriel": {
        "fr": "Envoyer un e-mail",
        "en": "Send an e-mail",
        "es": "Enviar un correo electrónico",
        "uk": "Надіслати ел. листа",
        "ar": "إرسال بريد إلكتروني",
    },
    "utiliser-lien-mobilisation": {
        "fr": "Prendre rendez-vous en ligne",
        "en": "Book online",
        "es": "Pedir cita en línea",
        "uk": "Записатися онлайн",
        "ar": "حجز موعد عبر الإنترنت",
    },
}

FEES: dict[str, dict[str, str]] = {
    "gratuit": {
        "fr": "Gratuit",
        "en": "Free",
        "es": "Gratuito",
        "uk": "Безкоштовно",
        "ar": "مجاني",
    },
    "payant": {"fr": "Payant", "en": "Paid", "es": "De pago", "uk": "Платно", "ar": "مدفوع"},
}

THEME_CATEGORIES: dict[str, dict[str, str]] = {
    "choisir-un-metier": {
        "en": "Choosing a job",
        "es": "Elegir un oficio",
        "uk": "Вибір професії",
        "ar": "اختيار مهنة",
    },
    "creer-une-entreprise": {
        "en": "Starting a business",
        "es": "Crear una empresa",
        "uk": "Створення підприємства",
        "ar": "إنشاء مشروع",
    },
    "difficultes-administratives-ou-juridiques": {
        "en": "Paperwork and legal matters",
        "es": "Trámites y asuntos jurídicos",
        "uk": "Документи та правові питання",
        "ar": "الإجراءات الإدارية والقانونية",
    },
    "difficultes-financieres": {
        "en": "Money difficulties",
        "es": "Dificultades económicas",
        "uk": "Фінансові труднощі",
        "ar": "صعوبات مالية",
    },
    "equipement-et-alimentation": {
        "en": "Food and equipment",
        "es": "Alimentación y equipamiento",
        "uk": "Харчування та речі",
        "ar": "الغذاء والتجهيزات",
    },
    "famille": {"en": "Family", "es": "Familia", "uk": "Сімʼя", "ar": "الأسرة"},
    "lecture-ecriture-calcul": {
        "en": "Reading, writing and numbers",
        "es": "Lectura, escritura y cálculo",
        "uk": "Читання, письмо та лічба",
        "ar": "القراءة والكتابة والحساب",
    },
    "logement-hebergement": {
        "en": "Housing",
        "es": "Vivienda y alojamiento",
        "uk": "Житло",
        "ar": "السكن والإيواء",
    },
    "mobilite": {"en": "Getting around", "es": "Movilidad", "uk": "Транспорт", "ar": "التنقل"},
    "numerique": {
        "en": "Computers and internet",
        "es": "Informática e internet",
        "uk": "Компʼютер та інтернет",
        "ar": "الرقمنة والإنترنت",
    },
    "preparer-sa-candidature": {
        "en": "Preparing a job application",
        "es": "Preparar una candidatura",
        "uk": "Підготовка резюме",
        "ar": "تحضير طلب العمل",
    },
    "remobilisation": {
        "en": "Getting back on track",
        "es": "Retomar el rumbo",
        "uk": "Повернення до активності",
        "ar": "استعادة النشاط",
    },
    "sante": {"en": "Health", "es": "Salud", "uk": "Здоровʼя", "ar": "الصحة"},
    "se-former": {"en": "Training", "es": "Formación", "uk": "Навчання", "ar": "التكوين"},
    "souvrir-a-linternational": {
        "en": "Going abroad",
        "es": "Abrirse al extranjero",
        "uk": "Міжнародні можливості",
        "ar": "الانفتاح على الخارج",
    },
    "trouver-un-emploi": {
        "en": "Finding a job",
        "es": "Encontrar empleo",
        "uk": "Пошук роботи",
        "ar": "البحث عن عمل",
    },
}


def sheet_language(language: str | None) -> str:
    return language if language in LANGUAGES else "fr"


def is_rtl(language: str) -> bool:
    return language in RTL_LANGUAGES


def label(language: str, key: str) -> str:
    return LABELS[sheet_language(language)][key]


def format_day(day: date, language: str) -> str:
    return day.strftime("%d.%m.%Y" if language == "uk" else "%d/%m/%Y")


def format_moment(moment: datetime, language: str) -> str:
    """A local time in words, e.g. « lundi 23/11/2026 à 9 h 00 »."""
    language = sheet_language(language)
    day_name = WEEKDAYS[language][moment.weekday()]
    clock = f"{moment.hour} h {moment.minute:02d}" if language == "fr" else f"{moment:%H:%M}"
    return LABELS[language]["at"].format(
        day=day_name, date=format_day(moment.date(), language), time=clock
    )


def theme_words(themes: list[str], language: str) -> str:
    """The visit's themes as categories in the sheet's language, without repeats."""
    language = sheet_language(language)
    categories = list(dict.fromkeys(t.split("--", 1)[0] for t in themes if t))
    words = []
    for category in categories:
        if language == "fr":
            words.append(taxonomy.label(category))
        else:
            words.append(THEME_CATEGORIES.get(category, {}).get(language, taxonomy.label(category)))
    return ", ".join(words)


def mobilisation_words(codes: list[str], language: str) -> list[str]:
    language = sheet_language(language)
    return [MOBILISATION.get(code, {}).get(language, taxonomy.label(code)) for code in codes]


def fees_words(code: str, language: str) -> str:
    if not code:
        return ""
    return FEES.get(code, {}).get(sheet_language(language), taxonomy.label(code))
