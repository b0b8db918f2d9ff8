"""Language v7h: everyday additions — a relative clause without *that* (``model.language.reduced``)."""

import pytest

from model.language.english_grammar import parse_count as english_parse_count
from model.language.english_parser import parse_english
from model.language.parser import NotInLanguage, parse
from model.language.tokenizer import tokenize_english
from tests.language_pairs import both_ways


def rel(pair, label):
    """The (dependent word, head word) pairs of ``label``."""
    return [(pair.tgt[d], pair.tgt[h]) for d, h, lab in pair.relations if lab == label]


# ---- e035: she is reading the letter her father wrote . -------------------------------------------------------
E035 = "she is reading the letter her father wrote ."
E035_TA = "தன் அப்பா எழுதிய கடிதத்தை அவள் படிக்கிறாள் ."


def test_e035_both_directions_with_its_gold_relations():
    got = both_ways(E035_TA, E035, [[3, 4, "det"], [5, 6, "poss"], [6, 7, "nsubj"], [7, 4, "relcl"],
                                    [5, 0, "coref"], [4, 2, "obj"], [1, 2, "aux"], [0, 2, "nsubj"], [1, 0, "agr"],
                                    [8, 2, "punct"]])
    assert not got.odd and not parse_english(E035).odd
    assert not tokenize_english(E035).unknown and english_parse_count(E035.split()) == 1
    assert " ".join(parse_english(E035).pair.src) == E035_TA
    p = got.pair
    words = {p.tgt[i]: [p.src[j] for j in a] for i, a in enumerate(p.align)}
    assert words["the"] == ["கடிதத்தை"] and words["letter"] == ["கடிதத்தை"]      # no அந்த: the RC makes it definite
    assert words["her"] == ["தன்"] and words["wrote"] == ["எழுதிய"]
    assert "that" not in p.tgt


REDUCED = [
    ("தன் நண்பன் வாங்கிய புத்தகத்தை ரவி படித்தான் .", "ravi read the book his friend bought .", [("his", "ravi")]),
    ("ரவி எழுதிய கடிதம் தயாராக இருக்கிறது .", "the letter ravi wrote is ready .", []),
    ("ரவி உதவிய பையன் வந்தான் .", "the boy ravi helped came .", []),
    ("நான் ரவிக்குக் கொடுத்த புத்தகத்தை நீங்கள் படித்தீர்களா ?", "did you read the book i gave to ravi ?", []),
    ("தங்கள் அம்மா எழுதிய கடிதத்தை அவர்கள் படிப்பார்கள் .", "they will read the letter their mother wrote .", [("their", "they")]),
]


@pytest.mark.parametrize(("tamil", "english", "own"), REDUCED)
def test_reduced_relative_variants(tamil, english, own):
    got = both_ways(tamil, english)
    p = got.pair
    assert "that" not in p.tgt and "who" not in p.tgt and not got.odd
    head = next(h for d, h, lab in p.relations if lab == "relcl")
    assert p.tgt[next(d for d, h, lab in p.relations if lab == "det" and h == head)] == "the"
    assert rel(p, "coref") == own                       # his → ravi where Tamil says தன் (his own)
    assert english_parse_count(english.split()) == 1


def test_the_relative_with_that_keeps_its_tamil():
    """அந்த keeps *that*, and its possessive as before: every pair the language had is unchanged."""
    got = both_ways("அவளுடைய அப்பா எழுதிய அந்தக் கடிதத்தை அவள் படிக்கிறாள் .",
                    "she is reading the letter that her father wrote .")
    assert "coref" not in {lab for _, _, lab in got.pair.relations}


@pytest.mark.parametrize(("text", "read", "why"), [
    ("அவளுடைய அப்பா எழுதிய கடிதத்தை அவள் படிக்கிறாள் .", parse, "would be someone else's"),
    ("தன் அப்பா எழுதிய கடிதத்தை நான் படிக்கிறேன் .", parse, "refers to the sentence's subject"),
    ("அந்தக் கடிதத்தை எழுதிய பையன் வந்தான் .", parse, "where it is the subject, write அந்த"),
    ("ரவி குடித்த காபியை நான் குடித்தேன் .", parse, "takes அந்த or இந்த"),
    ("she read a letter her father wrote .", parse_english, "follows 'the' and one noun"),
    ("the boy ravi came ran .", parse_english, "needs 'that' or 'who'"),
    ("she read the letter her father wrote the book .", parse_english, "needs 'that' or 'who'"),
])
def test_reduced_relative_refused_with_a_reason(text, read, why):
    with pytest.raises(NotInLanguage, match=why):
        read(text)


def test_reduced_relatives_are_generated_and_read_back():
    """The generator now and then drops அந்த (and English its *that*) before an object's object relative clause;
    each such pair reads back the same both ways. Drawn from longer sentences than the shared samples (a relative
    clause needs length)."""
    from model.language.generator import sample_pairs
    from model.language.reduced import is_reduced
    from model.language.rules import clauses

    found = []
    for tree, pair in sample_pairs(800, 11, 10, 30):
        if any(is_reduced(cl.obj) or is_reduced(cl.iobj) for _, cl, _ in clauses(tree)):
            found.append(pair)
    assert len(found) >= 3
    for p in found:
        assert parse(" ".join(p.src)).pair.relations == p.relations
        back = parse_english(" ".join(p.tgt)).pair
        assert back.tgt == p.tgt and back.relations == p.relations
