"""The English parser: round trip on generated sentences, the seed sentence, input variants, clear
failures, hostile input; the backbone's categories and single parse."""

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.errors import InputError
from model.language.english_grammar import backbone, parse_count, word_category
from model.language.english_parser import EnglishParserConfig, english_tree, english_view, parse_english
from model.language.forms import english_vocabulary
from model.language.generator import sample_pairs
from model.language.grammar import linearize
from model.language.parser import NotInLanguage, parse_tokens
from model.language.seeds import SEED_ENGLISH, seed_english_tree


def _coref_reading(notes: list[str]) -> bool:
    """The documented reading of a repeated honorific 'the <noun>' as the same person."""
    return any("as the same" in n for n in notes)


@pytest.mark.slow
def test_round_trip_on_a_corpus():
    differ = []
    for tree, pair in sample_pairs(300, 31, 3, 60):
        parsed = parse_english(" ".join(pair.tgt))
        assert parsed.pair.tgt == pair.tgt
        assert linearize(parsed.sentence).tgt == pair.tgt
        if parsed.sentence != tree and english_view(parsed.sentence) == english_view(tree):
            assert parsed.pair.relations == pair.relations        # only what English cannot say differs
        elif parsed.pair.relations != pair.relations or parsed.sentence != tree:
            differ.append(parsed)
    # only where the English cannot say it: a new "the doctor" that the generator happened to repeat
    assert all(_coref_reading(p.notes) for p in differ)
    assert len(differ) <= 3


def test_relations_equal_the_generated_ones_exactly_on_a_seed():
    for tree, pair in sample_pairs(150, 11, 3, 40):
        parsed = parse_english(" ".join(pair.tgt))
        assert english_view(parsed.sentence) == english_view(tree)
        assert parsed.pair.relations == pair.relations
        if parsed.sentence == tree:                      # a bare Tamil place reads back with அந்த: a token more
            assert parsed.pair.align == pair.align


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10**6), length=st.integers(3, 60))
def test_round_trip_property(seed, length):
    (tree, pair), = sample_pairs(1, seed, length, length, tolerance=0) if length > 3 else sample_pairs(1, seed, 3, 3)
    parsed = parse_english(" ".join(pair.tgt))
    assert parsed.pair.tgt == pair.tgt
    assert parsed.pair.relations == pair.relations or _coref_reading(parsed.notes)


@pytest.mark.slow
def test_other_sentence_types_round_trip():
    """Deep relative clauses, questions, requests and imperatives; the English parser accepts exactly
    what the Tamil parser accepts (the generator very rarely forces a verb into a tense it does not
    take, e.g. 'it will fall' in seed 5 below, which both parsers refuse)."""
    for kw, longest in (({"rc_boost": 4.0}, 50), ({"mood": ("question", "request", "imperative")}, 25)):
        for _, pair in sample_pairs(60, 5, 3, longest, **kw):
            try:
                parse_tokens(pair.src)
            except NotInLanguage:
                with pytest.raises(NotInLanguage):
                    parse_english(" ".join(pair.tgt))
                continue
            parsed = parse_english(" ".join(pair.tgt))
            assert parsed.pair.tgt == pair.tgt and parsed.pair.relations == pair.relations


def test_the_backbone_has_one_parse_per_sentence():
    assert parse_count(SEED_ENGLISH.split()) == 1
    from model.language.interjections import english_interjection

    for _, pair in sample_pairs(40, 8, 3, 45):
        skip = english_interjection(pair.tgt)[1]            # sorry , … : the parser reads the opener before the backbone
        assert parse_count(pair.tgt[skip:]) == 1


@pytest.mark.parametrize("text,fragment", [
    ("the boy gave the book to .", "the sentence is unfinished: it ends too early after 'to'"),
    ("the the boy came .", "cannot continue at word 2 ('the'); expected an adjective or a noun"),
])
def test_structural_failures_say_where(text, fragment):
    with pytest.raises(NotInLanguage) as err:
        backbone(text.split())
    assert fragment in str(err.value)


def test_every_english_word_has_a_category():
    assert all(word_category(w) for w in english_vocabulary())


def _rel(pair, dep, head, label):
    return any(pair.tgt[d] == dep and pair.tgt[h] == head and lab == label for d, h, lab in pair.relations)


def test_seed_sentence():
    parsed = parse_english(SEED_ENGLISH)
    assert parsed.sentence == seed_english_tree()
    assert parsed.pair.relations == linearize(seed_english_tree()).relations
    for dep, head, label in (("is", "report", "agr"), ("requested", "report", "relcl"), ("called", "client", "relcl"),
                             ("report", "ready", "nsubj")):
        assert _rel(parsed.pair, dep, head, label), (dep, head, label)


@pytest.mark.parametrize("text", [
    "The Report that the Client who called yesterday requested is READY.",
    "  the report that the client who called yesterday requested is ready  ",
    "the report that the client who called yesterday requested is ready?",
])
def test_input_variants(text):
    parsed = parse_english(text)
    assert " ".join(parsed.pair.tgt) == SEED_ENGLISH


def test_final_mark_is_added_or_corrected_with_a_note():
    parsed = parse_english("Can you send the report by tomorrow")
    assert parsed.pair.tgt[-1] == "?" and any("added the final '?'" in n for n in parsed.notes)
    parsed = parse_english("did the teacher read a new book in the library today.")
    assert parsed.pair.tgt[-1] == "?" and any("ends with '?'" in n for n in parsed.notes)
    assert parse_english("ravi came").pair.tgt == ["ravi", "came", "."]


def test_readings_of_english_ambiguities():
    coref = parse_english("the doctor was angry , so the doctor cried .")
    assert _rel(coref.pair, "doctor", "doctor", "coref") and _coref_reading(coref.notes)
    new = parse_english("the doctor was angry , and the doctor cried .")
    assert not any(lab == "coref" for *_, lab in new.pair.relations)
    with pytest.raises(NotInLanguage, match="'every day' with an object"):   # habits take no object, so
        parse_english("the boys read the books every day .")                 # "read" is never present here
    assert parse_english("the boys read the books .").sentence.clauses[0].tense == "past"
    they = parse_english("the boxes fell , and also they fell in the room .").sentence.clauses[1].subj
    assert they.head == "they_things"


@pytest.mark.parametrize("text,fragment", [
    ("the reports is ready .", "'is' does not agree with its subject 'the reports', which is plural: write 'are'"),
    ("do the boy sing every day ?", "write 'does'"),
    ("the raport is ready .", "unknown word 'raport' (did you mean report"),
    ("the boy slept the book .", "'sleep' takes no object"),
    ("boy came .", "the noun 'boy' needs a determiner"),
    ("the ravi came .", "the name 'ravi' takes no determiner"),
    ("two boy came .", "a number needs a plural noun: 'two boys'"),
    ("this boys came .", "write 'these boys'"),
    ("a apple fell .", "the grammar writes 'an apple'"),
    ("the red big box fell .", "adjectives go in the order opinion, size, age, colour ('big red')"),
    ("the tall book fell .", "'tall' does not describe a doc"),
    ("the boy will be happy .", "a state in the present or the past only"),
    ("the boy was not singing .", "the past progressive (was laughing) is said in statements, not negated"),   # v7a
    ("the boy sings .", "an action happening now is told with the present progressive ('is/are singing')"),
    ("the boy is trusting the woman .", "a state is told with the simple present"),
    ("the boy came tomorrow .", "'tomorrow' does not fit the past 'came'"),
    ("it fell .", "the pronoun 'it' needs an antecedent"),
    ("ravi came , and also she sang .", "refers to the previous clause's subject 'ravi', which is masculine"),
    ("the doctor came , and also he sang .", "English repeats the noun ('the doctor')"),
    ("ravi came , and he sang .", "the grammar writes ', and also he …'"),
    ("the boy went in the office .", "verbs of motion take 'to' or 'from' a place"),
    ("the boy slept to the office .", "only verbs of motion"),
    ("the boy sang with the book .", "'with' takes a person"),
    ("the boy gave the book .", "'give' needs a recipient ('to …')"),
    ("did the boy sang ?", "after 'did' the verb takes its base form ('sing'), not 'sang'"),
    ("please cry .", "'cry' has no polite imperative"),
    ("the boy gave the book to", "the sentence is unfinished: it ends too early after 'to'"),
    ("the report who the client requested is ready .", "the grammar writes 'that' after a thing"),
    ("the woman who the boy saw the girl sang .", "has no gap"),
    ("ravi came . priya sang .", "type one sentence at a time"),
    ("came the boy .", "cannot start with 'came'"),
    ("ravi came , priya sang .", "expected a conjunction (', but', ', so'"),
    ("ravi gave the book to the girl in the office .", "in the office ravi gave the book to the girl ."),
    ("ravi met yesterday the woman who sang .", "a noun phrase with a relative clause comes last in its clause"),
    ("the boy came in a morning .", "did you mean 'in the morning'?"),
    ("the woman who sang met the boy who danced .", "a clause has at most one"),
    ("the woman who met the girl who saw the boy who found the doctor who sang came .", "nest at most 3 deep"),
    ("ravi slept at the house .", "the grammar says 'in the house'"),
    ("the boy calls .", "present progressive"),
    ("the boy is calling .", "'call' is not used in the present tense"),     # v5b: a call is made or promised
])
def test_not_in_language_says_why(text, fragment):
    with pytest.raises(NotInLanguage) as err:
        parse_english(text)
    assert fragment in str(err.value)


def _random_vocabulary(n: int, seed: int) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(sorted(english_vocabulary())) for _ in range(n))


@pytest.mark.timeout(60)                       # a guard against a parse that explodes, not a timing figure
@pytest.mark.parametrize("text,fragment", [
    ("", "The text is empty"), ("   \n\t ", "The text is empty"), ("x" * 5000, "the limit is 2,000"),
    ("😀😀 🚀", "unknown words '😀😀'; '🚀'"), ("<script>alert(1)</script>", "unknown words '<'; 'script'"),
    ("?!.,;", "only punctuation"), ("\x00\x07\x1b[31m", "unknown words '['; '31m'"),
    ("the " * 200, "has 200 words and punctuation marks; a sentence here has at most 160"),
    ("the boy " * 79 + "sang .", "cannot continue at word 5 ('the')"),    # the boy the boy … may open a bare
    # relative clause (the boy the girl saw, language v7h), so the structure breaks at the third 'the'
    (_random_vocabulary(150, 1), "the grammar cannot"), (_random_vocabulary(150, 3), "the grammar cannot"),
    ("a" * 1999, "unknown word 'aaaa"),
    ("ravi sang , and " * 40 + "ravi sang .", "has 163 words and punctuation marks"),
])
def test_hostile_input_fails_readably(text, fragment):
    """Each hostile input is refused with its own reason, in one line of bounded length."""
    with pytest.raises(InputError) as err:
        parse_english(text)
    message = str(err.value)
    assert fragment in message and "\n" not in message and len(message) < 700, message


def test_the_token_cap_is_a_config():
    assert EnglishParserConfig().max_tokens == 160
    with pytest.raises(NotInLanguage, match="at most 5"):
        parse_english("the boy who sang came .", EnglishParserConfig(max_tokens=5))


@pytest.mark.timeout(120)                      # a guard against a parse that explodes, not a timing figure
def test_long_sentences_parse():
    for _, pair in sample_pairs(20, 3, 55, 60):
        assert parse_english(" ".join(pair.tgt)).pair.tgt == pair.tgt


def test_english_tree_refuses_words_outside_the_language():
    with pytest.raises(InputError):
        english_tree(["the", "giraffe", "came", "."])        # 'man' is a word of the language since v7e


@pytest.mark.slow
def test_the_reading_does_not_depend_on_the_string_hash():
    """'your' is read as உங்கள் in every process: the reader once took the first of a *set* of
    possessive keys, so under some hash seeds 'you … your' read as நீங்கள் … உன் and got the
    one-register note (a fresh process with PYTHONHASHSEED 4, 5 or 6 showed it)."""
    import os
    import subprocess
    import sys

    code = ("from model.language.english_parser import parse_english; "
            "r = parse_english('you trusted your good brother , and the singer gave the article to him .'); "
            "print(r.pair.src[1], len(r.odd))")
    seen = set()
    for seed in ("4", "5", "6", "0"):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}).stdout.split()
        seen.add(tuple(out))
    assert seen == {("உங்கள்", "0")}
