"""Errors the domain raises. Messages name the field so every caller can say what and where."""


class DomainError(Exception):
    """A rule of the domain refused an action; the message, a `problem()` Text, is for the user."""


class ValidationError(DomainError):
    """One or more fields are invalid. `problems` maps a field path to its reason (a Text)."""

    def __init__(self, problems: dict[str, str]):
        self.problems = dict(problems)
        super().__init__("; ".join(f"{field}: {reason}" for field, reason in self.problems.items()))


class TransitionError(DomainError):
    """A lifecycle step that the case's current state does not allow."""


class StaleRecordError(DomainError):
    """Someone saved the record after this copy of it was loaded."""


class ConflictError(DomainError):
    """The change collides with what is stored already (a duplicate); nothing was saved."""


class NotFoundError(DomainError):
    """The thing asked for does not exist."""
