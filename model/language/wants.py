"""Wanting to do something (language v6b), shared by both parsers, the linearizer and the generator.

வேண்டும் with a dative experiencer says what someone wants (எனக்குக் காபி வேண்டும், i want coffee); with an
infinitive before it, what someone wants to do: உனக்கு ஏதாவது சாப்பிட வேண்டுமா ? *do you want to eat something ?*,
எனக்குத் தூங்க வேண்டும் *i want to sleep*. English *to* and the verb align to the infinitive, which is an ``xcomp``
of *want*; ஏதாவது is *something*, the infinitive's object. The infinitive's object stands right before it:
accusative, bare where the thing is unmarked (காபி குடிக்க), or ஏதாவது. The lexicon's ``want_to`` entry lists the
verbs and the words. Statements and yes/no questions, not negated (வேண்டாம் after an infinitive is the polite
negative imperative, போக வேண்டாம்).
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from model.language.grammar import Clause, refers_to_person, unmarked_object
from model.language.lexicon import Lexicon

WANT_TO_RATE = 0.3           # the generator's 'want' experiencer clauses told as wanting to do something (a hash draw)


def want_entry(lex: Lexicon) -> dict:
    """The lexicon's ``want_to`` entry: 'verbs' one may want to do, 'something' (ta, en)."""
    return lex.data["want_to"]


def want_problem(lex: Lexicon, cl: Clause, mood: str, depth: int) -> str | None:
    """Why ``cl`` (an experiencer 'want' with ``wants``) is not in the language (None when it is)."""
    inner, entry = cl.wants, want_entry(lex)
    verb = lex.verb(inner.verb)
    said = f"{verb.inf} வேண்டும் (want to {verb.en[0]})"
    if mood not in ("decl", "question") or depth or cl.neg:
        return f"{said} goes in a statement or a yes/no question, not negated"
    if inner.verb not in entry["verbs"]:
        wanted = ", ".join(lex.verb(v).en[0] for v in entry["verbs"])
        return f"the language says what one wants to do with these verbs: {wanted}"
    subj = cl.subj
    person = refers_to_person(lex, subj)
    if not person:
        return f"{said}: a person wants to do something"
    if inner.something or inner.obj is not None:
        if not verb.obj:
            return f"'{verb.en[0]}' takes no object"
        if inner.obj is not None:
            obj = inner.obj
            noun = lex.pronoun_nouns.get(obj.head) if obj.kind == "pron" else lex.nominal(obj.kind, obj.head)
            if obj.rc is not None or noun is None or not noun.fills(verb.obj):
                return f"'{noun.en if noun else obj.head}' is not something one can {verb.en[0]}"
    elif verb.obj and not verb.obj_optional:
        return f"'{verb.en[0]}' needs its object before it (ஏதாவது, something)"
    return None


def maybe_want_to(lex: Lexicon, tree):
    """Now and then the generator's 'want' experiencer clause (எனக்குக் காபி வேண்டும்) says what someone wants to
    do instead (எனக்கு ஏதாவது குடிக்க வேண்டும்); the draws are hashes of the tree, so the random stream is unchanged."""
    if tree.mood not in ("decl", "question") or len(tree.clauses) != 1 or tree.intj is not None:
        return tree
    cl = tree.clauses[0]
    if not cl.exp or cl.verb != "want" or cl.neg or cl.some or cl.degree:
        return tree
    digest = hashlib.sha256(("want to" + repr(tree)).encode()).hexdigest()
    if int(digest[:8], 16) / 16 ** 8 >= WANT_TO_RATE:
        return tree
    verbs = want_entry(lex)["verbs"]
    key = verbs[int(digest[8:12], 16) % len(verbs)]
    verb = lex.verb(key)
    obj = cl.obj if cl.obj is not None and cl.obj.det is None and verb.obj and \
        lex.nouns[cl.obj.head].fills(verb.obj) else None
    something = verb.obj is not None and obj is None and (not verb.obj_optional or int(digest[12:14], 16) % 2 == 0)
    wanted = replace(cl, obj=None, wants=Clause(key, None, obj=obj, something=something))
    if want_problem(lex, wanted, tree.mood, 0) is not None:
        return tree
    return replace(tree, clauses=(wanted,))


def ta_wants(lz, cl: Clause, path: tuple) -> None:
    """ஏதாவது சாப்பிட / காபி குடிக்க / தூங்க: the infinitive's object and the infinitive, before வேண்டும்."""
    inner, wp = cl.wants, path + ("wants",)
    if inner.something:
        lz.ta(want_entry(lz.lex)["something"]["ta"], wp + ("something",))
    elif inner.obj is not None:
        obj = inner.obj
        bare = obj.kind == "noun" and obj.det is None and unmarked_object(lz.lex.nouns[obj.head], obj.number)
        lz.ta_np(obj, "nom" if bare else "acc", wp + ("obj",))
    lz.ta(lz.lex.verb(inner.verb).inf, wp + ("verb",))


def en_wants(lz, cl: Clause, path: tuple, main: int) -> None:
    """*to eat something*: to and the verb ← the infinitive (``xcomp`` of want), something ← ஏதாவது."""
    inner, wp = cl.wants, path + ("wants",)
    to_i = lz.en(lz.lex.data["purpose"]["en"], wp + ("verb",))
    verb_i = lz.en(lz.lex.verb(inner.verb).en[0], wp + ("verb",))
    lz.rel(to_i, verb_i, "mark")
    if inner.something:
        lz.rel(lz.en(want_entry(lz.lex)["something"]["en"], wp + ("something",)), verb_i, "obj")
    elif inner.obj is not None:
        lz.rel(lz.en_np(inner.obj, wp + ("obj",), objective=True), verb_i, "obj")
    lz.rel(verb_i, main, "xcomp")


# ---- the Tamil parser's side: an mclause whose first phrase is a dative
def is_want_to(r, node) -> bool:
    """Whether the mclause ``node`` starts with a noun phrase in the dative (a person who wants)."""
    first = node.children[0]
    if getattr(first, "data", None) != "item" or first.children[0].data != "np":
        return False
    from model.language.forest import first_word

    toks = [first_word(k) for k in first.children[0].children]
    return any(a.cat == "PRON" and a.feats[0] == "dat" or a.cat == "N" and a.feats[1] == "dat"
               for a in r.table[toks[-1].value])


def read_want_to(r, node, mood: str, depth: int) -> Clause:
    """எனக்கு ஏதாவது சாப்பிட வேண்டும்: the dative, the object (or ஏதாவது), the infinitive and வேண்டும்(ஆ)."""
    from model.language.forest import first_word
    from model.language.purpose import object_case_fits

    kids = node.children
    vtok, ftok = first_word(kids[-2]), first_word(kids[-1])
    form = next((a for a in r.table[ftok.value] if a.cat == "VEXP"), None)
    if form is None or form.key != "want" or form.feats[0] == "neg":
        r.fail(f"{r.word(ftok)}: what someone wants to do ends with வேண்டும் (எனக்குத் தூங்க வேண்டும்)", ftok)
    if (mood == "question") != (form.feats[0] == "q"):
        r.fail(f"{r.word(ftok)}: a yes/no question ends with வேண்டுமா and '?'" if mood == "question"
               else f"{r.word(ftok)} asks a question: the sentence ends with '?'", ftok)
    items = [k.children[0] for k in kids[:-2]]
    if any(getattr(k, "data", None) != "item" for k in kids[:-2]) or len(items) > 2 or \
            any(i.data not in ("np", "anyobj") for i in items) or items[0].data != "np":
        r.fail(f"{r.word(vtok)}: what someone wants to do has the person (dative), its object at most and the "
               "infinitive (உனக்கு ஏதாவது சாப்பிட வேண்டுமா ?)", vtok)
    key = r.an(vtok, "VINF").key
    if key not in want_entry(r.lex)["verbs"]:
        wanted = ", ".join(r.lex.verb(v).en[0] for v in want_entry(r.lex)["verbs"])
        r.fail(f"{r.word(vtok)}: the language says what one wants to do with these verbs: {wanted}", vtok)
    subj, case, _, stok = r.np(items[0], depth, felt=True)
    if case != "dat":
        r.fail(f"{r.word(stok)}: the one who wants is in the dative (எனக்கு, உனக்கு)", stok)
    obj, something = None, False
    if len(items) == 2 and items[1].data == "anyobj":
        something = True
    elif len(items) == 2:
        obj, ocase, _, otok = r.np(items[1], depth)
        if not object_case_fits(r.lex, obj, ocase):
            r.fail(f"{r.word(otok)}: the object of {r.word(vtok)} is in the accusative (-ஐ), or bare where "
                   "the thing is unmarked (காபி குடிக்க)", otok)
    cl = Clause("want", "pres", subj=subj, exp=True, wants=Clause(key, None, obj=obj, something=something))
    problem = want_problem(r.lex, cl, mood, depth)
    if problem:
        r.fail(f"{r.word(vtok)}: {problem}", vtok)
    return cl


# ---- the English parser's side (``r`` is its resolver)
def read_english_want_to(r, subj, node, items: list, neg: bool, mood: str, depth: int, conj) -> Clause:
    """"do you want to eat something ?", "i want to sleep": the subject, want, to and the verb and its object."""
    from lark import Token, Tree

    from model.language.english_grammar import readings

    verb_tok = next(c for c in node.children if isinstance(c, Token) and c.type == "VERB")
    if depth or conj is not None or items:
        r.fail("'want to …' stands in a sentence of its own, with its subject and the verb's object only "
               "(do you want to eat something ?)", verb_tok)
    reading = next((x for x in readings(verb_tok.value) if x.cat == "VERB" and x.key in r.lex.verbs
                    and x.feat == "base"), None)
    if reading is None:
        r.fail(f"'to {verb_tok.value}': after 'to' the verb is in its base form (to eat, to sleep)", verb_tok)
    np_node = next((c for c in node.children if isinstance(c, Tree)), None)
    something = any(isinstance(c, Token) and c.type == "SOMETHING" for c in node.children)
    obj = r.phrase(np_node).np if np_node is not None else None
    cl = Clause("want", "pres", subj=subj, exp=True, neg=neg,
                wants=Clause(reading.key, None, obj=obj, something=something))
    problem = want_problem(r.lex, cl, mood, depth)
    if problem:
        r.fail(problem, verb_tok)
    return cl
