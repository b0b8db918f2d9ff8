"""Language v6c: the English everyday set on the self-attention page. Comparison with -ஐவிட (என் அண்ணன் என்னைவிட
உயரமாக இருக்கிறான் → *my elder brother is taller than me*; எனக்குக் காபியைவிடத் தேநீர் அதிகம் பிடிக்கும் → *i like tea
more than coffee*), in both directions, and drawn by the generator."""

import pytest

from model.language.english_parser import parse_english
from model.language.forms import analyses, doubles_next
from model.language.parser import NotInLanguage, parse
from model.language.rules import notes
from tests.language_pairs import both_ways

TALLER = [
    ("என் அண்ணன் என்னைவிட உயரமாக இருக்கிறான் .", "my elder brother is taller than me .",
     [[0, 2, "poss"], [1, 2, "amod"], [5, 6, "case"], [6, 4, "obl"], [3, 4, "cop"], [2, 4, "nsubj"], [3, 2, "agr"],
      [7, 4, "punct"]]),
    ("ரவி அவனைவிட மகிழ்ச்சியாக இருக்கிறானா ?", "is ravi happier than him ?", None),
    ("என் அம்மா என் அப்பாவைவிட உயரமாக இருக்கிறார் .", "my mother is taller than my father .", None),
    ("என் அண்ணன் என்னைவிட உயரமாக இருந்தான் .", "my elder brother was taller than me .", None),
    ("மீனா லதாவைவிட அமைதியாக இருக்கிறாள் .", "meena is quieter than latha .", None),
    ("en annan ennaivida uyaramaaga irukkiraan .", "my elder brother is taller than me .", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), TALLER)
def test_taller_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    than = got.pair.tgt.index("than")
    standard = got.pair.src[got.pair.align[than][0]]
    assert standard.endswith("விட") and got.pair.align[than + 1 + (got.pair.tgt[than + 1] == "my")]


LIKES_MORE = [
    ("எனக்குக் காபியைவிடத் தேநீர் அதிகம் பிடிக்கும் .", "i like tea more than coffee .",
     [[2, 1, "obj"], [3, 1, "advmod"], [4, 5, "case"], [5, 3, "obl"], [0, 1, "nsubj"], [1, 0, "agr"], [6, 1, "punct"]]),
    ("உங்களுக்குத் தமிழைவிட ஆங்கிலம் அதிகம் பிடிக்குமா ?", "do you like english more than tamil ?", None),
    ("ரவிக்குச் சாம்பாரைவிட ரசம் அதிகம் பிடிக்கும் .", "ravi likes rasam more than sambar .", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), LIKES_MORE)
def test_likes_more_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    more = got.pair.tgt.index("more")
    assert got.pair.src[got.pair.align[more][0]] == "அதிகம்"


def test_than_words_double_and_say_one_thing():
    assert doubles_next("காபியைவிட") and doubles_next("என்னைவிட")
    assert [a.cat for a in analyses()["என்னைவிட"]] == ["THAN"]
    assert [a.cat for a in analyses()["அதிகம்"]] == ["MORE"]


@pytest.mark.parametrize(("text", "why"), [
    ("நான் என்னைவிட உயரமாக இருக்கிறேன் .", "not compared with themselves"),
    ("எனக்குக் காபியைவிடக் காபி அதிகம் பிடிக்கும் .", "not compared with itself"),
    ("அவன் என்னைவிடத் தயாராக இருக்கிறான் .", "compares a person's predicate"),
    ("எனக்குத் தமிழைவிடத் தேநீர் அதிகம் பிடிக்கும் .", "one of its kind"),
    ("அவன் என்னைவிட உயரமாக இருக்கவில்லை .", "not negated"),
])
def test_tamil_comparison_outside_the_language(text, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(text)


@pytest.mark.parametrize(("english", "why"), [
    ("he is taller .", "compares: say with whom"),
    ("he is tall than me .", "follows a comparative"),
    ("i like tea than coffee .", "follows a comparative"),
    ("i like tea more than she .", "object form"),
    ("i am taller than us .", "not compared with themselves"),
    ("i want tea more than coffee .", "compares what one likes"),
    ("i like tea more than tamil .", "one of its kind"),
    ("i like tea more than rice .", "a drink with a drink"),
    ("nine boys are taller than me .", "a known person"),
])
def test_english_comparison_outside_the_language(english, why):
    with pytest.raises(NotInLanguage, match=why):
        parse_english(english)


def test_everyday_comparison_counts():
    got = parse_english("i like tea more than coffee .")
    assert not got.odd and " ".join(got.pair.src) == "எனக்குக் காபியைவிடத் தேநீர் அதிகம் பிடிக்கும் ."


def test_comparisons_are_generated_and_read_back(sample, sample_wide):
    found = [(t, p) for t, p in sample + sample_wide if any(c.than is not None for c in t.clauses)]
    assert any("than" in p.tgt and "more" not in p.tgt for _, p in found)
    assert any("more" in p.tgt for _, p in found)
    for t, p in found:
        assert not notes(t)
        assert parse(" ".join(p.src)).pair.relations == p.relations
        assert parse_english(" ".join(p.tgt)).pair.relations == p.relations


NEVER = [
    ("நான் மதுரைக்கு ஒருபோதும் சென்றதில்லை .", "i have never been to madurai .",
     [[4, 5, "case"], [5, 3, "obl"], [1, 3, "aux"], [0, 3, "nsubj"], [2, 3, "advmod"], [1, 0, "agr"], [6, 3, "punct"]]),
    ("அவள் தோசை ஒருபோதும் சாப்பிட்டதில்லை .", "she has never eaten dosa .", None),
    ("ரவி அந்தக் கடிதத்தை ஒருபோதும் படித்ததில்லை .", "ravi has never read the letter .", None),
    ("என் அப்பா காபி ஒருபோதும் குடித்ததில்லை .", "my father has never drunk coffee .", None),
    ("naan madhuraikku orupodhum sendradhillai .", "i have never been to madurai .", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), NEVER)
def test_never_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    never = got.pair.tgt.index("never")
    assert got.pair.src[got.pair.align[never][0]] == "ஒருபோதும்"
    assert got.pair.src[got.pair.align[never + 1][0]].endswith("தில்லை")      # been, eaten ← சென்றதில்லை


@pytest.mark.parametrize(("text", "why"), [
    ("நான் மதுரைக்குச் சென்றதில்லை .", "goes with ஒருபோதும் before it"),
    ("நான் ஒருபோதும் மதுரைக்குச் சென்றேன் .", "goes with the -அதில்லை form"),
    ("நான் நேற்று மதுரைக்கு ஒருபோதும் சென்றதில்லை .", "takes no time phrase"),
])
def test_tamil_never_outside_the_language(text, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(text)


@pytest.mark.parametrize(("english", "why"), [
    ("i have never gone to madurai .", "have never been"),
    ("i never went to madurai .", "between have/has and the participle"),
    ("i have never eaten dosa yesterday .", "takes no time phrase"),
    ("i have never come .", "said here of going somewhere"),
])
def test_english_never_outside_the_language(english, why):
    with pytest.raises(NotInLanguage, match=why):
        parse_english(english)


def test_never_is_generated_and_read_back(sample, sample_wide):
    found = [(t, p) for t, p in sample + sample_wide if any(c.never for c in t.clauses)]
    assert len(found) > 2 and len({t.clauses[0].verb for t, _ in found}) >= 2     # eaten, seen, drunk …
    for t, p in found:
        assert not notes(t)
        assert parse(" ".join(p.src)).pair.relations == p.relations
        assert parse_english(" ".join(p.tgt)).pair.relations == p.relations


DURATION = [
    ("அவர்கள் பத்து வருடங்களாகச் சென்னையில் வசிக்கிறார்கள் .", "they have lived in chennai for ten years .",
     [[3, 4, "case"], [4, 2, "obl"], [5, 7, "case"], [6, 7, "nummod"], [7, 2, "tmod"], [1, 2, "aux"], [0, 2, "nsubj"],
      [1, 0, "agr"], [8, 2, "punct"]]),
    ("அவன் இரண்டு மாதங்களாக இந்தக் கிராமத்தில் வசிக்கிறான் .", "he has lived in this village for two months .", None),
    ("என் அப்பா இரண்டு வருடங்களாக அந்த வங்கியில் பணியாற்றுகிறார் .", "my father has worked at the bank for two years .",
     None),
    ("avargal patthu varudangalaagach chennaiyil vasikkiraargal .", "they have lived in chennai for ten years .", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), DURATION)
def test_duration_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    years = got.pair.tgt.index("for") + 2
    assert got.pair.src[got.pair.align[years][0]].endswith("ங்களாக") or \
        got.pair.src[got.pair.align[years][0]].endswith("ங்களாகச்")


def test_duration_doubles_and_numbers_stay_numbers():
    assert doubles_next("வருடங்களாக")
    assert " ".join(parse("நான் பத்துப் புத்தகங்களை வாங்கினேன் .").pair.tgt) == "i bought ten books ."


@pytest.mark.parametrize(("text", "why"), [
    ("அவர்கள் பத்து வருடங்களாகச் சென்னையில் வசித்தார்கள் .", "does not fit the past tense"),
    ("நான் இரண்டு வருடங்களாகத் தோசை சாப்பிடுகிறேன் .", "living, working or staying"),
])
def test_tamil_duration_outside_the_language(text, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(text)


@pytest.mark.parametrize(("english", "why"), [
    ("they lived in chennai for ten years .", "says how long up to now"),
    ("i have eaten dosa for two years .", "living, working or staying"),
])
def test_english_duration_outside_the_language(english, why):
    with pytest.raises(NotInLanguage, match=why):
        parse_english(english)


def test_durations_are_generated_and_read_back(sample, sample_wide):
    from model.language.duration import is_duration
    from model.language.lexicon import load_lexicon

    lex = load_lexicon()
    found = [(t, p) for t, p in sample + sample_wide if any(is_duration(lex, c.time) for c in t.clauses)]
    assert found and all(t.clauses[0].tense == "pres" and "for" in p.tgt for t, p in found)
    for t, p in found:
        assert not notes(t)
        assert parse(" ".join(p.src)).pair.relations == p.relations
        assert parse_english(" ".join(p.tgt)).pair.relations == p.relations


MINE = [
    ("இந்தப் புத்தகம் என்னுடையது .", "this book is mine .",
     [[0, 1, "det"], [2, 3, "cop"], [1, 3, "nsubj"], [2, 1, "agr"], [4, 3, "punct"]]),
    ("அந்தப் பை உன்னுடையதா ?", "is the bag yours ?", None),
    ("இந்த வீடு அவர்களுடையது அல்ல .", "this house is not theirs .", None),
    ("இந்தப் புத்தகம் அவனுடையதா ?", "is this book his ?", None),
    ("indhap puththagam ennudaiyadhu .", "this book is mine .", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), MINE)
def test_mine_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    word = next(i for i, w in enumerate(got.pair.tgt) if w in ("mine", "yours", "his", "hers", "ours", "theirs"))
    assert got.pair.src[got.pair.align[word][0]].endswith(("டையது", "டையதா"))      # என்னுடையது, உன்னுடையதா


@pytest.mark.parametrize(("text", "why"), [
    ("இந்தத் தோசை என்னுடையது .", "a thing one owns"),
    ("இந்தப் புத்தகம் என்னுடையதா .", "a question ends the pronoun with -ஆ"),
])
def test_tamil_mine_outside_the_language(text, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(text)


@pytest.mark.parametrize(("english", "why"), [
    ("this dosa is mine .", "a thing one owns"),
    ("these books are mine .", "'is'"),
    ("this book is the .", "mine, yours, his"),
])
def test_english_mine_outside_the_language(english, why):
    with pytest.raises(NotInLanguage, match=why):
        parse_english(english)


def test_mine_is_generated_and_read_back(sample, sample_wide):
    found = [(t, p) for t, p in sample + sample_wide if any(c.owned == "mine" for c in t.clauses)]
    assert found and any(p.tgt[-1] == "?" for _, p in found)
    for t, p in found:
        assert not notes(t)
        assert parse(" ".join(p.src)).pair.relations == p.relations
        assert parse_english(" ".join(p.tgt)).pair.relations == p.relations


def test_a_pronoun_predicate_is_negated_with_alla():
    """Written Tamil says அவர்களுடையது அல்ல (a Tamil reader's review); இல்லை there gets the written form."""
    written = parse("இந்த வீடு அவர்களுடையது அல்ல .")
    assert written.pair.tgt == "this house is not theirs .".split()
    assert parse("indha veedu avargaludaiyadhu alla .").pair.tgt == written.pair.tgt
    with pytest.raises(NotInLanguage, match="written Tamil says அல்ல"):
        parse("இந்த வீடு அவர்களுடையது இல்லை .")
    with pytest.raises(NotInLanguage, match="only அல்ல"):
        parse("இந்த வீடு அவர்களுடையது வந்தது .")
