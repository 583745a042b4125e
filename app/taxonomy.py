"""National code lists from the data·inclusion schema: we store codes, we show its French labels."""

from dataclasses import dataclass
from functools import cache

from data_inclusion.schema import v1 as di


@dataclass(frozen=True)
class Code:
    value: str
    label: str
    description: str = ""


def _codes(enum_cls) -> tuple[Code, ...]:  # type: ignore[no-untyped-def]
    return tuple(Code(member.value, member.label, member.description or "") for member in enum_cls)


@cache
def themes() -> tuple[Code, ...]:
    """Thématiques ("categorie--sous-thematique"), e.g. "mobilite--financer-mon-projet"."""
    return _codes(di.Thematique)


@cache
def theme_categories() -> tuple[Code, ...]:
    return _codes(di.Categorie)


@cache
def service_types() -> tuple[Code, ...]:
    return _codes(di.TypeService)


@cache
def fees() -> tuple[Code, ...]:
    return _codes(di.Frais)


@cache
def publics() -> tuple[Code, ...]:
    return _codes(di.Public)


@cache
def modes_accueil() -> tuple[Code, ...]:
    return _codes(di.ModeAccueil)


@cache
def modes_mobilisation() -> tuple[Code, ...]:
    return _codes(di.ModeMobilisation)


@cache
def _labels() -> dict[str, str]:
    table: dict[str, str] = {}
    for group in (
        theme_categories(),
        themes(),
        service_types(),
        fees(),
        publics(),
        modes_accueil(),
        modes_mobilisation(),
    ):
        for code in group:
            table.setdefault(code.value, code.label)
    return table


def label(code: str) -> str:
    """The French label of any data·inclusion code (the code itself if unknown)."""
    return _labels().get(code, code)


def theme_label(code: str) -> str:
    """A theme with its category, e.g. « Mobilité › Financer mon projet »."""
    category = code.split("--", 1)[0]
    own = label(code)
    cat = label(category)
    return own if cat == category or cat == own else f"{cat} › {own}"
