"""Language v8a: playing an instrument (model.language.music: கிட்டார் வாசிக்கிறான் → *plays the guitar*) and the place
next door (model.language.next_door: பக்கத்து வீட்டில் → *next door*), in both directions and drawn by the generator."""

import pytest

from model.errors import InputError
from model.language.english_parser import parse_english
from model.language.parser import parse
from tests.language_pairs import both_ways

E008 = ("பக்கத்து வீட்டில் வசிக்கிற அந்தப் பையன் கிட்டார் வாசிக்கிறான் .",
        "the boy who lives next door plays the guitar .",
        [[0, 1, "det"], [4, 5, "amod"], [5, 3, "obl"], [2, 3, "nsubj"], [3, 1, "agr"], [3, 1, "relcl"],
         [7, 8, "det"], [8, 6, "obj"], [1, 6, "nsubj"], [6, 1, "agr"], [9, 6, "punct"]])


def test_the_boy_who_lives_next_door_plays_the_guitar():
    got = both_ways(*E008)
    assert not got.odd and not parse_english(E008[1]).odd
    src, tgt, align = got.pair.src, got.pair.tgt, got.pair.align
    said = {w: [src[j] for j in align[i]] for i, w in enumerate(tgt) if w not in ("the",)}
    assert said["next"] == ["பக்கத்து"] and said["door"] == ["வீட்டில்"]          # next door ← பக்கத்து வீட்டில்
    assert said["lives"] == ["வசிக்கிற"] and said["who"] == ["வசிக்கிற"]
    assert said["plays"] == ["வாசிக்கிறான்"] and said["guitar"] == ["கிட்டார்"]
    assert [src[j] for j in align[7]] == ["கிட்டார்"]                             # the guitar: no அந்த, the ← the noun
    assert "கிட்டாரை" not in src                                                  # the instrument one plays: unmarked


PAIRS = [
    ("என் நண்பன் பக்கத்து வீட்டில் வசிக்கிறான் .", "my friend lives next door .",
     [[0, 1, "poss"], [3, 4, "amod"], [4, 2, "obl"], [1, 2, "nsubj"], [2, 1, "agr"], [5, 2, "punct"]]),
    ("அவள் பக்கத்து வீட்டில் வசிக்கிறாளா ?", "does she live next door ?", None),
    ("அவர்கள் பக்கத்து வீட்டில் வசித்தார்கள் .", "they lived next door .", None),
    ("யார் பக்கத்து வீட்டில் வசிக்கிறார் ?", "who lives next door ?", None),
    ("அந்தக் குழந்தைகள் பக்கத்து வீட்டில் விளையாடுகின்றன .", "the children are playing next door .", None),
    ("அந்தப் பையன் கிட்டார் வாசிக்கிறான் .", "the boy plays the guitar .",
     [[0, 1, "det"], [3, 4, "det"], [4, 2, "obj"], [1, 2, "nsubj"], [2, 1, "agr"], [5, 2, "punct"]]),
    ("என் அக்கா கிட்டார் வாசித்தார் .", "my elder sister played the guitar .", None),
    ("அந்தப் பையன் கிட்டார் வாசிக்கிறானா ?", "does the boy play the guitar ?", None),
    ("அவள் நாளை கிட்டார் வாசிப்பாள் .", "she will play the guitar tomorrow .", None),
    ("அந்தப் பையன் கிட்டார் வாசிப்பதில்லை .", "the boy does not play the guitar .", None),
    ("கிட்டார் வாசிக்கிற அந்தப் பெண் மகிழ்ச்சியாக இருக்கிறாள் .", "the woman who plays the guitar is happy .", None),
    ("பக்கத்து வீட்டில் வசிக்கிற அந்தப் பெண் கிட்டார் வாசிக்கிறாள் .",
     "the woman who lives next door plays the guitar .", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), PAIRS)
def test_variants_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    assert not got.odd


def test_play_is_still_a_game_with_a_game():
    """English *play* is விளையாடு with a game (or nothing) and வாசி with an instrument; the present of a game is
    happening now, the present of an instrument a skill."""
    assert parse_english("he is playing cricket .").pair.src == ["அவன்", "கிரிக்கெட்", "விளையாடுகிறான்", "."]
    assert parse_english("he plays the guitar .").pair.src == ["அவன்", "கிட்டார்", "வாசிக்கிறான்", "."]
    assert parse("அவன் கிட்டார் வாசிக்கிறான் .").sentence.clauses[0].verb == "play_music"
    assert parse("அவன் கிரிக்கெட் விளையாடுகிறான் .").sentence.clauses[0].verb == "play"


@pytest.mark.parametrize(("text", "why"), [
    ("the boy is playing the guitar .", "a habit is told with the simple present"),
    ("the boy plays guitar .", "takes 'the' here"),
    ("the boy plays a guitar .", "stands alone"),
    ("my friend lives next house .", "'next' is said in 'next door' only"),
    ("the next door is big .", "cannot continue at word 2"),
    ("the boy plays the guitar today .", "with no time phrase"),
])
def test_english_outside_says_why(text, why):
    with pytest.raises(InputError, match=why):
        parse_english(text)


@pytest.mark.parametrize(("text", "why"), [
    ("அவன் அந்தக் கிட்டாரை வாசித்தான் .", "stands alone for 'the guitar'"),
    ("அவன் ஒரு கிட்டாரை வாசித்தான் .", "the instrument one plays stands alone"),
    ("அவன் கிரிக்கெட் வாசித்தான் .", "plays an instrument"),
    ("பக்கத்து வீடு பெரியதாக இருக்கிறது .", "next door only as a place"),
    ("அவன் அந்தப் பக்கத்து வீட்டில் வசிக்கிறான் .", "next door only as a place"),
    ("அவன் பக்கத்துப் பள்ளியில் படிக்கிறான் .", "does not describe a place like 'school'"),
    ("அவன் கிட்டார் வாசித்துக்கொண்டிருக்கிறான் .", "unknown word"),
])
def test_tamil_outside_says_why(text, why):
    with pytest.raises(InputError, match=why):
        parse(text)


def _read_back(pairs):
    for _, p in pairs:
        got = parse(" ".join(p.src))
        assert got.pair.tgt == p.tgt and got.pair.relations == p.relations
        back = parse_english(" ".join(p.tgt))
        assert back.pair.tgt == p.tgt and back.pair.relations == p.relations


def test_the_generator_draws_the_guitar(monkeypatch):
    """Playing the guitar is rare in the merged generator's shared samples (a person's clause of playing, then a hash
    draw): with the rate raised, the generator's own step turns playing into playing the guitar, and both parsers
    read each one back."""
    import model.language.music as music
    from model.language.grammar import linearize
    from model.language.lexicon import load_lexicon

    monkeypatch.setattr(music, "MUSIC_RATE", 1.0)
    lex = load_lexicon()
    seeds = ["அந்தப் பையன் விளையாடுகிறான் .", "ரவி நேற்று விளையாடினான் .", "என் தங்கை கிரிக்கெட் விளையாடுவாள் ."]
    drawn = [music.maybe_music(lex, parse(s).sentence) for s in seeds]
    pairs = [(t, linearize(t)) for t in drawn]
    assert all(any(c.verb == "play_music" for c in t.clauses) for t, _ in pairs)
    assert all("guitar" in p.tgt and "கிட்டார்" in p.src for _, p in pairs)
    _read_back(pairs)


def test_the_generator_draws_next_door_in_a_relative_clause(monkeypatch):
    """Next door is rare in the shared samples (a clause of living, then a hash draw): with the rate raised, the
    generator's own step puts it in a relative clause of living on a subject, and both parsers read it back."""
    import model.language.next_door as next_door
    from model.language.grammar import linearize
    from model.language.lexicon import load_lexicon

    monkeypatch.setattr(next_door, "NEXT_DOOR_RATE", 1.0)
    lex = load_lexicon()
    seeds = ["சென்னையில் வசிக்கிற அந்தப் பையன் கிட்டார் வாசிக்கிறான் .", "அவள் சென்னையில் வசிக்கிறாள் .",
             "என் நண்பன் அந்தக் கிராமத்தில் வசித்தான் ."]
    drawn = [next_door.maybe_next_door(lex, parse(s).sentence) for s in seeds]
    pairs = [(t, linearize(t)) for t in drawn]
    assert [" ".join(p.tgt) for _, p in pairs] == [
        "the boy who lives next door plays the guitar .", "she lives next door .", "my friend lived next door ."]
    _read_back(pairs)


def test_the_generator_draws_next_door(sample, sample_wide, sample_more):
    drawn = [(t, p) for t, p in sample + sample_wide + sample_more if "பக்கத்து" in p.src]
    assert drawn
    assert all(p.tgt[p.tgt.index("next") + 1] == "door" for _, p in drawn)
    _read_back(drawn)


E020 = ("நீங்கள் எத்தனை மொழிகள் பேசுவீர்கள் ?", "how many languages do you speak ?",
        [[0, 1, "advmod"], [1, 2, "amod"], [2, 5, "obj"], [3, 5, "aux"], [4, 5, "nsubj"], [3, 4, "agr"],
         [6, 5, "punct"]])


def test_how_many_languages_do_you_speak():
    got = both_ways(*E020)
    assert not got.odd and got.sentence.clauses[0].how_many
    src, align = got.pair.src, got.pair.align
    assert [src[j] for j in align[0]] == [src[j] for j in align[1]] == ["எத்தனை"]     # how many ← எத்தனை
    assert [src[j] for j in align[2]] == ["மொழிகள்"]                                # bare, unmarked
    assert [src[j] for j in align[3]] == [src[j] for j in align[5]] == ["பேசுவீர்கள்"]   # do, speak ← the -உம் form


HOW_MANY = [
    ("நீ எத்தனை புத்தகங்கள் வாங்கினாய் ?", "how many books did you buy ?",
     [[0, 1, "advmod"], [1, 2, "amod"], [2, 5, "obj"], [3, 5, "aux"], [4, 5, "nsubj"], [6, 5, "punct"]]),
    ("அவள் எத்தனை மொழிகள் பேசுவாள் ?", "how many languages does she speak ?", None),
    ("நான் எத்தனை மொழிகள் பேசுவேன் ?", "how many languages do i speak ?", None),
    ("அவள் எத்தனை கடிதங்கள் எழுதுவாள் ?", "how many letters will she write ?", None),
    ("அவன் எத்தனை பேனாக்கள் விற்பான் ?", "how many pens will he sell ?", None),
    ("என் அம்மா எத்தனை புத்தகங்கள் படித்தார் ?", "how many books did my mother read ?", None),
]


@pytest.mark.parametrize(("tamil", "english", "relations"), HOW_MANY)
def test_how_many_variants_both_directions(tamil, english, relations):
    got = both_ways(tamil, english, relations)
    assert not got.odd


def test_how_many_children_still_asks_whom_one_has():
    assert parse_english("how many children do you have ?").pair.src == ["உங்களுக்கு", "எத்தனை", "குழந்தைகள்", "?"]


@pytest.mark.parametrize(("text", "why"), [
    ("how many languages will you speak ?", "what one can speak is asked in the present"),
    ("how many books do you buy ?", "what one did or will do"),
    ("how many books did you buy yesterday ?", "subject, what is counted and the verb only"),
    ("how many languages does you speak ?", "write 'do'"),
    ("how many tamil do you speak ?", "plain plural noun"),
    ("how many doors did you buy ?", "one does not buy doors"),
])
def test_how_many_english_outside_says_why(text, why):
    with pytest.raises(InputError, match=why):
        parse_english(text)


@pytest.mark.parametrize(("text", "why"), [
    ("நீங்கள் எத்தனை மொழிகள் பேசுகிறீர்கள் ?", "the -உம் form"),
    ("நீங்கள் எத்தனை மொழிகளைப் பேசுவீர்கள் ?", "has no case suffix"),
    ("நீங்கள் எத்தனை மொழிகள் பேசுவீர்களா ?", "the verb takes no -ஆ"),
    ("நீங்கள் நேற்று எத்தனை புத்தகங்கள் வாங்கினீர்கள் ?", "subject, what is counted and the verb only"),
    ("நீங்கள் எத்தனை தமிழ் பேசுவீர்கள் ?", "plain plural noun"),
])
def test_how_many_tamil_outside_says_why(text, why):
    with pytest.raises(InputError, match=why):
        parse(text)


def test_the_generator_asks_how_many(monkeypatch):
    """How-many questions are rare in the shared samples (a one-clause yes/no question of a counting verb, then a hash
    draw): with the rate raised, the generator's own step turns such questions into how-many questions, which both
    parsers read back the same."""
    import model.language.how_many as how_many
    from model.language.grammar import linearize
    from model.language.lexicon import load_lexicon

    monkeypatch.setattr(how_many, "HOW_MANY_RATE", 1.0)
    lex = load_lexicon()
    seeds = ["நீங்கள் ஒரு புத்தகத்தை வாங்கினீர்களா ?", "அவள் பேசினாளா ?", "ரவி ஒரு கடிதத்தை எழுதுவானா ?"]
    drawn = [how_many.maybe_how_many(lex, parse(s).sentence) for s in seeds]
    pairs = [(t, linearize(t)) for t in drawn]
    assert [" ".join(p.tgt) for _, p in pairs][:2] == ["how many books did you buy ?",
                                                       "how many languages does she speak ?"]
    assert " ".join(pairs[2][1].tgt).startswith("how many ") and pairs[2][1].tgt[-4:] == ["will", "ravi", "write", "?"]
    _read_back(pairs)


def test_the_generator_draws_how_many(sample, sample_wide):
    drawn = [(t, p) for t, p in sample + sample_wide if t.clauses[0].how_many]
    assert drawn
    assert all(p.tgt[p.tgt.index("how") + 1] == "many" and "எத்தனை" in p.src for _, p in drawn)
    _read_back(drawn)
