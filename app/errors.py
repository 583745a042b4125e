"""Errors meant for the person at the desk: their message is already translated."""


class UserError(Exception):
    """Bad input or a refused action; the message is short, concrete and translated."""

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class PermissionDenied(UserError):
    """The current agent's role does not allow this action."""


class DatabaseError(UserError):
    """The database file cannot be opened, read or written.

    `unreachable` is True when the server could not be reached or the connection was lost:
    a desk on a server then keeps its till clicks in its outbox (app.outbox).
    """

    unreachable: bool = False


class EditConflict(UserError):
    """Another desk saved the same thing since this desk loaded it: nothing was saved.

    `changed` names (in French) what now differs from what this desk was about to save, so the
    form can say it and offer to reload the current values."""

    def __init__(self, message: str, changed: list[str] | None = None) -> None:
        super().__init__(message)
        self.changed = list(changed or [])
