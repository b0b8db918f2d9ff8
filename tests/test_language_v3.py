"""Language v3: the constructions people type first (negation, persons, possessives, place names),
in both directions, each read back one way."""

import pytest

from model.language.english_parser import parse_english
from model.language.generator import sample_pairs
from model.language.parser import NotInLanguage, parse, parse_count

NEGATIONS = [
    ("ரவி வரவில்லை .", "ravi did not come ."),
    ("ரவி இப்போது வரவில்லை .", "ravi is not coming now ."),
    ("லதா அந்த மருத்துவரை நம்பவில்லை .", "latha does not trust the doctor ."),
    ("ரவி நாளை வரமாட்டான் .", "ravi will not come tomorrow ."),
    ("அந்தக் கைப்பேசி உடையவில்லை .", "the phone did not break ."),
    ("ரவி தயாராக இல்லை .", "ravi is not ready ."),
    ("ரவி தயாராக இருக்கவில்லை .", "ravi was not ready ."),
    ("அந்தக் கடிதத்தைப் படிக்காதீர்கள் .", "please do not read the letter ."),
]


@pytest.mark.parametrize(("tamil", "english"), NEGATIONS)
def test_negation_both_directions(tamil, english):
    got = parse(tamil)
    assert " ".join(got.pair.tgt) == english
    assert got.pair.src == tamil.split()
    assert parse_english(english).sentence == got.sentence
    not_i = got.pair.tgt.index("not")
    verb_i = len(got.pair.src) - 2                          # the negated verb carries "not"
    assert got.pair.align[not_i] == [verb_i]
    assert any(d == not_i and label == "advmod" for d, _, label in got.pair.relations)


def test_negative_morphology():
    from model.language.inflection import negative_imperative
    from model.language.lexicon import load_lexicon

    lex = load_lexicon()
    come = lex.verb("come")
    assert [come.negative(t, "m") for t in ("past", "pres", "fut")] == ["வரவில்லை", "வரவில்லை", "வரமாட்டான்"]
    assert come.negative("fut", "f") == "வரமாட்டாள்" and come.negative("fut", "n") == "வராது"
    assert lex.verb("be").negative("pres", "m") == "இல்லை"
    assert negative_imperative(lex.verb("eat")) == "சாப்பிடாதீர்கள்"


def test_negation_is_generated_and_reads_back_one_way():
    negated = [(t, p) for t, p in sample_pairs(400, 11, 3, 20) if any(c.neg for c in t.clauses)]
    assert len(negated) >= 30
    moods = {t.mood for t, _ in negated}
    assert moods == {"decl", "imperative"}
    for tree, pair in negated:
        assert parse_count(pair.src) == 1
        assert parse(" ".join(pair.src)).sentence == tree
        assert parse_english(" ".join(pair.tgt)).sentence == tree


@pytest.mark.parametrize("english", ["did ravi not come ?", "ravi not came .", "please not come ."])
def test_negation_outside_the_language_is_explained(english):
    with pytest.raises(NotInLanguage):
        parse_english(english)
