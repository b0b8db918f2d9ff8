"""Next door (language v8a): பக்கத்து வீட்டில், the place of someone who lives or does something in the house beside.

பக்கத்து வீட்டில் வசிக்கும் அந்தப் பையன் … → *the boy who lives next door …*; என் நண்பன் பக்கத்து வீட்டில்
வசிக்கிறான் . → *my friend lives next door .*

Tamil says the place as it is: பக்கத்து (*beside*, the adjective of பக்கம் side) before வீடு in the locative, *in the
house beside*. English says it with the adverb *next door*, no preposition. The tree keeps the Tamil: the clause's
place (``loc``) is வீடு with the adjective ``next_door``; only the English linearization says *next door*
(``en_next_door``): *next* ← பக்கத்து, its ``amod``, and *door* ← வீட்டில், the ``obl`` of the verb (the noun of the
place phrase, as *home* is in *lives at home*). The adjective stands only there: bare, alone, on வீடு in the locative
(``next_door_problem``), so பக்கத்து வீடு as a subject or an object (the house next door) is not in the language yet.
The English reader reads *next door* after a verb as that place (``next_door_phrase``). Which verbs happen there is
the rule book's place-fits (வீடு is in the places of living, playing, sleeping …). The generator gives some clauses
of living a place next door, from a hash of the tree.
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw

NEXT_DOOR_RATE = 0.3          # of the clauses of living (main, or relative on a subject)


def _entry(lex) -> dict:
    return lex.data["next_door"]


def is_next_door(lex, np) -> bool:
    """Whether ``np`` is the place next door (பக்கத்து வீட்டில்)."""
    return np is not None and bool(np.adjs) and "next_door" in lex.data and np.adjs[0] == _entry(lex)["adjective"]


def next_door_np(lex):
    from model.language.grammar import NP

    entry = _entry(lex)
    return NP(entry["noun"], adjs=(entry["adjective"],))


def next_door_problem(lex, adj_key: str, noun, case: str, has_det: bool, number: str, n_adjs: int) -> str | None:
    """Why the adjective ``adj_key`` cannot stand on this noun (None when it can, or when it is another adjective):
    பக்கத்து stands alone on a bare வீடு in the locative (பக்கத்து வீட்டில், next door)."""
    if "next_door" not in lex.data or adj_key != _entry(lex)["adjective"]:
        return None
    if noun.key != _entry(lex)["noun"] or case != "loc" or has_det or number != "sg" or n_adjs != 1:
        return "பக்கத்து says next door only as a place, பக்கத்து வீட்டில் (lives next door)"
    return None


def en_next_door(lin, np, path: tuple) -> int:
    """*next door*: *next* ← பக்கத்து (``amod``), *door* ← வீட்டில் (returned: the verb's ``obl``), no preposition."""
    next_word, door_word = _entry(lin.lex)["en"]
    nxt = lin.en(next_word, path + ("adj", 0))
    door = lin.en(door_word, path + ("head",))
    lin.rel(nxt, door, "amod")
    return door


def next_door_phrase(reader, toks: list, text: str, rc):
    """The English reader: *next door* (no determiner, nothing else) is the place பக்கத்து வீட்டில்; None for a phrase
    without *next* (the backbone's category ``NEXT``, which stands only before a noun)."""
    if "next_door" not in reader.lex.data or all(t.type != "NEXT" for t in toks):
        return None
    if [t.value for t in toks] != _entry(reader.lex)["en"] or rc is not None:
        reader.fail(f"'{text}': 'next' is said in 'next door' only, the place (lives next door)", toks[0])
    from model.language.english_phrases import Phrase

    np = next_door_np(reader.lex)
    return Phrase(np, reader.lex.nouns[np.head], toks[-1], text, None)


def maybe_next_door(lex, tree):
    """Now and then someone who lives somewhere lives next door (a main clause, or a relative clause on a subject);
    drawn from hashes of the tree, so the generator's random stream, and with it every other sentence, is
    unchanged."""
    if "next_door" not in lex.data or tree.mood not in ("decl", "question") or not tree.clauses:
        return tree
    clauses = list(tree.clauses)
    for i, cl in enumerate(clauses):
        main = _lives(lex, cl)
        rel = not main and cl.subj is not None and cl.subj.rc is not None and cl.subj.rc.gap == "subj" and \
            _lives(lex, cl.subj.rc)
        if not (main or rel) or hash_draw(f"next_door{i}" + repr(tree)) >= NEXT_DOOR_RATE:
            continue                            # the tree's repr is taken only where it may draw
        if main:
            clauses[i] = replace(cl, loc=next_door_np(lex))
        else:
            clauses[i] = replace(cl, subj=replace(cl.subj, rc=replace(cl.subj.rc, loc=next_door_np(lex))))
    return replace(tree, clauses=tuple(clauses))


def _lives(lex, cl) -> bool:
    """A clause of living somewhere (or nowhere said) that may live next door instead: not a question word's, and
    with no time phrase (the generator ties living to a day, which reads oddly of a home: lived next door yesterday)."""
    return cl.verb == "live" and not cl.wh and cl.comit is None and cl.time is None and \
        (cl.loc is None or cl.loc.rc is None) and not (cl.perfect or cl.never or cl.habit or cl.prog or cl.modal)
