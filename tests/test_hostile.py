"""Hostile input: the input guard as unit tests (every string against a hand-written expectation), a
property test that no text crashes it, and one AppTest per page that shows the guard's message.

The expectations below are written by hand from what the guard is for, never computed by the code
under test: an empty box asks for a sentence, text with no word of the language is refused with the
reason, a sentence with some unknown words is still translated with those words marked, a long one is
cut at the models' cap with a note."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.runners.analysis import analyze
from model.runners.encoder_runner import EncoderRunner
from model.runners.translator import Translator
from tests.test_app import messages, no_exception, open_page, type_sentence

EMPTY = "The text is empty"
PUNCT = "The text has only punctuation"
NO_WORD = "none of the words is in the vocabulary"
NO_ENGLISH = "none of the words is in the encoder's English vocabulary"
CAP = 2000                                   # every text box takes at most 2000 characters

# text → (what the Mini-Tamil guard does, what the English guard does); ("unknown", n): translated with
# n words marked unknown; ("cut", n): translated, the first n tokens, with a note; ("ok", None): translated
CASES = {
    "": (EMPTY, EMPTY),
    "   \t\n ": (EMPTY, EMPTY),
    "\u200b\u200c\u200d\ufeff": (EMPTY, EMPTY),                       # invisible characters only
    "?!.,;:": (PUNCT, PUNCT),
    "x" * 10_000: (NO_WORD, NO_ENGLISH),
    "😀🔥🚀": (NO_WORD, NO_ENGLISH),
    "مرحبا بالعالم שלום": (NO_WORD, NO_ENGLISH),
    "\x00\x01\x1b[2J\x7f": (NO_WORD, NO_ENGLISH),
    "<script>alert('x')</script>": (NO_WORD, NO_ENGLISH),
    "<img src=x onerror=alert(1)>": (NO_WORD, NO_ENGLISH),
    "1234567890": (NO_WORD, NO_ENGLISH),
    "அ" * 3000: (NO_WORD, NO_ENGLISH),
    "a" * 1999: (NO_WORD, NO_ENGLISH),
    "**bold** _it_ `code` [link](http://x) $x^2$": (NO_WORD, NO_ENGLISH),
    "\u202eevil\u202c": (NO_WORD, NO_ENGLISH),
    "ravi வந்தான் quickly": (("unknown", 1), ("unknown", 2)),        # "quickly" / "ravi" and the Tamil word
    "ந" * 40 + " .": (("unknown", 1), ("unknown", 1)),
    " ".join(["அந்த"] * 200): (("cut", 80), NO_ENGLISH),
    "the report is ready .": (("unknown", 3), ("ok", None)),           # English typed into the Tamil box
}


@pytest.fixture(scope="module")
def translators():
    return {name: Translator.load(name) for name in ("plain", "attention")}


@pytest.mark.parametrize("text", list(CASES), ids=[repr(t[:12]) for t in CASES])
def test_the_mini_tamil_guard(text, translators):
    expected = CASES[text][0]
    a = analyze(text[:CAP], translators)
    refusal = a.error or a.refusals.get("attention") or ""
    if isinstance(expected, str):
        assert refusal.startswith(expected) or expected in refusal, refusal
        assert "\n" not in refusal and len(refusal) < 400               # one readable line
        return
    kind, n = expected
    assert not refusal and a.translations["attention"].tgt
    if kind == "unknown":
        assert len(a.unknown) == n
    elif kind == "cut":
        assert len(a.tokens) == n and any(f"only the first {n}" in note for note in a.notes)


@pytest.mark.parametrize("text", list(CASES), ids=[repr(t[:12]) for t in CASES])
def test_the_english_guard(text):
    from model.errors import InputError

    expected = CASES[text][1]
    runner = EncoderRunner.load()
    if isinstance(expected, str):
        with pytest.raises(InputError) as err:
            runner.tokens(text[:CAP], limit=80)
        assert str(err.value).startswith(expected) or expected in str(err.value)
        assert "\n" not in str(err.value) and len(str(err.value)) < 400
        return
    tokens, unknown, _, _ = runner.tokens(text[:CAP], limit=80)
    assert tokens and len(unknown) == (expected[1] or 0)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
def test_property_any_text_is_translated_or_refused_in_one_line(text, translators):
    a = analyze(text, translators)
    refusal = a.error or a.refusals.get("attention")
    if refusal:
        assert isinstance(refusal, str) and refusal.strip() and "\n" not in refusal
    else:
        t = a.translations["attention"]
        assert t.tgt and len(t.attention) == len(t.tgt) and all(len(row) == len(a.tokens) for row in t.attention)


# ---- one AppTest per page: the guard's message reaches the screen, escaped -------------------------
TAMIL_PAGES = ["pages/home.py", "pages/bottleneck.py", "pages/alignment.py"]


@pytest.mark.parametrize("page", TAMIL_PAGES)
def test_translation_page_shows_the_guards_messages(page):
    at = open_page(page)
    type_sentence(at, "<script>alert('x')</script>")
    no_exception(at)
    shown = messages(at)
    assert NO_WORD in shown and "'\\<', 'script', '\\>'" in shown      # refused, the user's text escaped
    type_sentence(at, "ravi வந்தான் quickly")
    no_exception(at)
    assert "Words outside the model's vocabulary" in messages(at) and at.get("plotly_chart")
    type_sentence(at, "?!.,;:")
    no_exception(at)
    assert PUNCT in messages(at)
    type_sentence(at, "   ")
    no_exception(at)
    if page.endswith("home.py"):                  # Home says why and shows the seed sentence instead
        assert EMPTY in messages(at) and at.get("plotly_chart")
    else:
        assert "Type a sentence in the sidebar" in messages(at)


def test_self_attention_page_shows_the_guards_messages():
    at = open_page("pages/self_attention.py")
    at.text_input(key="en").input("<img src=x onerror=alert(1)>").run()
    no_exception(at)
    assert NO_ENGLISH in messages(at)
    at.text_input(key="en").input("the report is zzqx ready .").run()
    no_exception(at)
    assert "Words outside the model's vocabulary" in messages(at) and at.get("plotly_chart")
    at.text_input(key="en").input("\u200b\u200b").run()
    no_exception(at)
    assert EMPTY in messages(at)
    at.text_input(key="en").input("").run()
    no_exception(at)
    assert "Type an English sentence" in messages(at)
