"""Language v4a: everyday words and constructions (செய் make, times of day, …), in both directions, each read
back one way, and drawn by the generator."""

import pytest

from model.language.english_parser import parse_english
from model.language.generator import sample_pairs
from model.language.parser import NotInLanguage, parse, parse_count
from tests.language_pairs import both_ways


@pytest.fixture(scope="module")
def short_questions():
    """Short questions, where the generator draws questions of amount and experiencers."""
    return list(sample_pairs(1500, 11, 3, 5, mood=("question",)))


MAKE = [
    ("அம்மா காபி செய்தார் .", "mother made coffee .", [[2, 1, "obj"], [0, 1, "nsubj"], [3, 1, "punct"]]),
    ("அவள் நாளை ஒரு கேக்கைச் செய்வாள் .", "she will make a cake tomorrow .", None),
    ("நீங்கள் சாம்பார் செய்தீர்களா ?", "did you make sambar ?", None),
    ("ravi indha dosaiyai seydhaan .", "ravi made this dosa .", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), MAKE)
def test_make_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    verb = english.split().index("made") if "made" in english.split() else english.split().index("make")
    assert any(got.pair.src[i].startswith("செய்") for i in got.pair.align[verb])     # made ← செய்தார்


@pytest.mark.parametrize("tamil", ["அம்மா அந்தக் கடிதத்தைச் செய்தார் .", "அம்மா ஒரு மாம்பழத்தைச் செய்தார் ."])
def test_make_of_what_is_not_made_is_noted_as_odd(tamil):
    """You write a letter; you make food or drink: 'made the letter' is grammatical but breaks a rule of sense."""
    assert any("(rule: object-fits)" in note for note in parse(tamil).odd)


def test_make_is_generated_and_read_back(sample):
    made = [p for t, p in sample if any(c.verb == "make" for c in t.clauses)]
    assert made
    for p in made[:40]:
        assert parse(" ".join(p.src)).pair.relations == p.relations
        assert parse_english(" ".join(p.tgt)).pair.relations == p.relations


TIMES_OF_DAY = [
    ("நான் நாளை காலை சென்னைக்குச் செல்வேன் .", "i will go to chennai tomorrow morning .",
     [[3, 4, "case"], [4, 2, "obl"], [5, 6, "tmod"], [6, 2, "tmod"], [1, 2, "aux"], [0, 2, "nsubj"], [7, 2, "punct"]]),
    ("நேற்று இரவு மழை பெய்தது .", "it rained last night .", [[2, 3, "amod"], [3, 1, "tmod"], [0, 1, "nsubj"], [4, 1, "punct"]]),
    ("அவர்கள் நேற்று மாலை கடலில் நீந்தினார்கள் .", "they swam in the sea yesterday evening .", None),
    ("நாளை மாலை மழை பெய்யுமா ?", "will it rain tomorrow evening ?", None),
    ("நான் நாளை சென்னைக்குச் செல்வேன் .", "i will go to chennai tomorrow .", None),     # நாளை alone is still a time
]


@pytest.mark.parametrize(("tamil", "english", "relations"), TIMES_OF_DAY)
def test_times_of_day_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    en = english.split()
    for word, ta in (("morning", "காலை"), ("night", "இரவு"), ("evening", "மாலை")):
        if word in en:
            assert got.pair.align[en.index(word)] == [tamil.split().index(ta)]       # morning ← காலை


def test_times_of_day_that_are_not_in_the_language():
    with pytest.raises(NotInLanguage, match="does not fit the tense"):
        parse("நேற்று இரவு மழை பெய்யும் .")
    with pytest.raises(NotInLanguage):
        parse("நான் காலை சென்னைக்குச் செல்வேன் .")           # காலை goes with நாளை (alone it is காலையில்)


def test_times_of_day_are_generated_and_read_back(sample):
    timed = [(t, p) for t, p in sample if t.clauses[0].time in ("tomorrow_morning", "last_night",
                                                                  "tomorrow_evening", "yesterday_evening")]
    assert {t.clauses[0].time for t, _ in timed} >= {"tomorrow_morning", "last_night"}
    for _, p in timed[:40]:
        assert parse(" ".join(p.src)).pair.relations == p.relations
        assert parse_english(" ".join(p.tgt)).pair.relations == p.relations


FAMILIAR = [
    ("வா .", "come .", [[1, 0, "punct"]]),
    ("அந்தக் கதவைத் திற .", "open the door .", [[1, 2, "det"], [2, 0, "obj"], [3, 0, "punct"]]),
    ("இங்கே வா .", "come here .", [[1, 0, "advmod"], [2, 0, "punct"]]),
    ("தண்ணீர் குடி .", "drink water .", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), FAMILIAR)
def test_singular_imperative_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    assert got.sentence.clauses[0].familiar and "please" not in got.pair.tgt


def test_please_with_a_singular_imperative_is_the_polite_one():
    """தயவுசெய்து வா . says please come . (please ← தயவுசெய்து alone); the English reads back as வாருங்கள் ."""
    got = parse("தயவுசெய்து வா .")
    assert got.pair.tgt == "please come .".split() and got.pair.align[0] == [0]
    assert got.pair.relations == parse("வாருங்கள் .").pair.relations
    assert parse_english("please come .").pair.src == ["வாருங்கள்", "."]


@pytest.mark.parametrize(("english", "why"), [
    ("fly .", "cannot start with 'fly'"),
    ("run .", "cannot start with .run."),          # ஓடுங்கள் is in the language, the singular ஓடு not yet
])
def test_imperatives_without_please_that_are_not_in_the_language(english, why):
    with pytest.raises(NotInLanguage, match=why):
        parse_english(english)


PLACE_ADVERBS = [
    ("தயவுசெய்து உள்ளே வாருங்கள் .", "please come inside .",
     [[2, 1, "advmod"], [0, 1, "discourse"], [3, 1, "punct"]]),
    ("thayavuseithu inge vaa .", "please come here .", None),
    ("இங்கே காத்திருங்கள் .", "please wait here .", None),
    ("அவன் நாளை இங்கே வருவான் .", "he will come here tomorrow .", None),
    ("நீ வெளியே வருவாயா ?", "will you come outside ?", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), PLACE_ADVERBS)
def test_place_adverbs_both_directions(tamil, english, relations):
    got = parse(tamil)
    assert " ".join(got.pair.tgt) == english and parse_count(got.pair.src) == 1
    if relations is not None:
        assert got.pair.relations == relations
    back = parse_english(english)
    assert back.pair.tgt == got.pair.tgt and back.pair.relations == got.pair.relations
    en = english.split()
    adv = next(i for i, w in enumerate(en) if w in ("here", "inside", "outside"))
    assert [got.pair.src[i] for i in got.pair.align[adv]] == [{"here": "இங்கே", "inside": "உள்ளே",
                                                               "outside": "வெளியே"}[en[adv]]]


@pytest.mark.parametrize(("tamil", "why"), [
    ("இங்கே அலுவலகத்தில் உட்கார் .", "already says where"),
    ("உள்ளே வராதீர்கள் .", "says where to come, not negated"),
    ("ரவி இங்கே சமைத்தான் .", "says where to"),
])
def test_place_adverbs_that_are_not_in_the_language(tamil, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(tamil)


def test_singular_imperatives_and_place_adverbs_are_generated_and_read_back():
    asked = list(sample_pairs(800, 3, 3, 6, mood=("imperative",)))
    familiar = [p for t, p in asked if t.clauses[0].familiar]
    placed = [(t, p) for t, p in asked if t.clauses[0].advs]
    assert familiar and placed
    assert {a for t, _ in placed for a in t.clauses[0].advs} <= {"here", "inside", "outside", "slowly"}   # slowly: v5b
    for p in familiar + [p for _, p in placed]:
        got = parse(" ".join(p.src))
        assert got.pair.tgt == p.tgt and got.pair.relations == p.relations and parse_count(p.src) == 1
        assert parse_english(" ".join(p.tgt)).pair.relations == p.relations


AGES = [
    ("உன் தம்பிக்கு எத்தனை வயது ?", "how old is your younger brother ?",
     [[3, 5, "poss"], [4, 5, "amod"], [0, 1, "advmod"], [2, 1, "cop"], [5, 1, "nsubj"], [2, 5, "agr"], [6, 1, "punct"]]),
    ("உங்களுக்கு எத்தனை வயது ?", "how old are you ?",
     [[0, 1, "advmod"], [2, 1, "cop"], [3, 1, "nsubj"], [2, 3, "agr"], [4, 1, "punct"]]),
    ("ரவிக்கு எத்தனை வயது ?", "how old is ravi ?", None),
    ("அம்மாவுக்கு எத்தனை வயது ?", "how old is mother ?", None),
    ("அந்த மருத்துவருக்கு எத்தனை வயது ?", "how old is the doctor ?", None),
]


def test_the_age_may_be_asked_with_evvalavu():
    """உனக்கு எவ்வளவு வயது ? says what உனக்கு எத்தனை வயது ? says; the English reads back with எத்தனை."""
    much, many = parse("unakku evvalavu vayadhu ?"), parse("உனக்கு எத்தனை வயது ?")
    assert much.pair.tgt == many.pair.tgt == "how old are you ?".split() and parse_count(much.pair.src) == 1
    assert much.pair.relations == many.pair.relations and much.pair.src[1] == "எவ்வளவு"
    assert parse_english("how old are you ?").pair.src[1] == "எத்தனை"
    with pytest.raises(NotInLanguage, match="expected"):
        parse("உனக்கு எவ்வளவு குழந்தைகள் ?")                 # counting asks with எத்தனை


@pytest.mark.parametrize(("tamil", "english", "relations"), AGES)
def test_age_questions_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    ta = got.pair.src
    assert [ta[i] for i in got.pair.align[0]] == ["எத்தனை"]                          # how ← எத்தனை
    assert [ta[i] for i in got.pair.align[1]] == [ta[i] for i in got.pair.align[2]] == ["வயது"]   # old, is ← வயது


@pytest.mark.parametrize(("tamil", "why"), [
    ("அந்தப் புத்தகத்துக்கு எத்தனை வயது ?", "age of a person"),
    ("உன் தம்பி எத்தனை வயது ?", "in the dative"),
    ("எனக்கு எத்தனை வயது ?", "not asked its age"),
])
def test_age_questions_that_are_not_in_the_language(tamil, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(tamil)


@pytest.mark.parametrize(("english", "why"), [
    ("how old is the book ?", "age of a person"),
    ("how big is ravi ?", "asks 'how old is"),
    ("how old are ravi ?", "write 'how old is"),
])
def test_english_age_questions_that_are_not_in_the_language(english, why):
    with pytest.raises(NotInLanguage, match=why):
        parse_english(english)


def test_age_questions_are_generated_and_read_back(short_questions):
    aged = [p for t, p in short_questions if t.clauses[0].age]
    assert aged and all("how old" in " ".join(p.tgt) and p.src[-2] == "வயது" for p in aged)   # (v4d: வணக்கம் , …)
    assert {p.src[-3] for p in aged} == {"எத்தனை", "எவ்வளவு"}
    for p in aged:
        assert parse_count(p.src) == 1
        assert parse(" ".join(p.src)).pair.relations == p.relations
        assert parse_english(" ".join(p.tgt)).pair.relations == p.relations


COUNTS = [
    ("உங்களுக்கு எத்தனை குழந்தைகள் ?", "how many children do you have ?",
     [[0, 1, "advmod"], [1, 2, "amod"], [2, 5, "obj"], [3, 5, "aux"], [4, 5, "nsubj"], [3, 4, "agr"], [6, 5, "punct"]]),
    ("ரவிக்கு எத்தனை மகன்கள் ?", "how many sons does ravi have ?", None),
    ("அவனுக்கு எத்தனை நண்பர்கள் ?", "how many friends does he have ?", None),
]


def test_things_one_owns_are_not_counted_with_the_dative():
    with pytest.raises(NotInLanguage, match="how many one has of children"):    # அவனிடம் … இருக்கின்றன, not அவனுக்கு
        parse("அவனுக்கு எத்தனை புத்தகங்கள் ?")


@pytest.mark.parametrize(("tamil", "english", "relations"), COUNTS)
def test_how_many_questions_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    en = english.split()
    assert got.pair.align[en.index("have")] == got.pair.align[en.index("have") - 2] == [0]   # do, have ← the dative
    assert got.pair.align[0] == got.pair.align[1] == [1]                                      # how many ← எத்தனை


def test_a_word_for_children_is_read_as_the_lexicons_with_a_note():
    got = parse("உங்களுக்கு எத்தனை பிள்ளைகள் ?")
    assert " ".join(got.pair.tgt) == "how many children do you have ?"
    assert any("பிள்ளைகள்" in note and "குழந்தைகள்" in note for note in got.notes)


@pytest.mark.parametrize(("text", "why"), [
    ("உனக்கு எத்தனை நாய்கள் ?", "how many one has of children"),
    ("உனக்கு எத்தனை நண்பன் ?", "plural with no case suffix"),
])
def test_how_many_questions_that_are_not_in_the_language(text, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(text)


@pytest.mark.parametrize(("english", "why"), [
    ("how many dogs do you have ?", "how many one has of children"),
    ("how many children does you have ?", "write 'do'"),
    ("how many the children do you have ?", "plain plural noun"),
])
def test_english_how_many_questions_that_are_not_in_the_language(english, why):
    with pytest.raises(NotInLanguage, match=why):
        parse_english(english)


def test_how_many_questions_are_generated_and_read_back(short_questions):
    counted = [p for t, p in short_questions if t.clauses[0].count]
    assert counted and all("how many" in " ".join(p.tgt) and p.tgt[-2] == "have" for p in counted)
    for p in counted:
        assert parse_count(p.src) == 1
        assert parse(" ".join(p.src)).pair.relations == p.relations
        assert parse_english(" ".join(p.tgt)).pair.relations == p.relations


TIME_FIRST = [
    ("இன்று நான் மிகவும் மகிழ்ச்சியாக இருக்கிறேன் .", "i am very happy today .", "நான் இன்று மிகவும் மகிழ்ச்சியாக இருக்கிறேன் ."),
    ("நேற்று ரவி சென்னைக்குச் சென்றான் .", "ravi went to chennai yesterday .", "ரவி நேற்று சென்னைக்குச் சென்றான் ."),
    ("நாளை காலை நான் மதுரைக்குச் செல்வேன் .", "i will go to madurai tomorrow morning .",
     "நான் நாளை காலை மதுரைக்குச் செல்வேன் ."),
]


@pytest.mark.parametrize(("tamil", "english", "usual"), TIME_FIRST)
def test_a_time_phrase_may_open_a_statement(tamil, english, usual):
    """Tamil fronts a time phrase freely; the English keeps it last, and reads back in the usual order."""
    got, plain = parse(tamil), parse(usual)
    assert " ".join(got.pair.tgt) == english and parse_count(got.pair.src) == 1
    assert got.sentence.clauses[0].time_first and not plain.sentence.clauses[0].time_first
    assert got.pair.relations == plain.pair.relations
    assert got.pair.align[english.split().index(english.split()[-2])] == [0] or "morning" in english
    assert " ".join(parse_english(english).pair.src) == usual


def test_a_time_phrase_opens_statements_only():
    with pytest.raises(NotInLanguage, match="in a statement only"):
        parse("இன்று நீ எங்கே போகிறாய் ?")


def test_fronted_times_are_generated_and_read_back(sample):
    fronted = [p for t, p in sample if any(c.time_first for c in t.clauses)]
    assert fronted
    for p in fronted[:40]:
        got = parse(" ".join(p.src))
        assert got.pair.relations == p.relations and got.pair.tgt == p.tgt and parse_count(p.src) == 1
        assert parse_english(" ".join(p.tgt)).pair.relations == p.relations


SOME = [
    ("எனக்குக் கொஞ்சம் தமிழ் தெரியும் .", "i know a little tamil .",
     [[4, 1, "obj"], [2, 3, "det"], [3, 4, "amod"], [0, 1, "nsubj"], [1, 0, "agr"], [5, 1, "punct"]]),
    ("எனக்குக் கொஞ்சம் காபி வேண்டும் .", "i want some coffee .",
     [[3, 1, "obj"], [2, 3, "det"], [0, 1, "nsubj"], [1, 0, "agr"], [4, 1, "punct"]]),
    ("உங்களுக்குக் கொஞ்சம் தண்ணீர் வேண்டுமா ?", "do you want some water ?", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), SOME)
def test_some_with_experiencers_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    some = [i for i, w in enumerate(got.pair.tgt) if w in ("some", "a", "little")]
    assert some and all(got.pair.align[i] == [1] for i in some)                  # some, a little ← கொஞ்சம்


@pytest.mark.parametrize(("tamil", "why"), [
    ("எனக்குக் கொஞ்சம் காபி வேண்டாம் .", "not negated"),
    ("எனக்குக் கொஞ்சம் ஒரு பேனா வேண்டும் .", "before a bare noun"),
])
def test_some_that_is_not_in_the_language(tamil, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(tamil)


@pytest.mark.parametrize(("english", "why"), [
    ("i want a little coffee .", "the grammar says 'some coffee'"),
    ("i know some tamil .", "the grammar says 'a little tamil'"),
    ("ravi drank some coffee .", "go with want and know"),
])
def test_english_some_that_is_not_in_the_language(english, why):
    with pytest.raises(NotInLanguage, match=why):
        parse_english(english)


def test_some_is_generated_and_read_back(short_questions):
    some = [p for t, p in short_questions if t.clauses[0].some]
    assert some
    for p in some:
        assert parse_count(p.src) == 1 and "கொஞ்சம்" in p.src
        assert parse(" ".join(p.src)).pair.relations == p.relations
        assert parse_english(" ".join(p.tgt)).pair.relations == p.relations


PRICES = [
    ("இது எவ்வளவு ?", "how much is this ?",
     [[0, 1, "advmod"], [2, 1, "cop"], [3, 1, "nsubj"], [2, 3, "agr"], [4, 1, "punct"]]),
    ("idhu evvalavu ?", "how much is this ?", None),
    ("இந்தப் பேனா எவ்வளவு ?", "how much is this pen ?", None),
    ("அந்தப் பை எவ்வளவு ?", "how much is the bag ?", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), PRICES)
def test_price_questions_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    wh = got.pair.src.index("எவ்வளவு")
    assert got.pair.align[0] == got.pair.align[1] == got.pair.align[2] == [wh]     # how much is ← எவ்வளவு


@pytest.mark.parametrize(("tamil", "why"), [
    ("காபி எவ்வளவு ?", "one thing one buys"),
    ("இந்தப் பேனாக்கள் எவ்வளவு ?", "one thing one buys"),
    ("ரவி எவ்வளவு ?", "price of a plain thing"),
])
def test_price_questions_that_are_not_in_the_language(tamil, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(tamil)


@pytest.mark.parametrize(("english", "why"), [
    ("how much are these pens ?", "one thing one buys"),
    ("how much is the ?", "it asks 'how much is this"),
])
def test_english_price_questions_that_are_not_in_the_language(english, why):
    with pytest.raises(NotInLanguage, match=why):
        parse_english(english)


def test_price_questions_are_generated_and_read_back(short_questions):
    priced = [p for t, p in short_questions if t.clauses[0].price]
    assert priced and all("how much is" in " ".join(p.tgt) and p.src[-2] == "எவ்வளவு" for p in priced)
    for p in priced:
        assert parse_count(p.src) == 1
        assert parse(" ".join(p.src)).pair.relations == p.relations
        assert parse_english(" ".join(p.tgt)).pair.relations == p.relations


@pytest.mark.parametrize(("word", "gloss"), [
    ("வா", "come-IMP.SG"), ("வாருங்கள்", "come-IMP.POL"), ("எத்தனை", "how.many"), ("வயது", "age"),
    ("கொஞ்சம்", "a.little"), ("எவ்வளவு", "how.much"), ("இங்கே", "here"), ("காலை", "morning"),
])
def test_glosses_of_the_new_words(word, gloss):
    from model.language.glosses import describe

    assert describe(word)[2] == gloss


def test_an_imperative_asks_only_for_a_state_one_can_choose():
    """A Tamil reader flagged சோர்வாக இருங்கள் (please be tired): the generator's imperatives of இரு take only the
    predicates the lexicon marks 'ask' (ready, careful, quiet …)."""
    from model.language.lexicon import load_lexicon

    lex = load_lexicon()
    asked = {c.pred for t, _ in sample_pairs(1500, 8, 3, 8, mood=("imperative",)) for c in t.clauses if c.pred}
    assert asked and all(lex.predicates[k].get("ask") for k in asked), asked
