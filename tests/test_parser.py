"""Parsing Mini-Tamil: round-trip on generated sentences, romanization, clear failures."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.errors import InputError
from model.language.generator import sample_pairs
from model.language.parser import NotInLanguage, parse, parse_tokens
from model.language.script import romanize

SEED1 = "நாளைக்குள் அந்த ரிப்போர்ட்டை அனுப்ப முடியுமா ?"


@pytest.mark.slow
def test_round_trip_on_a_corpus():
    for tree, pair in sample_pairs(300, 21, 3, 60):
        assert parse_tokens(pair.src) == tree
        again = parse(" ".join(pair.src)).pair
        assert again.tgt == pair.tgt and again.align == pair.align and again.relations == pair.relations


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10**6), length=st.integers(3, 60))
def test_round_trip_property(seed, length):
    (tree, pair), = sample_pairs(1, seed, length, length, tolerance=0) if length > 3 else sample_pairs(1, seed, 3, 3)
    assert parse_tokens(pair.src) == tree


def test_romanized_and_mixed_input_parse_the_same():
    tamil = parse(SEED1).pair
    roman = " ".join(romanize(w) if w != "?" else w for w in SEED1.split())
    assert parse(roman).pair.to_json() == tamil.to_json()
    assert parse("NAALAIKKUL antha ரிப்போர்ட்டை anuppa  mudiyumaa?").pair.tgt == tamil.tgt
    assert parse("naalaikul antha ripoartai anupa mudiyuma ?").pair.tgt == tamil.tgt  # forgiving spelling


@pytest.mark.parametrize("text,fragment", [
    ("அந்த வாடிக்கையாளர் அழைத்தான் .", "honorific"),
    ("ரிப்போர்ட்டை அனுப்ப முடியுமா ?", "needs a determiner"),
    ("அந்த ரிப்போர்ட்டை அனுப்ப", "ends too early"),
    ("அது விழுந்தது .", "antecedent"),        # he/she/they may start a text; "it" needs its thing
    ("ravi vanthaan , piraku aval vanthaal .", "masculine"),
    ("வந்தான் அந்த ரவி .", "cannot continue"),
    ("அந்த ரிப்போர்ட்டை நாளைக்குள் அனுப்ப முடியுமா ?", "word order"),
    ("அந்த xyzzy வந்தான் .", "unknown word 'xyzzy'"),
])
def test_not_in_language_says_why(text, fragment):
    with pytest.raises(NotInLanguage) as err:
        parse(text)
    assert fragment in str(err.value)


@pytest.mark.parametrize("text,fragment", [
    ("", "The text is empty"), ("   \n\t ", "The text is empty"), ("\u200b\u200c\u200d", "The text is empty"),
    ("x" * 10_000, "the limit is 2,000"), ("😀😀 🚀", "unknown words '😀😀'; '🚀'"),
    ("مرحبا بالعالم", "unknown words 'مرحبا'"), ("\x00\x07\x1b[31m", "unknown words '['; '31m'"),
    ("<script>alert(1)</script>", "unknown words '<'; 'script'"), ("?!.,;", "only punctuation"),
    ("12345 678", "unknown words '12345'; '678'"), ("ravi வந்தான் quickly", "unknown word 'quickly'"),
    ("a" * 1500, "unknown word 'aaaa"),
])
def test_bad_input_gives_a_readable_error(text, fragment):
    """Each bad input is refused with its own reason, in one line of bounded length."""
    with pytest.raises(InputError) as err:
        parse(text)
    message = str(err.value)
    assert fragment in message and "\n" not in message and len(message) < 600, message
