"""Language v8c: a place full of people (``model.language.full``): அந்த ஆற்றங்கரை மக்களால் நிரம்பியிருந்தது →
*the river bank was full of people* — the crowd in the instrumental, ஆற்றங்கரை one Tamil word for the English
compound *river bank*, *bank* alone still the money bank (வங்கி); both directions, and drawn by the generator."""

import pytest

from model.errors import InputError
from model.language.english_grammar import readings
from model.language.english_parser import parse_english
from model.language.forms import analyses
from model.language.parser import NotInLanguage, parse, parse_count
from model.language.tokenizer import tokenize_english
from tests.language_pairs import both_ways

E040 = ("அந்த ஆற்றங்கரை மக்களால் நிரம்பியிருந்தது .", "the river bank was full of people .",
        [[0, 2, "det"], [1, 2, "compound"], [3, 4, "cop"], [3, 2, "agr"], [5, 6, "case"], [6, 4, "obl"],
         [2, 4, "nsubj"], [7, 4, "punct"]])


def test_the_everyday_sentence_both_directions():
    tamil, english, relations = E040
    got = both_ways(tamil, english, relations)
    assert not got.odd
    back = parse_english(english)
    assert " ".join(back.pair.src) == tamil and not back.odd and back.pair.relations == relations
    assert not tokenize_english(english).unknown


def aligned(pair, word: str) -> list[str]:
    """The Tamil words an English word aligns to."""
    return [pair.src[i] for i in pair.align[pair.tgt.index(word)]]


def test_alignments_one_tamil_word_for_two_english():
    pair = parse(E040[0]).pair
    assert aligned(pair, "river") == aligned(pair, "bank") == ["ஆற்றங்கரை"]
    assert aligned(pair, "was") == aligned(pair, "full") == ["நிரம்பியிருந்தது"]
    assert aligned(pair, "of") == aligned(pair, "people") == ["மக்களால்"]
    assert aligned(pair, "the") == ["அந்த"]
    bare = parse("ஆற்றங்கரை மக்களால் நிரம்பியிருந்தது .").pair       # a bare place is a known one
    assert bare.tgt[:3] == ["the", "river", "bank"] and aligned(bare, "the") == ["ஆற்றங்கரை"]


def test_bank_alone_is_still_the_money_bank():
    """The compound does not make 'bank' ambiguous: alone it is வங்கி, in this construction too."""
    assert [r.key for r in readings("bank") if r.cat == "NOUN"] == ["bank"]
    assert parse_english("the bank was closed , so she went home .").pair.src[1] == "வங்கி"
    assert parse_english("the bank was full of people .").pair.src[1] == "வங்கி"
    assert parse_english("the river bank was full of people .").pair.src[1] == "ஆற்றங்கரை"
    assert " ".join(parse("அந்த வங்கி மக்களால் நிரம்பியிருந்தது .").pair.tgt) == "the bank was full of people ."


VARIANTS = [
    ("அந்த அறை மக்களால் நிரம்பியிருந்தது .", "the room was full of people .",
     [[0, 1, "det"], [2, 3, "cop"], [2, 1, "agr"], [4, 5, "case"], [5, 3, "obl"], [1, 3, "nsubj"], [6, 3, "punct"]]),
    ("அந்தப் பேருந்து மாணவர்களால் நிரம்பியிருந்தது .", "the bus was full of students .", None),
    ("அந்த ஆற்றங்கரை மக்களால் நிரம்பியிருக்கிறது .", "the river bank is full of people .", None),
    ("இந்தப் பூங்கா குழந்தைகளால் நிரம்பியிருக்கும் .", "this park will be full of children .",
     [[0, 1, "det"], [2, 4, "aux"], [3, 4, "cop"], [5, 6, "case"], [6, 4, "obl"], [1, 4, "nsubj"], [7, 4, "punct"]]),
    ("என் அறை பையன்களால் நிரம்பியிருந்தது .", "my room was full of boys .", None),
    ("அந்தக் கடற்கரை மக்களால் நிரம்பியிருந்தது .", "the beach was full of people .", None),
    ("அந்தப் பள்ளி மாணவர்களால் நிரம்பியிருக்கிறது .", "the school is full of students .", None),
    ("அந்தக் கோயில் மக்களால் நிரம்பியிருக்கும் .", "the temple will be full of people .", None),
    ("அந்த ஆற்றங்கரை மக்களால் நிரம்பியிருந்ததா ?", "was the river bank full of people ?",
     [[1, 3, "det"], [2, 3, "compound"], [0, 4, "cop"], [0, 3, "agr"], [5, 6, "case"], [6, 4, "obl"], [3, 4, "nsubj"],
      [7, 4, "punct"]]),
    ("இந்த அறை மாணவர்களால் நிரம்பியிருக்கிறதா ?", "is this room full of students ?", None),
    ("அந்தப் பூங்கா குழந்தைகளால் நிரம்பியிருக்குமா ?", "will the park be full of children ?",
     [[1, 2, "det"], [0, 4, "aux"], [3, 4, "cop"], [5, 6, "case"], [6, 4, "obl"], [2, 4, "nsubj"], [7, 4, "punct"]]),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), VARIANTS)
def test_variants_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    assert not got.odd and " ".join(parse_english(english).pair.src) == tamil


def test_one_parse_and_one_kind_for_the_new_words():
    assert parse_count(E040[0].split()) == 1
    assert [(a.cat, a.key) for a in analyses()["நிரம்பியிருந்தது"]] == [("FULL", "past")]
    assert [(a.cat, a.feats) for a in analyses()["நிரம்பியிருக்குமா"]] == [("FULL", ("q",))]
    assert [(a.cat, a.feats[1]) for a in analyses()["மக்களால்"]] == [("N", "ins")]
    assert [(a.cat, a.key) for a in analyses()["ஆற்றங்கரை"]] == [("N", "riverbank")]


def test_a_bare_school_is_the_school():
    """பள்ளி alone is 'school' as a place one goes to; full, it is the known one."""
    got = parse("பள்ளி மாணவர்களால் நிரம்பியிருந்தது .")
    assert " ".join(got.pair.tgt) == "the school was full of students ."


@pytest.mark.parametrize(("text", "why"), [
    ("அந்த ஆற்றங்கரையில் மக்களால் நிரம்பியிருந்தது .", "takes no case suffix"),
    ("அந்த ஆற்றங்கரை மக்கள் நிரம்பியிருந்தது .", "takes -ஆல்"),
    ("அந்த அறை மாணவரால் நிரம்பியிருந்தது .", "write மாணவர்களால்"),
    ("அந்த வீடு மக்களால் நிரம்பியிருந்தது .", "is said here of a place"),
    ("அந்த அறை புத்தகங்களால் நிரம்பியிருந்தது .", "a place is full of people"),
    ("நாங்கள் ஆற்றங்கரையில் நடந்தோம் .", "needs a determiner"),
    ("அந்த அறை மக்களால் நிரம்பியிருந்ததா .", "a question ends with ?"),
    ("அந்த அறை மக்களால் நிரம்பியிருந்தது ?", "a question ends in -ஆ"),
])
def test_tamil_outside_the_language(text, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(text)


@pytest.mark.parametrize(("english", "why"), [
    ("the river bank was full of student .", "write the plural, 'students'"),
    ("the river bank were full of people .", "write 'was'"),
    ("a river bank was full of people .", "one known place"),
    ("the river room was full of people .", "the language knows the compounds 'river bank'"),
    ("the river was full of people .", "is said here of a place"),
    ("the river bank was full of books .", "a place is full of people"),
    ("the market should be full of people .", "will be, is or was"),
    ("the river bank was full .", "expected 'of'"),
    ("were the room full of people ?", "write 'was'"),
])
def test_english_outside_the_language(english, why):
    with pytest.raises(InputError) as err:
        parse_english(english)
    assert why in str(err.value)


def full_pairs(samples) -> list:
    return [p for _, p in samples if any(w.startswith("நிரம்பியிரு") for w in p.src)]


def test_the_generator_draws_it(sample, sample_wide):
    """The construction is in the shared samples, the river bank among them, and both parsers read every drawn pair
    back (a bare Tamil place reads back from English with அந்த, so the English side is compared)."""
    found = full_pairs(sample + sample_wide)
    assert found and any("ஆற்றங்கரை" in p.src for p in found)
    for p in found:
        assert parse(" ".join(p.src)).pair.relations == p.relations
        back = parse_english(" ".join(p.tgt))
        assert back.pair.tgt == p.tgt and back.pair.relations == p.relations and not back.odd


def test_the_generator_step_on_seed_trees(monkeypatch):
    """With the rate raised, the generator's own step turns statements set in a place into it: the river into the
    river bank, a plural crowd subject into what the place is full of; both parsers read each one back."""
    import model.language.full as full
    from model.language.grammar import linearize
    from model.language.lexicon import load_lexicon

    monkeypatch.setattr(full, "FULL_RATE", 1.0)
    monkeypatch.setattr(full, "PEOPLE_SHARE", 0.0)
    lex = load_lexicon()
    seeds = ("அந்த மாணவர்கள் அந்தப் பூங்காவில் விளையாடினார்கள் .", "அவன் நதியில் நீந்தினான் .",
             "அவள் அந்தக் கடைக்குச் சென்றாள் .")
    found = [linearize(full.maybe_full(lex, parse(s).sentence)) for s in seeds]
    assert [p.src[-2] for p in found] == ["நிரம்பியிருந்தது"] * 3
    assert "மாணவர்களால்" in found[0].src and "ஆற்றங்கரை" in found[1].src and "மக்களால்" in found[2].src
    for p in found:
        assert parse(" ".join(p.src)).pair.relations == p.relations
        assert parse_english(" ".join(p.tgt)).pair.relations == p.relations
    assert linearize(full.maybe_full(lex, parse("அவன் ஒரு புத்தகம் வாங்கினான் .").sentence)).src[-2] != "நிரம்பியிருந்தது"
