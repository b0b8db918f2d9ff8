"""Language v7h: taste as a linking verb, and a good taste *but too* much of one (shared by both parsers and the
generator).

அந்தக் கேக் சுவையில் அருமையாக இருந்தது , ஆனால் அது அளவுக்கு அதிகமாக இனிப்பாக இருந்தது .
→ *the cake tasted great , but it was too sweet .* (*it* → *cake*, ``coref``)

Tamil has no linking verb of taste: it says what a food is like *in taste*, the locative சுவையில் before the
predicate of இரு (சுவையில் அருமையாக இருந்தது, "was great in taste"). English says it with *taste* and the
predicate: *tasted* aligns to சுவையில் and to the verb (which carries the tense), *great* to அருமையாக. In English
relations the verb heads the clause, the subject is its ``nsubj`` and the predicate its ``xcomp`` (UD treats
*taste* like *seem*; *was* stays a ``cop``). The tree is a copula clause with ``Clause.taste`` set.

* Said of food and drink with the predicates of the lexicon's ``taste.preds`` (great, good), in the past or the
  present, in statements and yes/no questions (*did the cake taste good ?*), not negated; *very* may come before
  the predicate (சுவையில் மிகவும் நன்றாக → *tasted very good*).
* ``but``, which the rule book otherwise keeps for a state and an action it makes unexpected, also joins a good
  taste to too much of one of the same food (lexicon ``taste.too``: great → too sweet, too spicy):
  ``but_too``. Which thing is too sweet is the one that tasted great, so the pronoun continues the subject.
* அருமையாக *great* and இனிப்பாக *sweet* (``taste_only``) are drawn only here: the generator's random stream, and
  with it every other sentence, is unchanged (the draws are hashes of the tree).
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw
from model.language.grammar import NP, Clause, Sentence, np_number_en
from model.language.lexicon import Lexicon

TASTE_RATE = 0.1             # of one-clause statements and questions with a predicate, told of a food's taste
TOO_RATE = 0.5               # of those statements, followed by ', but it was too sweet'
BUT_RATE = 0.3               # of two-clause statements 'a state , but …', told as 'tasted great , but it was too sweet'
ALLOWED_DEGREES = ("very",)


def entry(lex: Lexicon) -> dict:
    """The lexicon's ``taste`` entry: ta (சுவையில்), en (taste, tastes, tasted), preds, too."""
    return lex.data["taste"]


def taste_problem(lex: Lexicon, cl: Clause, mood: str) -> str | None:
    """Why ``cl`` (a copula clause with ``taste``) is not a sentence of the language (None when it is)."""
    e = entry(lex)
    if cl.pred not in e["preds"]:
        said = " or ".join(lex.predicates[p]["en"] for p in e["preds"])
        return f"'taste' goes with {said} (the cake tasted great); otherwise say 'was' (the cake was sweet)"
    if mood not in ("decl", "question") or cl.wh is not None or cl.neg:
        return "taste is said in statements and yes/no questions, not negated (the cake tasted great)"
    if cl.tense not in ("past", "pres"):
        return "taste is said in the past or the present (the cake tasted great, the cake tastes great)"
    if cl.degree is not None and cl.degree not in ALLOWED_DEGREES:
        return "only 'very' goes before the predicate of taste (tasted very good)"
    if cl.pred2 is not None or cl.than is not None or cl.loc is not None:
        return "taste takes one predicate and nothing else (the cake tasted great)"
    return None


def but_too(lex: Lexicon, a: Clause, b: Clause, same: bool) -> bool:
    """Whether ', but' fits between a good taste and too much of one of the same food (great → too sweet)."""
    return same and a.verb == b.verb == "be" and not a.neg and not b.neg and b.degree == "too" and \
        b.pred in entry(lex)["too"].get(a.pred or "", ())


# ---- tree → Tamil and English --------------------------------------------------------------------------------
def ta_taste(lin, path: tuple) -> None:
    """சுவையில், right before the predicate (and its degree)."""
    lin.ta(entry(lin.lex)["ta"], path + ("taste",))


def en_taste(lin, cl: Clause, mood: str, path: tuple) -> tuple[int, int]:
    """*the cake tasted great*, *the cake tastes very good*, *did the cake taste good ?*: the verb heads the
    clause (aligned to சுவையில் and the verb), the predicate is its ``xcomp``."""
    lex, vp = lin.lex, path + ("verb",)
    words = entry(lex)["en"]
    number = np_number_en(lex, cl.subj)
    past = cl.tense == "past"
    do_i = None
    if mood == "question":
        do_i = lin.en("did" if past else "does" if number == "sg" else "do", vp)
    subj_i = lin.en_np(cl.subj, path + ("subj",), subject=True)
    word = words[0] if mood == "question" else words[2] if past else words[1] if number == "sg" else words[0]
    main = lin.en(word, path + ("taste",), vp)
    deg_i = None
    if cl.degree:
        n = len(lex.degrees[cl.degree]["ta"])
        deg_i = lin.en(lex.degrees[cl.degree]["en"], *(path + ("degree", j) for j in range(n)))
    pred_i = lin.en(lex.predicates[cl.pred]["en"], path + ("pred",))
    if cl.time:
        lin.rel(lin.en_time(cl, path, main), main, "tmod")
    lin.rel(deg_i, pred_i, "advmod")
    lin.rel(pred_i, main, "xcomp")
    lin.rel(subj_i, main, "nsubj")
    lin.rel(do_i, main, "aux")
    if not past:                                    # does / tastes agree with the subject
        lin.rel(do_i if do_i is not None else main, subj_i, "agr")
    return main, subj_i


# ---- Tamil → tree ----------------------------------------------------------------------------------------------
def read_taste(reader, node, pred_key: str | None) -> tuple:
    """The Tamil parser's ``taste`` item (சுவையில் [மிகவும்] அருமையாக): (its token, degree, predicate key, the
    predicate's token)."""
    from model.language.forest import first_word

    if pred_key is not None:
        reader.fail("a clause has one predicate", first_word(node))
    degree = reader.table[first_word(node.children[1]).value][0].key if node.children[1].data == "deg" else None
    pred_tok = first_word(node.children[-1])
    return first_word(node), degree, reader.an(pred_tok, "PRED").key, pred_tok


def with_taste(reader, cl: Clause, tok, mood: str) -> Clause:
    """The clause told of taste, or a reason it cannot be."""
    out = replace(cl, taste=True)
    if problem := taste_problem(reader.lex, out, mood):
        reader.fail(f"{reader.word(tok)}: {problem}", tok)
    return out


# ---- English → tree -----------------------------------------------------------------------------------------
def taste_group(reader, auxes: list, tok, mood: str, subj, neg: bool) -> tuple[str, str, None, None]:
    """The English reader's verb group of *tasted / tastes / did … taste*: (verb 'be', tense, no marked word, no
    aspect); agreement is checked here."""
    words = entry(reader.lex)["en"]
    aux = [t.value for t in auxes]
    if neg:
        reader.fail("taste is said in statements and yes/no questions, not negated (the cake tasted great)", tok)
    number = np_number_en(reader.lex, subj.np) if subj is not None else "sg"
    if mood == "question":
        if aux not in (["did"], ["does"], ["do"]) or tok.value != words[0]:
            reader.fail(f"a question of taste is 'did/does … {words[0]} …' (did the cake taste good ?)", tok)
        if aux != ["did"] and (aux == ["does"]) != (number == "sg"):
            reader.fail(f"'{aux[0]}' does not agree with its subject: write '{'does' if number == 'sg' else 'do'}'",
                        auxes[0])
        return "be", "past" if aux == ["did"] else "pres", None, None
    if aux:
        reader.fail(f"'{' '.join(aux)} {tok.value}': taste is said alone (the cake tasted great, the cake tastes "
                    "great)", auxes[0])
    if tok.value == words[2]:
        return "be", "past", None, None
    want = words[1] if number == "sg" else words[0]
    if tok.value != want:
        reader.fail(f"'{tok.value}' does not agree with its subject: write '{want}'", tok)
    return "be", "pres", None, None


def read_english_taste(reader, cl: Clause, tok, mood: str) -> Clause:
    """The clause of *the cake tasted great* (a copula clause with ``taste``), or a reason it is not one."""
    out = replace(cl, taste=True)
    problem = taste_problem(reader.lex, out, mood)
    if problem:
        reader.fail(problem, tok)
    return out


# ---- the generator --------------------------------------------------------------------------------------------
def maybe_taste(lex: Lexicon, tree: Sentence) -> Sentence:
    """Now and then a one-clause statement or question with a predicate (the boy was tired, is the report ready ?)
    is told of a food's taste instead, in the same mood and tense (அந்தக் கேக் சுவையில் அருமையாக இருந்தது), and a
    statement goes on ', but it was too sweet' where the food can be (always where the drawn tree was a state joined
    by ', but' to a second clause, so the long form has its length); drawn from hashes of the tree,
    so the generator's random stream, and every other sentence, is unchanged."""
    two = tree.conjs == ("but",) and tree.mood == "decl"             # a state , but …: the long form
    if "taste" not in lex.data or tree.intj is not None or not (len(tree.clauses) == 1 or two):
        return tree
    cl = tree.clauses[0]
    if cl.verb != "be" or cl.pred is None or cl.subj is None or cl.subj.rc is not None or cl.wh is not None \
            or cl.neg or cl.tense not in ("past", "pres") or tree.mood not in ("decl", "question"):
        return tree
    rate = BUT_RATE if two else TASTE_RATE
    draw = hash_draw("taste" + repr(tree))
    if draw >= rate:
        return tree
    foods = sorted(k for k, n in lex.nouns.items() if n.cls == "food" and n.fills(lex.predicates["great"]["for"]))
    noun = lex.nouns[foods[int(draw / rate * len(foods))]]
    if two:                                         # a food that can be too sweet or too spicy
        foods = [k for k in foods if any(lex.nouns[k].fills(lex.predicates[p]["for"])
                                         for ps in entry(lex)["too"].values() for p in ps)]
        noun = lex.nouns[foods[int(draw / rate * len(foods))]]
    food = noun.key
    preds = entry(lex)["preds"]
    subj = NP(food, det=cl.subj.det if cl.subj.kind == "noun" and cl.subj.det in ("the", "this") else "the")
    out = Clause("be", cl.tense, subj=subj, pred=preds[int(hash_draw("great" + repr(tree)) * len(preds))],
                 time=cl.time, degree=cl.degree if cl.degree in ALLOWED_DEGREES else None, taste=True)
    if taste_problem(lex, out, tree.mood) is not None:
        return tree
    too = [p for p in entry(lex)["too"].get(out.pred, ()) if noun.fills(lex.predicates[p]["for"])]
    if tree.mood == "decl" and too and (two or hash_draw("too" + repr(tree)) < TOO_RATE):
        then = Clause("be", out.tense, subj=NP("it", "pron"), pred=too[0], degree="too")
        return replace(tree, clauses=(out, then), conjs=("but",))
    return tree if two else replace(tree, clauses=(out,))
