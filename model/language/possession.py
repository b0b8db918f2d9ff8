"""Whose is it (language v5c), shared by both parsers and the generator.

Tamil asks whose a thing is with no verb, two ways: இந்தப் புத்தகம் யாருடையது ? (this book whose-one) and இது யாருடைய
புத்தகம் ? (this whose book); English asks both as *whose book is this ?*, and reads back the second. It says
whose a thing is with இது and no verb too, and asks it with -ஆ on the noun: இது என் பை . *this is my bag .*, இது
உன் பையா ? *is this your bag ?*, இது என் பை இல்லை . *this is not my bag .* The thing is one a person owns: a thing
one carries or buys, or a noun the lexicon's ``whose`` entry lists (a house). The copula English adds aligns to
the Tamil question word or the noun (to இல்லை when negated).
"""

from __future__ import annotations

from model.language.grammar import NP, Clause
from model.language.lexicon import Lexicon
from model.language.script import join

OWN_RATE, OWN_MAX = 0.05, 5                 # among the generator's short statements and questions
THIS = "this_pron"
OWNERS = ("my", "your", "your_sg", "his", "her", "our", "their")
WHOSE_FORMS = ("whose_det", "whose_pron")   # இது யாருடைய வீடு ? / இந்த வீடு யாருடையது ?
OWNED = "this"                              # இது என் பை . / இது உன் பையா ?


def whose(lex: Lexicon) -> dict:
    """The lexicon's ``whose`` entry: 'det' யாருடைய, 'pron' யாருடையது, 'en' whose, 'q' the question suffix, 'nouns'."""
    return lex.data["whose"]


def owned_keys(lex: Lexicon) -> list[str]:
    """The nouns of things a person owns: those one carries or buys (not food or drink), and the listed ones."""
    extra = set(whose(lex)["nouns"])
    return [k for k, n in lex.nouns.items() if k in extra or n.cls not in ("person", "food", "place", "animal")
            and "mass" not in n.tags and ({"portable", "buyable"} & set(n.tags))]


def question_form(lex: Lexicon, noun_key: str) -> str:
    """The noun with the question suffix -ஆ (பை → பையா, புத்தகம் → புத்தகமா, வீடு → வீடா)."""
    return join(lex.nouns[noun_key].ta_form("nom", "sg"), whose(lex)["q"])


def owned_problem(lex: Lexicon, np: NP, this: bool) -> str | None:
    """Why ``np`` is not a thing asked or said to be someone's (None when it is): one plain thing a person
    owns, with இந்த when ``this`` (whose is it ?), else with a possessive (it is mine)."""
    if np.kind != "noun" or np.head not in owned_keys(lex):
        return "whose a thing is is said of a thing one owns (a bag, a book, a house)"
    if np.number != "sg" or np.adjs or np.rc is not None:
        return "whose a thing is is said of one plain thing (இந்தப் புத்தகம், no adjective)"
    if np.det not in (("this",) if this else lex.possessives):
        return ("say which thing with இந்த (this)" if this else
                "say whose it is with என், உன், உங்கள், அவன், அவள் … (இது என் பை)")
    return None


def draw_owned(rng, lex: Lexicon, mood: str) -> Clause:
    """இது உன் பையா ?, இது யாருடைய வீடு ?, இந்தப் புத்தகம் யாருடையது ?, இது என் பை (இல்லை) . for the generator."""
    noun = rng.choice(owned_keys(lex))
    if mood == "question" and rng.random() < 0.5:
        return Clause("be", "pres", subj=NP(noun, det="this"), owned=rng.choice(WHOSE_FORMS))
    owner = rng.choices(OWNERS, (3, 2, 2, 1, 1, 1, 1))[0]
    neg = mood == "decl" and rng.random() < 0.25
    return Clause("be", "pres", subj=NP(THIS, "pron"), obj=NP(noun, det=owner), owned=OWNED, neg=neg)


def ta_owned(lz, cl: Clause, mood: str, path: tuple) -> None:
    """The Tamil words on the linearizer ``lz``."""
    lex, entry = lz.lex, whose(lz.lex)
    if cl.owned == "mine":                  # இந்தப் புத்தகம் என்னுடையது (v6c: model.language.mine)
        from model.language.mine import ta_mine

        return ta_mine(lz, cl, mood, path)
    if cl.owned == "whose_pron":            # இந்தப் புத்தகம் யாருடையது
        lz.ta_np(cl.subj, "nom", path + ("subj",))
        lz.ta(entry["pron"], path + ("wh",))
    elif cl.owned == "whose_det":           # இது யாருடைய புத்தகம்
        lz.ta(lex.pronouns[THIS]["ta"], path + ("subj", "det"))
        lz.ta(entry["det"], path + ("wh",))
        lz.ta(lex.nouns[cl.subj.head].ta_form("nom", "sg"), path + ("subj", "head"))
    else:                                   # இது உன் பை(யா) (இல்லை)
        lz.ta(lex.pronouns[THIS]["ta"], path + ("subj", "head"))
        lz.ta_np(cl.obj, "nom", path + ("obj",))
        if mood == "question":
            lz.src[-1] = question_form(lex, cl.obj.head)
        if cl.neg:
            lz.ta(lex.copula.negative("pres", lex.pronouns[THIS]["agr"]), path + ("verb",))


def en_owned(lz, cl: Clause, mood: str, path: tuple) -> tuple[int, int]:
    """*whose book is this ?* (whose, is ← the question word), *this is my bag .*, *is this your bag ?* (is ←
    the noun, or இல்லை when negated)."""
    lex = lz.lex
    if cl.owned == "mine":                  # this book is mine (v6c: model.language.mine)
        from model.language.mine import en_mine

        return en_mine(lz, cl, mood, path)
    if cl.owned in WHOSE_FORMS:
        whose_i = lz.en(whose(lex)["en"], path + ("wh",))
        head = lz.en(lex.nouns[cl.subj.head].en, path + ("subj", "head"))
        cop = lz.en("is", path + ("wh",))
        subj_i = lz.en(lex.pronouns[THIS]["en"], path + ("subj", "det"))
        lz.rel(whose_i, head, "poss")
    else:
        carrier = path + (("verb",) if cl.neg else ("obj", "head"))
        if mood == "question":
            cop = lz.en("is", carrier)
        subj_i = lz.en(lex.pronouns[THIS]["en"], path + ("subj", "head"))
        if mood != "question":
            cop = lz.en("is", carrier)
        not_i = lz.en("not", carrier) if cl.neg else None
        head = lz.en_np(cl.obj, path + ("obj",), predicate=True)
        lz.rel(not_i, head, "advmod")
    lz.rel(cop, head, "cop")
    lz.rel(subj_i, head, "nsubj")
    lz.rel(cop, subj_i, "agr")
    return head, subj_i


# ---- the Tamil parser's side (``r`` is its resolver: np, an, word, fail)
def owned_question(r, node) -> Clause:
    """இந்தப் புத்தகம் யாருடையது ?, இது யாருடைய புத்தகம் ?, இது உன் பையா ?"""
    from lark import Token

    from model.language.forest import first_word

    kids = node.children
    cats = [c.type for c in kids if isinstance(c, Token)]
    if "WHOSEP_" in cats:                   # இந்தப் புத்தகம் யாருடையது ?
        subj, case, _, stok = r.np(kids[0], 0)
        problem = "the thing asked about takes no case suffix" if case != "nom" else \
            owned_problem(r.lex, subj, True)
        if problem:
            r.fail(f"{r.word(stok)}: {problem}", stok)
        return Clause("be", "pres", subj=subj, owned="whose_pron")
    this = first_word(kids[0])
    a = r.an(this, "PRON")
    if a.key != THIS or a.feats[0] != "nom":
        r.fail(f"{r.word(this)}: whose a thing is is asked with இது (இது யாருடைய வீடு ?, இது உன் பையா ?)", this)
    ntok = first_word(kids[-1])
    if "WHOSED_" in cats:                   # இது யாருடைய புத்தகம் ?
        n = r.an(ntok, "N")
        kind, case, number = n.feats
        subj = NP(n.key, kind=kind, number=number, det="this")
        problem = "the thing asked about takes no case suffix" if case != "nom" else \
            owned_problem(r.lex, subj, True)
        if problem:
            r.fail(f"{r.word(ntok)}: {problem}", ntok)
        return Clause("be", "pres", subj=subj, owned="whose_det")
    dtok = first_word(kids[1])              # இது உன் பையா ?
    owner = r.table[dtok.value][0].key
    obj = NP(r.an(ntok, "NQ").key, det=owner)
    problem = owned_problem(r.lex, obj, False)
    if problem:
        r.fail(f"{r.word(dtok)}: {problem}", dtok)
    return Clause("be", "pres", subj=NP(THIS, "pron"), obj=obj, owned=OWNED)


def owned_statement(r, subj_node, attr_node, neg_tok) -> Clause:
    """இது என் பை . (this is my bag), இது என் பை இல்லை . (this is not my bag)."""
    obj, case, _, otok = r.np(attr_node, 0, bare=True)
    problem = "the thing takes no case suffix (இது என் பை)" if case != "nom" else owned_problem(r.lex, obj, False)
    if problem:
        r.fail(f"{r.word(otok)}: இது without a verb says whose a thing is: {problem}", otok)
    return Clause("be", "pres", subj=NP(THIS, "pron"), obj=obj, owned=OWNED, neg=neg_tok is not None)


# ---- the English parser's side (``r`` is its resolver: phrase, reading, fail)
def owned_english(node, kids) -> bool:
    """True for the backbone's whose-question, this-is question (is this your bag ?) and owned statement."""
    from lark import Token

    if kids and kids[0].data == "owned":
        return True
    toks = [c.type for c in node.children if isinstance(c, Token)]
    return "WHOSE" in toks or (node.data == "question" and [k.data for k in kids] == ["cop", "np"] and "DET" in toks)


def read_owned(r, node, mood: str) -> Clause:
    """"whose book is this ?" (read back as இது யாருடைய புத்தகம் ?), "is this your bag ?", "this is not my bag ."."""
    from lark import Token, Tree

    from model.language.forest import first_word

    toks = [c for c in node.children if isinstance(c, Token)]
    this = next(t for t in toks if t.type == "DET")
    be = next((t for t in toks if t.type == "BE"), None) or first_word(next(
        c for c in node.children if isinstance(c, Tree) and c.data == "cop"))
    if this.value != "this" or be.value != "is":
        r.fail(f"'{be.value} {this.value}': whose a thing is is said with 'this is' (whose bag is this ?, "
               "this is my bag)", this)
    if toks[0].type == "WHOSE":             # whose book is this ?
        head = toks[1]
        reading = r.reading(head, "NOUN")
        subj = NP(reading.key, number=reading.feat, det="this")
        problem = owned_problem(r.lex, subj, True)
        if problem:
            r.fail(f"'{head.value}': {problem}", head)
        return Clause("be", "pres", subj=subj, owned="whose_det")
    np_node = next(c for c in node.children if isinstance(c, Tree) and c.data == "np")
    obj = r.phrase(np_node)
    problem = owned_problem(r.lex, obj.np, False)
    if problem:
        r.fail(f"'{obj.text}': {problem}", obj.tok)
    neg = any(isinstance(c, Tree) and c.data == "neg" for c in node.children)
    return Clause("be", "pres", subj=NP(THIS, "pron"), obj=obj.np, owned=OWNED, neg=neg)
