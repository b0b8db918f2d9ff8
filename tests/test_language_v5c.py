"""Language v5c: bodily states with a dative experiencer (எனக்குத் தலை வலிக்கிறது, i have a headache), very with
hunger and sleep, in both directions, each read back one way, and drawn by the generator."""

import pytest

from model.language.english_parser import parse_english
from model.language.lexicon import load_lexicon
from model.language.parser import NotInLanguage, parse, parse_count
from tests.language_pairs import both_ways

STATES = [
    ("எனக்குத் தலை வலிக்கிறது .", "i have a headache .",
     [[2, 3, "det"], [3, 1, "obj"], [0, 1, "nsubj"], [1, 0, "agr"], [4, 1, "punct"]]),
    ("enakku thalai valikkudhu .", "i have a headache .", None),
    ("உனக்குத் தலை வலிக்கிறதா ?", "do you have a headache ?", None),
    ("ரவிக்குத் தலை வலிக்கவில்லை .", "ravi does not have a headache .", None),
    ("எனக்குத் தூக்கம் வருகிறது .", "i am feeling sleepy .",
     [[3, 2, "xcomp"], [1, 2, "aux"], [0, 2, "nsubj"], [1, 0, "agr"], [4, 2, "punct"]]),
    ("எனக்கு மிகவும் தூக்கம் வருகிறது .", "i am feeling very sleepy .", None),
    ("அவனுக்குத் தூக்கம் வரவில்லை .", "he is not feeling sleepy .", None),
    ("என் அப்பாவுக்கு உடம்பு சரியில்லை .", "my father is not well .",
     [[0, 1, "poss"], [2, 4, "cop"], [3, 4, "advmod"], [1, 4, "nsubj"], [2, 1, "agr"], [5, 4, "punct"]]),
    ("அம்மாவுக்கு உடம்பு சரியில்லை .", "mother is not well .", None),
    ("enakku romba pasikkudhu .", "i am very hungry .",
     [[2, 3, "advmod"], [1, 3, "cop"], [0, 3, "nsubj"], [1, 0, "agr"], [4, 3, "punct"]]),
    ("உங்களுக்கு மிகவும் பசிக்கிறதா ?", "are you very hungry ?", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), STATES)
def test_bodily_states_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    en, src = english.split(), got.pair.src
    for word, body in (("headache", "தலை"), ("sleepy", "தூக்கம்"), ("well", "உடம்பு")):
        if word in en:                                          # the state's English word ← its Tamil noun
            assert body in [src[i] for i in got.pair.align[en.index(word)]]
    if "very" in en:
        assert [src[i] for i in got.pair.align[en.index("very")]] == ["மிகவும்"]


@pytest.mark.parametrize(("tamil", "why"), [
    ("என் அப்பாவுக்கு உடம்பு சரியில்லை ?", "said as a statement only"),
    ("எனக்குத் தலை வருகிறது .", "with தூக்கம் before it"),
    ("எனக்கு மிகவும் தலை வலிக்கிறது .", "goes with hunger and sleep"),
    ("எனக்கு மிகவும் பசிக்கவில்லை .", "not negated"),
    ("அந்தப் புத்தகத்துக்குத் தலை வலிக்கிறது .", "how a person feels"),
    ("என் தலை வலிக்கிறது .", "cannot continue at word 2"),
    ("எனக்கு மிகவும் காபி வேண்டும் .", "expected"),
])
def test_bodily_states_that_are_not_in_the_language(tamil, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(tamil)


@pytest.mark.parametrize(("english", "why"), [
    ("my father is well .", "negated only"),
    ("i have a headache in the office .", "takes no other phrase"),
    ("i saw a headache .", "the grammar's order is: i have a headache"),
    ("i am very well .", "negated only"),
])
def test_english_bodily_states_that_are_not_in_the_language(english, why):
    with pytest.raises(NotInLanguage, match=why):
        parse_english(english)


def test_the_body_verb_vara_is_still_come():
    """வருகிறது after a bodily noun is 'feeling'; after a subject it is still 'come'."""
    got = parse("பேருந்து வருகிறது .")
    assert " ".join(got.pair.tgt) == "the bus is coming ." and parse_count(got.pair.src) == 1


def test_bodily_states_are_generated_and_read_back(sample):
    lex = load_lexicon()
    felt = [p for t, p in sample if t.clauses[0].exp and ("body" in lex.experiencers[t.clauses[0].verb]
                                                          or t.clauses[0].degree)]
    assert felt
    assert {w for p in felt for w in p.tgt} >= {"headache", "sleepy", "well", "very"}
    for p in felt:
        got = parse(" ".join(p.src))
        assert got.pair.tgt == p.tgt and got.pair.relations == p.relations and parse_count(p.src) == 1
        assert parse_english(" ".join(p.tgt)).pair.relations == p.relations
