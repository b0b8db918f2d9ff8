"""The Mini-Tamil grammar: morphology, seed sentences, generator validity, coverage, splits."""

import collections

import pytest

from model.language.generator import Generator, sample_pairs, split_of, src_length
from model.language.grammar import linearize
from model.language.lexicon import load_lexicon
from model.language.parser import parse
from model.language.script import is_tamil, join, romanize
from model.language.seeds import seed_english_tree

SEED1 = "நாளைக்குள் அந்த ரிப்போர்ட்டை அனுப்ப முடியுமா ?"
SEED2_EN = "the report that the client who called yesterday requested is ready ."
SYNTACTIC = {"det", "nummod", "amod", "case", "nsubj", "obj", "iobj", "obl", "tmod", "relcl", "aux",
             "cop", "cc", "conj", "advmod", "punct", "discourse"}


@pytest.fixture(scope="module")
def sample500():
    return [p for _, p in sample_pairs(500, 7, 3, 60)]


def test_sandhi_and_romanization():
    assert join("வந்த்", "ஆன்") == "வந்தான்"
    assert join("கதவு", "ஐ") == "கதவை"
    assert join("பெட்டி", "ஐ") == "பெட்டியை"
    assert join("பிரியா", "உக்கு") == "பிரியாவுக்கு"
    assert romanize("நாளைக்குள்") == "naalaikkul"
    assert romanize("ரிப்போர்ட்டை") == "rippoarttai"
    assert romanize("சென்றான்") == "sendraan"


@pytest.mark.parametrize("verb,tense,agr,form", [
    ("send", "past", "h", "அனுப்பினார்"), ("send", "past", "n", "அனுப்பியது"),
    ("send", "past", "pl_n", "அனுப்பின"), ("send", "pres", "pl_n", "அனுப்புகின்றன"),
    ("send", "fut", "n", "அனுப்பும்"), ("come", "past", "m", "வந்தான்"), ("come", "pres", "f", "வருகிறாள்"),
    ("go", "past", "pl_r", "சென்றார்கள்"), ("request", "fut", "m", "கேட்பான்"), ("be", "pres", "n", "இருக்கிறது"),
])
def test_verb_morphology(verb, tense, agr, form):
    assert load_lexicon().verb(verb).finite(tense, agr) == form


@pytest.mark.parametrize("noun,case,number,form", [
    ("office", "loc", "sg", "அலுவலகத்தில்"), ("office", "dat", "sg", "அலுவலகத்துக்கு"),
    ("report", "acc", "sg", "ரிப்போர்ட்டை"), ("box", "dat", "sg", "பெட்டிக்கு"), ("pen", "acc", "pl", "பேனாக்களை"),
    ("house", "abl", "sg", "வீட்டிலிருந்து"), ("woman", "soc", "sg", "பெண்ணோடு"), ("man", "nom", "pl", "மனிதர்கள்"),
])
def test_noun_morphology(noun, case, number, form):
    assert load_lexicon().nouns[noun].ta_form(case, number) == form


def test_seed_sentence_one_alignment():
    pair = parse(SEED1).pair
    assert pair.tgt == "can you send the report by tomorrow ?".split()
    aligned = dict(zip(pair.tgt, pair.align))
    assert aligned["can"] == aligned["you"] == [4]            # the last word, முடியுமா
    assert aligned["send"] == [3] and aligned["the"] == [1] and aligned["report"] == [2]
    assert aligned["by"] == aligned["tomorrow"] == [0]


def test_seed_sentence_two_in_language():
    tree = seed_english_tree()
    pair = linearize(tree)
    assert " ".join(pair.tgt) == SEED2_EN
    assert parse(" ".join(pair.src)).sentence == tree
    rels = {(pair.tgt[d], pair.tgt[h], lab) for d, h, lab in pair.relations}
    assert ("is", "report", "agr") in rels and ("requested", "report", "relcl") in rels
    assert ("called", "client", "relcl") in rels


def test_sample_objects_are_valid(sample500):
    for p in sample500:
        assert 3 <= len(p.src) <= 60
        assert len(p.roman) == len(p.src) and len(p.align) == len(p.tgt)
        assert all(is_tamil(w) for w in p.src if w not in ",.?")
        assert all(a and all(0 <= j < len(p.src) for j in a) for a in p.align)   # every word aligned
        assert all(0 <= d < len(p.tgt) and 0 <= h < len(p.tgt) for d, h, _ in p.relations)
        assert p.tgt == [t.lower() for t in p.tgt]


def test_every_token_but_the_root_has_one_syntactic_head(sample500):
    for p in sample500:
        heads = collections.Counter(d for d, _, lab in p.relations if lab in SYNTACTIC)
        assert set(heads) == set(range(len(p.tgt))) - {next(i for i in range(len(p.tgt)) if i not in heads)}
        assert all(c == 1 for c in heads.values())


def test_same_seed_same_output_and_lengths_span_range(sample500):
    again = [p for _, p in sample_pairs(500, 7, 3, 60)]
    assert [p.to_json() for p in again] == [p.to_json() for p in sample500]
    lengths = [len(p.src) for p in sample500]
    assert min(lengths) <= 5 and max(lengths) >= 58


def test_coverage_of_constructions():
    lex = load_lexicon()
    assert lex.lemma_count >= 150
    trees = [t for t, _ in sample_pairs(800, 3, 3, 60)]
    moods = collections.Counter(t.mood for t in trees)
    assert set(moods) == {"decl", "question", "request", "imperative"}
    clauses = [c for t in trees for c in t.clauses]
    assert {c.tense for c in clauses if c.tense} == {"past", "pres", "fut"}
    assert any(c.iobj is not None for c in clauses) and any(c.obj is None and c.verb != "be" for c in clauses)
    assert any(len(t.clauses) >= 3 for t in trees)
    assert any(c.subj is not None and c.subj.kind == "pron" for c in clauses)

    def depth(np):
        return 0 if np is None or np.rc is None else 1 + max(depth(getattr(np.rc, r)) for r in ("subj", "obj", "iobj"))
    assert max(depth(getattr(c, r)) for c in clauses for r in ("subj", "obj", "iobj")) >= 2
    labels = {lab for _, p in sample_pairs(300, 5, 10, 60) for *_, lab in p.relations}
    assert {"det", "amod", "nsubj", "obj", "iobj", "obl", "relcl", "coref", "agr", "nummod"} <= labels


def test_splits_are_disjoint():
    train = {" ".join(p.src) for _, p in sample_pairs(3000, 1, 3, 12, split="train")}
    test = {" ".join(p.src) for _, p in sample_pairs(500, 2, 3, 12, split="test")}
    assert not train & test
    assert all(split_of(s.split()) == "test" for s in test)


def test_src_length_matches_linearization():
    gen = Generator(__import__("random").Random(0))
    for target in (3, 10, 25, 50):
        tree = gen.sentence(target)
        assert src_length(tree) == len(linearize(tree).src)
