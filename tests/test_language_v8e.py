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
