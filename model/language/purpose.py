"""Purpose infinitives (language v5c), shared by both parsers and the generator.

Tamil says why someone comes or goes with an infinitive after the subject (and the time): என் நண்பன் என்னைப்
பார்க்க வந்தான் *my friend came to see me*, நான் பால் வாங்கக் கடைக்குச் சென்றேன் *i went to the shop to buy milk*
(the infinitive doubles a following hard consonant). English puts *to* and the verb at the end of the clause;
*to* and the verb align to the Tamil infinitive. The lexicon's ``purpose`` entry lists the verbs of motion that
take one. The infinitive takes its own object (accusative, or bare where a bare object is unmarked) or none
where its verb may leave it out (அவன் சாப்பிட வந்தான், he came to eat).
"""

from __future__ import annotations

from dataclasses import replace

from model.language.grammar import NP, Clause, refers_to_person, unmarked_object
from model.language.lexicon import Lexicon

PURPOSE_RATE = 0.5                         # one-clause statements and questions of coming or going given a purpose
PURPOSE_VERBS = ("see", "buy", "eat", "meet", "read", "drink", "help", "play", "cook", "write", "study")


def purpose_entry(lex: Lexicon) -> dict:
    """The lexicon's ``purpose`` entry: 'verbs' of motion that take a purpose, 'en' the English marker (to)."""
    return lex.data["purpose"]


def purpose_problem(lex: Lexicon, main: Clause, purpose: Clause, mood: str, depth: int) -> str | None:
    """Why ``purpose`` cannot be the purpose of ``main`` (None when it can): a verb of motion in a statement or
    question with no question word, and an infinitive whose object fits it."""
    entry = purpose_entry(lex)
    verb = lex.verb(purpose.verb)
    said = verb.inf
    if main.verb not in entry["verbs"]:
        return f"an infinitive of purpose ({said}, to {verb.en[0]}) goes with coming or going (வந்தான், சென்றான்)"
    if depth or mood not in ("decl", "question") or main.wh is not None or main.advs:
        return f"an infinitive of purpose ({said}) goes in a main statement or yes/no question with no adverb"
    subj = main.subj
    person = refers_to_person(lex, subj)
    if not person:
        return f"an infinitive of purpose ({said}) says why a person comes or goes"
    if any(getattr(main, r) is not None for r in ("obj", "iobj", "loc", "comit", "source")):
        return (f"an infinitive of purpose ({said}) goes with a destination at most "
                "(நான் பால் வாங்கக் கடைக்குச் சென்றேன்)")
    if purpose.obj is None:
        return None if verb.obj_optional or not verb.obj else f"{said} (to {verb.en[0]}) needs its object before it"
    if not verb.obj:
        return f"{said} (to {verb.en[0]}) takes no object"
    obj = purpose.obj
    if obj.rc is not None:
        return "the object of an infinitive of purpose has no relative clause"
    if purpose.some and (obj.kind != "noun" or obj.det is not None or "mass" not in lex.nouns[obj.head].tags
                         or lex.nouns[obj.head].cls != "food"):
        return "கொஞ்சம் (some) goes right before a bare food or drink (கொஞ்சம் பால் வாங்க, to buy some milk)"
    noun = lex.pronoun_nouns.get(obj.head) if obj.kind == "pron" else lex.nominal(obj.kind, obj.head)
    if noun is None or not noun.fills(verb.obj):
        return f"'{noun.en if noun else obj.head}' is not something one can {verb.en[0]}"
    return None


def object_case_fits(lex: Lexicon, obj: NP, case: str) -> bool:
    """The infinitive's object is accusative, or bare (nominative) where the grammar leaves it unmarked."""
    bare = obj.kind == "noun" and obj.det is None and unmarked_object(lex.nouns[obj.head], obj.number)
    return case == ("nom" if bare else "acc")


def draw_purpose(rng, lex: Lexicon, cl: dict, mood: str) -> Clause | None:
    """Now and then a purpose for a one-clause statement or question of coming or going (a frozen clause), else None."""
    if cl["verb"] not in purpose_entry(lex)["verbs"] or cl.get("advs") or cl.get("wh") or rng.random() >= PURPOSE_RATE:
        return None
    if any(cl[r] is not None and cl[r].get("rc") for r in ("subj", "goal")) or cl["subj"] is None \
            or any(cl[r] is not None for r in ("obj", "iobj")):
        return None
    if cl["subj"]["noun"] is None or cl["subj"]["noun"].cls != "person":
        return None
    key = rng.choice([k for k in PURPOSE_VERBS if k in lex.verbs])
    verb = lex.verbs[key]
    obj = None
    if verb.obj and not (verb.obj_optional and rng.random() < 0.3):
        things = [n for n in lex.nouns.values() if n.fills(verb.obj)]
        if not things:
            return None
        noun = rng.choice(things)
        if rng.random() < 0.2 and noun.cls == "person":
            obj = NP(rng.choice(("i", "we", "he", "they")), "pron")
        else:
            bare = unmarked_object(noun, "sg") and rng.random() < 0.6
            obj = NP(noun.key, det=None if bare else rng.choice(("the", "this", "my")))
    elif verb.obj and not verb.obj_optional:
        return None
    some = obj is not None and obj.kind == "noun" and obj.det is None and lex.nouns[obj.head].cls == "food" \
        and "mass" in lex.nouns[obj.head].tags and rng.random() < 0.3
    cl["loc"] = cl["comit"] = cl["source"] = None      # with a destination at most: the purpose is the point
    return Clause(key, None, obj=obj, some=some)


def ta_purpose(lz, cl: Clause, path: tuple) -> None:
    """The infinitive's object and the infinitive, on the Tamil linearizer (the infinitive doubles: வாங்கக்)."""
    p = cl.purpose
    if p.some:                              # கொஞ்சம் பால் வாங்க
        lz.ta(lz.lex.amounts["some"]["ta"], path + ("purpose", "some"))
    if p.obj is not None:
        bare = p.obj.kind == "noun" and p.obj.det is None and unmarked_object(lz.lex.nouns[p.obj.head], p.obj.number)
        lz.ta_np(p.obj, "nom" if bare else "acc", path + ("purpose", "obj"))
    lz.ta(lz.lex.verb(p.verb).inf, path + ("purpose", "verb"), doubles=True)


def en_purpose(lz, cl: Clause, path: tuple, main: int) -> None:
    """*to see me*: to and the verb ← the infinitive, at the end of the English clause."""
    p, vp = cl.purpose, path + ("purpose", "verb")
    to_i = lz.en(purpose_entry(lz.lex)["en"], vp)
    verb_i = lz.en(lz.lex.verb(p.verb).en[0], vp)
    lz.rel(to_i, verb_i, "mark")
    some_i = lz.en(lz.lex.amounts["some"]["en_food"][0], path + ("purpose", "some")) if p.some else None
    if p.obj is not None:
        obj_i = lz.en_np(p.obj, path + ("purpose", "obj"), objective=True)
        lz.rel(some_i, obj_i, "det")
        lz.rel(obj_i, verb_i, "obj")
    lz.rel(verb_i, main, "advcl")


# ---- the Tamil parser's side: the purpose item and the object right before it
def split_purpose(kids: list) -> tuple[list, object, object, bool] | None:
    """The clause's children without its purpose, the purpose's VINF node, its object's np node (or None) and
    whether கொஞ்சம் (some) stands before it, or None when the clause has no purpose item. The np right before
    the infinitive is its object unless it is the clause's first noun phrase (the subject)."""
    at = next((i for i, k in enumerate(kids[:-1]) if getattr(k, "data", None) == "item"
               and k.children[0].data == "purpose"), None)
    if at is None:
        return None
    inner = kids[at].children[0].children
    first_np = next((i for i, k in enumerate(kids) if getattr(k, "data", None) == "item"
                     and k.children[0].data == "np"), None)
    before = kids[at - 1] if at else None
    if before is not None and getattr(before, "data", None) == "item" and before.children[0].data == "someobj":
        return kids[:at - 1] + kids[at + 1:], inner[0], before.children[0].children[1], True    # கொஞ்சம் பால் வாங்க
    if before is not None and getattr(before, "data", None) == "item" and before.children[0].data == "np" \
            and at - 1 != first_np:
        return kids[:at - 1] + kids[at + 1:], inner[0], before.children[0], False
    return kids[:at] + kids[at + 1:], inner[0], None, False


def read_purpose(r, node, mood: str, depth: int, clause_of) -> Clause:
    """A clause with a purpose (``clause_of`` reads the rest), checked."""
    from lark import Tree

    from model.language.forest import first_word

    rest, vinf, obj_node, some = split_purpose(node.children)
    main = clause_of(Tree(node.data, rest))
    vtok = first_word(vinf)
    key = r.an(vtok, "VINF").key
    obj = None
    if obj_node is not None:
        obj, case, _, otok = r.np(obj_node, depth)
        if not object_case_fits(r.lex, obj, case):
            r.fail(f"{r.word(otok)}: the object of {r.word(vtok)} is in the accusative (-ஐ), or bare where "
                   "the thing is unmarked (பால் வாங்க)", otok)
    purpose = Clause(key, None, obj=obj, some=some)
    problem = purpose_problem(r.lex, main, purpose, mood, depth)
    if problem:
        r.fail(f"{r.word(vtok)}: {problem}", vtok)
    return replace(main, purpose=purpose)


# ---- the English parser's side (``r`` is its resolver: phrase, reading, fail)
def read_english_purpose(r, main: Clause, node, mood: str, depth: int) -> Clause:
    """"… to see me", "… to buy some milk": the verb in its base form and its object."""
    from lark import Token, Tree

    verb_tok = next(c for c in node.children if isinstance(c, Token) and c.type == "VERB")
    from model.language.english_grammar import readings

    reading = next((x for x in readings(verb_tok.value) if x.cat == "VERB" and x.key in r.lex.verbs
                    and x.feat == "base"), None)
    if reading is None:
        r.fail(f"'to {verb_tok.value}': after 'to' the verb is in its base form (to see, to buy)", verb_tok)
    np_node = next((c for c in node.children if isinstance(c, Tree)), None)
    obj, some = None, False
    if np_node is not None:
        toks = [t for t in np_node.children if isinstance(t, Token)]
        if toks[0].type == "SOME":          # to buy some milk (கொஞ்சம் பால் வாங்க)
            noun = r.reading(toks[-1], "NOUN")
            obj, some = NP(noun.key, number=noun.feat), True
        else:
            obj = r.phrase(np_node).np
    purpose = Clause(reading.key, None, obj=obj, some=some)
    problem = purpose_problem(r.lex, main, purpose, mood, depth)
    if problem:
        r.fail(problem, verb_tok)
    return replace(main, purpose=purpose)
