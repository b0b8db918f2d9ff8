"""Language v6b: modals and clauses for the English everyday set. *Should* with the infinitive and வேண்டும்
(நாம் நாளை சீக்கிரம் புறப்பட வேண்டும் → *we should leave early tomorrow*, model.language.modals), in both directions,
and drawn by the generator."""

import pytest

from model.language.english_parser import parse_english
from model.language.parser import NotInLanguage, parse
from tests.language_pairs import both_ways

SHOULD = [
    ("நாம் நாளை சீக்கிரம் புறப்பட வேண்டும் .", "we should leave early tomorrow .",
     [[3, 2, "advmod"], [4, 2, "tmod"], [1, 2, "aux"], [0, 2, "nsubj"], [5, 2, "punct"]]),
    ("naam naalai seekkiram purappada vendum .", "we should leave early tomorrow .", None),
    ("நாங்கள் நாளை சீக்கிரம் புறப்பட வேண்டும் .", "we should leave early tomorrow .", None),
    ("ரவி நாளை அந்தக் கடிதத்தைப் படிக்க வேண்டும் .", "ravi should read the letter tomorrow .",
     [[3, 4, "det"], [4, 2, "obj"], [5, 2, "tmod"], [1, 2, "aux"], [0, 2, "nsubj"], [6, 2, "punct"]]),
    ("நான் இன்று அந்த அலுவலகத்துக்குச் செல்ல வேண்டும் .", "i should go to the office today .", None),
    ("நீங்கள் அந்தப் பணத்தைச் செலுத்த வேண்டும் .", "you should pay the money .", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), SHOULD)
def test_should_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    should = got.pair.tgt.index("should")
    assert got.pair.src[got.pair.align[should][0]] == "வேண்டும்"             # should ← வேண்டும்
    verb = should + 1
    assert [h for d, h, label in got.pair.relations if d == should] == [verb]     # an aux of the verb
    assert got.pair.src[got.pair.align[verb][0]].endswith(("ட", "க்க", "ல்ல", "த்த"))   # the verb ← the infinitive
    assert got.odd == []


def test_the_dative_still_says_want():
    """With the subject in the dative, வேண்டும் says what someone wants (not should)."""
    assert parse("எனக்குக் காபி வேண்டும் .").pair.tgt == ["i", "want", "coffee", "."]


@pytest.mark.parametrize(("text", "why"), [
    ("நாம் நேற்று புறப்பட வேண்டும் .", "does not fit the future"),
    ("அந்தப் பேருந்து நாளை வர வேண்டும் .", "what a person should do"),
    ("நாம் நாளை புறப்பட வேண்டுமா ?", "after an infinitive the language has வேண்டும்"),     # a statement only
    ("நாம் புறப்பட வேண்டும் , ஆனால் ரவி தங்குவான் .", "expected '.'"),
])
def test_tamil_should_outside_the_language(text, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(text)


@pytest.mark.parametrize(("english", "why"), [
    ("we should not leave .", "only in the positive"),
    ("we should leave yesterday .", "looks ahead"),
    ("the bus should come tomorrow .", "what a person should do"),
    ("ravi should be ready .", "needs 'is/are/was/were'"),
    ("we should left early tomorrow .", "base form"),
])
def test_english_should_outside_the_language(english, why):
    with pytest.raises(NotInLanguage, match=why):
        parse_english(english)


def test_should_is_generated_and_read_back(sample):
    from model.language.lexicon import load_lexicon
    from model.language.modals import modal_entry

    found = [(t, p) for t, p in sample if t.clauses[0].modal]
    assert found and all(len(t.clauses) == 1 and t.mood == "decl" for t, _ in found)
    unplanned = set(modal_entry(load_lexicon())["unplanned"])
    for t, p in found:
        assert p.src[-2] == "வேண்டும்" and "should" in p.tgt and t.clauses[0].verb not in unplanned
        assert parse(" ".join(p.src)).pair.relations == p.relations
        assert parse_english(" ".join(p.tgt)).pair.relations == p.relations


WANT_TO = [
    ("உனக்கு ஏதாவது சாப்பிட வேண்டுமா ?", "do you want to eat something ?",
     [[3, 4, "mark"], [5, 4, "obj"], [4, 2, "xcomp"], [0, 2, "aux"], [1, 2, "nsubj"], [0, 1, "agr"], [6, 2, "punct"]]),
    ("unakku edhaavadhu saappida vendumaa ?", "do you want to eat something ?", None),
    ("எனக்குத் தூங்க வேண்டும் .", "i want to sleep .",
     [[2, 3, "mark"], [3, 1, "xcomp"], [0, 1, "nsubj"], [1, 0, "agr"], [4, 1, "punct"]]),
    ("அவளுக்குக் காபி குடிக்க வேண்டும் .", "she wants to drink coffee .", None),
    ("உங்களுக்குச் சாப்பிட வேண்டுமா ?", "do you want to eat ?", None),
    ("எனக்கு ஏதாவது குடிக்க வேண்டும் .", "i want to drink something .", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), WANT_TO)
def test_want_to_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    to = got.pair.tgt.index("to")
    inf = got.pair.src[got.pair.align[to][0]]
    assert got.pair.align[to] == got.pair.align[to + 1] and got.pair.src[got.pair.align[to][0] + 1] in ("வேண்டும்",
                                                                                                        "வேண்டுமா")
    assert [label for d, h, label in got.pair.relations if d == to + 1] == ["xcomp"] and inf.endswith(("ட", "க்க", "ங்க"))
    if "something" in got.pair.tgt:
        assert got.pair.src[got.pair.align[got.pair.tgt.index("something")][0]] == "ஏதாவது"
    assert got.odd == []


@pytest.mark.parametrize(("text", "why"), [
    ("எனக்குச் சென்னைக்குச் செல்ல வேண்டும் .", "these verbs"),
    ("எனக்குத் தூங்க வேண்டுமா .", "asks a question"),
    ("எனக்கு ஏதாவது தூங்க வேண்டும் .", "takes no object"),
    ("எனக்கு அந்தப் பேனாவைச் சாப்பிட வேண்டும் .", "not something one can eat"),
])
def test_tamil_want_to_outside_the_language(text, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(text)


@pytest.mark.parametrize(("english", "why"), [
    ("i want to ate .", "base form"),
    ("ravi came , but i want to sleep .", "sentence of its own"),
    ("i want to go .", "these verbs"),
    ("the dog wants to eat something .", "a person wants"),
])
def test_english_want_to_outside_the_language(english, why):
    with pytest.raises(NotInLanguage, match=why):
        parse_english(english)


def test_want_to_is_generated_and_read_back(sample, sample_wide):
    found = [(t, p) for t, p in sample + sample_wide if t.clauses[0].wants is not None]
    assert found and any("something" in p.tgt for _, p in found)
    for _, p in found:
        assert p.src[-2] in ("வேண்டும்", "வேண்டுமா") and "to" in p.tgt
        assert parse(" ".join(p.src)).pair.relations == p.relations
        assert parse_english(" ".join(p.tgt)).pair.relations == p.relations


THINK = [
    ("இன்று இரவு மழை பெய்யும் என்று நான் நினைக்கிறேன் .", "i think it will rain tonight .",
     [[5, 4, "tmod"], [3, 4, "aux"], [2, 4, "nsubj"], [4, 1, "ccomp"], [0, 1, "nsubj"], [1, 0, "agr"], [6, 1, "punct"]]),
    ("indru iravu mazhai peyyum endru naan ninaikkiren .", "i think it will rain tonight .", None),
    ("இன்று இரவு மழை பெய்யும் என்று நினைக்கிறேன் .", "i think it will rain tonight .", None),     # நான் left out
    ("nalai mazhai peyyum endru ninaikkirom .", "we think it will rain tomorrow .", None),
    ("நாளை மழை பெய்யும் என்று அவள் நினைக்கிறாள் .", "she thinks it will rain tomorrow .", None),
    ("நேற்று மழை பெய்தது என்று அவர்கள் நினைக்கிறார்கள் .", "they think it rained yesterday .", None),
    ("இப்போது மழை பெய்கிறது என்று நாங்கள் நினைக்கிறோம் .", "we think it is raining now .", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), THINK)
def test_think_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    think = next(i for i, w in enumerate(got.pair.tgt) if w in ("think", "thinks"))
    assert sorted(got.pair.src[j] for j in got.pair.align[think])[0] == "என்று"     # think ← என்று and the verb
    rain = next(i for i, w in enumerate(got.pair.tgt) if w.startswith("rain"))
    assert [think] == [h for d, h, label in got.pair.relations if d == rain and label == "ccomp"]
    assert got.odd == []


def test_tonight_is_two_tamil_words():
    got = parse("இன்று இரவு மழை பெய்யும் என்று நான் நினைக்கிறேன் .")
    assert got.pair.align[got.pair.tgt.index("tonight")] == [0, 1]


@pytest.mark.parametrize(("text", "why"), [
    ("இன்று இரவு மழை பெய்யும் என்று நான் நினைக்கிறாள் .", "agrees with its subject"),
    ("இன்று இரவு மழை பெய்யும் என்று எனக்கு நினைக்கிறேன் .", "takes no case suffix"),
    ("நாளை மழை பெய்யும் என்று நினைக்கிறாள் .", "only நான் and நாம் may be left out"),
    ("மழை பெய்யும் என்று நான் நினைக்கிறேன் , ஆனால் ரவி வந்தான் .", "expected '.'"),
])
def test_tamil_think_outside_the_language(text, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(text)


@pytest.mark.parametrize(("english", "why"), [
    ("i thinks it will rain tonight .", "does not agree"),
    ("i think ravi came .", "of the weather"),
    ("ravi came , but i think it will rain .", "a sentence of its own"),
])
def test_english_think_outside_the_language(english, why):
    with pytest.raises(NotInLanguage, match=why):
        parse_english(english)


def test_think_is_generated_and_read_back(sample, sample_wide):
    from model.language.parser import parse_count

    found = [(t, p) for t, p in sample + sample_wide if t.clauses[0].comp is not None and t.clauses[0].verb == "think"]
    assert found and all(t.clauses[0].comp.weather for t, _ in found)
    assert any(t.clauses[0].dropped for t, _ in found)                 # என்று நினைக்கிறேன் with no நான்
    for _, p in found:
        assert "என்று" in p.src and parse_count(p.src) == 1
        assert parse(" ".join(p.src)).pair.relations == p.relations
        assert parse_english(" ".join(p.tgt)).pair.relations == p.relations
