"""What the language tests check of one example, both ways (shared by the language v3c and v4 test files)."""

from model.language.english_parser import parse_english
from model.language.parser import parse, parse_count


def both_ways(tamil: str, english: str, relations=None):
    """The Tamil parses to exactly ``english`` in one parse (with ``relations`` when given), every English token
    aligned; the English parses, with the same English and relations, to Tamil that reads back the same."""
    got = parse(tamil)
    assert " ".join(got.pair.tgt) == english
    assert parse_count(got.pair.src) == 1
    if relations is not None:
        assert got.pair.relations == relations
    assert all(got.pair.align)                                      # every English token has its Tamil
    back = parse_english(english)
    assert back.pair.tgt == got.pair.tgt and back.pair.relations == got.pair.relations
    assert parse(" ".join(back.pair.src)).pair.tgt == got.pair.tgt
    return got
