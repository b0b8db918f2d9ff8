"""Input the app cannot use: the one error the user sees, and the bounds on what one input may cost.

Every cap on user input lives in ``LIMITS`` (text boxes, both tokenizers, both models, the English
parser), so the pages, the messages and the tests read the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass


class InputError(ValueError):
    """Input the app cannot use; ``str(err)`` is a message for the user."""


@dataclass(frozen=True)
class InputLimits:
    chars: int = 2000            # longer text is refused outright (the models handle ~60 words)
    source_tokens: int = 80      # Mini-Tamil tokens translated; longer input is cut with a note (trained on 3–60)
    english_tokens: int = 80     # English tokens the self-attention page reads; longer input is cut with a note
    parse_tokens: int = 160      # the English parser refuses longer input (the encoder's position table)
    suggested: int = 12          # unknown words that get spelling suggestions (bounded time)


LIMITS = InputLimits()
