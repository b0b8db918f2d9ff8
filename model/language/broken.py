"""Lending, and why (language v8d): *my friend lent me his bicycle because mine was broken .*, shared by both parsers
and the generator.

என் நண்பன் தன் மிதிவண்டியை எனக்கு இரவல் கொடுத்தான் , ஏனென்றால் என்னுடையது உடைந்திருந்தது .

* *lend* is இரவல் கொடு (இரவல், a loan, with the forms of கொடு, give): Tamil has no one word for it, so the lexicon's
  verb ``lend`` is a light-only verb (model.language.light_verbs); *lent* aligns to இரவல் and to கொடுத்தான்.
* *me his bicycle*: the recipient first, the Tamil thing first (model.language.recipients, v7e). *his* after *my
  friend* with no other man in the sentence is the friend's own, so Tamil says the reflexive தன் (model.language.
  reflexive), not அவனுடைய, which a Tamil reader takes for some other man's.
* *because* is ஏனென்றால் after a comma, the reason second, as in every because-clause of the language (ravi did not
  come , because he was busy); English has no comma there.
* *broken* is a state, the predicate உடைந்து with இரு, as v7g's *closed* is மூடி with இரு (lexicon predicate
  ``broken``, of a fragile or fixable thing: the cup was broken, அந்தக் கோப்பை உடைந்திருந்தது), written as one
  word as Tamil prints it (model.language.joined: the -உ drops before இரு).
* *mine* as a subject is என்னுடையது (v6c's predicate *mine*, model.language.mine): the recipient's own thing of the
  kind just lent. The tree's subject is that thing with the owner's possessive, said as the pronoun (``NP.mine``):
  *mine* = *my bicycle*, so *was* agrees with the bicycle and the rules see a bicycle that is broken. Neither
  language names the thing again; both parsers take it from the previous clause's object.

*mine* gets no ``coref`` relation to *bicycle*: it is not the same bicycle (his is lent, mine is broken); English
takes only the sense of the noun from it (identity of sense, not of reference), which UD's coreference does not mark.
The gold says what the words are: *mine* is the nsubj of *broken*, *was* its cop.
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw
from model.language.grammar import NP, Clause
from model.language.lexicon import Lexicon
from model.language.mine import POSSESSIVE_OWNER, mine
from model.language.recipients import can_put_first

BROKEN = "broken"
LEND = "lend"
MINE_REASON_RATE = 0.5     # of one-clause past statements of lending a thing that can break (to me, if to another)
RECIPIENTS = ("i", "we", "we_incl", "you")    # whose *mine* cannot be taken for the lender's own (not his, hers)


def owner_det(owner: str) -> str:
    """The possessive determiner key of an owner pronoun key (i → my)."""
    return next(det for det, o in POSSESSIVE_OWNER.items() if o == owner)


def ta_mine_subject(lz, np: NP, path: tuple) -> None:
    """என்னுடையது: the owner's pronoun, standing for the thing."""
    lz.ta(mine(lz.lex)[POSSESSIVE_OWNER[np.det]]["ta"], path + ("head",))


def en_mine_subject(lz, np: NP, path: tuple) -> int:
    return lz.en(mine(lz.lex)[POSSESSIVE_OWNER[np.det]]["en"], path + ("head",))


def mine_reason_problem(lex: Lexicon, a: Clause, b: Clause) -> str | None:
    """Why ``b`` (… because mine was broken) cannot say why ``a`` happened (None when it can)."""
    if a.verb != LEND or a.neg or a.tense != "past" or a.obj is None or a.obj.kind != "noun" or a.iobj is None \
            or a.iobj.kind != "pron" or a.iobj.head not in RECIPIENTS:
        return "'mine … was broken' says why someone lent a thing: after 'my friend lent me his bicycle'"
    if b.subj.head != a.obj.head or b.verb != "be" or b.pred != BROKEN or b.neg or b.tense != "past":
        return f"after lending, 'because mine was broken' says that the recipient's own {lex.nouns[a.obj.head].en} " \
               "was broken"
    if POSSESSIVE_OWNER.get(b.subj.det) != a.iobj.head:
        return "'mine, ours, yours' is the recipient's own thing (lent me …, because mine …)"
    if b.subj.number != a.obj.number or b.subj.adjs or a.obj.number != "sg":
        return "'mine' stands for one thing of the kind lent"
    return None


def reason_subject(lex: Lexicon, prev: Clause | None, owner: str | None, word: str, fail) -> NP:
    """The thing *mine* stands for: the previous clause's object, the owner's (both parsers)."""
    if prev is None or prev.obj is None or prev.obj.kind != "noun" or owner not in POSSESSIVE_OWNER.values():
        fail(f"{word} (mine, yours …) as a subject stands for a thing the clause before named: "
             "'my friend lent me his bicycle because mine was broken'")
    return NP(prev.obj.head, number=prev.obj.number, det=owner_det(owner), mine=True)


def read_mine_clause(p, node, clauses: list, conj: str | None) -> Clause:
    """The Tamil parser: … , ஏனென்றால் என்னுடையது உடைந்திருந்தது (``mineclause``: POSSP pred vfin)."""
    from model.language.forest import first_word

    ptok, pred_tok, vtok = (first_word(c) for c in node.children)
    a = p.an(ptok, "POSSP")
    if a.feats[0] == "q":
        p.fail(f"{p.word(ptok)}: a question ends the sentence with -ஆ on its verb, not on என்னுடையது", ptok)
    v = p.an(vtok, "VFIN")
    if v.key != "be":
        p.fail(f"{p.word(vtok)}: after {p.word(ptok)} and {p.word(pred_tok)} comes இருந்தது (was)", vtok)
    subj = reason_subject(p.lex, clauses[-1] if clauses else None, a.key, p.word(ptok), lambda m: p.fail(m, ptok))
    cl = Clause("be", v.feats[0], subj=subj, pred=p.an(pred_tok, "PRED").key, neg="neg" in v.feats)
    problem = "it follows , ஏனென்றால் (because)" if conj != "because" else mine_reason_problem(p.lex, clauses[-1], cl)
    if problem:
        p.fail(f"{p.word(ptok)}: {problem}", ptok)
    return cl


def read_english_mine_subject(r, node):
    """The English parser: *mine* as a subject (``possnp``) after *because*, the previous clause's object."""
    from model.language.english_phrases import Phrase
    from model.language.mine import english_owner

    tok = node.children[0]
    prev_obj = getattr(r, "prev_obj", None)
    prev = Clause("lend", obj=prev_obj.np) if prev_obj is not None else None
    np = reason_subject(r.lex, prev, english_owner(r.lex, tok.value), f"'{tok.value}'", lambda m: r.fail(m, tok))
    return Phrase(np, r.lex.nouns[np.head], tok, tok.value)


def check_english_mine(r, clauses: list, conjs: list) -> None:
    """The English parser: a *mine* subject says why the clause before it lent a thing (else a clear refusal)."""
    for i, cl in enumerate(clauses):
        if i and cl.subj is not None and cl.subj.mine:
            problem = "it follows 'because'" if conjs[i - 1] != ["because"] else \
                mine_reason_problem(r.lex, clauses[i - 1], cl)
            if problem:
                r.fail(f"'{mine(r.lex)[POSSESSIVE_OWNER[cl.subj.det]]['en']}': {problem}")


def maybe_mine_reason(lex: Lexicon, tree):
    """Now and then a one-clause past statement of lending a thing that can break to me, us or you says why: …
    , ஏனென்றால் என்னுடையது உடைந்திருந்தது (because mine was broken); drawn from a hash of the tree, so the
    generator's random stream is unchanged."""
    if tree.mood != "decl" or len(tree.clauses) != 1 or tree.intj is not None:
        return tree
    cl = tree.clauses[0]
    if cl.verb != LEND or cl.tense != "past" or cl.neg or cl.obj is None or cl.obj.rc is not None \
            or cl.obj.kind != "noun" or not lex.nouns[cl.obj.head].fills(lex.predicates[BROKEN]["for"]) \
            or cl.iobj is None or cl.subj is None or cl.subj.rc is not None:
        return tree
    if hash_draw("mine_reason" + repr(tree)) >= MINE_REASON_RATE:
        return tree
    if cl.iobj.kind != "pron" or cl.iobj.head not in RECIPIENTS:     # lent it to me: whose *mine* is plain
        if cl.subj.kind == "pron" and lex.pronouns[cl.subj.head]["agr"] in ("1sg", "1pl"):
            return tree
        cl = replace(cl, iobj=NP("i", kind="pron"))
    if can_put_first(lex, cl):                                      # lent me his bicycle (v7e), as a person says it
        cl = replace(cl, recipient_first=True)
    reason = Clause("be", "past", subj=NP(cl.obj.head, number=cl.obj.number, det=owner_det(cl.iobj.head),
                                          mine=True), pred=BROKEN)
    if mine_reason_problem(lex, cl, reason) is not None:
        return tree
    return replace(tree, clauses=(cl, reason), conjs=("because",))
