"""தன் / தங்கள்: a possessor that is its clause's own subject (model.language.reflexive)."""

import pytest

from model.language.english_parser import parse_english
from model.language.parser import NotInLanguage, parse
from tests.language_pairs import both_ways

OWN = [
    ("ரவி தன் குடையை மறந்தான் .", "ravi forgot his umbrella ."),
    ("அம்மா தன் பையைத் தொலைத்தார் .", "mother lost her bag ."),
    ("அந்தப் பையன்கள் தங்கள் புத்தகங்களைப் படித்தார்கள் .", "the boys read their books ."),
    ("தன் குடையைத் தொலைத்த அந்தப் பையன் அழுதான் .", "the boy who lost his umbrella cried ."),
]


@pytest.mark.parametrize(("tamil", "english"), OWN)
def test_the_subjects_own_is_the_reflexive_both_ways(tamil, english):
    got = both_ways(tamil, english)
    own = next(i for i, w in enumerate(got.pair.tgt) if w in ("his", "her", "their"))
    assert [got.pair.src[i] for i in got.pair.align[own]] in (["தன்"], ["தங்கள்"])   # gold link to the reflexive


def test_someone_elses_keeps_the_possessive():
    assert parse_english("ravi lost her umbrella .").pair.src[1] == "அவளுடைய"
    assert " ".join(parse("ravi than kudaiyai marandhaan .").pair.tgt) == "ravi forgot his umbrella ."


@pytest.mark.parametrize(("tamil", "fragment"), [
    ("அவன் அவனுடைய குடையை மறந்தான் .", "the subject's own is தன்"),
    ("தன் அம்மா வந்தார் .", "refers back to the subject"),
    ("தன் அம்மா ஒரு ஆசிரியை .", "not to the subject itself"),
    ("நான் தன் குடையை மறந்தேன் .", "refers back to the subject"),
])
def test_a_reflexive_without_its_subject_is_refused(tamil, fragment):
    with pytest.raises(NotInLanguage, match=fragment):
        parse(tamil)


def test_generated_sentences_write_the_reflexive_for_the_subjects_own(sample):
    from model.language.lexicon import load_lexicon
    from model.language.reflexive import owner_of

    lex, owned = load_lexicon(), 0
    for tree, pair in sample:
        for cl in tree.clauses:
            own = owner_of(lex, cl.subj)
            for role in ("obj", "iobj", "loc", "comit", "source", "goal"):
                np_ = getattr(cl, role)
                if own is not None and np_ is not None and np_.det == own:
                    owned += 1
                    assert {"தன்", "தங்கள்"} & set(pair.src), " ".join(pair.src)
    assert owned >= 10
