"""Text cells that a spreadsheet would run as a formula (OWASP « CSV injection »).

Directory data comes from outside (imports from other tools), and CSV and XLSX files are opened
in spreadsheets. A text cell that starts with « = », « + », « - », « @ », a tab or a carriage
return is written with a single quote in front, so the spreadsheet shows it as text instead of
running it. Only text cells: numbers (a negative longitude, a count) stay numbers. Our importers
take the quote off again, so a file exported then imported gives back the same values.
"""

from typing import Any

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """The text as a spreadsheet must see it: quoted when it would start a formula."""
    return "'" + text if text.startswith(TRIGGERS) else text


def neutralise_cell(value: Any) -> Any:
    """Text cells neutralised; numbers, dates and empty cells as they are."""
    return neutralise(value) if isinstance(value, str) else value


def restore(text: str) -> str:
    """The text before `neutralise` (a quote followed by a formula start loses the quote)."""
    return text[1:] if text.startswith("'") and text[1:].startswith(TRIGGERS) else text
