"""Comparison with -ஐவிட (language v6c), shared by both parsers and the generator.

Tamil compares with the accusative and விட (than: *leaving aside*), one word: என்னைவிட, காபியைவிட. The
standard of comparison stands right before what is compared, and its infinitive -அ doubles a following
க ச த ப (காபியைவிடத் தேநீர்):

* a person's predicate: என் அண்ணன் என்னைவிட உயரமாக இருக்கிறான் . *my elder brother is taller than me .* —
  English says the predicate's comparative (``cmp`` of the lexicon's ``comparison`` entry: taller, happier)
  and *than me* after it; the comparative aligns to the predicate, *than* to the -ஐவிட word.
* liking (model.language.likes): எனக்குக் காபியைவிடத் தேநீர் அதிகம் பிடிக்கும் . *i like tea more than
  coffee .* — அதிகம் (more) right before பிடிக்கும்; English *more than coffee* after what is liked.

What is compared is of one kind: a person with another person (a pronoun that has an object form, a name,
a person noun), a food or drink with another, a language with another; never with itself. A comparison
stands in a main statement or yes/no question of its own, in the present, not negated.
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw
from model.language.grammar import NP, Clause, refers_to_person
from model.language.lexicon import Lexicon
from model.language.script import join

CMP_RATE = 0.35                             # one-clause statements and questions of a person's predicate that compare
TALL_SHARE = 0.3                            # … of them said with உயரமாக (taller), which the generator draws only here
LIKE_MORE_RATE = 0.35                       # of the generator's liking clauses, how many compare
LIKE = "like"


def comparison(lex: Lexicon) -> dict:
    """The lexicon's ``comparison`` entry: 'than' விட, 'more' அதிகம், their English, 'cmp' the comparatives."""
    return lex.data["comparison"]


def comparatives(lex: Lexicon) -> dict[str, str]:
    """Predicate key -> its English comparative (tall -> taller)."""
    return comparison(lex)["cmp"] if "comparison" in lex.data else {}


def than_word(lex: Lexicon, np: NP) -> str:
    """The head word of the standard with -ஐவிட: என்னைவிட, காபியைவிட, ரவியைவிட."""
    if np.kind == "pron":
        return lex.pronouns[np.head]["acc"] + comparison(lex)["than"]
    return join(lex.nominal(np.kind, np.head).ta_form("acc", np.number), comparison(lex)["than"])


def than_forms(lex: Lexicon):
    """Every -ஐவிட word with (kind, key, number): pronouns with an object form, names, people, foods, languages."""
    for k, p in lex.pronouns.items():
        if p.get("acc") and p.get("en_obj") and not p.get("object_only"):     # not அதைவிட (that, v7g)
            yield than_word(lex, NP(k, "pron")), ("pron", k, "sg")
    for k in lex.names:
        if lex.names[k].cls == "person":
            yield than_word(lex, NP(k, "name")), ("name", k, "sg")
    for k, n in lex.nouns.items():
        if n.cls == "person":
            for number in ("sg", "pl"):
                if number == "sg" or n.en_pl:
                    yield than_word(lex, NP(k, number=number)), ("noun", k, number)
        elif like_kind(lex, NP(k)) is not None:
            yield than_word(lex, NP(k)), ("noun", k, "sg")


def like_kind(lex: Lexicon, np: NP | None) -> str | None:
    """'drink' or 'food' for a drink or dish in general (not உணவு, food itself), 'language' for a language (bare),
    None for anything else: what is liked more is compared with its own kind."""
    if np is None or np.kind != "noun" or np.det is not None or np.adjs or np.rc is not None:
        return None
    noun = lex.nouns[np.head]
    if noun.cls == "language":
        return "language"
    if noun.cls != "food" or "mass" not in noun.tags or noun.key == "food":
        return None
    return "drink" if "drinkable" in noun.tags else "food"


def is_person(lex: Lexicon, np: NP | None) -> bool:
    """A person, said plainly (no relative clause, no adjective): one side of a comparison."""
    return refers_to_person(lex, np) and np.rc is None and not np.adjs


INCLUDES = {("i", "we"), ("i", "we_incl"), ("we", "i"), ("we_incl", "i"), ("you", "we_incl"),
            ("you_sg", "we_incl"), ("we_incl", "you"), ("we_incl", "you_sg")}     # (subject, standard): one is in the other


def than_problem(lex: Lexicon, cl: Clause, mood: str, depth: int) -> str | None:
    """Why ``cl`` cannot compare with ``cl.than`` (None when it can)."""
    than = cl.than
    if depth or mood not in ("decl", "question") or cl.neg or cl.wh is not None or cl.tense not in ("pres", "past"):
        return "a comparison (-ஐவிட, than) stands in a main statement or yes/no question, not negated"
    if cl.exp:
        if cl.verb != LIKE or not cl.more:
            return "-ஐவிட with an experiencer compares what one likes: எனக்குக் காபியைவிடத் தேநீர் அதிகம் " \
                   "பிடிக்கும் (i like tea more than coffee)"
        kind = like_kind(lex, than)
        if kind is None or kind != like_kind(lex, cl.obj):
            return "what is liked is compared with one of its kind: a drink with a drink, a dish with a dish, a " \
                   "language with a language (காபியைவிடத் தேநீர்)"
        if than.head == cl.obj.head:
            return "a thing is not compared with itself"
        return None
    if cl.more:
        return "அதிகம் (more) compares what one likes (எனக்குக் காபியைவிடத் தேநீர் அதிகம் பிடிக்கும்)"
    if cl.verb != "be" or cl.pred not in comparatives(lex) or cl.degree or cl.everyone or cl.loc is not None \
            or cl.time is not None or cl.advs:
        return "-ஐவிட compares a person's predicate with இரு: என் அண்ணன் என்னைவிட உயரமாக இருக்கிறான் (taller " \
               f"than me; the language compares {', '.join(comparatives(lex).values())})"
    if cl.subj is not None and cl.subj.det is not None and cl.subj.det not in ("the", "this") + tuple(lex.possessives):
        return "a comparison is said of a known person (ravi, he, my elder brother), not 'a …' or a number"
    if not is_person(lex, cl.subj) or not is_person(lex, than):
        return "a person is compared with another person (என்னைவிட, ரவியைவிட, அவனைவிட)"
    if than == cl.subj or (than.kind == cl.subj.kind == "pron" and
                           (lex.pronouns[than.head]["en"] == lex.pronouns[cl.subj.head]["en"]
                            or (cl.subj.head, than.head) in INCLUDES)):
        return "a person is not compared with themselves"
    return None


def _pick(salt: str, tree, options: list):
    return options[int(hash_draw(salt + repr(tree)) * len(options))]


def maybe_compared(lex: Lexicon, names: list, tree):
    """Now and then a one-clause statement or yes/no question compares: a person's predicate with another person
    (ரவி என்னைவிட மகிழ்ச்சியாக இருக்கிறான்; now and then the predicate becomes உயரமாக, taller) or a liking with
    another food or language (எனக்குக் காபியைவிடத் தேநீர் அதிகம் பிடிக்கும்). Drawn from hashes of the tree."""
    if "comparison" not in lex.data or tree.mood not in ("decl", "question") or len(tree.clauses) != 1 \
            or tree.intj is not None:
        return tree
    cl = tree.clauses[0]
    if cl.exp:
        if cl.verb != LIKE or cl.neg or cl.some or like_kind(lex, cl.obj) is None or hash_draw("more" + repr(tree)) >= LIKE_MORE_RATE:
            return tree
        kind = like_kind(lex, cl.obj)
        others = [k for k in lex.nouns if k != cl.obj.head and like_kind(lex, NP(k)) == kind]
        out = replace(cl, than=NP(_pick("more-than", tree, others)), more=True)
    else:
        if cl.verb != "be" or cl.pred not in comparatives(lex) or cl.attr is not None or cl.purpose is not None \
                or hash_draw("than" + repr(tree)) >= CMP_RATE:
            return tree
        people = [NP(k, "pron") for k, p in lex.pronouns.items() if p.get("en_obj") and p.get("acc") and k != "we_incl"
                  and not p.get("object_only")]
        people += [NP(n.key, "name") for n in names if n.cls == "person"]
        pred = "tall" if "tall" in comparatives(lex) and hash_draw("tall" + repr(tree)) < TALL_SHARE else cl.pred
        out = replace(cl, than=_pick("than-who", tree, people), pred=pred)
    if than_problem(lex, out, tree.mood, 0) is not None:
        return tree
    return replace(tree, clauses=(out,))


# ---- linearization ----------------------------------------------------------------------------
def ta_than(lz, cl: Clause, path: tuple) -> None:
    """The standard with -ஐவிட (its determiner first, as any noun phrase); its -அ doubles what follows."""
    lz.ta_np(cl.than, "acc", path + ("than",))
    lz.src[-1] = than_word(lz.lex, cl.than)
    lz.doubles[-1] = True


def ta_more(lz, path: tuple) -> None:
    lz.ta(comparison(lz.lex)["more"], path + ("more",))


def en_than(lz, cl: Clause, path: tuple, head: int) -> int:
    """*than me* after the comparative (or after *more*): *than* and the standard align to the -ஐவிட word."""
    np_i = lz.en_np(cl.than, path + ("than",), comparison(lz.lex)["en_than"], objective=True)
    lz.rel(np_i, head, "obl")
    return np_i


def en_more(lz, cl: Clause, path: tuple, main: int) -> None:
    """*more than coffee* after what is liked: *more* aligns to அதிகம்."""
    more_i = lz.en(comparison(lz.lex)["en_more"], path + ("more",))
    lz.rel(more_i, main, "advmod")
    en_than(lz, cl, path, more_i)


# ---- the Tamil parser ----------------------------------------------------------------------------
def split_than(kids: list):
    """The clause's children without the -ஐவிட item, and that item's node, or None when it has none."""
    at = next((i for i, k in enumerate(kids[:-1]) if getattr(k, "data", None) == "item"
               and k.children[0].data == "than"), None)
    if at is None:
        return None
    return kids[:at] + kids[at + 1:], kids[at].children[0]


def read_than_np(r, node) -> tuple[NP, object]:
    """The standard: (a determiner and) an -ஐவிட word."""
    from model.language.forest import first_word

    toks = [first_word(c) for c in node.children]
    a = r.an(toks[-1], "THAN")
    kind, number = a.feats
    det = None
    if len(toks) > 1:
        det = r.table[toks[0].value][0].key
        if kind != "noun":
            r.fail(f"{r.word(toks[0])}: a name or pronoun takes no determiner", toks[0])
    return NP(a.key, kind, number, det=det), toks[-1]


def read_than(r, node, mood: str, depth: int, clause_of) -> Clause:
    """A clause with an -ஐவிட item (என்னைவிட உயரமாக இருக்கிறான்)."""
    from lark import Tree

    rest, than_node = split_than(node.children)
    than, tok = read_than_np(r, than_node)
    cl = replace(clause_of(Tree(node.data, rest)), than=than)
    problem = than_problem(r.lex, cl, mood, depth)
    if problem:
        r.fail(f"{r.word(tok)}: {problem}", tok)
    return cl


# ---- the English parser ----------------------------------------------------------------------------
def split_english_than(items: list):
    """The verb group's phrases without *(more) than …*, and that node (None when there is none)."""
    found = [i for i in items if i.data == "than"]
    return [i for i in items if i.data != "than"], (found[0] if found else None)


def read_english_than(r, cl: Clause, node, cmp_tok, mood: str, depth: int) -> Clause:
    """*taller than me*, *more than coffee*: the standard (an object pronoun, a name, a noun phrase);
    ``cmp_tok`` the comparative the clause's predicate was said with (taller), or None."""
    from lark import Token, Tree

    if node is None:
        if cmp_tok is not None:
            r.fail(f"'{cmp_tok.value}' compares: say with whom ('{cmp_tok.value} than me')", cmp_tok)
        return cl
    more = any(isinstance(t, Token) and t.type == "MORE" for t in node.children)
    phrase = r.phrase(next(c for c in node.children if isinstance(c, Tree)))
    np = phrase.np
    if phrase.pron is not None:
        objective = [k for k in phrase.pron if r.lex.pronouns[k].get("en_obj") == phrase.text]
        if not objective:
            r.fail(f"'than {phrase.text}': after 'than' a pronoun takes its object form (than me, than him)",
                   phrase.tok)
        np = NP(objective[0], "pron")
    if more == (cmp_tok is not None):
        r.fail(f"'than {phrase.text}' follows a comparative (taller than me) or, with like, 'more' (i like tea "
               "more than coffee)", phrase.tok)
    out = replace(cl, than=np, more=more)
    problem = than_problem(r.lex, out, mood, depth)
    if problem:
        r.fail(problem, phrase.tok)
    return out


def read_liked_more(r, node, than_node, mood: str) -> Clause:
    """எனக்குக் காபியைவிடத் தேநீர் அதிகம் பிடிக்கும்: the experiencer clause read without the -ஐவிட word and அதிகம்."""
    from lark import Token, Tree

    rest = [c for c in node.children if c is not than_node and not (isinstance(c, Token) and c.type == "MORE_")]
    than, tok = read_than_np(r, than_node)
    cl = replace(r.experiencer(Tree(node.data, rest), mood), than=than, more=True)
    problem = than_problem(r.lex, cl, mood, 0)
    if problem:
        r.fail(f"{r.word(tok)}: {problem}", tok)
    return cl
