"""argparse's own messages (« invalid choice », « the following arguments are required »…) in
the desk's language. Python translates them through gettext, which has no French catalogue on
these PCs: while our parsers read the command line, argparse's `_` and `ngettext` read our
catalogue instead (context « argparse »), then are put back."""

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from app.i18n import translate


def _argparse(text: str) -> str:
    return translate("argparse", text)


def _argparse_plural(singular: str, plural: str, count: int) -> str:
    return _argparse(singular if count == 1 else plural)


def known_messages() -> tuple[str, ...]:
    """The messages of argparse a person can meet, translated (the catalogue keeps them)."""
    return (
        _argparse("argument %(argument_name)s: %(message)s"),
        _argparse("invalid choice: %(value)r (choose from %(choices)s)"),
        _argparse("unrecognized arguments: %s"),
        _argparse("the following arguments are required: %s"),
        _argparse("one of the arguments %s is required"),
        _argparse("not allowed with argument %s"),
        _argparse("ignored explicit argument %r"),
        _argparse("expected one argument"),
        _argparse("expected at most one argument"),
        _argparse("expected at least one argument"),
        _argparse("expected %s argument"),
        _argparse("expected %s arguments"),
        _argparse("ambiguous option: %(option)s could match %(matches)s"),
        _argparse("unexpected option string: %s"),
        _argparse("invalid %(type)s value: %(value)r"),
        _argparse("unknown parser %(parser_name)r (choices: %(choices)s)"),
    )


@contextmanager
def translated_argparse() -> Iterator[None]:
    """argparse speaks the desk's language inside this block (nested blocks are fine)."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._ = _argparse  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
