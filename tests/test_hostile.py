"""Hostile input through every text input of every page (AppTest), fixed list plus hypothesis."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_app import no_exception, open_page, type_sentence

FIXED = ["", "   \t\n ", "x" * 10_000, "😀🔥🚀", "مرحبا بالعالم שלום", "\u200b\u200c\u200d\ufeff", "\x00\x01\x1b[2J\x7f",
         "<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "?!.,;:", "1234567890", "ravi வந்தான் hello",
         "அ" * 3000, "a" * 1999, "**bold** _it_ `code` [link](http://x) $x^2$", "\u202eevil\u202c", "ந" * 40 + " .",
         " ".join(["அந்த"] * 200)]
INPUTS = [("pages/home.py", "text_area", "s"), ("pages/home.py", "text_input", "home_sentence"),
          ("pages/bottleneck.py", "text_area", "s"), ("pages/alignment.py", "text_area", "s"),
          ("pages/self_attention.py", "text_input", "en")]


def feed(at, kind, key, text):
    text = text[:2000] if key in ("s", "en") else text        # those boxes cap input at 2000 characters
    if key == "s":
        type_sentence(at, text)
    else:
        getattr(at, kind)(key=key).input(text).run(timeout=120)   # those boxes cap at 2000
    no_exception(at)
    assert [*at.info, *at.warning, *at.error, *at.caption, *at.markdown], "nothing shown"


@pytest.mark.parametrize("page,kind,key", INPUTS)
def test_fixed_hostile_list(page, kind, key):
    at = open_page(page)
    for text in FIXED:
        feed(at, kind, key, text)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300), which=st.sampled_from(INPUTS))
def test_property_any_text_never_crashes(text, which):
    page, kind, key = which
    at = open_page(page)
    feed(at, kind, key, text)
