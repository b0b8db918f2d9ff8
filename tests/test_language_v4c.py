"""Language v4c: bare nouns, pronouns and things as subjects (a younger sibling alone is one's own, …), in both
directions, each read back one way, and drawn by the generator."""

import pytest

from model.language.english_parser import parse_english
from model.language.generator import sample_pairs
from model.language.parser import NotInLanguage, parse, parse_count


def both_ways(tamil: str, english: str, relations=None):
    """The Tamil parses to exactly ``english`` in one parse (with ``relations`` when given); the English parses,
    with the same English and relations, to Tamil that reads back the same."""
    got = parse(tamil)
    assert " ".join(got.pair.tgt) == english
    assert parse_count(got.pair.src) == 1
    assert all(a for a in got.pair.align)                         # every English token has its Tamil
    if relations is not None:
        assert got.pair.relations == relations
    back = parse_english(english)
    assert back.pair.tgt == got.pair.tgt and back.pair.relations == got.pair.relations
    assert parse(" ".join(back.pair.src)).pair.tgt == got.pair.tgt
    return got


@pytest.fixture(scope="module")
def sample():
    return list(sample_pairs(3000, 5, 3, 10))


YOUNGER_ALONE = [
    ("தம்பி பள்ளிக்குப் போனான் .", "my younger brother went to school ."),
    ("தங்கை நேற்று வந்தாள் .", "my younger sister came yesterday ."),
    ("அக்கா நேற்று வந்தாள் .", "elder sister came yesterday ."),        # an elder sibling is a title, like அம்மா
    ("அம்மா நேற்று வந்தார் .", "mother came yesterday ."),
]


@pytest.mark.parametrize(("tamil", "english"), YOUNGER_ALONE)
def test_bare_kin_both_directions(tamil, english):
    both_ways(tamil, english)


def test_a_younger_sibling_alone_is_the_speakers():
    got = parse("தம்பி பள்ளிக்குப் போனான் .")
    assert got.pair.relations[:2] == [[0, 2, "poss"], [1, 2, "amod"]]
    assert got.pair.align[0] == got.pair.align[1] == got.pair.align[2] == [0]     # my younger brother ← தம்பி
    assert parse("என் தம்பி பள்ளிக்குப் போனான் .").pair.tgt == got.pair.tgt
    with pytest.raises(NotInLanguage, match="needs a determiner"):
        parse_english("younger brother went to school .")        # English says whose


def test_bare_younger_siblings_are_generated(sample):
    bare = [p for _, p in sample if p.src and p.src[0] in ("தம்பி", "தங்கை")]
    assert bare and all(p.tgt[:2] == ["my", "younger"] for p in bare)
