"""Phone numbers as French readers expect them: « 02 99 12 34 56 », « +33 6 12 34 56 78 ».

Numbers are kept as typed; only what is shown (screens, sheets, lists) is formatted. What is not
a French number (a short number like 3919, a foreign number, a number with an extension or
words) is shown as typed.
"""

import re

_SEPARATORS = re.compile(r"[\s.\-/()]+")


def shown_phone(phone: str | None) -> str:
    """The number in pairs of digits when it is a French one; otherwise as typed."""
    text = (phone or "").strip()
    compact = _SEPARATORS.sub("", text)
    if re.fullmatch(r"0[1-9]\d{8}", compact):
        return _pairs(compact)
    international = re.fullmatch(r"(?:\+|00)330?([1-9]\d{8})", compact)
    if international:
        rest = international.group(1)
        return "+33 " + rest[0] + " " + _pairs(rest[1:])
    return text


def _pairs(digits: str) -> str:
    return " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))
