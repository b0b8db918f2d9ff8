"""A state so strong that one could do something (language v7d): *so … that … could*.

Tamil measures the state with அளவுக்கு (to the extent) after the relative participle of கூடு (can) on the
infinitive: நான் நாள் முழுவதும் தூங்கக்கூடிய அளவுக்குச் சோர்வாக இருக்கிறேன் *i am so tired that i could sleep all
day*. அளவுக்கு doubles a following hard consonant (a dative: அளவுக்குச் சோர்வாக). The clause inside has no subject
of its own (it is the subject of the state) and takes at most a time phrase (நாள் முழுவதும், all day).

English: *so* and *that* align to அளவுக்கு; the repeated subject, *could* and the verb to the -க்கூடிய form. Relations
(UD): the predicate heads the clause (*am* its ``cop``, *so* its ``advmod``); the result verb is an ``advcl`` of the
predicate with *that* its ``mark``, *could* its ``aux`` and the repeated pronoun its ``nsubj``, ``coref`` to the
subject. One reading: the gold takes *could* as what the state would let one do (a hypothetical result, as the
English means it), which is what -க்கூடிய அளவுக்கு says; it is not a past ability.

The lexicon's ``extent`` entry holds the words; a state goes with the results listed in ``RESULTS`` (tired: sleep;
happy: sing, dance; angry: cry), of a person whose English pronoun is known (as in ``model.language.reported``).
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw
from model.language.grammar import Clause, Sentence, np_agr, np_number_en, refers_to_person
from model.language.inflection import BE_PRESENT
from model.language.lexicon import Lexicon
from model.language.reported import sayer_pronoun

RESULTS = {"tired": ("sleep",), "happy": ("sing", "dance"), "angry": ("cry",)}   # a state and what it could make one do
EXTENT_RATE = 0.5            # of the generator's one-clause statements of such a state, said with so … that
ALL_DAY_RATE = 0.5           # of those, the result lasting all day (நாள் முழுவதும்)
BE_PAST = {"sg": "was", "1sg": "was", "pl": "were"}


def extent_entry(lex: Lexicon) -> dict:
    """The lexicon's ``extent`` entry: 'ta' அளவுக்கு, 'suffix' -க்கூடிய, 'en' (so, that, could), 'times' drawn with it."""
    return lex.data["extent"]


def could_form(lex: Lexicon, key: str) -> str:
    """தூங்கக்கூடிய: the infinitive and -க்கூடிய."""
    return lex.verb(key).inf + extent_entry(lex)["suffix"]


def extent_problem(lex: Lexicon, cl: Clause, mood: str, depth: int) -> str | None:
    """Why ``cl`` (a state with its result) is not in the language (None when it is)."""
    res = cl.result
    if mood != "decl" or depth or cl.neg or cl.tense not in ("pres", "past") or cl.time or cl.degree or cl.advs:
        return "so … that is said in a statement of a state now or in the past (i am so tired that i could sleep)"
    if cl.pred not in RESULTS:
        return f"so … that measures {', '.join(RESULTS)} (i am so tired that i could sleep)"
    if res.verb not in RESULTS[cl.pred]:
        verbs = ", ".join(lex.verb(v).en[0] for v in RESULTS[cl.pred])
        return f"being so {lex.predicates[cl.pred]['en']} could make one {verbs}, not {lex.verb(res.verb).en[0]}"
    if not refers_to_person(lex, cl.subj) or cl.subj.rc is not None or sayer_pronoun(lex, cl.subj) is None:
        return ("so … that is said of a person English can repeat as a pronoun (i, he, she, they, my mother), with "
                "no relative clause")
    if res.time is not None and res.time not in extent_entry(lex)["times"]:
        return "the result takes 'all day' at most (i could sleep all day)"
    return None


def maybe_extent(lex: Lexicon, tree: Sentence) -> Sentence:
    """Now and then a one-clause statement of a strong state gets its result (… தூங்கக்கூடிய அளவுக்குச் சோர்வாக
    இருக்கிறேன்); hash draws of the tree, so the generator's random stream is unchanged."""
    if tree.mood != "decl" or len(tree.clauses) != 1 or tree.intj is not None:
        return tree
    cl = tree.clauses[0]
    if cl.verb != "be" or cl.pred not in RESULTS or cl.pred2 or cl.than is not None or cl.everyone or cl.wh or \
            any(getattr(cl, r) is not None for r in ("loc", "comit", "source", "goal", "iobj", "obj", "attr")):
        return tree
    if hash_draw("extent" + repr(tree)) >= EXTENT_RATE:
        return tree
    verbs = RESULTS[cl.pred]
    verb = verbs[int(hash_draw("extent-verb" + repr(tree)) * len(verbs))]
    time = extent_entry(lex)["times"][0] if hash_draw("extent-time" + repr(tree)) < ALL_DAY_RATE else None
    out = replace(cl, time=None, degree=None, advs=(), time_first=False, result=Clause(verb, None, time=time))
    return tree if extent_problem(lex, out, "decl", 0) else replace(tree, clauses=(out,))


# ---- linearization
def ta_extent(lz, cl: Clause, path: tuple) -> None:
    """நான் நாள் முழுவதும் தூங்கக்கூடிய அளவுக்குச் சோர்வாக இருக்கிறேன்."""
    lex, res = lz.lex, cl.result
    lz.ta_np(cl.subj, "nom", path + ("subj",))
    for j, word in enumerate(lex.times[res.time]["ta"] if res.time else ()):
        lz.ta(word, path + ("result", "time", j))
    lz.ta(could_form(lex, res.verb), path + ("result", "verb"))
    lz.ta(extent_entry(lex)["ta"], path + ("extent",), doubles=True)
    lz.ta(lex.predicates[cl.pred]["ta"], path + ("pred",), doubles=True)
    lz.ta(lex.copula.finite(cl.tense, np_agr(lex, cl.subj)), path + ("verb",))


def en_extent(lz, cl: Clause, path: tuple) -> tuple[int, int]:
    """*i am so tired that i could sleep all day*."""
    lex, res = lz.lex, cl.result
    so, that, could = extent_entry(lex)["en"]
    rp = path + ("result", "verb")
    number = np_number_en(lex, cl.subj)
    subj_i = lz.en_np(cl.subj, path + ("subj",), subject=True)
    be_i = lz.en((BE_PRESENT if cl.tense == "pres" else BE_PAST)[number], path + ("verb",))
    so_i = lz.en(so, path + ("extent",))
    pred_i = lz.en(lex.predicates[cl.pred]["en"], path + ("pred",))
    that_i = lz.en(that, path + ("extent",))
    pron_i = lz.en(sayer_pronoun(lex, cl.subj), rp)
    could_i = lz.en(could, rp)
    verb_i = lz.en(lex.verb(res.verb).en[0], rp)
    if res.time is not None:
        lz.rel(lz.en_time(res, path + ("result",), verb_i), verb_i, "tmod")
    lz.rel(subj_i, pred_i, "nsubj")
    lz.rel(be_i, pred_i, "cop")
    lz.rel(be_i, subj_i, "agr")
    lz.rel(so_i, pred_i, "advmod")
    lz.rel(verb_i, pred_i, "advcl")
    lz.rel(that_i, verb_i, "mark")
    lz.rel(pron_i, verb_i, "nsubj")
    lz.rel(could_i, verb_i, "aux")
    lz.rel(pron_i, subj_i, "coref")
    return pred_i, subj_i


# ---- the Tamil parser's side: clause: np time? extent pred vfin, extent: vcould DEGA_
def read_extent(r, node, mood: str, depth: int) -> Clause:
    """The subject, the result's time, the -க்கூடிய form, அளவுக்கு, the state and இரு agreeing with the subject."""
    from model.language.forest import first_word
    from model.language.parser import find_time

    lex, kids = r.lex, node.children
    items = [k.children[0] for k in kids[:-1]]
    at = next(i for i, k in enumerate(items) if k.data == "extent")
    ctok, vtok = first_word(items[at]), first_word(kids[-1])
    shape = [k.data for k in items]
    if shape not in (["np", "extent", "pred"], ["np", "time", "extent", "pred"]):
        r.fail(f"{r.word(ctok)}: so … that is the subject, (a time,) the -க்கூடிய form, அளவுக்கு, the state and இரு "
               "(நான் நாள் முழுவதும் தூங்கக்கூடிய அளவுக்குச் சோர்வாக இருக்கிறேன்)", ctok)
    subj, case, noun, stok = r.np(items[0], depth)
    if case != "nom":
        r.fail(f"{r.word(stok)}: the subject takes no case suffix", stok)
    r.prev_noun, r.prev_obj = noun, (None, None)
    time = None
    if shape[1] == "time":
        words = " ".join(first_word(t).value for t in items[1].children)
        time = find_time(lex, words)
        if time is None:
            r.fail(f"'{words}' is not a time of the language", first_word(items[1]))
    pred = r.an(first_word(items[-1]), "PRED").key
    agr = np_agr(lex, subj)
    forms = [a for a in r.table[vtok.value] if a.cat == "VFIN" and a.key == "be" and len(a.feats) == 2]
    tense = next((a.feats[0] for a in forms if a.feats[1] == agr and a.feats[0] in ("pres", "past")), None)
    if tense is None:
        r.fail(f"{r.word(vtok)}: the state ends with இரு in the present or past, agreeing with its subject "
               f"({lex.copula.finite('pres', agr)})", vtok)
    cl = Clause("be", tense, subj=subj, pred=pred, result=Clause(r.an(ctok, "VCOULD").key, None, time=time))
    problem = extent_problem(lex, cl, mood, depth)
    if problem:
        r.fail(f"{r.word(ctok)}: {problem}", ctok)
    return cl


# ---- the English parser's side: extent: subj BE SO PRED REL subj COULD VERB time?
def read_english_extent(r, node, conj) -> Clause:
    """"i am so tired that i could sleep all day": the subject, am/is/was, so, the state, that, the subject again
    as a pronoun, could, the verb and a time."""
    from lark import Token, Tree

    from model.language.english_grammar import readings
    from model.language.english_resolver import BE_FORMS, RIGHT_FORM

    trees = [c for c in node.children if isinstance(c, Tree)]
    subj_node, pron_node = trees[0], trees[1]
    time_node = trees[2] if len(trees) > 2 else None
    toks = {c.type: c for c in node.children if isinstance(c, Token)}
    be, pred_tok, verb_tok = toks["BE"], toks["PRED"], toks["VERB"]
    if conj is not None:
        r.fail("so … that stands in a sentence of its own (i am so tired that i could sleep all day)", toks["SO"])
    subj = r.phrase(subj_node.children[0] if subj_node.data == "subj" else subj_node)
    if subj.pron is not None:
        subj = r.continuing(subj, None, "decl", 0, True)
    tense, fits = BE_FORMS[be.value]
    number = np_number_en(r.lex, subj.np)
    if number not in fits:
        want = RIGHT_FORM["be_pres" if tense == "pres" else "be_past"][number]
        r.fail(f"'{be.value}' does not agree with its subject '{subj.text}': write '{want}'", be)
    pred = r.reading(pred_tok, "PRED").key
    reading = next((x for x in readings(verb_tok.value) if x.cat == "VERB" and x.key in r.lex.verbs
                    and x.feat == "base"), None)
    if reading is None:
        r.fail(f"'could {verb_tok.value}': after 'could' the verb is in its base form (could sleep)", verb_tok)
    time = r.time_of([time_node]) if time_node is not None else None
    cl = Clause("be", tense, subj=subj.np, pred=pred, result=Clause(reading.key, None, time=time))
    problem = extent_problem(r.lex, cl, "decl", 0)
    if problem:
        r.fail(problem, toks["SO"])
    pron = r.phrase(pron_node.children[0] if pron_node.data == "subj" else pron_node)
    want = sayer_pronoun(r.lex, subj.np)
    if pron.text != want:
        r.fail(f"'… that {pron.text} could …': the result is the subject's, so the pronoun is '{want}'", pron.tok)
    r.prev = subj
    return cl
