"""What someone thinks (language v6b): a complement clause with என்று, shared by both parsers, the linearizer and
the generator.

Tamil quotes what one thinks with என்று after the clause and the verb நினை at the end: இன்று இரவு மழை பெய்யும்
என்று நான் நினைக்கிறேன் *i think it will rain tonight*. The clause inside is the weather (நாளை மழை பெய்யும்), in
any tense; the thinker, a person, stands after என்று; the verb is in the present (think is a state: *i think*,
*she thinks*). English has *think* (aligned to நினைக்கிறேன் and என்று) with the clause as its ``ccomp``. The
lexicon's ``think`` entry holds என்று, the verb and its stems; its time ``tonight`` (இன்று இரவு) is drawn here only.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from functools import lru_cache

from model.language.grammar import NP, Clause, Sentence, np_agr, np_number_en, refers_to_person
from model.language.lexicon import Lexicon

THINK_RATE = 0.25            # the generator's one-clause weather statements told as what someone thinks (a hash draw)
THINKERS = ("i", "we", "he", "she", "they")
DROPPED = {"1sg": "i", "1pl": "we_incl"}     # நினைக்கிறேன் / நினைக்கிறோம் with no subject: i / we (நாம்)
DROP_RATE = 0.5              # of the first person thinkers the generator leaves the Tamil subject out


def think_entry(lex: Lexicon) -> dict:
    """The lexicon's ``think`` entry: 'quote' என்று, 'verb' the verb's lexicon entry, 'times' drawn with it."""
    return lex.data["think"]


@lru_cache(maxsize=2)
def think_verb(lex: Lexicon):
    """நினை (think) as a lexicon verb (kept out of the verb list, so the generator draws it here only)."""
    from model.language.lexicon import _verb

    return _verb(think_entry(lex)["verb"])


def think_problem(lex: Lexicon, cl: Clause, mood: str, depth: int) -> str | None:
    """Why ``cl`` (think with a complement) is not in the language (None when it is)."""
    if mood != "decl" or depth or cl.neg or cl.tense != "pres":
        return "what one thinks is said in a statement in the present (i think it will rain tonight)"
    if not cl.comp.weather or cl.comp.advs:
        return "the language says what one thinks of the weather (i think it will rain tonight)"
    subj = cl.subj
    person = refers_to_person(lex, subj)
    if not person or subj.rc is not None:
        return "a person thinks (i think, she thinks), with no relative clause"
    return None


def maybe_think(lex: Lexicon, tree: Sentence) -> Sentence:
    """Now and then a one-clause weather statement is what someone thinks (… மழை பெய்யும் என்று நான் நினைக்கிறேன்);
    the draws are hashes of the tree, so the generator's random stream is unchanged."""
    if tree.mood != "decl" or len(tree.clauses) != 1 or tree.intj is not None:
        return tree
    cl = tree.clauses[0]
    if not cl.weather or cl.advs:
        return tree
    digest = hashlib.sha256(("think" + repr(tree)).encode()).hexdigest()
    if int(digest[:8], 16) / 16 ** 8 >= THINK_RATE:
        return tree
    if cl.tense == "fut" and int(digest[8:10], 16) % 3 == 0:       # tonight (இன்று இரவு)
        cl = replace(cl, time=think_entry(lex)["times"][0])
    subj = NP(THINKERS[int(digest[10:14], 16) % len(THINKERS)], "pron")
    dropped = subj.head in ("i", "we") and int(digest[14:16], 16) / 256 < DROP_RATE
    if dropped:
        subj = NP(DROPPED[np_agr(lex, subj)], "pron")
    said = Clause("think", "pres", subj=subj, comp=cl, dropped=dropped)
    return tree if think_problem(lex, said, "decl", 0) else replace(tree, clauses=(said,))


def ta_think(lz, cl: Clause, path: tuple) -> None:
    """இன்று இரவு மழை பெய்யும் என்று நான் நினைக்கிறேன்: the clause, என்று, the thinker and the verb."""
    lz.ta_clause(cl.comp, "decl", path + ("comp",))
    lz.ta(think_entry(lz.lex)["quote"], path + ("quote",))
    if not cl.dropped:                      # என்று நினைக்கிறேன்: the verb says who
        lz.ta_np(cl.subj, "nom", path + ("subj",))
    lz.ta(think_verb(lz.lex).finite("pres", np_agr(lz.lex, cl.subj)), path + ("verb",))


def en_think(lz, cl: Clause, path: tuple) -> tuple[int, int]:
    """*i think it will rain tonight*: think ← நினைக்கிறேன் and என்று; the clause its ccomp."""
    verb = think_verb(lz.lex)
    subj_i = lz.en_np(cl.subj, path + ("subj",), subject=True) if not cl.dropped else \
        lz.en(lz.lex.pronouns[cl.subj.head]["en"], path + ("verb",))        # i ← நினைக்கிறேன்
    number = np_number_en(lz.lex, cl.subj)
    verb_i = lz.en(verb.en[1] if number == "sg" else verb.en[0], path + ("verb",), path + ("quote",))
    comp_i, _ = lz.en_clause(cl.comp, "decl", path + ("comp",))
    lz.rel(comp_i, verb_i, "ccomp")
    lz.rel(subj_i, verb_i, "nsubj")
    lz.rel(verb_i, subj_i, "agr")
    return verb_i, subj_i


# ---- the Tamil parser's side: thinks: weather ENRU_ np vthink
def read_think(r, node, mood: str) -> Clause:
    """The weather clause, என்று, the thinker (nominative) and நினை in the present, agreeing with it."""
    from lark import Tree

    from model.language.forest import first_word

    kids = [c for c in node.children if isinstance(c, Tree)]
    comp = r.weather(kids[0], "decl")
    vtok = first_word(kids[-1])
    forms = [a for a in r.table[vtok.value] if a.cat == "VTHINK"]
    if len(kids) == 2:                      # என்று நினைக்கிறேன்: the first person, said by the verb alone
        said = [DROPPED[a.feats[1]] for a in forms if a.feats[1] in DROPPED]
        if not said:
            r.fail(f"{r.word(vtok)}: only நான் and நாம் may be left out (என்று நினைக்கிறேன்); say who thinks", vtok)
        return Clause("think", "pres", subj=NP(said[0], "pron"), comp=comp, dropped=True)
    subj, case, _, stok = r.np(kids[-2], 0)
    if case != "nom":
        r.fail(f"{r.word(stok)}: the one who thinks takes no case suffix (நான் நினைக்கிறேன்)", stok)
    agr = np_agr(r.lex, subj)
    if not any(a.feats == ("pres", agr) for a in forms):
        r.fail(f"{r.word(vtok)}: the verb is in the present and agrees with its subject "
               f"({think_verb(r.lex).finite('pres', agr)})", vtok)
    cl = Clause("think", "pres", subj=subj, comp=comp)
    problem = think_problem(r.lex, cl, mood, 0)
    if problem:
        r.fail(f"{r.word(vtok)}: {problem}", vtok)
    return cl


# ---- the English parser's side: thinks: subj THINK clause
def read_english_think(r, node, conj) -> Clause:
    """"i think it will rain tonight": the subject, think/thinks (agreeing) and the clause."""
    from lark import Token, Tree

    tok = next(c for c in node.children if isinstance(c, Token))
    subj_node, inner = [c for c in node.children if isinstance(c, Tree)]
    if conj is not None:
        r.fail("'think' stands in a sentence of its own (i think it will rain tonight)", tok)
    subj = r.phrase(subj_node.children[0] if subj_node.data == "subj" else subj_node)
    if subj.pron is not None:
        subj = replace(subj, np=NP(head=subj.pron[0], kind="pron"))
    verb = think_verb(r.lex)
    want = verb.en[1] if np_number_en(r.lex, subj.np) == "sg" else verb.en[0]
    if tok.value != want:
        r.fail(f"'{tok.value}' does not agree with its subject '{subj.text}': write '{want}'", tok)
    comp = r.clause(inner, "decl", 0)
    cl = Clause("think", "pres", subj=subj.np, comp=comp)
    problem = think_problem(r.lex, cl, "decl", 0)
    if problem:
        r.fail(problem, tok)
    return cl
