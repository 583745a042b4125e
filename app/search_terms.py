"""Normalised search terms for people, shared by the index writer and the query.

"Hélène", "helene" and "HELENE" give the same term; "N'Diaye" gives "n", "diaye" and
"ndiaye"; "Jean-Édouard" gives "jean", "edouard" and "jeanedouard"; a phone number gives
its digits ("0612345678", and the national form of "+33 6 12 …").
The `person_search` table holds one row per person: `person_id` is the person's UUID as
32 hex digits (`person.id.hex`, the way the Uuid column stores it) and `terms` this string.
"""

import re
import unicodedata

_JOINERS = re.compile(r"[\s]+")
# What one search may cost: a name, a phone number or a few words of a service never need more.
# A pasted page of text is cut to this, so its cost stays that of a short search.
MAX_SEARCH_CHARACTERS = 200
MAX_SEARCH_WORDS = 8
MAX_WORD_LENGTH = 40
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})


def fold(text: str) -> str:
    """Lowercase, without accents or ligatures; other scripts are kept as they are."""
    text = (text or "").translate(_LIGATURES)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def words(text: str) -> list[str]:
    """Folded words of a text; letters of any script and digits, punctuation dropped."""
    folded = fold(text)
    return [w for w in re.split(r"[\W_]+", folded) if w]


def phone_digits(phone: str) -> list[str]:
    digits = re.sub(r"\D", "", phone or "")
    if not digits:
        return []
    forms = [digits]
    if digits.startswith("33") and len(digits) == 11:
        forms.append("0" + digits[2:])
    return forms


def name_terms(*names: str) -> list[str]:
    """Words of each name, plus each compound name glued ("n diaye" -> "ndiaye")."""
    terms: list[str] = []
    for name in names:
        for chunk in _JOINERS.split(name or ""):
            parts = words(chunk)
            terms.extend(parts)
            if len(parts) > 1:
                terms.append("".join(parts))
        parts = words(name)
        if len(parts) > 1:
            terms.append("".join(parts))
    return list(dict.fromkeys(terms))


def person_terms(first_name: str, last_name: str = "", phone: str = "") -> str:
    """The `terms` string of a person's search row."""
    return " ".join(name_terms(first_name, last_name) + phone_digits(phone))


def search_words(text: str) -> list[str]:
    """The folded words of what was typed in a search box, capped: the first
    MAX_SEARCH_WORDS different words of its first MAX_SEARCH_CHARACTERS characters, each cut
    to MAX_WORD_LENGTH."""
    found = words((text or "")[:MAX_SEARCH_CHARACTERS])
    kept = dict.fromkeys(word[:MAX_WORD_LENGTH] for word in found)
    return list(kept)[:MAX_SEARCH_WORDS]


def query_words(query: str) -> list[str]:
    """Words typed in the person search box, folded and capped (`search_words`); digit groups
    are glued ("06 12" -> "0612")."""
    query = (query or "")[:MAX_SEARCH_CHARACTERS]
    if re.fullmatch(r"[\d\s.+-]+", query) and re.search(r"\d", query):
        return [digits[:MAX_WORD_LENGTH] for digits in phone_digits(query)[-1:]]
    return search_words(query)
