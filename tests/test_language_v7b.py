"""Language v7b: degree, quantity and family words of the English everyday set. The superlative *the best*
(மிகச்சிறந்த, ``model.language.superlative``), a request for oneself with a measure (எனக்கு ஒரு குவளை தண்ணீர்
கிடைக்குமா ? → *can i have a glass of water ?*, ``model.language.can_have``), a battery run down (என் கைப்பேசியின்
மின்கலம் கிட்டத்தட்டத் தீர்ந்துவிட்டது → *my phone battery is almost dead*, ``model.language.spent``) and சகோதரன் *brother*,
a brother of either age; both directions, and drawn by the generator."""

import pytest

from model.errors import InputError
from model.language.english_parser import parse_english
from model.language.forms import analyses, doubles_next
from model.language.parser import NotInLanguage, parse
from tests.language_pairs import both_ways

EVERYDAY = [
    ("என் அம்மா மிகச்சிறந்த காபி செய்கிறார் .", "my mother makes the best coffee .",
     [[0, 1, "poss"], [3, 5, "det"], [4, 5, "amod"], [5, 2, "obj"], [1, 2, "nsubj"], [2, 1, "agr"], [6, 2, "punct"]]),
    ("என் தாத்தா மிகச்சிறந்த கதைகளைச் சொல்கிறார் .", "my grandfather tells the best stories .",
     [[0, 1, "poss"], [3, 5, "det"], [4, 5, "amod"], [5, 2, "obj"], [1, 2, "nsubj"], [2, 1, "agr"], [6, 2, "punct"]]),
    ("எனக்கு ஒரு குவளை தண்ணீர் கிடைக்குமா ?", "can i have a glass of water ?",
     [[3, 4, "det"], [5, 6, "case"], [6, 4, "nmod"], [4, 2, "obj"], [0, 2, "aux"], [1, 2, "nsubj"], [7, 2, "punct"]]),
    ("என் கைப்பேசியின் மின்கலம் கிட்டத்தட்டத் தீர்ந்துவிட்டது .", "my phone battery is almost dead .",
     [[0, 2, "poss"], [1, 2, "compound"], [4, 5, "advmod"], [3, 5, "cop"], [2, 5, "nsubj"], [3, 2, "agr"],
      [6, 5, "punct"]]),
    ("என் சகோதரன் என்னைவிட உயரமாக இருக்கிறான் .", "my brother is taller than me .",
     [[0, 1, "poss"], [4, 5, "case"], [5, 3, "obl"], [2, 3, "cop"], [1, 3, "nsubj"], [2, 1, "agr"], [6, 3, "punct"]]),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), EVERYDAY)
def test_everyday_sentences_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    assert not got.odd and not parse_english(english).odd
    assert " ".join(parse_english(english).pair.src) == tamil


def aligned(pair, word: str) -> list[str]:
    """The Tamil words an English word aligns to."""
    return [pair.src[i] for i in pair.align[pair.tgt.index(word)]]


def test_alignments_of_the_new_words():
    best = parse("என் அம்மா மிகச்சிறந்த காபி செய்கிறார் .").pair
    assert aligned(best, "the") == aligned(best, "best") == ["மிகச்சிறந்த"]
    assert aligned(best, "makes") == ["செய்கிறார்"]
    glass = parse("எனக்கு ஒரு குவளை தண்ணீர் கிடைக்குமா ?").pair
    assert aligned(glass, "can") == aligned(glass, "have") == ["கிடைக்குமா"]
    assert aligned(glass, "glass") == aligned(glass, "of") == ["குவளை"] and aligned(glass, "a") == ["ஒரு"]
    assert aligned(glass, "i") == ["எனக்கு"]
    dead = parse("என் கைப்பேசியின் மின்கலம் கிட்டத்தட்டத் தீர்ந்துவிட்டது .").pair
    assert aligned(dead, "is") == aligned(dead, "dead") == ["தீர்ந்துவிட்டது"]
    assert aligned(dead, "almost") == ["கிட்டத்தட்டத்"] and aligned(dead, "phone") == ["கைப்பேசியின்"]
    brother = parse("என் சகோதரன் என்னைவிட உயரமாக இருக்கிறான் .").pair
    assert aligned(brother, "brother") == ["சகோதரன்"]


VARIANTS = [
    ("உங்கள் அம்மா மிகச்சிறந்த காபி செய்கிறாரா ?", "does your mother make the best coffee ?"),
    ("என் தாத்தா மிகச்சிறந்த கதையைச் சொன்னார் .", "my grandfather told the best story ."),
    ("ரவி மிகச்சிறந்த தோசை செய்வான் .", "ravi will make the best dosa ."),
    ("யார் மிகச்சிறந்த கதைகளைச் சொல்கிறார் ?", "who tells the best stories ?"),
    ("எங்களுக்கு இரண்டு குவளை பழச்சாறு கிடைக்குமா ?", "can we have two glasses of juice ?"),
    ("எனக்குக் கொஞ்சம் தண்ணீர் கிடைக்குமா ?", "can i have some water ?"),
    ("எனக்குக் காபி கிடைக்குமா ?", "can i have coffee ?"),
    ("எனக்கு ஒரு தோசை கிடைக்குமா ?", "can i have a dosa ?"),
    ("என் மின்கலம் தீர்ந்துவிட்டது .", "my battery is dead ."),
    ("அந்தக் கணினியின் மின்கலம் தீர்ந்துவிட்டது .", "the computer battery is dead ."),
    ("இந்த மின்கலங்கள் கிட்டத்தட்டத் தீர்ந்துவிட்டன .", "these batteries are almost dead ."),
    ("என் சகோதரர்கள் என்னைவிட உயரமாக இருக்கிறார்கள் .", "my brothers are taller than me ."),
    ("என் சகோதரன் வீட்டுக்கு வந்தான் .", "my brother came home ."),
    ("ravi oru minkalaththai vaanginaan .", "ravi bought a battery ."),
]


@pytest.mark.parametrize(("tamil", "english"), VARIANTS)
def test_variants_both_directions(tamil, english):
    got = both_ways(tamil, english)
    assert not got.odd


def test_the_best_object_makes_the_present_a_habit():
    """The Tamil present of an action is 'is making' unless its object is the best one."""
    assert parse("என் அம்மா காபி செய்கிறார் .").pair.tgt[2:4] == ["is", "making"]
    with pytest.raises(NotInLanguage, match="a habit is told with the simple present"):
        parse_english("my mother is making the best coffee .")


def test_brother_of_either_age_and_the_elder_one():
    assert parse_english("my brother came home .").pair.src[1] == "சகோதரன்"
    assert parse_english("my elder brother came home .").pair.src[1] == "அண்ணன்"
    assert parse_english("my younger brother came home .").pair.src[1] == "தம்பி"
    assert " ".join(parse("என் அண்ணன் வீட்டுக்கு வந்தான் .").pair.tgt) == "my elder brother came home ."


def test_new_words_are_one_kind_each_and_almost_doubles():
    assert [a.cat for a in analyses()["மிகச்சிறந்த"]] == ["ADJ"]
    assert [a.cat for a in analyses()["குவளை"]] == ["MEASURE"]
    assert [a.cat for a in analyses()["கிடைக்குமா"]] == ["VEXP"]
    assert [a.cat for a in analyses()["தீர்ந்துவிட்டது"]] == ["SPENT"]
    assert doubles_next("கிட்டத்தட்ட") and not doubles_next("மிகச்சிறந்த")
    got = parse("என் கைப்பேசியின் மின்கலம் கிட்டத்தட்ட தீர்ந்துவிட்டது .")      # typed without the doubling
    assert got.pair.src[3] == "கிட்டத்தட்டத்" and any("standard spelling" in n for n in got.notes)


def test_the_best_typed_as_two_words_and_a_sentence_without_its_mark():
    got = parse("என் அம்மா மிகச் சிறந்த காபி செய்கிறார் .")
    assert got.pair.src[2] == "மிகச்சிறந்த" and any("as one word" in n for n in got.notes)
    got = parse("என் கைப்பேசியின் மின்கலம் கிட்டத்தட்டத் தீர்ந்துவிட்டது")
    assert got.pair.src[-1] == "." and " ".join(got.pair.tgt) == "my phone battery is almost dead ."


@pytest.mark.parametrize(("text", "why"), [
    ("அந்த மிகச்சிறந்த காபி நன்றாக இருக்கிறது .", "describes the object of a verb"),
    ("என் அம்மா அந்த மிகச்சிறந்த காபியைச் செய்தார் .", "takes no determiner"),
    ("என் தாத்தா மிகச்சிறந்த புத்தகத்தைப் படித்தார் .", "does not describe"),
    ("எனக்குக் காபி கிடைக்கும் .", "unknown word"),
    ("அவனுக்குக் காபி கிடைக்குமா ?", "asks for the speaker"),
    ("எனக்கு ஒரு குவளை தண்ணீர் வேண்டும் .", "goes with கிடைக்குமா"),
    ("எனக்கு ஒரு குவளை காபி கிடைக்குமா ?", "measures water"),
    ("எனக்கு அந்தக் குவளை தண்ணீர் கிடைக்குமா ?", "counted with ஒரு or a number"),
    ("எனக்கு ஒரு புத்தகம் கிடைக்குமா ?", "asks for food or drink"),
    ("உன் கைப்பேசியின் மின்கலம் தீர்ந்துவிட்டன .", "does not agree"),
    ("மின்கலம் தீர்ந்துவிட்டது .", "say whose battery or which"),
    ("என் கைப்பேசி தீர்ந்துவிட்டது .", "said here of a battery"),
])
def test_tamil_outside_the_language(text, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(text)


@pytest.mark.parametrize(("english", "why"), [
    ("my mother makes best coffee .", "goes with 'the'"),
    ("my mother makes the best hot coffee .", "no other adjective"),
    ("my mother makes the best book .", "describes what one makes, tells or writes"),
    ("the best stories are long .", "describes a noun here|describes the object of a verb"),
    ("can he have water ?", "asks for the speaker"),
    ("can i have a glass of coffee ?", "measures water"),
    ("can i have the glass of water ?", "the grammar says 'a glass of'"),
    ("can i have a glasses of water ?", "the grammar says 'a glass of'"),
    ("can i have a book ?", "asks for food or drink"),
    ("my phone battery was dead .", "dead now"),
    ("my phone battery are dead .", "write 'is'"),
    ("a battery is dead .", "say whose battery or which"),
    ("my book battery is dead .", "a battery belongs to"),
    ("the phone is dead .", "said here of a battery"),
])
def test_english_outside_the_language(english, why):
    with pytest.raises(InputError) as err:
        parse_english(english)
    assert any(part in str(err.value) for part in why.split("|"))


@pytest.mark.parametrize(("text", "read"), [
    ("ravi ate the best dosa .", parse_english),
    ("my grandfather read the best stories .", parse_english),
    ("ரவி மிகச்சிறந்த தோசை சாப்பிட்டான் .", parse),
    ("i like the best coffee .", parse_english),
])
def test_the_best_against_the_rule_book(text, read):
    got = read(text)
    assert any("is said of what one makes, prepares, tells or writes" in note and "(rule: object-fits)" in note
               for note in got.odd)
    assert not parse_english("she did not make the best coffee .").odd


def generated(samples, test) -> list:
    return [p for _, p in samples if test(p.src)]


@pytest.mark.parametrize("test", [
    lambda src: "மிகச்சிறந்த" in src,
    lambda src: "கிடைக்குமா" in src,
    lambda src: any(w.startswith("தீர்ந்துவிட்ட") for w in src),
    lambda src: any(w.startswith("சகோதர") for w in src),
], ids=["best", "can_have", "spent", "brother"])   # glass: test_a_glass_of_is_drawn_and_read_back
def test_the_generator_draws_each_construction(sample, sample_wide, sample_more, test):
    """Each construction is in the shared samples, and both parsers read every drawn pair back the same (English
    'you' reads back as நீங்கள், so the English side is compared)."""
    found = generated(sample + sample_wide + sample_more, test)
    assert found
    for p in found:
        assert parse(" ".join(p.src)).pair.relations == p.relations
        back = parse_english(" ".join(p.tgt))
        assert back.pair.tgt == p.tgt and back.pair.relations == p.relations and not back.odd   # (you: நீங்கள் or நீ)


def test_a_glass_of_is_drawn_and_read_back(monkeypatch):
    """A drink asked for by the glass is rare in the shared samples (i want X, asked, by the glass): with the rates
    raised, the generator's own step turns 'i want water' trees into it, and both parsers read each one back."""
    import model.language.can_have as can_have
    from model.language.grammar import linearize
    from model.language.lexicon import load_lexicon

    monkeypatch.setattr(can_have, "CAN_HAVE_RATE", 1.0)
    monkeypatch.setattr(can_have, "MEASURE_SHARE", 1.0)
    lex = load_lexicon()
    found = [linearize(can_have.maybe_can_have(lex, parse(s).sentence))
             for s in ("எனக்குத் தண்ணீர் வேண்டும் .", "எனக்குப் பால் வேண்டும் .", "எங்களுக்குப் பழச்சாறு வேண்டும் .")]
    assert all("குவளை" in p.src for p in found)
    assert {"glass", "glasses"} <= {w for p in found for w in p.tgt}
    for p in found:
        assert parse(" ".join(p.src)).pair.relations == p.relations
        assert parse_english(" ".join(p.tgt)).pair.relations == p.relations
