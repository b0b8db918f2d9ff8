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
             "cop", "cc", "conj", "advmod", "punct", "discourse", "poss", "mark", "advcl", "expl", "xcomp", "nmod", "ccomp",
             "compound"}   # expl: v5a; xcomp, nmod: v5c; ccomp: v6b; compound: v7b (phone battery, drawn since v8e)


@pytest.fixture(scope="module")
def sample500():
    return [p for _, p in sample_pairs(500, 7, 3, 60)]


def test_suffix_joining():
    assert join("வந்த்", "ஆன்") == "வந்தான்"
    assert join("கதவு", "ஐ") == "கதவை"
    assert join("பெட்டி", "ஐ") == "பெட்டியை"
    assert join("பிரியா", "உக்கு") == "பிரியாவுக்கு"


@pytest.mark.parametrize("tamil,typed", [
    ("நாளைக்குள்", "naalaikkul"), ("ரிப்போர்ட்டை", "ripporttai"), ("சென்றான்", "sendraan"), ("மகன்", "magan"),
    ("நகரம்", "nagaram"), ("முருகன்", "murugan"), ("பையன்கள்", "paiyangal"), ("வந்தான்", "vandhaan"),
    ("பச்சை", "pacchai"), ("கடிதம்", "kadidham"), ("அதனால்", "adhanaal"), ("புத்தகம்", "putthagam"), ("அந்தக்", "andhak"), ("பேசு", "pesu"), ("கோபமாக", "kopamaaga"), ("அன்பான", "anbaana"),
])
def test_romanization_as_tamil_speakers_type(tamil, typed):
    assert romanize(tamil) == typed


@pytest.mark.parametrize("tamil,legacy", [
    ("பேசினேன்", "paesinaen"), ("ஓடினான்", "oadinaan"), ("வந்தான்", "vanthaan"), ("பார்த்தேன்", "paartthaen"),
    ("அன்பான", "anpaana"), ("சென்றாள்", "sendraal"),
])
def test_the_legacy_scheme_is_unvoiced_with_ae_and_oa_and_still_read(tamil, legacy):
    from model.language.tokenizer import tokenize_source

    assert romanize(tamil, legacy=True) == legacy
    assert tokenize_source(legacy).tokens[0] == tamil


def test_names_keep_their_english_spelling():
    from model.language.forms import roman

    assert [roman(w) for w in ("பிரியா", "பிரியாவுக்கு", "லதா", "குமாருக்குக்", "முருகனை")] == \
        ["priya", "priyavukku", "latha", "kumarukkuk", "muruganai"]


def _doubling_context(word: str) -> bool:
    """The README's rule table, written out independently of the grammar: the demonstratives அந்த
    and இந்த, a noun in the accusative or dative, an adverbial predicate in -ஆக, nouns used as modifiers
    (the colours சிவப்பு, நீல, பச்சை, வெள்ளை, கருப்பு; பணக்கார, ஏழை), the numerals எட்டு and பத்து."""
    from model.language.forms import analyses

    for a in analyses().get(word, ()):
        if (a.cat == "DET" and a.key in ("the", "this")) or a.cat == "PRED":
            return True
        if (a.cat, a.key) in {("ADJ", "red"), ("ADJ", "blue"), ("ADJ", "green"), ("ADJ", "white"), ("ADJ", "black"),
                              ("ADJ", "rich"), ("ADJ", "poor"), ("NUM", "eight"), ("NUM", "ten")}:
            return True
        if a.cat == "N" and a.feats[1] in ("acc", "dat"):
            return True
    return False


@pytest.mark.slow
def test_standard_orthography_on_a_large_sample():
    """Every junction where the rule table applies is doubled, no other is; no ஒரு before a vowel."""
    from model.language.script import HARD, PULLI, VOWELS

    junctions = 0
    for _, p in sample_pairs(1500, 11, 3, 60):
        for left, right in zip(p.src, p.src[1:]):
            hard_next = right[0] in HARD and (len(right) == 1 or right[1] != PULLI)
            ends_doubled = len(left) > 2 and left[-1] == PULLI and left[-2] in HARD
            base = left[:-2] if ends_doubled else left
            if _doubling_context(base) and hard_next:
                junctions += 1
                assert ends_doubled and left[-2] == right[0], f"undoubled junction: {left} {right} in {p.src}"
            else:
                assert not (ends_doubled and _doubling_context(base)), f"doubling out of place: {left} {right}"
            assert not (left == "ஒரு" and right[0] in VOWELS), f"ஒரு before a vowel: {left} {right}"
            assert left != "ஓர்" or right[0] in VOWELS
    assert junctions > 3000                       # the rule is exercised, not vacuously true


def test_every_sentence_has_exactly_one_parse():
    from model.language.parser import parse_count

    assert {parse_count(p.src) for _, p in sample_pairs(150, 13, 3, 45)} == {1}


@pytest.mark.parametrize("variant", [
    "ravi andha kadithatthai padithaan .", "ravi antha kadithaththai paditthaan .", "RAVI anthak kadithatthaip padiththaan.",
    "ரவி அந்த கடிதத்தை படித்தான் .", "ரவி அந்தக் கடிதத்தைப் படித்தான் .", "ravi அந்த kadidhatthai படித்தான் .",
])
def test_spelling_variants_parse_to_the_same_sentence(variant):
    standard = parse("ரவி அந்தக் கடிதத்தைப் படித்தான் .")
    got = parse(variant)
    assert got.sentence == standard.sentence and got.pair.src == standard.pair.src
    assert got.pair.tgt == "ravi read the letter .".split()


@pytest.mark.parametrize("typed,tamil", [("priya", "பிரியா"), ("piriyaa", "பிரியா"), ("murugan", "முருகன்"),
                                         ("murukan", "முருகன்"), ("vandhaan", "வந்தான்"), ("vanthaan", "வந்தான்"),
                                         ("paiyangal", "பையன்கள்"), ("netru", "நேற்று"), ("naetru", "நேற்று"),
                                         ("meena", "மீனா"), ("latha", "லதா"), ("kumar", "குமார்")])
def test_common_romanizations_are_read(typed, tamil):
    from model.language.tokenizer import tokenize_source

    assert tokenize_source(typed).tokens[0] == tamil


def test_unknown_word_gets_the_closest_real_word_first():
    from model.language.tokenizer import tokenize_source

    toks = tokenize_source("ravi vandhaann kaditthm .")
    assert toks.unknown == [] or all(toks.suggestions.get(i) for i in toks.unknown)
    toks = tokenize_source("ravi vxndhaan .")
    assert toks.suggestions[1][0] == "vandhaan"


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
    ("house", "abl", "sg", "வீட்டிலிருந்து"), ("woman", "soc", "sg", "பெண்ணோடு"), ("boy", "nom", "pl", "பையன்கள்"),
])
def test_noun_morphology(noun, case, number, form):
    assert load_lexicon().nouns[noun].ta_form(case, number) == form


def test_seed_sentence_one_alignment():
    assert parse(SEED1).pair.src == SEED1.split()            # already in the standard spelling
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


@pytest.mark.slow
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


@pytest.mark.slow
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


def test_final_punctuation_is_added_or_corrected_with_a_note():
    from model.language.tokenizer import tokenize_source

    toks = tokenize_source("ravi vandhaan")
    assert toks.tokens == ["ரவி", "வந்தான்", "."] and any("added the final '.'" in n for n in toks.notes)
    toks = tokenize_source("ravi vandhaan ?")
    assert toks.tokens[-1] == "." and any("a statement ends with '.'" in n for n in toks.notes)
    toks = tokenize_source("naalaikkul andha reportai anuppa mudiyumaa")
    assert toks.tokens[-1] == "?"
    assert tokenize_source("அந்த ரிப்போர்ட்டை அனுப்ப").tokens[-1] == "அனுப்ப"   # unfinished: left for the parser


@pytest.mark.slow
def test_sentences_make_sense_on_a_large_sample():
    """The selectional and discourse rules hold on every sampled tree: 'with' only where the verb takes
    company, 'by tomorrow' only for actions with an end, a place that fits the action, relative clauses
    in a tense their main clause allows, one name per person, and connectives that fit (so: a listed
    cause, but: a listed contrast, and then: an action, never back in time)."""
    from model.language.consequence import so_fits
    from model.language.everyday_words import tense_fits
    from model.language.generator import rc_tenses
    from model.language.grammar import continues
    from model.language.located import placed
    from model.language.rules import CAUSES, CONTRAST, DESPITE
    from model.language.taste import but_too

    lex = load_lexicon()

    def clauses(cl, matrix=None):
        yield cl, matrix
        for role in ("subj", "obj", "iobj"):
            np = getattr(cl, role)
            if np is not None and np.rc is not None and not placed(np):   # இருக்கும் of a where-phrase: fixed (v7a)
                yield from clauses(np.rc, cl)

    for tree, pair in sample_pairs(1500, 17, 3, 60):
        names = [w for w in pair.tgt if w in {n.en for n in lex.names.values()}]
        assert len(names) == len(set(names)), pair.tgt
        for top in tree.clauses:
            if top.exp or top.weather or top.comp is not None:   # வேண்டும், மழை பெய்யும், … என்று நினைக்கிறேன்:
                continue                                         # fixed forms, not verbs of the lexicon
            for cl, matrix in clauses(top):
                verb = lex.verb(cl.verb)
                assert cl.comit is None or verb.with_ok, (cl.verb, pair.tgt)
                assert cl.time != "by_tomorrow" or verb.deadline
                assert cl.loc is None or verb.where is None or cl.loc.head in verb.where or cl.spot or \
                    (cl.verb == "be" and cl.pred is None), (cl.verb, cl.loc.head)        # be in: where one is; v7f:
                # into / over / outside a place (model.language.spots) is checked by the spot's own lists
                assert cl.tense is None or cl.tense in verb.tenses or (cl.habit and verb.habit) or \
                    tense_fits(lex, verb, cl.tense, cl.advs), cl          # -ப்பதில்லை (v5a); எப்போதும் மறக்கிறான்
                if matrix is not None:
                    assert cl.tense in rc_tenses(matrix.tense)
        for (a, b), conj in zip(zip(tree.clauses, tree.clauses[1:]), tree.conjs):
            state = a.pred if a.verb == "be" else a.verb
            if conj == "so":                    # (or a thing's state, so someone acts: v7g consequence)
                assert (b.verb in CAUSES.get(state, ()) and b.subj.kind == "pron" and b.tense == a.tense) or \
                    so_fits(lex, a, b, False)
            elif conj == "but":                 # (or a good taste, but too much of one: v7h taste, drawn since v8e's
                assert (b.subj.kind == "pron" and b.verb in DESPITE.get(state, ())) or \
                    (a.verb == b.verb == "be" and b.pred in CONTRAST.get(a.pred, ())) or \
                    but_too(lex, a, b, continues(lex, a.subj, b.subj))      # moved sample: the tea tastes good , but …)
            elif conj == "then":
                assert a.verb != "be" and b.verb != "be" and b.tense == a.tense != "pres"


def test_pronoun_example_is_in_the_language():
    from model.language.seeds import COREF_ENGLISH, COREF_SOURCE

    pair = parse(COREF_SOURCE).pair
    assert " ".join(pair.tgt) == COREF_ENGLISH
    assert [pair.tgt[d] for d, h, lab in pair.relations if lab == "coref"] == ["he"]


def test_why_is_typed_yen_not_my():
    from model.language.forms import roman
    from model.language.parser import parse

    assert (roman("ஏன்"), roman("என்")) == ("yen", "en")          # the review: "en" read as என் (my)
    assert parse("avan yen azhugiraan ?").pair.tgt == ["why", "is", "he", "crying", "?"]
