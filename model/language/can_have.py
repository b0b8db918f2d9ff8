"""A request for oneself, *can i have …?*, and a measure of a drink, *a glass of* (language v7b), shared by both
parsers and the generator.

Written Tamil asks for something for oneself with the dative and கிடைக்குமா (*will it be had?*, the question form of
கிடை *be got*), an experiencer like வேண்டும் (lexicon ``experiencers``, key ``may_have``): எனக்கு ஒரு குவளை தண்ணீர்
கிடைக்குமா ? → *can i have a glass of water ?*, எங்களுக்குக் காபி கிடைக்குமா ? → *can we have coffee ?*. English
*can … have* aligns to கிடைக்குமா (*can* an ``aux`` of *have*, which heads the clause; no agreement: *can* does not
agree), the dative pronoun is the subject. It is asked only, by the speaker (i, we) for the speaker: கிடைக்கும் as a
statement reads *will get*, which the language does not have. What is asked for is what வேண்டும் wants bare (a food
or drink, கொஞ்சம் some of it, ஒரு காபி a coffee), or a drink measured.

The measure (lexicon ``measures``) stands between the determiner and the bare drink, as Tamil counts a mass: ஒரு
குவளை தண்ணீர் → *a glass of water*, இரண்டு குவளை தண்ணீர் → *two glasses of water* (the Tamil measure stays
singular after a number). UD makes the measure the head: *glass* is the object, *a* its ``det`` (``nummod`` for a
number), *water* its ``nmod`` with *of* as ``case``; *of* aligns to குவளை with *glass*. குவளை is the written word
for a drinking glass or tumbler (the spoken கிளாஸ் is a loan); it is only a measure in the language.
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw
from model.language.grammar import NP, Clause, Sentence
from model.language.lexicon import Lexicon

MAY_HAVE = "may_have"
ASKERS = ("i", "we")          # a request for oneself: the speaker, alone or with others (not நாம்: with the listener)
CAN_HAVE_RATE = 0.5           # of the generator's 'i want coffee' statements, asked for with கிடைக்குமா
MEASURE_SHARE = 0.5           # of those with a drink a measure fits, asked for by the glass


def measures(lex: Lexicon) -> dict[str, dict]:
    """Measure key -> {'ta': குவளை, 'en': glass, 'en_pl': glasses, 'for': what it measures}."""
    return {m["key"]: m for m in lex.data.get("measures", ())}


def have_problem(lex: Lexicon, subj: NP, obj: NP | None, measure: tuple[str, str] | None, some: bool) -> str | None:
    """Why *can (subj) have (obj)?* is not in the language (None when it is)."""
    ta = lex.experiencers[MAY_HAVE]["q"]
    if subj.kind != "pron" or subj.head not in ASKERS:
        return f"{ta} (can … have) asks for the speaker: எனக்கு (i) or எங்களுக்கு (we)"
    if obj is None or obj.kind != "noun" or obj.rc is not None or obj.adjs:
        return f"{ta} (can … have) asks for a plain food or drink (எனக்குக் காபி கிடைக்குமா ?)"
    noun = lex.nouns[obj.head]
    if measure is not None:
        det, key = measure
        m = measures(lex)[key]
        if not noun.fills(m["for"]):
            return f"{m['ta']} ({m['en']}) measures " + ", ".join(lex.nouns[k].en for k in m["for"])
        if obj.det is not None or some:
            return f"{m['ta']} ({m['en']}) measures a drink with no determiner (ஒரு {m['ta']} தண்ணீர், " \
                   f"a {m['en']} of water)"
        if det != "a" and det not in lex.numbers:
            return f"{measures(lex)[key]['ta']} is counted with ஒரு or a number"
        return None
    if noun.cls != "food":
        return f"{ta} (can … have) asks for food or drink"
    if obj.det is None and "mass" not in noun.tags:
        return f"{ta} (can … have): a dish is asked for with ஒரு (ஒரு தோசை, a dosa)"
    if obj.det is not None and (obj.det != "a" or "mass" in noun.tags and "serving" not in noun.tags):
        return f"{ta} (can … have) asks for a drink or dish bare (காபி), with கொஞ்சம் (some) or with ஒரு (a)"
    return None


def fail_unless(r, problem: str | None, tok) -> None:
    """Refuse the sentence at ``tok`` when there is a problem (both parsers' ``fail``)."""
    if problem:
        r.fail(problem, tok)


# ---- the Tamil parser
def read_measured(r, node, mood: str) -> Clause:
    """exp with a measure: the dative, det MEASURE, the bare drink, கிடைக்குமா (the experiencer's other
    checks, the -ஆ and the dative, are the parser's ``experiencer``)."""
    from lark import Tree

    from model.language.forest import first_word

    nps = [c for c in node.children if isinstance(c, Tree) and c.data == "np"]
    mnode = next(c for c in node.children if isinstance(c, Tree) and c.data == "measure")
    vtok = first_word(node.children[-1])
    a = r.an(vtok, "VEXP")
    if a.key != MAY_HAVE or mood != "question":
        r.fail(f"{r.word(vtok)}: a measure (ஒரு குவளை தண்ணீர்) goes with {r.lex.experiencers[MAY_HAVE]['q']} ?, "
               "a request for oneself", vtok)
    subj, case, _, stok = r.np(nps[0], 0, felt=True)
    if case != "dat":
        r.fail(f"{r.word(vtok)}: the one who asks is in the dative (எனக்கு, எங்களுக்கு)", stok)
    obj, ocase, _, otok = r.np(nps[1], 0)
    if ocase != "nom":
        r.fail(f"{r.word(otok)}: what is asked for takes no case suffix", otok)
    dtok, mtok = first_word(mnode.children[0]), mnode.children[1]
    det = r.table[dtok.value][0]
    if det.cat == "NUM" or det.key == "a":
        measure = (det.key, r.an(mtok, "MEASURE").key)
    else:
        r.fail(f"{r.word(dtok)}: a measure is counted with ஒரு or a number (ஒரு குவளை, இரண்டு குவளை)", dtok)
    fail_unless(r, have_problem(r.lex, subj, obj, measure, False), otok)
    return Clause(MAY_HAVE, "pres", subj=subj, obj=obj, exp=True, measure=measure)


# ---- the English parser
def read_english_can_have(r, node) -> Clause:
    """canhave: CAN np HAVE measure? np — *can i have (a glass of) water ?*"""
    from lark import Token, Tree

    from model.language.english_grammar import readings

    nps = [c for c in node.children if isinstance(c, Tree) and c.data == "np"]
    mnode = next((c for c in node.children if isinstance(c, Tree) and c.data == "measure"), None)
    who = r.phrase(nps[0])
    if who.pron is None or not set(who.pron) & set(ASKERS):
        r.fail("'can … have' asks for the speaker: 'can i have …', 'can we have …' (for the listener: 'do you want …')",
               who.tok)
    subj = NP(next(k for k in who.pron if k in ASKERS), "pron")
    toks = [t for t in nps[1].children if isinstance(t, Token)]
    some = toks[0].type == "SOME"
    if some:                                         # can i have some water ?
        head = r.reading(toks[-1], "NOUN")
        obj = NP(head.key, number=head.feat)
        if len(toks) != 2:
            r.fail(f"'{' '.join(t.value for t in toks)}': the grammar says 'some {toks[-1].value}'", toks[0])
        tok = toks[0]
    else:
        thing = r.phrase(nps[1])
        obj, tok = thing.np, thing.tok
    measure = None
    if mnode is not None:
        dtok, mtok = [t for t in mnode.children if isinstance(t, Token)][:2]
        det = r.reading(dtok, dtok.type)
        m = next((x for x in readings(mtok.value) if x.cat == "MEASURE"), None)   # glasses: spectacles, or a measure
        if m is None:
            r.fail(f"'{mtok.value} of': the measure the language has is 'a glass of' (two glasses of …)", mtok)
        number = "pl" if det.cat == "NUM" else "sg"
        entry = measures(r.lex)[m.key]
        if det.cat == "DET" and det.key != "a" or mtok.value != entry["en_pl" if number == "pl" else "en"]:
            want = f"a {entry['en']}" if number == "sg" else f"{dtok.value} {entry['en_pl']}"
            r.fail(f"'{dtok.value} {mtok.value} of': the grammar says '{want} of'", dtok)
        measure = (det.key, m.key)
    fail_unless(r, have_problem(r.lex, subj, obj, measure, some), tok)
    return Clause(MAY_HAVE, "pres", subj=subj, obj=obj, exp=True, some=some, measure=measure)


# ---- linearization
def ta_measure(lz, cl: Clause, path: tuple) -> None:
    """ஒரு குவளை (before the drink)."""
    det, key = cl.measure
    entry = lz.lex.determiners.get(det) or lz.lex.numbers[det]
    lz.ta(entry["ta"], path + ("measure", "det"), doubles=entry.get("doubles", False))
    lz.ta(measures(lz.lex)[key]["ta"], path + ("measure", "head"))


def en_can_have(lz, cl: Clause, path: tuple) -> tuple[int, int]:
    """*can i have (a glass of | some) water ?*: *can* and *have* ← கிடைக்குமா; returns (have, subject)."""
    lex, vp = lz.lex, path + ("verb",)
    can_word, have_word = lex.experiencers[MAY_HAVE]["en_modal"]
    can = lz.en(can_word, vp)
    subj_i = lz.en_np(cl.subj, path + ("subj",), subject=True)
    have = lz.en(have_word, vp)
    if cl.measure is not None:
        det, key = cl.measure
        entry, mp = measures(lex)[key], path + ("measure", "head")
        number_word = lex.numbers[det]["en"] if det in lex.numbers else "a"
        det_i = lz.en(number_word, path + ("measure", "det"))
        m_i = lz.en(entry["en"] if det == "a" else entry["en_pl"], mp)
        of_i = lz.en("of", mp)
        obj_i = lz.en_np(cl.obj, path + ("obj",), objective=True)
        lz.rel(det_i, m_i, "det" if det == "a" else "nummod")
        lz.rel(of_i, obj_i, "case")
        lz.rel(obj_i, m_i, "nmod")
        lz.rel(m_i, have, "obj")
    else:
        some_i = lz.en(lex.amounts["some"]["en_food"][0], path + ("some",)) if cl.some else None
        obj_i = lz.en_np(cl.obj, path + ("obj",), objective=True)
        lz.rel(some_i, obj_i, "det")
        lz.rel(obj_i, have, "obj")
    lz.rel(can, have, "aux")
    lz.rel(subj_i, have, "nsubj")
    return have, subj_i


# ---- the generator
def maybe_can_have(lex: Lexicon, tree: Sentence) -> Sentence:
    """Now and then the generator's எனக்குக் காபி வேண்டும் (i want coffee) is asked for instead (எனக்குக் காபி
    கிடைக்குமா ?), a drink sometimes by the glass; drawn from a hash of the tree, so the random stream is unchanged."""
    if MAY_HAVE not in lex.experiencers or tree.mood != "decl" or len(tree.clauses) != 1 or tree.intj is not None:
        return tree
    cl = tree.clauses[0]
    if not cl.exp or cl.verb != "want" or cl.neg or cl.wants is not None or cl.than is not None or cl.obj is None:
        return tree
    if cl.subj.kind != "pron" or cl.subj.head not in ASKERS:
        return tree
    draw = hash_draw("can_have" + repr(tree))
    if draw >= CAN_HAVE_RATE:
        return tree
    out = replace(cl, verb=MAY_HAVE)
    fits = [k for k, m in measures(lex).items() if lex.nouns[cl.obj.head].fills(m["for"])]
    if fits and cl.obj.det is None and not cl.some and draw < CAN_HAVE_RATE * MEASURE_SHARE:
        det = "a" if draw < CAN_HAVE_RATE * MEASURE_SHARE / 2 else "two"
        out = replace(out, measure=(det, fits[0]))
    if have_problem(lex, out.subj, out.obj, out.measure, out.some) is not None:
        return tree
    return replace(tree, mood="question", clauses=(out,))
