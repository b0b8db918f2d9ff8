"""Language v8b: *visiting* a person, the present of coming to see them; shared by the linearizer and the English
parser (the Tamil parser reads the clause as any purpose clause, ``model.language.purpose``).

Tamil has no everyday verb for *visit*: a Tamil speaker writes that someone comes to see a person, எங்களைப் பார்க்க
வருகிறார்கள். In the present that is what English says with *visit*: என் சகோதரியும் அவளுடைய கணவரும் எங்களைப்
பார்க்க வருகிறார்கள் → *my sister and her husband are visiting us*; with a habit, அவன் தினமும் என்னைப் பார்க்க
வருகிறான் → *he visits me every day*.

One English reading per Tamil: the present of வா (come) with the purpose பார்க்க (to see) and a person as its
object reads *visiting* (*visits* for a habit), never *is coming to see* — so *they are coming to see us* is no
longer a sentence of the language, and the English parser says so by showing *visiting*. The past (என்னைப் பார்க்க
வந்தான், *came to see me*), the future (*will come to see*), the perfect (*have come to see*), a place to see one
in (*came to the office to see …*) and a thing seen keep the purpose reading: there English *visited* or *came to
see* are both natural and the language keeps the older one.

Gold: *visiting* is the clause's root, aligned to both the Tamil verb and the infinitive (the two words say
*visit* together); the person is its ``obj``, aligned to the infinitive's object.
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw
from model.language.grammar import NP, Clause, refers_to_person
from model.language.lexicon import Lexicon


def entry(lex: Lexicon) -> dict:
    """The lexicon's ``visit`` entry: 'main' the verb of coming, 'purpose' the verb of seeing, 'en_ing' visiting."""
    return lex.data["visit"]


def english_forms(lex: Lexicon) -> tuple[str, str, str]:
    """visit, visits, visiting."""
    ing = entry(lex)["en_ing"]
    return ing[:-3], ing[:-3] + "s", ing


def visits(lex: Lexicon, cl: Clause) -> bool:
    """Whether ``cl`` (a clause with a purpose) says in English that its subject visits a person."""
    e, p = entry(lex), cl.purpose
    return p is not None and cl.verb == e["main"] and cl.tense == "pres" and p.verb == e["purpose"] \
        and p.obj is not None and not p.some and refers_to_person(lex, p.obj) and cl.goal is None \
        and not (cl.neg or cl.perfect or cl.prog or cl.modal or cl.habit or cl.never)


def visit_view(lz, cl: Clause, path: tuple, verb):
    """The clause and verb the English side says: the infinitive's object as the object of *visit* (its Tamil
    words found under the object's path too)."""
    base, s3, ing = english_forms(lz.lex)
    at = path + ("purpose", "obj")
    for p, i in list(lz.where.items()):
        if p[:len(at)] == at:
            lz.where[path + ("obj",) + p[len(at):]] = i
    return replace(cl, obj=cl.purpose.obj, purpose=None), replace(verb, en=(base, s3, verb.en[2]), en_ing=ing)


def with_infinitive(lz, path: tuple, main: int) -> None:
    """*visiting* ← வருகிறார்கள் and பார்க்க."""
    lz.align[main] = sorted({*lz.align[main], lz.where[path + ("purpose", "verb")]})


# ---- the English parser's side
def visit_readings(lex: Lexicon):
    """(word, category, verb key, form): visit and visits (VERB), visiting (VING), all of coming."""
    base, s3, ing = english_forms(lex)
    come = entry(lex)["main"]
    return ((base, "VERB", come, "base"), (s3, "VERB", come, "3sg"), (ing, "VING", come, ""))


def split_english_visit(r, main, items: list):
    """The items without the person visited, and that np node (None when the verb is not *visit*)."""
    if main.value not in english_forms(r.lex):
        return items, None
    at = next((i for i, item in enumerate(items) if item.data in ("np", "rnp")), None)
    if at is None:
        r.fail(f"'{main.value}' says whom (they are visiting us)", main)
    return items[:at] + items[at + 1:], items[at]


def read_english_visit(r, cl: Clause, node, mood: str, depth: int, main) -> Clause:
    """*are visiting us*: the present of coming, with the purpose of seeing the person; checked."""
    from model.language.purpose import purpose_problem

    ph = r.phrase(node)
    if node.data == "rnp" or ph.rc is not None:
        r.fail(f"'{ph.text}': the person visited has no relative clause here", ph.tok)
    out = replace(cl, purpose=Clause(entry(r.lex)["purpose"], None, obj=ph.np))
    problem = purpose_problem(r.lex, cl, out.purpose, mood, depth)
    if problem is None and not visits(r.lex, out):
        problem = ("'visit' is said in the present of a person (they are visiting us, he visits me every day); "
                   "in the past the language says 'came to see'")
    if problem:
        r.fail(f"'{main.value}': {problem}", main)
    return out


# ---- the generator's side
VISIT_RATE = 0.3            # one-clause present statements and questions of a person coming, said as a visit
WHOM = ("i", "we", "he", "they", "mother", "sister_any")     # me, us, him, them, my mother, my sister


def maybe_visiting(lex: Lexicon, tree):
    """Now and then a one-clause present statement or yes/no question of a person coming (அவள் வருகிறாள், அவள்
    சென்னைக்கு வருகிறாள்) says whom she comes to see instead of where, which English tells as a visit (she is
    visiting us); the draw is a hash of the tree, so the generator's random stream is unchanged."""
    from model.language.purpose import purpose_problem

    if len(tree.clauses) != 1 or tree.mood not in ("decl", "question") or tree.intj is not None:
        return tree
    cl, e = tree.clauses[0], entry(lex)
    if cl.verb != e["main"] or cl.tense != "pres" or cl.purpose is not None or cl.wh is not None \
            or any(getattr(cl, r) is not None and getattr(cl, r).rc is not None for r in ("subj", "goal")) \
            or cl.advs or cl.neg or cl.perfect or cl.prog or cl.modal or cl.habit or cl.never:
        return tree
    draw = hash_draw("visit" + repr(tree))
    if draw >= VISIT_RATE or not refers_to_person(lex, cl.subj):
        return tree
    at = int(draw / VISIT_RATE * len(WHOM))
    for whom in WHOM[at:] + WHOM[:at]:           # the first that is not the subject itself
        obj = NP(whom, det="my") if whom in lex.nouns else NP(whom, "pron")
        if obj != replace(cl.subj, ante=None):
            break
    out = replace(cl, purpose=Clause(e["purpose"], None, obj=obj), goal=None, loc=None, comit=None, source=None)
    if purpose_problem(lex, out, out.purpose, tree.mood, 0) or not visits(lex, out):
        return tree
    return replace(tree, clauses=(out,))
