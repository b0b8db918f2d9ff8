"""Language v8e: the Tamil a reader flagged in review 7, now written Tamil. *On the weekend* is வார இறுதியில் (the
spoken loan வீக்கெண்டில் and the typed weekend-la are read as it, with a note)."""

import pytest

from model.language.english_parser import parse_english
from model.language.parser import NotInLanguage, parse, parse_count
from model.language.tokenizer import tokenize_english, tokenize_source
from tests.language_pairs import both_ways

WEEKEND = [
    ("அவள் வார இறுதியில் வந்தாள் .", "she came on the weekend .",
     [[2, 4, "case"], [3, 4, "det"], [4, 1, "tmod"], [0, 1, "nsubj"], [5, 1, "punct"]]),
    ("நான் வார இறுதியில் மதுரைக்குச் செல்வேன் .", "i will go to madurai on the weekend .", None),
    ("அவர்கள் வார இறுதியில் சென்னைக்கு வருவார்களா ?", "will they come to chennai on the weekend ?", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), WEEKEND)
def test_the_written_weekend_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    assert not got.odd and "வீக்கெண்டில்" not in got.pair.src
    at = got.pair.tgt.index("weekend")
    assert [got.pair.src[i] for i in got.pair.align[at]] == ["வார", "இறுதியில்"]
    assert [got.pair.src[i] for i in got.pair.align[at - 2]] == ["இறுதியில்"]       # on ← -இல்
    assert [at - 2, at, "case"] in got.pair.relations and [at - 1, at, "det"] in got.pair.relations
    english_side = parse_english(english)
    assert not english_side.odd and not tokenize_english(english).unknown


@pytest.mark.parametrize(("tamil", "english"), [
    ("அவள் வார இறுதியில் வருவாள் .", "she will come on the weekend ."),
    ("அவள் இந்த வார இறுதியில் வருவாள் .", "she will come this weekend ."),
])
def test_the_weekend_and_this_weekend_have_one_reading_each(tamil, english):
    assert parse_count(tamil.split()) == 1
    assert " ".join(parse(tamil).pair.tgt) == english
    assert " ".join(parse_english(english).pair.src) == tamil


@pytest.mark.parametrize(("typed", "note"), [
    ("naan weekend-la maduraikku poven .", "weekend-la"),
    ("avan weekendil vandhaan .", "weekendil"),
    ("அவள் வீக்கெண்டில் வந்தாள் .", "வீக்கெண்டில்"),
])
def test_the_spoken_weekend_is_read_as_the_written(typed, note):
    got = parse(typed)
    assert got.pair.src[1:3] == ["வார", "இறுதியில்"] and "weekend" in got.pair.tgt
    assert any("loanword" in n and note in n and "வார இறுதியில்" in n for n in got.notes)
    assert tokenize_source(typed).unknown == []


def test_the_generator_writes_the_written_weekend(sample, sample_wide):
    found = [p for t, p in sample + sample_wide if any(c.time == "weekend" for c in t.clauses)]
    assert found
    for p in found:
        assert "வீக்கெண்டில்" not in p.src and "வார இறுதியில்" in " ".join(p.src)
    assert not any("வீக்கெண்ட்" in w for _, p in sample + sample_wide for w in p.src)


@pytest.mark.parametrize(("text", "why"), [
    ("அவள் வார இறுதியில் வருகிறாள் .", "tense"),          # on the weekend: past or future, not now
    ("அவள் இறுதியில் வார வந்தாள் .", ""),
    ("அவள் வார வந்தாள் .", ""),
])
def test_the_weekend_out_of_place(text, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(text)


# மூடியிருந்தது: a participle predicate and இரு, one written word (model.language.joined)
CLOSED = [
    ("அந்த வங்கி மூடியிருந்தது , அதனால் அவள் வீட்டுக்குச் சென்றாள் .", "the bank was closed , so she went home .",
     "மூடியிருந்தது"),
    ("அந்தக் கடை மூடியிருக்கிறது .", "the shop is closed .", "மூடியிருக்கிறது"),
    ("அந்த நூலகம் மூடியிருக்கிறதா ?", "is the library closed ?", "மூடியிருக்கிறதா"),
    ("அந்தக் கடை மூடியிருக்கவில்லை .", "the shop was not closed .", "மூடியிருக்கவில்லை"),
]


@pytest.mark.parametrize(("tamil", "english", "word"), CLOSED)
def test_closed_is_one_word_both_directions(tamil, english, word):
    got = both_ways(tamil, english)
    assert not got.odd and word in got.pair.src and "மூடி" not in got.pair.src
    at = got.pair.src.index(word)
    closed = got.pair.tgt.index("closed")
    assert got.pair.align[closed] == [at]
    cop = next(r for r in got.pair.relations if r[2] == "cop")
    assert got.pair.align[cop[0]] == [at] and cop[1] == closed          # is/was ← the same word, cop of closed
    assert [got.pair.tgt.index("bank" if "bank" in english else "shop" if "shop" in english else "library"),
            closed, "nsubj"] in got.pair.relations
    assert parse_english(english).pair.src == got.pair.src


def test_closed_written_apart_is_read_as_one_word():
    got = parse("அந்த வங்கி மூடி இருந்தது , அதனால் அவள் வீட்டுக்குச் சென்றாள் .")
    assert "மூடியிருந்தது" in got.pair.src and len(got.pair.src) == 9
    assert any("one word" in n and "மூடியிருந்தது" in n for n in got.notes)


def test_closed_typed_in_latin_letters():
    got = parse("andha kadai moodiyirukkiradhaa ?")
    assert got.pair.src[2] == "மூடியிருக்கிறதா" and " ".join(got.pair.tgt) == "is the shop closed ?"


def test_the_tamil_everyday_shop_sentence_reads():
    """t026 of tests/everyday/tamil_everyday.tsv, written by hand before the grammar joined the word."""
    got = parse("அந்தக் கடை மூடியிருக்கிறது .")
    assert " ".join(got.pair.tgt) == "the shop is closed ." and not got.odd


def test_the_generator_writes_closed_as_one_word(monkeypatch):
    """A closed place is rare in the merged shared samples (v7g's consequence, drawn from a hash): with its rate
    raised, the generator's own step puts a state before someone going, and each closed is written as one word."""
    import model.language.consequence as consequence
    from model.language.grammar import linearize
    from model.language.lexicon import load_lexicon

    monkeypatch.setattr(consequence, "CONSEQUENCE_RATE", 1.0)
    lex = load_lexicon()
    seeds = ["அவள் வீட்டுக்குச் சென்றாள் .", "நாங்கள் காத்திருந்தோம் .", "அவன் வீட்டுக்குத் திரும்பினான் .",
             "அவர்கள் வீட்டுக்குச் சென்றார்கள் .", "நான் காத்திருந்தேன் .", "ரவி கோயிலுக்குச் சென்றான் ."]
    trees = [consequence.maybe_consequence(lex, parse(s).sentence) for s in seeds]
    found = [linearize(t) for t in trees if any(c.pred == "closed" for c in t.clauses)]
    assert found
    for p in found:
        assert "மூடி" not in p.src and any(w.startswith("மூடியிரு") for w in p.src)
        assert parse(" ".join(p.src)).pair.src == p.src


@pytest.mark.parametrize(("text", "why"), [
    ("அந்தக் கடை மூடியிருந்தது அவள் .", ""),
    ("அவள் மூடியிருந்தாள் .", ""),                      # closed: a place that opens, not a person
])
def test_closed_out_of_place(text, why):
    with pytest.raises(NotInLanguage, match=why):
        got = parse(text)
        if got.odd:
            raise NotInLanguage("; ".join(got.odd))


# *over* with flying is crossing over: the accusative and தாண்டி (model.language.spots)
OVER = [
    ("அந்தப் பறவை அந்தச் சுவரைத் தாண்டிப் பறந்தது .", "the bird flew over the wall .",
     [[0, 1, "det"], [3, 5, "case"], [4, 5, "det"], [5, 2, "obl"], [1, 2, "nsubj"], [6, 2, "punct"]]),
    ("அவன் அந்தப் பந்தை அடித்தான் , அது அந்தச் சுவரைத் தாண்டிப் பறந்தது .", "he hit the ball and it flew over the wall .",
     None),
    ("அந்தப் பறவைகள் அந்த நதியைத் தாண்டிப் பறக்கும் .", "the birds will fly over the river .", None),
    ("அந்தப் பறவை என் வீட்டைத் தாண்டிப் பறந்ததா ?", "did the bird fly over my house ?", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), OVER)
def test_over_is_crossing_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    assert not got.odd and not parse_english(english).odd
    over = got.pair.tgt.index("over")
    assert [got.pair.src[i] for i in got.pair.align[over]] == ["தாண்டிப்"]         # over ← தாண்டி (doubled before ப)
    noun = next(h for d, h, label in got.pair.relations if d == over and label == "case")
    assert got.pair.src[got.pair.align[noun][0]].endswith("ைத்")                   # the accusative, doubled before த
    assert [noun, got.pair.tgt.index("fly" if "fly" in got.pair.tgt else "flew"), "obl"] in got.pair.relations
    assert "மேலே" not in got.pair.src and "மேலே" not in " ".join(parse_english(english).pair.src)


def test_over_typed_without_the_doubling_is_written_with_it():
    got = parse("அந்தப் பறவை அந்தச் சுவரை தாண்டி பறந்தது .")
    assert got.pair.src[3:5] == ["சுவரைத்", "தாண்டிப்"] and "over" in got.pair.tgt


def test_over_is_generated_with_the_accusative(sample, sample_wide, sample_more):
    found = [p for t, p in sample + sample_wide + sample_more if any(c.spot == "over" for c in t.clauses)]
    assert found
    for p in found:
        at = p.src.index("தாண்டிப்")
        assert p.src[at - 1].endswith("த்") and "மேலே" not in p.src
        assert parse(" ".join(p.src)).pair.relations == p.relations


@pytest.mark.parametrize(("text", "why"), [
    ("அந்தப் பறவை அந்தச் சுவருக்குத் தாண்டிப் பறந்தது .", ""),               # the dative does not cross
    ("அந்தப் பறவை அந்தச் சுவருக்கு மேலே பறந்தது .", "unknown word"),          # above: not in the language
    ("அவன் தாண்டிப் பறந்தான் .", "follows the accusative"),
    ("அந்த நாய் அந்தப் பந்தைச் சுவரைத் தாண்டித் துரத்தியது .", ""),           # over goes with flying
])
def test_over_out_of_place(text, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(text)


# a recipient before an object with a relative clause takes no 'to' (model.language.recipients)
HEAVY = [
    ("தயாராக இருந்த ஒரு பழைய திட்டத்தை அந்தப் பிரபலமான விற்பனையாளருக்குச் சொல்ல முடியுமா ?",
     "can you tell the famous salesperson an old plan that was ready ?"),
    ("அந்த எழுத்தாளர் கொண்டுவருகிற அந்தப் புதிய பாடத்தை அந்தத் தொழிலாளர்களுக்குக் கற்றுக்கொடுக்க முடியுமா ?",
     "can you teach the workers the new lesson that the writer is bringing ?"),
    ("நான் எழுதிய ஒரு கடிதத்தை அவள் அவனுக்குக் கொடுத்தாள் .", "she gave him a letter that i wrote ."),
    ("ரவி வாங்கிய அந்தப் புத்தகத்தை அவள் எனக்குக் கொடுத்தாள் .", "she gave me the book that ravi bought ."),
]


@pytest.mark.parametrize(("tamil", "english"), HEAVY)
def test_a_recipient_before_a_heavy_object_takes_no_to(tamil, english):
    got = both_ways(tamil, english)
    assert not got.odd and "to" not in got.pair.tgt and not got.sentence.clauses[0].recipient_first
    rels = got.pair.relations
    iobj = next(d for d, h, label in rels if label == "iobj")
    obj = next(d for d, h, label in rels if label == "obj" and h == got.pair.root)
    assert iobj < obj and any(h == obj and label == "relcl" for d, h, label in rels)
    dative = got.pair.src[got.pair.align[iobj][0]]
    assert dative.endswith(("க்குச்", "க்குக்", "க்கு"))                   # the recipient ← the Tamil dative


@pytest.mark.parametrize(("english", "why"), [
    ("can you tell to the famous salesperson an old plan that was ready ?", "word order"),
    ("she gave ravi her book .", "a second object"),        # a noun recipient goes first only before a heavy object
])
def test_the_old_heavy_english_is_not_in_the_language(english, why):
    with pytest.raises(NotInLanguage, match=why):
        parse_english(english)


@pytest.mark.parametrize("english", ["elder brother washed my bottle .", "elder sister bought the book ."])
def test_an_adjective_does_not_start_an_imperative(english):
    """A statement whose subject is a bare kin word with its adjective (elder brother) has one backbone parse: the
    imperative no longer reads the adjective as its verb before a likeness (the sample of v8e drew this one)."""
    from model.language.english_grammar import parse_count as english_parse_count

    assert english_parse_count(english.split()) == 1
    assert parse_english(english).sentence.mood == "decl"


# rules of sense for review 7's generated lines (model.language.rules): the generator redraws what breaks one
ODD_REVIEW = [
    ("இந்தச் சிறுமிகள் ஒரு காலணியை அணிந்தார்கள் .", "one-giver"),          # S15: several girls, one shoe
    ("அவள் தன் ரயில்களைப் பிடிப்பாள் .", "object-fits"),                   # B16: her trains, one journey
    ("அவர்களுடைய தம்பி வசிக்கிறான் .", "place-fits"),                       # B3: lives, where?
]
FINE_REVIEW = [
    "அவள் ஒரு காலணியை அணிந்தாள் .",
    "அவள் அந்த ரயிலைப் பிடிப்பாள் .",
    "அவர்களுடைய தம்பி சென்னையில் வசிக்கிறான் .",
]


@pytest.mark.parametrize(("tamil", "rule"), ODD_REVIEW)
def test_review_lines_break_a_rule_of_sense(tamil, rule):
    from model.language.rules import violations

    got = parse(tamil)
    assert rule in {v.rule for v in violations(got.sentence)}
    assert any(f"(rule: {rule})" in n for n in got.odd)
    assert parse_english(" ".join(got.pair.tgt)).odd == got.odd


@pytest.mark.parametrize("tamil", FINE_REVIEW)
def test_their_repairs_break_none(tamil):
    assert parse(tamil).odd == []


def test_the_generator_draws_none_of_them(sample, sample_wide):
    from model.language.rules import violations

    for tree, _ in sample + sample_wide:
        assert not violations(tree)
        for cl in tree.clauses:
            assert not (cl.verb == "live" and cl.loc is None and cl.comit is None and cl.wh is None)
