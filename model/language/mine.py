"""Possessive pronouns, *mine* (language v6c), shared by both parsers and the generator.

Tamil says whose a thing is with the owner's genitive pronoun, -உடையது (the one of …), and no verb: இந்தப் புத்தகம்
என்னுடையது . → *this book is mine .*, அந்தப் பை உன்னுடையதா ? → *is the bag yours ?*, இந்த வீடு அவர்களுடையது அல்ல .
→ *this house is not theirs .* The thing is one a person owns (model.language.possession) with இந்த or அந்த; English
*is* aligns to the pronoun (to இல்லை when negated), *mine* … *theirs* to the pronoun. The lexicon's ``mine`` entry
gives the words by the owner's pronoun key.
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw
from model.language.grammar import NP, Clause
from model.language.lexicon import Lexicon
from model.language.located import placed, read_mine_subject
from model.language.script import join

MINE = "mine"
MINE_RATE = 0.3              # of the generator's "this is my bag" statements and questions, said with mine
DETS = ("this", "the")


def mine(lex: Lexicon) -> dict:
    """Owner pronoun key -> {'ta': என்னுடையது, 'en': mine}."""
    return lex.data["mine"]


def question_word(lex: Lexicon, owner: str) -> str:
    """என்னுடையதா, உன்னுடையதா: the pronoun with the question suffix -ஆ."""
    return join(mine(lex)[owner]["ta"], lex.data["whose"]["q"])


def english_owner(lex: Lexicon, word: str) -> str | None:
    """The owner key of an English possessive pronoun (yours → you, ours → we: the first key of a word)."""
    return next((k for k, e in mine(lex).items() if e["en"] == word), None)


def mine_problem(lex: Lexicon, cl: Clause, mood: str) -> str | None:
    """Why ``cl`` cannot say whose a thing is with a possessive pronoun (None when it can)."""
    from model.language.possession import owned_keys

    thing = cl.subj
    if thing is None or thing.kind != "noun" or thing.head not in owned_keys(lex):
        return "mine, yours … is said of a thing one owns (a bag, a book, a house)"
    if thing.number != "sg" or thing.adjs or (thing.rc is not None and not placed(thing)) or thing.det not in DETS:
        return "mine, yours … is said of one plain thing with இந்த or அந்த (this, the)"
    if mood == "question" and cl.neg:
        return "a question of whose a thing is is not negated"
    return None


def maybe_mine(lex: Lexicon, tree):
    """Now and then இது என் பை . (this is my bag) is said இந்தப் பை என்னுடையது . (this bag is mine); drawn from a hash
    of the tree, so the generator's random stream is unchanged."""
    if "mine" not in lex.data or len(tree.clauses) != 1 or tree.intj is not None:
        return tree
    cl = tree.clauses[0]
    if cl.owned != "this" or cl.obj is None or cl.obj.det not in lex.possessives:
        return tree
    owner = POSSESSIVE_OWNER.get(cl.obj.det)
    if owner not in mine(lex):
        return tree
    draw = hash_draw("mine" + repr(tree))
    if draw >= MINE_RATE:
        return tree
    out = replace(cl, subj=NP(cl.obj.head, det="this" if draw < MINE_RATE / 2 else "the"), obj=NP(owner, "pron"),
                  owned=MINE)
    return replace(tree, clauses=(out,)) if mine_problem(lex, out, tree.mood) is None else tree


POSSESSIVE_OWNER = {"my": "i", "your": "you", "your_sg": "you_sg", "his": "he", "her": "she", "our": "we",
                    "our_incl": "we_incl", "their": "they"}


def ta_mine(lz, cl: Clause, mood: str, path: tuple) -> None:
    lex = lz.lex
    lz.ta_np(cl.subj, "nom", path + ("subj",))
    word = question_word(lex, cl.obj.head) if mood == "question" else mine(lex)[cl.obj.head]["ta"]
    lz.ta(word, path + ("obj", "head"))
    if cl.neg:                                  # written Tamil negates a noun predicate with அல்ல
        lz.ta(lex.data["nominal_negative"]["ta"], path + ("verb",))


def en_mine(lz, cl: Clause, mood: str, path: tuple) -> tuple[int, int]:
    """*this book is mine .*, *is the bag yours ?*, *this house is not theirs .*"""
    carrier = path + (("verb",) if cl.neg else ("obj", "head"))
    cop = lz.en("is", carrier) if mood == "question" else None
    subj_i = lz.en_np(cl.subj, path + ("subj",), subject=True)
    if cop is None:
        cop = lz.en("is", carrier)
    not_i = lz.en("not", carrier) if cl.neg else None
    head = lz.en(mine(lz.lex)[cl.obj.head]["en"], path + ("obj", "head"))
    lz.rel(not_i, head, "advmod")
    lz.rel(cop, head, "cop")
    lz.rel(subj_i, head, "nsubj")
    lz.rel(cop, subj_i, "agr")
    return head, subj_i


def read_mine(r, node, mood: str) -> Clause:
    """The Tamil parser: np POSSP (அல்ல); the spoken இல்லை there is refused with the written form."""
    from lark import Tree

    from model.language.forest import first_word

    subj, case, _, stok = read_mine_subject(r, node.children[0], 0)      # … மேசையில் இருக்கும் அந்தப் புத்தகம் (v7a)
    ptok = first_word(node.children[1])
    a = r.an(ptok, "POSSP")
    neg_node = node.children[2] if len(node.children) > 2 else None
    neg = False
    if neg_node is not None:
        vtok = first_word(neg_node) if isinstance(neg_node, Tree) else neg_node
        alla = r.lex.data["nominal_negative"]["ta"]
        if isinstance(neg_node, Tree) and vtok.value == r.lex.copula.negative("pres", "n"):
            r.fail(f"{r.word(vtok)}: written Tamil says {alla} (not) after {r.word(ptok)} ({ptok.value} {alla})", vtok)
        if isinstance(neg_node, Tree) or mood != "decl":
            r.fail(f"{r.word(vtok)}: after {r.word(ptok)} only {alla} (not) may stand", vtok)
        neg = True
    if (mood == "question") != (a.feats[0] == "q"):
        r.fail(f"{r.word(ptok)}: a question ends the pronoun with -ஆ (உன்னுடையதா ?), a statement without it", ptok)
    cl = Clause("be", "pres", subj=subj, obj=NP(a.key, "pron"), owned=MINE, neg=neg)
    problem = "the thing takes no case suffix" if case != "nom" else mine_problem(r.lex, cl, mood)
    if problem:
        r.fail(f"{r.word(stok)}: {problem}", stok)
    return cl


def read_english_mine(r, node, mood: str) -> Clause:
    """The English parser: *this book is (not) mine .*, *is the bag yours ?*"""
    from lark import Token, Tree

    toks = [c for c in node.children if isinstance(c, Token)]
    word = toks[-1] if toks[-1].type in ("POSS", "DET") else next(t for t in toks if t.type in ("POSS", "DET"))
    owner = english_owner(r.lex, word.value)
    if owner is None:
        r.fail(f"'{word.value}': whose a thing is is said with mine, yours, his, hers, ours or theirs", word)
    be = next(t for t in toks if t.type == "BE")
    if be.value != "is":
        r.fail(f"'{be.value}': whose one thing is is said with 'is' (this book is mine)", be)
    thing = r.phrase(next(c for c in node.children if isinstance(c, Tree) and c.data in ("np", "pnp")))
    neg = any(isinstance(c, Tree) and c.data == "neg" for c in node.children)
    cl = Clause("be", "pres", subj=thing.np, obj=NP(owner, "pron"), owned=MINE, neg=neg)
    problem = mine_problem(r.lex, cl, mood)
    if problem:
        r.fail(problem, thing.tok)
    return cl
