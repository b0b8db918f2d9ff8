"""Language v7d: 'said he would' (a promise reported, and one not kept: … but he did not), 'asked X to V' (object
control, her → the asker) and 'so … that … could' (``model.language.reported``, ``asking``, ``extent``)."""

import pytest

from model.language.english_grammar import parse_count as english_parse_count
from model.language.english_parser import parse_english
from model.language.parser import NotInLanguage, parse
from model.language.tokenizer import tokenize_english
from tests.language_pairs import both_ways

# the three everyday sentences (tests/everyday/english_everyday.tsv): Tamil, English, gold relations, alignment
EVERYDAY = [
    ("அவன் வருவதாகச் சொன்னான் , ஆனால் அவன் வரவில்லை .", "he said he would come , but he did not .",
     [[0, 1, "nsubj"], [4, 1, "ccomp"], [2, 4, "nsubj"], [3, 4, "aux"], [2, 0, "coref"], [7, 8, "nsubj"],
      [9, 8, "advmod"], [5, 8, "punct"], [6, 8, "cc"], [8, 1, "conj"], [7, 0, "coref"], [10, 1, "punct"]],
     [[0], [2], [1], [1], [1], [3], [4], [5], [6], [6], [7]]),
    ("அந்த மருத்துவர் அந்தச் செவிலியரிடம் தனக்கு உதவுமாறு கேட்டார் .", "the doctor asked the nurse to help her .",
     [[0, 1, "det"], [3, 4, "det"], [7, 1, "coref"], [1, 2, "nsubj"], [4, 2, "obj"], [6, 2, "xcomp"],
      [5, 6, "mark"], [7, 6, "obj"], [8, 2, "punct"]],
     [[0], [1], [6], [2], [3], [5], [5], [4], [7]]),
    ("நான் நாள் முழுவதும் தூங்கக்கூடிய அளவுக்குச் சோர்வாக இருக்கிறேன் .", "i am so tired that i could sleep all day .",
     [[8, 9, "det"], [9, 7, "tmod"], [0, 3, "nsubj"], [1, 3, "cop"], [1, 0, "agr"], [2, 3, "advmod"],
      [7, 3, "advcl"], [4, 7, "mark"], [5, 7, "nsubj"], [6, 7, "aux"], [5, 0, "coref"], [10, 3, "punct"]],
     [[0], [6], [4], [5], [4], [3], [3], [3], [1, 2], [1, 2], [7]]),
]


@pytest.mark.parametrize(("tamil", "english", "relations", "align"), EVERYDAY)
def test_everyday_sentences_both_ways(tamil, english, relations, align):
    got = both_ways(tamil, english, relations)
    assert got.pair.align == align
    assert not got.odd and not parse_english(english).odd
    assert not tokenize_english(english).unknown
    assert english_parse_count(english.split()) == 1


def test_the_gold_heads_of_note():
    said = parse_english("he said he would come , but he did not .").pair
    rels = {(said.tgt[d], d, said.tgt[h], h): label for d, h, label in said.relations}
    assert rels[("come", 4, "said", 1)] == "ccomp"
    assert rels[("did", 8, "said", 1)] == "conj"           # the elided clause: did heads it
    assert rels[("he", 7, "he", 0)] == "coref"
    asked = parse_english("the doctor asked the nurse to help her .").pair
    corefs = [(asked.tgt[d], asked.tgt[h]) for d, h, label in asked.relations if label == "coref"]
    assert corefs == [("her", "doctor")]                   # her cannot be the nurse
    tired = parse_english("i am so tired that i could sleep all day .").pair
    assert [tired.tgt[h] for d, h, label in tired.relations if label == "advcl"] == ["tired"]
    assert tired.root == tired.tgt.index("tired")


VARIANTS = [                            # every pair of the docs paragraph is here or in EVERYDAY
    ("அவன் வருவதாகச் சொன்னான் .", "he said he would come ."),
    ("அவள் எனக்கு உதவுவதாகச் சொன்னாள் .", "she said she would help me ."),
    ("நான் அந்தப் புத்தகத்தை வாங்குவதாகச் சொன்னேன் .", "i said i would buy the book ."),
    ("அவர்கள் காத்திருப்பதாகச் சொன்னார்கள் .", "they said they would wait ."),
    ("என் அம்மா வருவதாகச் சொன்னார் , ஆனால் அவர் வரவில்லை .", "my mother said she would come , but she did not ."),
    ("ரவி வருவதாகச் சொன்னான் , ஆனால் அவன் வரவில்லை .", "ravi said he would come , but he did not ."),
    ("ரவி என்னிடம் தனக்கு உதவுமாறு கேட்டான் .", "ravi asked me to help him ."),
    ("நான் அந்தச் செவிலியரிடம் எனக்கு உதவுமாறு கேட்டேன் .", "i asked the nurse to help me ."),
    ("அவர்கள் அவனிடம் காத்திருக்குமாறு கேட்டார்கள் .", "they asked him to wait ."),
    ("அவர்கள் என்னிடம் தங்களுக்கு உதவுமாறு கேட்டார்கள் .", "they asked me to help them ."),
    ("என் அம்மா அந்த ஆசிரியரிடம் தன்னை அழைக்குமாறு கேட்டார் .", "my mother asked the teacher to call her ."),
    ("நாங்கள் அவர்களிடம் அந்தப் புத்தகத்தைக் கொண்டுவருமாறு கேட்டோம் .", "we asked them to bring the book ."),
    ("அவள் ஆடக்கூடிய அளவுக்கு மகிழ்ச்சியாக இருந்தாள் .", "she was so happy that she could dance ."),
    ("நாங்கள் அழக்கூடிய அளவுக்குக் கோபமாக இருக்கிறோம் .", "we are so angry that we could cry ."),
    ("ரவி நாள் முழுவதும் தூங்கக்கூடிய அளவுக்குச் சோர்வாக இருக்கிறான் .", "ravi is so tired that he could sleep all day ."),
    ("அவன் நாள் முழுவதும் தூங்கினான் .", "he slept all day ."),
    ("அந்த மருத்துவர் வருவதாகச் சொன்னார் .", "the doctor said she would come ."),     # open gender: she
    ("அந்த மருத்துவர் வருவதாகச் சொன்னார் , ஆனால் அவர் வரவில்லை .", "the doctor said she would come , but the doctor did not ."),
    ("அந்தச் செவிலியர் ஆடக்கூடிய அளவுக்கு மகிழ்ச்சியாக இருந்தார் .", "the nurse was so happy that she could dance ."),
    ("என் அம்மா என்னிடம் பால் வாங்குமாறு கேட்டார் .", "my mother asked me to buy milk ."),      # unmarked, as பால் வாங்கினான்
    ("அவள் பருப்பு கொண்டுவருவதாகச் சொன்னாள் .", "she said she would bring dal ."),
]


@pytest.mark.parametrize(("tamil", "english"), VARIANTS)
def test_variants_both_ways(tamil, english):
    got = both_ways(tamil, english)
    assert not got.odd


def test_all_is_still_everyone():
    """'all' keeps its category now that 'all day' is a time (we are all happy)."""
    got = parse_english("we are all happy .")
    assert got.pair.src[1] == "எல்லோரும்" and not got.odd


@pytest.mark.parametrize(("english", "why"), [
    ("he said she would come .", "the pronoun is 'he'"),
    ("the doctor said he would come .", "the gold writes 'she'"),
    ("he said he would come , but he did not come .", "reads back as 'he said he would come , but he did not .'"),
    ("he said he would come , but she did not .", "use 'he'"),
    ("he said he would help me , but he did not .", "leaves out the verb of a promise with no object"),
    ("he did not .", "follows 'he said he would"),
    ("he said he would come , so he did not .", "follows 'he said he would"),
    ("he said he would came .", "base form"),
    ("he said he would eat the book .", "not something one can eat"),
    ("the doctor asked the nurse to help him .", "the gold writes 'her'"),
    ("ravi asked the nurse to help her .", "write 'him'"),
    ("the doctor asked the doctor to help her .", "another person"),
    ("i am so tired that he could sleep .", "the pronoun is 'i'"),
    ("i am so tired that i could dance .", "could make one sleep, not dance"),
    ("i am so busy that i could sleep .", "so … that measures"),
])
def test_english_outside_the_constructions(english, why):
    with pytest.raises(NotInLanguage, match=why):
        parse_english(english)


@pytest.mark.parametrize(("tamil", "why"), [
    ("அவன் வருவதாகச் சொன்னாள் .", "agreeing with its subject"),
    ("அவன் அந்த மருத்துவரிடம் வந்தான் .", "-இடம் goes with asking"),
    ("அவன் தனக்கு உதவுமாறு கேட்டான் .", "the one asked"),
    ("அவர்கள் என்னிடம் தனக்கு உதவுமாறு கேட்டார்கள் .", "தங்களுக்கு"),
    ("அவன் அந்த மருத்துவரை தனக்கு உதவுமாறு கேட்டான் .", "-இடம்"),
    ("என் அம்மா என்னிடம் பாலை வாங்குமாறு கேட்டார் .", "without a case suffix"),
    ("நான் நாள் முழுவதும் ஆடக்கூடிய அளவுக்குச் சோர்வாக இருக்கிறேன் .", "could make one sleep"),
    ("நான் நாள் முழுவதும் தூங்கக்கூடிய அளவுக்குச் சோர்வாக இருப்பேன் .", "present or past"),
])
def test_tamil_outside_the_constructions(tamil, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(tamil)


def _read_back(found):
    from model.language.parser import parse_count

    for _, p in found:
        assert parse_count(p.src) == 1
        got = parse(" ".join(p.src))
        assert got.pair.tgt == p.tgt and got.pair.relations == p.relations and not got.odd
        assert parse_english(" ".join(p.tgt)).pair.relations == p.relations


def test_promises_are_generated_and_read_back(sample, sample_wide):
    found = [(t, p) for t, p in sample + sample_wide if t.clauses[0].said is not None]
    assert found and any(len(t.clauses) == 2 and t.clauses[1].elided for t, _ in found)
    assert all("would" in p.tgt for _, p in found)
    _read_back(found)


def test_asking_is_generated_and_read_back(sample, sample_wide, monkeypatch):
    found = [(t, p) for t, p in sample + sample_wide if t.clauses[0].asked is not None]
    assert found
    _read_back(found)
    # … to help her, the asker as the object, is rare in the shared samples (v8e moved them): with the rates raised,
    # the generator's own step turns the sampled trees of acting on a person into it, read back the same
    import model.language.asking as asking
    from model.language.grammar import linearize
    from model.language.lexicon import load_lexicon

    monkeypatch.setattr(asking, "ASK_RATE", 1.0)
    monkeypatch.setattr(asking, "SELF_RATE", 1.0)
    selfs = []
    for tree, _ in sample + sample_wide:
        out = asking.maybe_ask(load_lexicon(), tree)
        if out is not tree and out.clauses[0].asked.obj is not None and out.clauses[0].asked.obj.head == "self":
            selfs.append((out, linearize(out)))
    assert selfs
    _read_back(selfs[:20])


def test_so_that_is_generated_and_read_back(sample, sample_wide):
    found = [(t, p) for t, p in sample + sample_wide if t.clauses[0].result is not None]
    assert found and all(any(w.startswith("அளவுக்கு") for w in p.src) for _, p in found)
    assert any(t.clauses[0].result.time == "all_day" for t, _ in found)       # நாள் முழுவதும், drawn with it
    _read_back(found)
