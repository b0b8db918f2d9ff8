"""Playing an instrument (language v8a): வாசி with the instrument bare, English *play the …*.

அந்தப் பையன் கிட்டார் வாசிக்கிறான் . → *the boy plays the guitar .*

Tamil plays an instrument with வாசி and a game with விளையாடு; English says *play* for both, so the lexicon has
two verbs (``play_music`` வாசி, ``play`` விளையாடு) with the same English words. The English reader takes *play* as
விளையாடு (the first reading) and turns it into வாசி when its object is an instrument (``read_english_music``), as
*take* with a vehicle is going in it (model.language.rides).

The instrument is written the way Tamil writes it when one says someone plays: bare and unmarked (கிட்டார்
வாசிக்கிறான், not கிட்டாரை), and English names it with *the* (*plays the guitar*): the noun carries the tag
``the_bare`` (no அந்த in Tamil; *the* aligned to the noun). கிட்டார் is the spelling Tamil newspapers and film
titles write for guitar (கிடார், கித்தார் occur too; கிட்டார் is the most common).

The gold's one reading: கிட்டார் வாசிக்கிறான் could be *is playing the guitar* or *plays the guitar*; playing an
instrument is a skill one has, so the Tamil present is the English simple present, as the present of a state is
(grammar.english_aspect compares the verb with ``Lexicon.music_verb``, so a common sentence's path does not enter
this file), and the progressive form வாசித்துக்கொண்டிருக்கிறான் is not read as it (model.language.progressive leaves
this verb out). The past and the future stay as they are (*played*, *will play*); a skill has no time, so the present
takes no time phrase. The generator turns some clauses of playing a game into playing the guitar, from a hash of the
tree.
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw

MUSIC_RATE = 0.3              # of the main clauses of playing (விளையாடு) by a person


def _entry(lex) -> dict:
    return lex.data["music"]


def is_music_verb(lex, key: str) -> bool:
    """Whether verb ``key`` is playing an instrument (வாசி)."""
    return key == lex.music_verb


def music_object_problem(lex, verb_key: str, np) -> str | None:
    """Why ``np`` cannot be what வாசி plays (None when it can): an instrument, bare (கிட்டார் வாசிக்கிறான், plays the
    guitar); with ஒரு, a number or a possessive it would be one instrument among others, which the language leaves
    out."""
    if not is_music_verb(lex, verb_key):
        return None
    if np.kind != "noun" or lex.nouns[np.head].cls != _entry(lex)["class"]:
        return "வாசி plays an instrument (கிட்டார் வாசிக்கிறான், plays the guitar)"
    if np.det is not None:
        return "the instrument one plays stands alone (கிட்டார் வாசிக்கிறான், plays the guitar)"
    return None


def read_english_music(lex, verb_key: str, roles: dict) -> str:
    """The English reader: *play* with an instrument as its object is வாசி; returns the verb key."""
    if "music" not in lex.data:
        return verb_key
    entry, obj = _entry(lex), roles.get("obj")
    if verb_key != entry["game_verb"] or obj is None or obj.noun is None or obj.noun.cls != entry["class"]:
        return verb_key
    return lex.music_verb


def maybe_music(lex, tree):
    """Now and then a person who plays (a game or nothing) plays the guitar instead; drawn from hashes of the tree,
    so the generator's random stream, and with it every other sentence, is unchanged."""
    if "music" not in lex.data or tree.mood not in ("decl", "question") or not tree.clauses:
        return tree
    entry = _entry(lex)
    instruments = sorted(n.key for n in lex.nouns.values() if n.cls == entry["class"])
    clauses = list(tree.clauses)
    for i, cl in enumerate(clauses):
        if cl.verb != entry["game_verb"] or cl.wh or cl.advs or cl.perfect or cl.never or cl.habit or cl.prog or cl.modal \
                or cl.purpose is not None or cl.subj is None or not _person(lex, cl.subj) or \
                cl.obj is not None and cl.obj.rc is not None or cl.tense == "pres" and cl.time is not None:
            continue
        # (cl.advs: ஏற்கெனவே, already, goes with a done action, not with a skill)
        draw = hash_draw(f"music{i}" + repr(tree))
        if draw < MUSIC_RATE and instruments:
            from model.language.grammar import NP

            thing = instruments[int(draw / MUSIC_RATE * len(instruments))]
            clauses[i] = replace(cl, verb=lex.music_verb, obj=NP(thing), comit=None)
    return replace(tree, clauses=tuple(clauses))


def _person(lex, np) -> bool:
    from model.language.grammar import refers_to_person

    return refers_to_person(lex, np)
