"""Language v7e: recipients, benefactives and the telescope, for the English everyday set. The recipient first (she
gave him her book ↔ அவள் தன் புத்தகத்தை அவனுக்குக் கொடுத்தாள்; ``model.language.recipients``)."""

import pytest

from model.language.english_parser import parse_english
from model.language.parser import NotInLanguage, parse
from model.language.tokenizer import tokenize_english
from tests.language_pairs import both_ways

# ---- e007: the recipient first ------------------------------------------------------------------------------------

GAVE_HIM = [
    ("அவள் தன் புத்தகத்தை அவனுக்குக் கொடுத்தாள் .", "she gave him her book .",
     [[2, 1, "iobj"], [3, 4, "poss"], [4, 1, "obj"], [0, 1, "nsubj"], [3, 0, "coref"], [5, 1, "punct"]]),  # her → she (v8d)
    ("ரவி இரண்டு புத்தகங்களை எனக்குக் கொடுத்தான் .", "ravi gave me two books .", None),
    ("நீங்கள் அந்தப் பயணச்சீட்டுகளை அவர்களுக்குக் கொடுத்தீர்களா ?", "did you give them the tickets ?", None),
    ("அந்தப் புத்தகத்தை எனக்குக் கொடுங்கள் .", "please give me the book .", None),
    ("அவள் அந்த வரைபடத்தை அவனுக்குக் காட்டவில்லை .", "she did not show him the map .", None),
    ("அந்த மேலாளர் இந்தக் கடிதத்தை எனக்குக் கொடுத்தார் .", "the manager gave me this letter .", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), GAVE_HIM)
def test_the_recipient_first_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    assert not got.odd and not parse_english(english).odd
    assert not tokenize_english(english).unknown


def test_her_book_is_her_own_and_aligned():
    got = parse("அவள் தன் புத்தகத்தை அவனுக்குக் கொடுத்தாள் .")
    tgt, align = got.pair.tgt, got.pair.align
    assert got.pair.src[1] == "தன்"                                  # her own book: the reflexive
    assert align[tgt.index("him")] == [3] and align[tgt.index("her")] == [1] and align[tgt.index("book")] == [2]


def test_the_dative_first_keeps_to():
    """The order the language always had keeps its English: the recipient with 'to', after the object."""
    both_ways("அவள் அவனுக்குத் தன் புத்தகத்தைக் கொடுத்தாள் .", "she gave her book to him .")
    assert " ".join(parse("ரவி எனக்கு ஒரு புத்தகத்தைக் கொடுத்தான் .").pair.tgt) == "ravi gave a book to me ."


def test_a_fronted_object_with_a_relative_clause_is_no_recipient_first():
    got = parse("ரவி வாங்கிய அந்தப் புத்தகத்தை அவள் எனக்குக் கொடுத்தாள் .")
    assert " ".join(got.pair.tgt) == "she gave me the book that ravi bought ."      # no 'to' before it (v8e)
    assert not got.sentence.clauses[0].recipient_first


@pytest.mark.parametrize(("tamil", "why"), [
    ("அவள் அந்தப் புத்தகத்தை ரவிக்குக் கொடுத்தாள் .", "only a pronoun recipient"),
    ("தண்ணீர் எனக்குக் கொடுங்கள் .", "a bare object stays next to the Tamil verb"),
])
def test_tamil_recipient_first_not_in_the_language(tamil, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(tamil)


@pytest.mark.parametrize(("english", "why"), [
    ("please give me water .", "a recipient takes 'to'"),
    ("she gave ravi her book .", "a second object"),
    ("ravi bought me a book .", "takes no recipient|second object"),
])
def test_english_recipient_first_not_in_the_language(english, why):
    with pytest.raises(NotInLanguage, match=why):
        parse_english(english)


def test_the_recipient_first_is_generated_and_read_back(sample, sample_wide):
    firsts = [(t, p) for t, p in sample + sample_wide if any(c.recipient_first for c in t.clauses)]
    assert len(firsts) >= 10
    for _, pair in firsts[:12]:
        english = " ".join(pair.tgt)
        back = parse_english(english)
        assert back.pair.tgt == pair.tgt
        i = next(d for d, h, label in pair.relations if label == "iobj")
        assert pair.relations[[d for d, *_ in pair.relations].index(i)][1] == \
            next(h for d, h, label in pair.relations if label == "obj")          # both hang on the verb
        assert pair.tgt[i + 1] != "to" and "to" not in pair.tgt[i - 1:i]


# ---- e057: put (வை with a place) and glasses (மூக்குக்கண்ணாடி) ------------------------------------------------------

PUT = [
    ("நீங்கள் எங்கே என் மூக்குக்கண்ணாடியை வைத்தீர்கள் ?", "where did you put my glasses ?",
     [[0, 3, "advmod"], [4, 5, "poss"], [5, 3, "obj"], [1, 3, "aux"], [2, 3, "nsubj"], [6, 3, "punct"]]),
    ("நான் அந்த அறையில் அந்தப் புத்தகத்தை வைத்தேன் .", "i put the book in the room .", None),
    ("அவன் அந்த அறையில் அந்தச் சாவியை வைக்கிறான் .", "he is putting the key in the room .", None),
    ("அந்தச் சமையலறையில் அந்தச் சாவியை வையுங்கள் .", "please put the key in the kitchen .", None),
    ("நான் அந்தப் புத்தகத்தை வைத்தேன் .", "i kept the book .", None),             # no place: keep
    ("நான் இந்த மூக்குக்கண்ணாடியைத் தொலைத்தேன் .", "i lost these glasses .", None),
    ("அவள் என் பழைய மூக்குக்கண்ணாடியைக் கண்டுபிடிப்பாள் .", "she will find my old glasses .", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), PUT)
def test_put_and_glasses_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    assert not got.odd and not tokenize_english(english).unknown


def test_glasses_align_to_one_tamil_word():
    got = parse("நீங்கள் எங்கே என் மூக்குக்கண்ணாடியை வைத்தீர்கள் ?")
    tgt, align = got.pair.tgt, got.pair.align
    assert align[tgt.index("glasses")] == [3] and align[tgt.index("put")] == [4] and align[tgt.index("where")] == [1]
    assert parse("அவன் ஒரு கண்ணாடியை வாங்கினான் .").pair.tgt[3] == "mirror"       # கண்ணாடி alone stays a mirror


@pytest.mark.parametrize(("english", "why"), [
    ("i put the book .", "the grammar writes 'kept'"),
    ("where did you keep my book ?", "the grammar writes 'put'"),
    ("i lost a glasses .", "'glasses' is plural in English"),
    ("i lost two glasses .", "'glasses' is plural in English"),
    ("i lost this glasses .", "write 'these glasses'"),
])
def test_english_put_and_glasses_not_in_the_language(english, why):
    with pytest.raises(NotInLanguage, match=why):
        parse_english(english)


def test_put_and_glasses_are_generated_and_read_back(sample, sample_wide):
    pairs = [p for _, p in sample + sample_wide]
    put = [p for p in pairs if {"put", "putting"} & set(p.tgt)]
    glasses = [p for p in pairs if "glasses" in p.tgt]
    assert put and glasses
    for pair in put[:5] + glasses[:5]:
        assert parse_english(" ".join(pair.tgt)).pair.tgt == pair.tgt
        assert not {"a", "this"} & set(pair.tgt[pair.tgt.index("glasses") - 1:pair.tgt.index("glasses")]) \
            if "glasses" in pair.tgt else True


# ---- e059: for whom (-க்காக), man, bare plural objects ---------------------------------------------------------------

FOR_WHOM = [
    ("அந்த மனிதன் தன் மனைவிக்காகப் பூக்கள் வாங்கினான் .", "the man bought flowers for his wife .",
     [[0, 1, "det"], [3, 2, "obj"], [4, 6, "case"], [5, 6, "poss"], [6, 2, "obl"], [1, 2, "nsubj"], [5, 1, "coref"],
      [7, 2, "punct"]]),                                                                  # his → man (v8d)
    ("அவள் தன் மகனுக்காக ஒரு புத்தகத்தை வாங்கினாள் .", "she bought a book for her son .", None),
    ("அந்த மனிதன் ரவிக்காகப் பூக்கள் வாங்கினான் .", "the man bought flowers for ravi .", None),
    ("அவன் தன் மனைவிக்காகப் பூக்கள் வாங்கினானா ?", "did he buy flowers for his wife ?", None),
    ("அவர்கள் தங்கள் அப்பாவுக்காக ஒரு கேக்கைச் செய்வார்கள் .", "they will make a cake for their father .", None),
    ("அந்தப் பெண் பூக்கள் வாங்கினாள் .", "the woman bought flowers .", None),
    ("அந்த மனிதர்கள் இரண்டு புத்தகங்களை வாங்கினார்கள் .", "the men bought two books .", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), FOR_WHOM)
def test_for_whom_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    assert not got.odd and not tokenize_english(english).unknown


def test_his_wife_is_his_own_and_aligned():
    got = parse("அந்த மனிதன் தன் மனைவிக்காகப் பூக்கள் வாங்கினான் .")
    tgt, align = got.pair.tgt, got.pair.align
    assert align[tgt.index("for")] == align[tgt.index("wife")] == [3]      # for ← the -க்காக of மனைவிக்காக
    assert align[tgt.index("his")] == [2] and align[tgt.index("flowers")] == [4]
    assert got.sentence.clauses[0].ben.det == "his"                           # தன்: the man's own
    assert parse("அந்த மனிதன் தன் மனைவிக்காக பூக்கள் வாங்கினான் .").pair.src == got.pair.src   # spelling restored


@pytest.mark.parametrize(("tamil", "why"), [
    ("அவன் தன் மனைவிக்காகப் பாடினான் .", "a deed done for them"),
    ("பூக்கள் விழுந்தன .", "a bare plural thing is an object"),
    ("பேருந்துகள் வந்தன .", "needs a determiner"),
])
def test_tamil_for_whom_not_in_the_language(tamil, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(tamil)


@pytest.mark.parametrize(("english", "why"), [
    ("the man bought flowers for him .", "a person named by a noun"),
    ("he sang for his wife .", "a deed done for them"),
    ("the man bought flowers for the office .", "is a place"),
])
def test_english_for_whom_not_in_the_language(english, why):
    with pytest.raises(NotInLanguage, match=why):
        parse_english(english)


def test_for_whom_and_bare_plurals_are_generated_and_read_back(sample, sample_wide):
    pairs = [(t, p) for t, p in sample + sample_wide]
    ben = [p for t, p in pairs if any(c.ben is not None for c in t.clauses)]
    bare = [p for t, p in pairs if any(c.obj is not None and c.obj.kind == "noun" and c.obj.det is None
                                       and c.obj.number == "pl" for c in t.clauses)]
    assert len(ben) >= 10 and bare
    for pair in ben[:10] + bare[:3]:
        assert parse_english(" ".join(pair.tgt)).pair.tgt == pair.tgt
    for pair in ben[:10]:
        f = pair.tgt.index("for")
        assert [d for d, h, label in pair.relations if label == "case" and h > f][:1] == [f]


# ---- e031: with what (-ஆல்): the telescope is what I saw him with -------------------------------------------------

WITH_WHAT = [
    ("நான் தொலைநோக்கியால் ஒரு மனிதனைப் பார்த்தேன் .", "i saw a man with a telescope .",
     [[2, 3, "det"], [3, 1, "obj"], [4, 6, "case"], [5, 6, "det"], [6, 1, "obl"], [0, 1, "nsubj"], [7, 1, "punct"]]),
    ("அவள் சாவியால் அந்தக் கதவைத் திறந்தாள் .", "she opened the door with a key .", None),
    ("அவன் பேனாவால் ஒரு கடிதத்தை எழுதினான் .", "he wrote a letter with a pen .", None),
    ("அவன் கரண்டியால் சாதம் சாப்பிட்டான் .", "he ate rice with a spoon .", None),
    ("நான் என் தொலைநோக்கியால் ஒரு மனிதனைப் பார்த்தேன் .", "i saw a man with my telescope .", None),
    ("நீங்கள் தொலைநோக்கியால் அந்த மனிதனைப் பார்த்தீர்களா ?", "did you see the man with a telescope ?", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), WITH_WHAT)
def test_with_what_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    assert not got.odd and not tokenize_english(english).unknown


def test_the_telescope_is_the_instrument_of_saw():
    """One reading: the with-phrase hangs on 'saw' (obl), and every word of it aligns to தொலைநோக்கியால்."""
    got = parse_english("i saw a man with a telescope .")
    tgt, rels = got.pair.tgt, got.pair.relations
    assert [h for d, h, _ in rels if d == tgt.index("telescope")] == [tgt.index("saw")]
    assert got.sentence.clauses[0].inst.head == "telescope" and got.sentence.clauses[0].comit is None
    assert [got.pair.align[i] for i in range(4, 7)] == [[1], [1], [1]]
    assert got.pair.src == ["நான்", "தொலைநோக்கியால்", "ஒரு", "மனிதனைப்", "பார்த்தேன்", "."]


@pytest.mark.parametrize(("tamil", "why"), [
    ("நான் ஒரு தொலைநோக்கியால் ஒரு மனிதனைப் பார்த்தேன் .", "said bare in Tamil"),
    ("நான் சாவியால் ஒரு மனிதனைப் பார்த்தேன் .", "the instrument of a verb"),
])
def test_tamil_with_what_not_in_the_language(tamil, why):
    with pytest.raises(NotInLanguage, match=why):
        parse(tamil)


@pytest.mark.parametrize(("english", "why"), [
    ("i saw a man with a pen .", "the instrument of a verb"),
    ("i saw a man with two telescopes .", "one thing"),
    ("the shop opened with a key .", "a person does a thing"),
    ("i saw a man with my friend .", "doing something together"),
])
def test_english_with_what_not_in_the_language(english, why):
    with pytest.raises(NotInLanguage, match=why):
        parse_english(english)


def test_with_what_is_generated_and_read_back(sample, sample_wide):
    used = [p for t, p in sample + sample_wide if any(c.inst is not None for c in t.clauses)]
    assert len(used) >= 10
    for pair in used[:10]:
        assert parse_english(" ".join(pair.tgt)).pair.tgt == pair.tgt
        w = pair.tgt.index("with")
        assert [label for d, h, label in pair.relations if d == w] == ["case"]
