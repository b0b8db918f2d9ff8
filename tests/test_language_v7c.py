"""Language v7c: reported speech with *told … that* (``model.language.telling``): the one told in -இடம், what was
said with செய்ததாக (did well: நன்றாகச் செய்ததாக; was wrong: தவறு செய்ததாக) and சொல்; a pronoun there refers to the
one told (அவர்கள்) or else to the teller (தான்), with its gold ``coref``."""

import pytest

from model.language.english_grammar import parse_count as english_parse_count
from model.language.english_parser import parse_english
from model.language.parser import NotInLanguage, parse
from model.language.rules import notes
from model.language.tokenizer import tokenize_english
from tests.language_pairs import both_ways

E017 = ("அந்த ஆசிரியர் அந்த மாணவர்களிடம் அவர்கள் நன்றாகச் செய்ததாகச் சொன்னார் .",
        "the teacher told the students that they did well .")
E043 = ("அந்தச் சிறுமி தன் நண்பனிடம் தான் தவறு செய்ததாகச் சொன்னாள் .",
        "the girl told her friend that she was wrong .")


def test_e017_the_students_did_well():
    got = both_ways(*E017, [[0, 1, "det"], [3, 4, "det"], [8, 7, "advmod"], [6, 7, "nsubj"], [5, 7, "mark"],
                            [7, 2, "ccomp"], [1, 2, "nsubj"], [4, 2, "iobj"], [6, 4, "coref"], [9, 2, "punct"]])
    # told ← சொன்னார், students ← மாணவர்களிடம், that and did ← செய்ததாக, well ← நன்றாக, they ← அவர்கள்
    assert got.pair.align == [[0], [1], [7], [2], [3], [6], [4], [6], [5], [8]]
    assert not got.odd and not parse_english(E017[1]).odd


def test_e043_she_is_the_girl():
    """The language's friend is நண்பன் (he), so 'she' is the girl: தான், the teller, never the friend."""
    got = both_ways(*E043, [[0, 1, "det"], [3, 4, "poss"], [7, 8, "cop"], [7, 6, "agr"], [6, 8, "nsubj"],
                            [5, 8, "mark"], [8, 2, "ccomp"], [1, 2, "nsubj"], [4, 2, "iobj"], [6, 1, "coref"],
                            [9, 2, "punct"]])
    assert got.pair.align[6] == [4] and got.pair.src[4] == "தான்"        # she ← தான்
    assert got.pair.align[8] == [5] and got.pair.align[7] == [6]        # wrong ← தவறு, was ← செய்ததாக
    assert not got.odd


@pytest.mark.parametrize("english", [E017[1], E043[1]])
def test_one_reading_every_word_known(english):
    assert english_parse_count(english.split()) == 1
    assert not tokenize_english(english).unknown


def test_the_tamil_pronoun_says_which_reading():
    """Where 'she' fits both the teller and the one told, the gold is the one told (அவள்); தான் would be the teller,
    so அவள் after a teller it could be is refused for தான்."""
    told = both_ways("அந்தச் சிறுமி அந்தப் பெண்ணிடம் அவள் தவறு செய்ததாகச் சொன்னாள் .",
                     "the girl told the woman that she was wrong .")
    assert [6, 4, "coref"] in told.pair.relations
    with pytest.raises(NotInLanguage, match="written Tamil says தான்"):
        parse("அந்தச் சிறுமி தன் நண்பனிடம் அவள் தவறு செய்ததாகச் சொன்னாள் .")
    he = both_ways("அந்தச் சிறுமி தன் நண்பனிடம் அவன் தவறு செய்ததாகச் சொன்னாள் .",
                   "the girl told her friend that he was wrong .")
    assert [6, 4, "coref"] in he.pair.relations                         # he → the friend


VARIANTS = [
    ("அந்த ஆசிரியர் அந்த மாணவர்களிடம் அவர்கள் நன்றாகச் செய்ததாகச் சொல்கிறார் .",
     "the teacher tells the students that they did well ."),
    ("அந்த ஆசிரியர் அந்த மாணவர்களிடம் அவர்கள் நன்றாகச் செய்ததாகச் சொல்வார் .",
     "the teacher will tell the students that they did well ."),
    ("ரவி மீனாவிடம் அவள் நன்றாகச் செய்ததாகச் சொன்னான் .", "ravi told meena that she did well ."),
    ("அந்தப் பையன்கள் அந்தச் சிறுமியிடம் தாங்கள் தவறு செய்ததாகச் சொன்னார்கள் .",
     "the boys told the girl that they were wrong ."),
    ("நாங்கள் அந்த மாணவர்களிடம் அவர்கள் நன்றாகச் செய்ததாகச் சொன்னோம் .", "we told the students that they did well ."),
    ("அந்தச் சிறுமி தன் நண்பனிடம் அந்த மாணவர்கள் நன்றாகச் செய்ததாகச் சொன்னாள் .",
     "the girl told her friend that the students did well ."),
]


@pytest.mark.parametrize(("tamil", "english"), VARIANTS)
def test_variants_both_ways(tamil, english):
    got = both_ways(tamil, english)
    assert not got.odd
    told = got.pair.tgt.index("that") - 1
    assert [told, got.pair.root, "iobj"] in [[d, h, label] for d, h, label in got.pair.relations]
    assert any(label == "ccomp" and h == got.pair.root for _, h, label in got.pair.relations)


def test_a_plain_subject_has_no_coref_and_they_self_is_thangal():
    plain = parse(VARIANTS[-1][0])
    assert not any(label == "coref" for _, _, label in plain.pair.relations)
    selves = parse(VARIANTS[3][0])                      # தாங்கள்: the boys themselves
    assert [6, 1, "coref"] in selves.pair.relations


@pytest.mark.parametrize(("english", "why"), [
    ("the girl told her friend that they did well .", "refers to no one here"),
    ("the teacher told the students that he did well .", "refers to no one here"),
    ("the teacher told the students that they was wrong .", "write 'were wrong'"),
    ("the teacher told the students that they did wrong .", "write 'were wrong'"),
    ("the teacher told the students that them did well .", "object form"),
    ("the teacher tell the students that they did well .", "write 'tells'"),
    ("the teacher did not tell the students that they did well .", "without not"),
    ("the teacher told the students that they did well yesterday .", "ends with its verdict"),
    ("the teacher told the students that the book was wrong .", "about a person"),
    ("did the teacher tell the students that they did well ?", "statement of its own"),
])
def test_english_outside_the_language(english, why):
    with pytest.raises(NotInLanguage, match=why):
        parse_english(english)


@pytest.mark.parametrize(("tamil", "why"), [
    ("அந்த ஆசிரியர் அந்த மாணவர்களுக்கு அவர்கள் நன்றாகச் செய்ததாகச் சொன்னார் .", "takes -இடம்"),
    ("அந்த ஆசிரியர் அந்த மாணவர்களிடம் அவர்கள் நன்றாகச் செய்ததாகச் சொன்னாள் .", "agreeing with the one who tells"),
    ("அந்த ஆசிரியர் அந்த மாணவர்களிடம் தான் நன்றாகச் செய்ததாகச் சொன்னார் .", "refers back to the one who tells"),
    ("அந்த ஆசிரியர் அந்த மாணவர்களிடம் அவன் நன்றாகச் செய்ததாகச் சொன்னார் .", "refers to no one here"),
    ("அவன் அந்த மாணவர்களிடம் வந்தான் .", "-இடம் marks the one told"),
    ("அந்தச் சிறுமி அந்த ஆசிரியரிடம் அவர் நன்றாகச் செய்ததாகச் சொன்னாள் .", "அவர் is not in what was told"),
    ("அந்தச் சிறுமி அந்த ஆசிரியரிடம் அது நன்றாகச் செய்ததாகச் சொன்னாள் .", "about a person"),
])
def test_tamil_outside_the_language(tamil, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(tamil)


def test_told_that_is_generated_and_read_back(sample, sample_wide):
    found = [(t, p) for t, p in sample + sample_wide
             if any(c.verb == "tell" and c.comp is not None for c in t.clauses)]
    assert len(found) >= 5
    assert {c.comp.verb for t, _ in found for c in t.clauses} == {"did_well", "was_wrong"}
    assert any("தான்" in p.src or "தாங்கள்" in p.src for _, p in found)       # the teller's own reading too
    for t, p in found:
        assert not notes(t)
        assert any(label == "coref" for _, _, label in p.relations)
        assert parse(" ".join(p.src)).pair.relations == p.relations
        back = parse_english(" ".join(p.tgt))          # (our: எங்கள் or நம், so the English side reads the relations)
        assert back.pair.tgt == p.tgt and back.pair.relations == p.relations


def test_a_thing_told_keeps_its_relative_clause():
    """'that' after a thing opens a relative clause as before; only after a person is it what was told."""
    got = parse_english("the girl told the story that the boy wrote .")
    assert "சொன்னாள்" in got.pair.src and "செய்ததாக" not in " ".join(got.pair.src)
    assert [8, 4, "relcl"] in got.pair.relations                        # wrote → story


def test_the_new_words_have_glosses():
    from model.language.glosses import gloss

    assert [gloss(w) for w in E043[0].split()[3:7]] == ["friend-LOC.ANIM", "self", "mistake", "make-PST-NMLZ-ADV"]
