"""The rule book of sense (model.language.rules): one definition of each rule, used by the generator to filter
and by both parsers to note (not refuse) a grammatical sentence that breaks it."""

from dataclasses import replace

import pytest

from model.language.english_parser import parse_english
from model.language.parser import parse
from model.language.rules import RULES, violations

ODD = [   # (English sentence of the language, the rule it breaks)
    ("the book sang .", "subject-fits"),
    ("the boy opened the report .", "object-fits"),
    ("ravi was tired , so he sang .", "connective"),
    ("ravi did not wait , but he waited .", "same-event"),
    ("the boys who sang sang .", "rc-repeats-verb"),
    ("ravi came today , and then he slept yesterday .", "then-order"),
    ("the boys gave the book to ravi .", "one-giver"),
    ("the boys who are sleeping are singing now .", "busy-now"),
    ("the boy saw the dog , and then the dog slept .", "noun-once"),
    ("ravi came , and also he sang , and also he danced .", "one-also"),
    ("ravi lived in the village in the morning .", "state-time"),
    ("ravi bought a beautiful gift that was beautiful .", "tautology"),
    ("the doctor who the farmers who ravi helped met came .", "nested-centre"),
    ("the bus came to the kitchen .", "trip-fits"),
    ("ravi danced in the garden .", "place-fits"),
    ("the bird played cricket .", "game-player"),
    ("the street was wide last night .", "lasting-time"),
    ("ravi ran to kandy .", "trip-fits"),
    ("the boys wore the sandal .", "one-giver"),
    ("ravi came in the evening , and then he slept in the morning .", "then-order"),
]
ODD_TAMIL = [   # what English cannot show: the listener addressed two ways
    ("நீ உங்கள் புத்தகத்தைப் படித்தாய் .", "one-register"),
    ("உங்கள் புத்தகத்தைப் படி .", "one-register"),
    ("நாம் எங்கள் அம்மாவோடு பேசினோம் .", "one-we"),                 # நம் அம்மாவோடு (the Tamil-reader review, v5)
    ("நன்றி , ரவி வந்தான் .", "thanks-fits"),
]
FINE = [
    "the animal did not cross the street because it was too tired .",
    "ravi came yesterday , and then he slept today .",
    "the boys who sang danced .",
    "ravi came , and also he sang , and then he danced .",
    "ravi was tired , so he slept .",
    "the bus came to the station .",
    "the letter came to the office .",
    "the doctor who the farmers met came .",
    "ravi came in the morning , and then he slept in the evening .",
    "the letter came to the office .",
]


@pytest.mark.parametrize(("english", "rule"), ODD)
def test_an_odd_sentence_is_accepted_with_a_note_naming_its_rule(english, rule):
    got = parse_english(english)
    assert " ".join(got.pair.tgt) == english                       # accepted, with its reference and gold links
    assert rule in {v.rule for v in violations(got.sentence)}
    assert any(f"(rule: {rule})" in note for note in got.odd)
    tamil = parse(" ".join(got.pair.src))                           # the Tamil parser says the same
    assert rule in {v.rule for v in violations(tamil.sentence)} and tamil.odd == got.odd


@pytest.mark.parametrize("english", FINE)
def test_sensible_sentences_break_no_rule(english):
    got = parse_english(english)
    assert got.odd == [] and violations(got.sentence) == []


def test_every_rule_is_documented_and_has_an_odd_example():
    assert {rule for _, rule in ODD + ODD_TAMIL} | {"made-before"} == set(RULES)


@pytest.mark.parametrize(("tamil", "rule"), ODD_TAMIL)
def test_an_odd_tamil_sentence_is_accepted_with_a_note(tamil, rule):
    got = parse(tamil)
    assert any(f"(rule: {rule})" in note for note in got.odd)
    assert violations(parse("நீ உன் புத்தகத்தைப் படித்தாய் .").sentence) == []


def test_a_thing_is_made_before_it_is_used():
    tree = parse_english("ravi read the letter that kumar wrote today .").sentence
    assert violations(tree) == []
    main = tree.clauses[0]
    earlier = replace(tree, clauses=(replace(main, time="yesterday"),))     # read yesterday what was written today
    assert [v.rule for v in violations(earlier)] == ["made-before"]
    assert violations(replace(tree, clauses=(replace(main, time="today"),))) == []


def test_the_tamil_parser_notes_a_sense_rule_instead_of_refusing():
    got = parse("அந்த ரிப்போர்ட் அழைத்தது .")
    assert got.pair.tgt == ["the", "report", "called", "."]
    assert got.odd and "subject-fits" in got.odd[0]


def test_grammar_errors_are_still_refused():
    from model.language.parser import NotInLanguage

    with pytest.raises(NotInLanguage, match="takes no object"):
        parse_english("the boy slept the book .")


def test_generated_sentences_break_no_rule():
    from model.language.generator import sample_pairs

    sample = list(sample_pairs(400, 11, 3, 60))                      # long sentences chain several clauses
    bad = [(" ".join(pair.tgt), [v.rule for v in violations(tree)]) for tree, pair in sample
           if violations(tree)]
    assert bad == []
    also = [" ".join(pair.tgt) for _, pair in sample if " ".join(pair.tgt).count(", and also") > 1]
    assert also == []


@pytest.mark.parametrize(("tamil", "rule"), [
    ("அந்த நிலையம் தயாராக இருக்கிறது .", "subject-fits"),     # a place takes a predicate that fits it
    ("the boy is beautiful .", "subject-fits"),
])
def test_a_predicate_that_does_not_fit_its_subject_is_noted(tamil, rule):
    got = parse(tamil) if not tamil.isascii() else parse_english(tamil)
    assert any(f"(rule: {rule})" in note for note in got.odd)


def test_the_readme_states_how_many_rules_there_are():
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    said = re.search(r"One rule book of sense\*\* \(`model/language/rules.py`\): ([\w-]+) rules", readme).group(1)
    words = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one "
             "twenty-two twenty-three twenty-four twenty-five").split()
    assert words.index(said) + 10 == len(RULES)


def test_the_seed_sentences_keep_every_rule():
    """The product's seed sentence nests a subject relative (who called yesterday) inside the subject of an object
    relative; that reads well, unlike two object relatives (the doctor who the farmers who ravi helped met)."""
    from model.language.seeds import SEED_ENGLISH, SEED_SOURCE, seed_english_tree

    assert not violations(seed_english_tree())
    assert not parse_english(SEED_ENGLISH).odd and not parse(SEED_SOURCE).odd
