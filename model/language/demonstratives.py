"""A thing pointed at (language v7g): அதை, *that*, an object standing alone.

அதைத் தொடாதீர்கள் . → *please do not touch that .*

Tamil அது is both *it* and *that*. As a subject the language reads it as *it*, a pronoun that goes back to the
previous clause (அது அளவுக்கு அதிகமாக அகலமாக இருந்தது, *it was too wide*). As an object (அதை) the language has no *it*:
an object அதை with nothing before it to go back to points at a thing the speaker shows, which English says with
the demonstrative *that*. So the gold picks *that* for அதை, always; the pronoun is an object only (lexicon
``object_only``: no nominative, and the generator never draws it as a person). Its noun is a plain thing (class
``object``), so it fills what a verb's object frame allows a thing (touch, take: ``rules`` object-fits). English
reads *that* (the word of relative clauses, category REL) as a noun phrase of its own; it carries no relative
clause and stands only as an object. The generator says *that* for a plain thing seen or touched (the object of a
one-clause sentence) now and then, from a hash of the tree.
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw
from model.language.grammar import NP

THAT = "that_pron"
THAT_RATE = 0.5               # of the one-clause sentences whose object is a plain thing with அந்த or இந்த (see, touch)


def is_demonstrative(lex, np: NP | None) -> bool:
    return np is not None and np.kind == "pron" and bool(lex.pronouns[np.head].get("object_only"))


def demonstrative_phrase(reader, head, text: str, rc):
    """The English parser: *that* standing as a noun phrase (never *who*, never with a relative clause)."""
    from model.language.english_phrases import Phrase

    if head.value != "that":
        reader.fail(f"'{head.value}' asks who, or opens a relative clause after a person (the boy who …)", head)
    if rc is not None:
        reader.fail("'that' stands alone as an object here (please do not touch that)", head)
    if THAT not in reader.lex.pronouns:
        reader.fail("'that' opens a relative clause after a thing (the book that …)", head)
    return Phrase(NP(head=THAT, kind="pron"), reader.lex.pronoun_things[THAT], head, text, None, (THAT,))


def subject_problem(lex, np: NP | None) -> str | None:
    """*that* as a subject is not in the language (அது as a subject is *it*)."""
    if is_demonstrative(lex, np):
        return "'that' stands here as an object only (please do not touch that); a subject அது is 'it'"
    return None


def maybe_that(lex, tree):
    """Now and then a one-clause sentence's object, a plain thing (அந்தக் கைப்பேசியை, the phone), is pointed at instead
    (அதை, that); drawn from a hash of the tree, so the generator's random stream is unchanged."""
    if THAT not in lex.pronouns or len(tree.clauses) != 1:
        return tree
    cl = tree.clauses[0]
    obj = cl.obj
    if cl.verb not in lex.verbs or cl.exp or cl.vless or cl.purpose is not None or cl.owned is not None:
        return tree
    if obj is None or obj.kind != "noun" or obj.det not in ("the", "this") or obj.adjs or obj.rc is not None \
            or obj.number != "sg" or cl.iobj is not None or lex.nouns[obj.head].cls != "object":
        return tree
    if not lex.pronoun_things[THAT].fills(lex.verb(cl.verb).obj) or hash_draw("that" + repr(tree)) >= THAT_RATE:
        return tree
    return replace(tree, clauses=(replace(cl, obj=NP(head=THAT, kind="pron")),))


def _clauses(cl):
    yield cl
    for role in ("subj", "obj", "iobj", "loc", "comit", "source", "goal"):
        np = getattr(cl, role, None)
        if np is not None and np.rc is not None:
            yield from _clauses(np.rc)


def case_problem(lex, sentence) -> str | None:
    """அதை is the accusative: a verb whose object is in the dative (help: அவனுக்கு உதவினான்) does not take *that*."""
    for top in sentence.clauses:
        for cl in _clauses(top):
            if is_demonstrative(lex, cl.obj) and cl.verb in lex.verbs and lex.verb(cl.verb).obj_case != "acc":
                return f"'{lex.verb(cl.verb).en[0]}' takes a person in the dative, not 'that' (அதை)"
    return None
