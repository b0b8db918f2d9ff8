"""Language v6a: everyday words of the English everyday set in frames the language has. Being late (தாமதமாக இருந்தான்,
*was late*: the adverb தாமதமாக as the predicate of இரு), breakfast (காலையுணவு), deposit at the bank (வங்கியில் பணம்
போட்டேன்), sitting on a mat (பாயில், *on*) and two predicates joined by but (நீளமாக ஆனால் சுவாரசியமாக, *long but
interesting*), in both directions, and drawn by the generator."""

import pytest

from model.language.english_parser import parse_english
from model.language.forms import analyses
from model.language.parser import NotInLanguage, parse
from tests.language_pairs import both_ways

LATE = [
    ("அவன் காலையுணவு சாப்பிடவில்லை , ஏனென்றால் அவன் தாமதமாக இருந்தான் .",
     "he did not eat breakfast because he was late .", None),
    ("ரவி தாமதமாக இருந்தான் .", "ravi was late .", None),
    ("நீங்கள் தாமதமாக இருக்கிறீர்களா ?", "are you late ?", None),
    ("அவள் தாமதமாக வந்தாள் .", "she came late .", None),
    ("நான் காலையுணவு சாப்பிட்டேன் .", "i ate breakfast .", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), LATE)
def test_late_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    if "late" in got.pair.tgt:
        late = got.pair.tgt.index("late")
        assert got.pair.src[got.pair.align[late][0]] == "தாமதமாக"


def test_late_is_a_state_after_be_and_a_manner_otherwise():
    assert [a.cat for a in analyses()["தாமதமாக"]] == ["ADV"]        # one backbone category: one parse
    was = parse("ரவி தாமதமாக இருந்தான் .").sentence.clauses[0]
    came = parse("ரவி தாமதமாக வந்தான் .").sentence.clauses[0]
    assert (was.verb, was.pred, was.advs) == ("be", "late", ())
    assert (came.verb, came.pred, came.advs) == ("come", None, ("late",))


def test_being_late_explains_not_eating():
    assert not parse_english("he did not eat breakfast because he was late .").odd
    assert parse_english("he did not sleep because he was late .").odd


@pytest.mark.parametrize(("english", "why"), [
    ("he was already .", "ends too early after 'already'; expected an adjective or a predicate"),
    ("i will be late .", "in the present or the past only"),
    ("ravi was very late .", "cannot continue at word 4 .'late'.; expected an adjective or a predicate"),
])
def test_english_late_outside_the_language(english, why):
    with pytest.raises(NotInLanguage, match=why):
        parse_english(english)


def test_late_is_generated_and_read_back(sample_wide):
    late = [p for _, p in sample_wide if "late" in p.tgt and p.tgt[p.tgt.index("late") - 1] in ("is", "was", "are",
                                                                                             "were", "am")]
    assert late
    for p in late[:30]:
        assert parse(" ".join(p.src)).pair.tgt == p.tgt
        assert not parse_english(" ".join(p.tgt)).odd


DEPOSIT = [
    ("நான் வங்கியில் பணம் போட்டேன் .", "i deposited money at the bank .",
     [[2, 1, "obj"], [3, 5, "case"], [4, 5, "det"], [5, 1, "obl"], [0, 1, "nsubj"], [6, 1, "punct"]]),
    ("naan vangiyil panam pottaen .", "i deposited money at the bank .", None),
    ("ரவி பணம் போடுவான் .", "ravi will deposit money .", None),
    ("அவள் வங்கியில் பணம் செலுத்தினாள் .", "she paid money at the bank .", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), DEPOSIT)
def test_deposit_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    if "bank" in got.pair.tgt:
        assert got.pair.tgt[got.pair.tgt.index("bank") - 2] == "at"        # at the bank, not in the bank


@pytest.mark.parametrize(("text", "rule"), [
    ("நான் வங்கியில் அந்தப் புத்தகத்தைப் போட்டேன் .", "object-fits"),      # one deposits money
    ("நான் பள்ளியில் பணம் போட்டேன் .", "place-fits"),                # … at a bank
])
def test_deposit_out_of_place_is_odd(text, rule):
    assert any(f"rule: {rule}" in note for note in parse(text).odd)


def test_english_in_the_bank_says_at():
    with pytest.raises(NotInLanguage, match="the grammar says 'at the bank'"):
        parse_english("i deposited money in the bank .")


MAT = [
    ("அந்தப் பூனை அந்தப் பாயில் உட்கார்ந்தது .", "the cat sat on the mat .",
     [[0, 1, "det"], [3, 5, "case"], [4, 5, "det"], [5, 2, "obl"], [1, 2, "nsubj"], [6, 2, "punct"]]),
    ("அந்த நாய் ஒரு பாயில் தூங்குகிறது .", "the dog is sleeping on a mat .", None),
    ("அந்தப் பாய் சுத்தமாக இருக்கிறது .", "the mat is clean .", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), MAT)
def test_mat_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    if "on" in got.pair.tgt:
        assert got.pair.src[got.pair.align[got.pair.tgt.index("on")][0]] in ("பாயில்",)


@pytest.mark.parametrize(("english", "why"), [
    ("the boy sat in the mat .", "the grammar says 'on the mat'"),
    ("the boy sat on the room .", "the grammar says 'in the room'"),
])
def test_english_on_is_for_surfaces(english, why):
    with pytest.raises(NotInLanguage, match=why):
        parse_english(english)


def test_nobody_goes_to_a_mat():
    assert any("rule: trip-fits" in note for note in parse("அவன் அந்தப் பாய்க்குப் போனான் .").odd)


def test_new_words_are_generated_and_read_back(sample_wide):
    for words in (("breakfast",), ("mat", "mats"), ("deposited", "deposit", "deposits")):
        got = [p for _, p in sample_wide if set(words) & set(p.tgt)]
        assert got, words
        for p in got[:10]:
            assert parse(" ".join(p.src)).pair.tgt == p.tgt
            assert parse_english(" ".join(p.tgt)).pair.relations == p.relations


CONTRAST = [
    ("அந்தத் திரைப்படம் நீளமாக ஆனால் சுவாரசியமாக இருந்தது .", "the movie was long but interesting .",
     [[0, 1, "det"], [4, 5, "cc"], [5, 3, "conj"], [2, 3, "cop"], [1, 3, "nsubj"], [2, 1, "agr"], [6, 3, "punct"]]),
    ("அந்தப் புத்தகம் நீளமாக ஆனால் சுவாரசியமாக இருக்கிறதா ?", "is the book long but interesting ?", None),
    ("நீளமாக ஆனால் சுவாரசியமாக இருந்த அந்தக் கதையை அவள் படித்தாள் .", "she read the story that was long but interesting .",
     None),
    ("அந்தக் கடிதம் நீளமாக இருந்தது .", "the letter was long .", None),
    ("அந்தத் திரைப்படம் நீளமாக ஆனால் சுவாரஸ்யமாக இருந்தது .", "the movie was long but interesting .", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), CONTRAST)
def test_two_predicates_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    if "but" in got.pair.tgt:
        assert got.pair.src[got.pair.align[got.pair.tgt.index("but")][0]] == "ஆனால்"


@pytest.mark.parametrize(("text", "why"), [
    ("அந்தத் திரைப்படம் சுவாரசியமாக ஆனால் நீளமாக இருந்தது .", "not a contrast the language has"),
    ("அந்தத் திரைப்படம் நீளமாக மேலும் சுவாரசியமாக இருந்தது .", "joined by ஆனால்"),
    ("அந்தத் திரைப்படம் நேற்று நீளமாக ஆனால் சுவாரசியமாக இருந்தது .", "no very, not, time or place"),
])
def test_tamil_two_predicates_outside_the_language(text, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(text)


def test_the_long_article_is_not_long():
    assert any("rule: tautology" in note for note in parse_english("the long letter was long .").odd)


def test_two_predicates_are_generated_and_read_back(sample, sample_wide):
    """Two predicates are drawn a few times in 10,000 short sentences: the shared samples and more of the lengths
    they have (v7b, v7g)."""
    from model.language.generator import sample_pairs

    more = list(sample_pairs(2000, 11, 6, 9))
    got = [p for _, p in sample + sample_wide + more if "ஆனால்" in p.src and p.src[p.src.index("ஆனால்") - 1] != ","]
    assert got
    for p in got:
        assert parse(" ".join(p.src)).pair.relations == p.relations
        assert parse_english(" ".join(p.tgt)).pair.relations == p.relations
