"""The one error the user sees: input the app cannot use, with a message meant for them."""

from __future__ import annotations


class InputError(ValueError):
    """Input the app cannot use; ``str(err)`` is a message for the user."""
