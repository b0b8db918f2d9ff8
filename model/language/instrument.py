"""With what (language v7e), shared by both parsers and the generator: *i saw a man with a telescope*.

English *with* a thing one uses is the Tamil instrumental -ஆல் (தொலைநோக்கி → தொலைநோக்கியால்), said bare, before
the object: நான் தொலைநோக்கியால் ஒரு மனிதனைப் பார்த்தேன் . ↔ *i saw a man with a telescope .* English says the
bare instrument with *a* (a telescope ← தொலைநோக்கியால்); with *the*, *this* or a possessive Tamil says அந்த, இந்த,
என் … (அந்தச் சாவியால் திறந்தான், opened it with the key).

**The telescope's two readings.** *i saw a man with a telescope* is the classic attachment ambiguity: the telescope
is what I saw him with (the phrase belongs to *saw*) or what the man had (it belongs to *a man*). The gold takes
the first, the instrument: it is the reading English readers take first, and it is the one Tamil says with -ஆல்
(the other would be a different sentence, தொலைநோக்கி வைத்திருந்த ஒரு மனிதனைப் பார்த்தேன், a man who had a
telescope). The English parser attaches a *with*-phrase to the verb, never to a noun, so the sentence has exactly
one parse, with *telescope* an ``obl`` of *saw* and *with* its ``case``.

Which verb takes which instrument is the lexicon's ``instrument`` table (seeing with a telescope, writing with a
pen, opening with a key, eating with a spoon …); a with-phrase of anything else stays company (with ravi) and is
refused for a thing, as before. A clause has one with-phrase: an instrument or company, not both.
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw
from model.language.grammar import NP, Clause
from model.language.lexicon import Lexicon

INST_RATE = 0.2                     # of the one-clause sentences whose verb takes an instrument


def instruments(lex: Lexicon) -> dict[str, list[str]]:
    """verb key → the noun keys it is done with."""
    return lex.data.get("instrument", {})


def is_instrument(lex: Lexicon, verb: str, noun_key: str | None) -> bool:
    return noun_key in instruments(lex).get(verb, ())


def inst_problem(lex: Lexicon, cl: Clause) -> str | None:
    """Why this clause cannot say what it is done with (None when it can)."""
    if cl.inst is None:
        return None
    if cl.inst.kind != "noun" or not is_instrument(lex, cl.verb, cl.inst.head):
        said = "; ".join(f"{lex.verb(v).en[0]} with a {', '.join(lex.nouns[n].en for n in ns)}"
                         for v, ns in list(instruments(lex).items())[:3])
        return f"'with' a thing is the instrument of a verb that is done with it ({said} …)"
    if cl.inst.det == "a" or cl.inst.det in lex.numbers or cl.inst.number != "sg":
        return "the instrument is one thing, said bare in Tamil (தொலைநோக்கியால் பார்த்தேன், saw with a telescope)"
    if cl.comit is not None:
        return "a clause has one with-phrase: the instrument or the company"
    subj = cl.subj
    who = None if subj is None else lex.pronoun_nouns.get(subj.head) if subj.kind == "pron" else \
        lex.nominal(subj.kind, subj.head)
    if subj is not None and (who is None or who.cls != "person"):
        return "a person does a thing with an instrument (the shop does not open with a key)"
    return None


def maybe_instrument(lex: Lexicon, tree):
    """Now and then a one-clause sentence whose verb takes an instrument says it (தொலைநோக்கியால் பார்த்தேன்); drawn
    from a hash of the tree, so the generator's random stream is unchanged."""
    if len(tree.clauses) != 1 or tree.intj is not None:
        return tree
    cl = tree.clauses[0]
    tools = instruments(lex).get(cl.verb)
    if not tools or cl.inst is not None or cl.comit is not None or cl.wh is not None or cl.gap is not None:
        return tree
    draw = hash_draw("inst" + repr(tree))
    if draw >= INST_RATE:
        return tree
    used = {np.head for np in (cl.subj, cl.obj, cl.loc, cl.iobj) if np is not None}
    fits = [n for n in tools if n not in used]
    if not fits:
        return tree
    pick = draw / INST_RATE
    det = None if pick < 0.6 else "the"
    out = replace(cl, inst=NP(fits[int(pick * len(fits)) % len(fits)], det=det))
    return replace(tree, clauses=(out,)) if inst_problem(lex, out) is None else tree


def check_inst(p, cl: Clause, tok) -> None:
    """Both parsers: fail with the reason when the clause's instrument is not in the language."""
    problem = inst_problem(p.lex, cl)
    if problem:
        p.fail(problem, tok)


def english_instrument(lex: Lexicon, np: NP) -> NP:
    """The English parser's instrument: *a telescope* is the bare Tamil தொலைநோக்கியால்."""
    return replace(np, det=None) if np.det == "a" else np
