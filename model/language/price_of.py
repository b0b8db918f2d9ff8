"""The price of a thing (language v5c), shared by both parsers and the generator.

இந்தச் சட்டையின் விலை என்ன ? (this shirt-GEN price what) *what is the price of this shirt ?*: the thing in the genitive
(-இன் on its oblique stem), விலை and என்ன, no verb. English: *what* and *is* ← என்ன, *the price* ← விலை, *of* and
the thing ← the genitive noun (this ← இந்த). The thing is one a person buys, with இந்த or அந்த, as with
எவ்வளவு (model.language.amounts). The lexicon's ``price_of`` entry gives the words.
"""

from __future__ import annotations

from model.language.grammar import NP, Clause
from model.language.lexicon import Lexicon
from model.language.script import join

PRICE_OF_RATE, PRICE_OF_MAX = 0.03, 5       # among the generator's short questions
WHAT = "what"


def price_of(lex: Lexicon) -> dict:
    """'ta' விலை, 'gen' the genitive suffix, 'en' the English words (the price of)."""
    return lex.data["price_of"]


def genitive(lex: Lexicon, key: str) -> str:
    """The noun in the genitive: சட்டை → சட்டையின், புத்தகம் → புத்தகத்தின்."""
    return join(lex.nouns[key].obl_stem, price_of(lex)["gen"])


def draw_price_of(rng, lex: Lexicon) -> Clause:
    """இந்தச் சட்டையின் விலை என்ன ? for the generator."""
    things = [n.key for n in lex.nouns.values() if "buyable" in n.tags and "mass" not in n.tags]
    return Clause("be", "pres", subj=NP(rng.choice(things), det=rng.choice(("this", "the"))), wh=WHAT, price_of=True)


def ta_price_of(lz, cl: Clause, path: tuple) -> None:
    lex = lz.lex
    det = lex.determiners[cl.subj.det]
    lz.ta(det["ta"], path + ("subj", "det"), doubles=True)
    lz.ta(genitive(lex, cl.subj.head), path + ("subj", "head"))
    lz.ta(price_of(lex)["ta"], path + ("pred",))
    lz.ta(lex.wh[WHAT]["ta"], path + ("wh",))


def en_price_of(lz, cl: Clause, path: tuple) -> tuple[int, int]:
    lex = lz.lex
    the, price, of = price_of(lex)["en"]
    what = lz.en(lex.wh[WHAT]["en"], path + ("wh",))
    cop = lz.en("is", path + ("wh",))
    the_i = lz.en(the, path + ("pred",))
    price_i = lz.en(price, path + ("pred",))
    of_i = lz.en(of, path + ("subj", "head"))
    thing = lz.en_np(cl.subj, path + ("subj",))
    lz.rel(cop, what, "cop")
    lz.rel(price_i, what, "nsubj")
    lz.rel(the_i, price_i, "det")
    lz.rel(of_i, thing, "case")
    lz.rel(thing, price_i, "nmod")
    lz.rel(cop, price_i, "agr")
    return what, price_i


def read_price_of(r, node, problem_of) -> Clause:
    """The Tamil parser: det noun-GEN விலை என்ன."""
    from lark import Tree

    from model.language.forest import first_word

    det_tok = first_word(node.children[0])
    ntok = first_word(node.children[1])
    wtok = first_word(next(c for c in node.children if isinstance(c, Tree) and c.data == "wh"))
    if r.an(wtok, "WH").key != WHAT:
        r.fail(f"{r.word(wtok)}: the price is asked with என்ன (இந்தச் சட்டையின் விலை என்ன ?)", wtok)
    subj = NP(r.an(ntok, "NGEN").key, det=r.table[det_tok.value][0].key)
    problem = problem_of(r.lex, subj)
    if problem:
        r.fail(f"{r.word(ntok)}: {problem}", ntok)
    return Clause("be", "pres", subj=subj, wh=WHAT, price_of=True)


def read_english_price_of(r, node, problem_of) -> Clause:
    """The English parser: what is the price of this shirt ?"""
    from lark import Token, Tree

    from model.language.forest import first_word

    toks = [c for c in node.children if isinstance(c, Token)]
    wh = first_word(next(c for c in node.children if isinstance(c, Tree) and c.data == "wh"))
    be = first_word(next(c for c in node.children if isinstance(c, Tree) and c.data == "cop"))
    if wh.value != WHAT or be.value != "is" or toks[0].value != price_of(r.lex)["en"][0]:
        r.fail("the language asks 'what is the price of this …?'", wh)
    thing = r.phrase(next(c for c in node.children if isinstance(c, Tree) and c.data == "np"))
    problem = problem_of(r.lex, thing.np)
    if problem:
        r.fail(problem, thing.tok)
    return Clause("be", "pres", subj=thing.np, wh=WHAT, price_of=True)
