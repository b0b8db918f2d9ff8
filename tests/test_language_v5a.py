"""Language v5a: habits denied (நான் தேநீர் குடிப்பதில்லை, i do not drink tea), … in both directions, each read
back one way, and drawn by the generator."""

import pytest

from model.language.english_parser import parse_english
from model.language.forms import analyses
from model.language.parser import NotInLanguage, parse, parse_count
from tests.language_pairs import both_ways

HABITS = [
    ("நான் தேநீர் குடிப்பதில்லை .", "i do not drink tea .",
     [[4, 3, "obj"], [1, 3, "aux"], [2, 3, "advmod"], [0, 3, "nsubj"], [1, 0, "agr"], [5, 3, "punct"]]),
    ("naan theneer kudippadhillai .", "i do not drink tea .", None),
    ("அவள் பள்ளிக்குச் செல்வதில்லை .", "she does not go to school .", None),
    ("என் தாத்தா காபி குடிப்பதில்லை .", "my grandfather does not drink coffee .", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), HABITS)
def test_habit_denied_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    words = english.split()
    verb = got.pair.src[-2]
    assert verb.endswith("தில்லை")
    for w in ("do" if "do" in words else "does", "not"):             # do not ← the one Tamil word
        assert got.pair.align[words.index(w)] == [len(got.pair.src) - 2]


def test_habit_and_past_negative_read_one_way_each():
    assert parse("நான் தேநீர் குடிக்கவில்லை .").pair.tgt[1:4] == ["did", "not", "drink"]
    assert parse_english("i did not drink tea .").pair.src[-2] == "குடிக்கவில்லை"
    assert parse_english("he does not drink tea .").pair.src[-2] == "குடிப்பதில்லை"
    assert parse_english("i do not trust him .").pair.src[-2] == "நம்பவில்லை"         # a state keeps -வில்லை
    assert parse_english("he does not come every day .").pair.src[-2] == "வரவில்லை"   # a time phrase too


REFUSED_HABITS = [
    ("நீ ஏன் தேநீர் குடிப்பதில்லை ?", "denies a habit in a main statement"),
    ("நான் அவனை நம்புவதில்லை .", "a habit is an action"),
    ("அவன் இன்று வருவதில்லை .", "takes no time phrase"),
]


@pytest.mark.parametrize(("tamil", "why"), REFUSED_HABITS)
def test_habit_denied_refusals(tamil, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(tamil)


def test_habits_denied_are_generated(sample):
    got = [p for t, p in sample if any(c.habit for c in t.clauses)]     # (ஒருபோதும் சென்றதில்லை ends so too: v6c)
    assert got
    for p in got:
        back = parse(" ".join(p.src))
        assert back.pair.tgt == p.tgt and parse_count(back.pair.src) == 1
        assert p.tgt[p.tgt.index("not") - 1] in ("do", "does")
        english = parse_english(" ".join(p.tgt))
        assert english.pair.tgt == p.tgt and english.pair.relations == p.relations


EXISTENCE = [
    ("நாளை எனக்குத் தேர்வு இருக்கிறது .", "i have an exam tomorrow .",
     [[2, 3, "det"], [3, 1, "obj"], [0, 1, "nsubj"], [1, 0, "agr"], [4, 1, "tmod"], [5, 1, "punct"]]),
    ("இன்று கல்லூரி இல்லை .", "there is no college today .",
     [[2, 3, "det"], [0, 1, "expl"], [3, 1, "nsubj"], [1, 3, "agr"], [4, 1, "tmod"], [5, 1, "punct"]]),
    ("இன்று college இல்லை .", "there is no college today .", None),
    ("inniku meeting irukkaa ?", "is there a meeting today ?", None),
    ("நேற்று தேர்வு இருக்கவில்லை .", "there was no exam yesterday .", None),
    ("நேற்று அவனுக்குத் தேர்வு இருந்ததா ?", "did he have an exam yesterday ?", None),
    ("நாளை உங்களுக்கு மீட்டிங் இல்லை .", "you do not have a meeting tomorrow .", None),
    ("இன்று ரவிக்கு மீட்டிங் இருக்கிறது .", "ravi has a meeting today .", None),
    ("நாளை பள்ளி இருக்கிறதா ?", "is there school tomorrow ?", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), EXISTENCE)
def test_existence_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    verb = len(got.pair.src) - 2
    words = english.split()
    for w in ("there", "is", "was", "no", "have", "has", "do", "did"):    # there, is, no, have ← the Tamil verb
        if w in words:
            assert got.pair.align[words.index(w)] == [verb]


REFUSED_EXISTENCE = [
    ("அந்தத் தேர்வு இருக்கிறது .", "say the plain word"),
    ("எனக்கு இன்று தேர்வு இருக்கிறது .", "says the time, who has it, the thing"),
    ("இன்று எனக்குக் கல்லூரி இருக்கிறது .", "is not had by someone"),
    ("நேற்று தேர்வு இல்லை .", "'yesterday' does not fit the present"),
    ("நாளை ரவியை மீட்டிங் இருக்கிறது .", "stands in the dative"),
]


@pytest.mark.parametrize(("tamil", "why"), REFUSED_EXISTENCE)
def test_existence_refusals(tamil, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(tamil)


@pytest.mark.parametrize(("english", "why"), [
    ("he have a meeting today .", "write 'he has'"),
    ("there is a college today .", "'college' with no article"),
    ("there is meeting today .", "'a meeting'"),
    ("there are meetings today .", "said of one thing"),
])
def test_existence_refusals_in_english(english, why):
    with pytest.raises(NotInLanguage, match=why):
        parse_english(english)


def test_existence_is_generated(sample):
    got = [p for _, p in sample if ("there" in p.tgt or "have" in p.tgt or "has" in p.tgt or "had" in p.tgt)
           and "many" not in p.tgt]
    assert got
    for p in got:
        back = parse(" ".join(p.src))
        assert back.pair.tgt == p.tgt and parse_count(back.pair.src) == 1 and all(back.pair.align)
        english = parse_english(" ".join(p.tgt))
        assert english.pair.tgt == p.tgt and english.pair.relations == p.relations


YET = [
    ("naan innum saapidavillai .", "i have not eaten yet .",
     [[4, 3, "advmod"], [1, 3, "aux"], [2, 3, "advmod"], [0, 3, "nsubj"], [1, 0, "agr"], [5, 3, "punct"]]),
    ("அவன் இன்னும் வரவில்லை .", "he has not come yet .", None),
    ("நான் அந்த ரிப்போர்ட்டை இன்னும் முடிக்கவில்லை .", "i have not finished the report yet .", None),
    ("அவர்கள் பள்ளிக்கு இன்னும் செல்லவில்லை .", "they have not gone to school yet .", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), YET)
def test_not_yet_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    words = english.split()
    yet = got.pair.src.index("இன்னும்")
    assert got.pair.align[words.index("yet")] == [yet]                  # yet ← இன்னும்
    assert got.pair.align[words.index("not")] == [yet + 1]              # have not ← the negated verb


def test_without_yet_the_past_stays_simple():
    assert parse("நான் சாப்பிடவில்லை .").pair.tgt == ["i", "did", "not", "eat", "."]


REFUSED_YET = [
    ("நான் இன்னும் சாப்பிட்டேன் .", "its verb is negated"),
    ("நான் இன்னும் அவனை நம்பவில்லை .", "goes with an action"),
    ("நீ ஏன் இன்னும் சாப்பிடவில்லை ?", "goes in a main statement"),
    ("நான் நேற்று இன்னும் சாப்பிடவில்லை .", "takes no time phrase"),
]


@pytest.mark.parametrize(("tamil", "why"), REFUSED_YET)
def test_not_yet_refusals(tamil, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(tamil)


@pytest.mark.parametrize(("english", "why"), [
    ("i did not eat yet .", "'yet' goes with 'have/has not'"),
    ("i have not eaten .", "the perfect otherwise only of coming and going"),
    ("i have eaten yet .", "said here of coming and going"),
    ("i eaten .", "needs 'have/has not' before it"),
])
def test_not_yet_refusals_in_english(english, why):
    with pytest.raises(NotInLanguage, match=why):
        parse_english(english)


def test_not_yet_is_generated(sample):
    got = [p for _, p in sample if "இன்னும்" in p.src]
    assert got
    for p in got:
        back = parse(" ".join(p.src))
        assert back.pair.tgt == p.tgt and parse_count(back.pair.src) == 1 and all(back.pair.align)
        assert p.tgt[-2] == "yet" and ("has" in p.tgt or "have" in p.tgt)
        english = parse_english(" ".join(p.tgt))
        assert english.pair.tgt == p.tgt and english.pair.relations == p.relations


PERFECT = [
    ("appa kovilukku poyirukkiraar .", "father has gone to the temple .",
     [[3, 5, "case"], [4, 5, "det"], [5, 2, "obl"], [1, 2, "aux"], [0, 2, "nsubj"], [1, 0, "agr"], [6, 2, "punct"]]),
    ("அவன் சென்னைக்குச் சென்றிருக்கிறான் .", "he has gone to chennai .", None),
    ("அவர்கள் வந்திருக்கிறார்கள் .", "they have come .", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), PERFECT)
def test_perfect_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    words = english.split()
    have = words.index("has" if "has" in words else "have")
    assert got.pair.align[have] == got.pair.align[have + 1] == [len(got.pair.src) - 2]     # has gone ← one word


def test_perfect_read_from_synonym_and_spelling_variants():
    assert parse("அப்பா கோவிலுக்குப் போயிருக்கிறார் .").pair.src[-2] == "சென்றிருக்கிறார்"
    assert parse("அப்பா கோவிலுக்குப் போயிருக்கிறார் .").pair.src[1] == "கோயிலுக்குச்"


REFUSED_PERFECT = [
    ("அவன் நேற்று வந்திருக்கிறான் .", "does not fit the present"),
    ("அவன் இன்று வந்திருக்கிறான் .", "takes no time phrase"),
    ("அவன் வந்திருக்கிறானா ?", None),
]


@pytest.mark.parametrize(("tamil", "why"), REFUSED_PERFECT)
def test_perfect_refusals(tamil, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(tamil)


@pytest.mark.parametrize(("english", "why"), [
    ("he has eaten .", "said here of coming and going"),
    ("he has gone to chennai yesterday .", "takes no time phrase"),
    ("there is a going today .", "there is a thing"),
])
def test_perfect_refusals_in_english(english, why):
    with pytest.raises(NotInLanguage, match=why):
        parse_english(english)


def test_perfect_is_generated(sample, sample_wide):
    got = [p for _, p in sample + sample_wide if any("perfect" in a.feats for a in analyses().get(p.src[-2], ()))]
    assert got
    for p in got:
        back = parse(" ".join(p.src))
        assert back.pair.tgt == p.tgt and parse_count(back.pair.src) == 1 and all(back.pair.align)
        english = parse_english(" ".join(p.tgt))
        assert english.pair.tgt == p.tgt and english.pair.relations == p.relations


def test_meeting_is_a_noun_after_there_is_and_still_the_ing_form_of_meet():
    assert parse_english("she is meeting ravi today .").pair.src[-2] == "சந்திக்கிறாள்"
    assert parse_english("is there a meeting today ?").pair.src[1] == "மீட்டிங்"


BECAUSE = [
    ("mazhai peydhadhaal naan pallikku pogavillai .", "i did not go to school because it rained .",
     [[0, 3, "nsubj"], [1, 3, "aux"], [2, 3, "advmod"], [4, 5, "case"], [5, 3, "obl"], [6, 8, "mark"], [7, 8, "nsubj"],
      [8, 3, "advcl"], [9, 3, "punct"]]),
    ("மழை பெய்ததால் அவன் வீட்டில் தங்கினான் .", "he stayed at home because it rained .", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), BECAUSE)
def test_because_it_rained_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, None)
    if relations is not None:
        assert sorted(got.pair.relations) == sorted(relations)
    words = english.split()
    assert got.pair.align[words.index("because")] == [1]                 # because ← பெய்ததால்
    assert got.pair.align[words.index("it")] == [0]                      # it ← மழை


REFUSED_BECAUSE = [
    ("மழை பெய்ததால் .", "gives the reason for a clause that follows"),
    ("மழை பெய்தது நான் பள்ளிக்குப் போகவில்லை .", "gives its reason with -ஆல்"),
    ("மழை பெய்ததால் நான் ஒரு புத்தகத்தை வாங்கினேன் .", "the rain keeps one from going out"),
    ("நேற்று மழை பெய்ததால் நான் பள்ளிக்குப் போகவில்லை .", "with no time phrase"),
]


@pytest.mark.parametrize(("tamil", "why"), REFUSED_BECAUSE)
def test_because_it_rained_refusals(tamil, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(tamil)


def test_because_it_rained_refusals_in_english():
    with pytest.raises(NotInLanguage, match="the rain keeps one from going out"):
        parse_english("i bought a book because it rained .")
    with pytest.raises(NotInLanguage, match="the rain that fell"):
        parse_english("i did not go to school because it did not rain .")


def test_because_it_rained_is_generated(sample, sample_wide):
    got = [p for _, p in sample + sample_wide if "பெய்ததால்" in p.src]          # (the wider one too since v8 moved it)
    assert got
    for p in got:
        back = parse(" ".join(p.src))
        assert back.pair.tgt == p.tgt and parse_count(back.pair.src) == 1 and all(back.pair.align)
        assert p.tgt[-4:] == ["because", "it", "rained", "."]
        english = parse_english(" ".join(p.tgt))
        assert english.pair.tgt == p.tgt and english.pair.relations == p.relations


@pytest.mark.parametrize("english", [
    "there is no college today .", "is there a meeting today ?", "i have an exam tomorrow .",
    "do you have an exam tomorrow ?", "i have not eaten yet .", "father has gone to the temple .",
    "i did not go to school because it rained .", "i do not drink tea .", "she is meeting ravi today .",
])
def test_the_english_backbone_reads_each_one_way(english):
    from model.language.english_grammar import parse_count as english_parse_count

    assert english_parse_count(english.split()) == 1
