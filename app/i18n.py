"""Translations for the parts that run without Qt (services, PDFs, CLI).

The catalogue is the same Qt Linguist .ts files that the UI compiles to .qm: source strings are
English, `translate(context, text)` returns the translation of the current language, and
`pyside6-lupdate` finds these calls like it finds `self.tr()` in widgets.
"""

from functools import cache

from app.resources import resource_path

DEFAULT_LANGUAGE = "fr"
SUPPORTED_LANGUAGES = ("fr", "en")

_current = {"language": DEFAULT_LANGUAGE}


def set_language(language: str) -> None:
    _current["language"] = language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _current["language"]


def is_singular(count: int) -> bool:
    """Whether a count takes the singular: 0 and 1 in French (« 0 service »), 1 in English."""
    return count == 1 or (count == 0 and current_language() == "fr")


def counted(count: int, one: str, many: str) -> str:
    """`one` or `many` (already translated, with %1 for the number) as the count asks."""
    return (one if is_singular(count) else many).replace("%1", str(count))


@cache
def catalogue(language: str) -> dict[tuple[str, str], str]:
    """All finished translations for a language: {(context, source): translation}."""
    entries: dict[tuple[str, str], str] = {}
    if language == "en":
        return entries
    import xml.etree.ElementTree as ET

    for ts_file in sorted(resource_path("translations").glob(f"*_{language}.ts")):
        root = ET.parse(ts_file).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                node = message.find("translation")
                if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                if node.text:
                    entries[(name, source)] = node.text
    return entries


def translate(context: str, text: str) -> str:
    return catalogue(current_language()).get((context, text), text)
