"""A place full of people, *the river bank was full of people* (language v8c), shared by both parsers and the
generator.

English says a place *is full of* a crowd, an adjective after *be* with an *of*-phrase; written Tamil says it has
filled up with them, the participle நிரம்பி (நிரம்பு *fill up*) with இரு, written as one word, and the crowd in
the instrumental -ஆல் (*by*): அந்த ஆற்றங்கரை மக்களால் நிரம்பியிருந்தது . → *the river bank was full of people .*
That keeps the English subject as the Tamil subject, which the other common way of putting it does not (அந்த
ஆற்றங்கரையில் நிறைய மக்கள் இருந்தார்கள், *there were many people on the river bank*): the gold is the sentence
that says what the English says. The form agrees with its place (neuter singular) and carries the tense:
நிரம்பியிருந்தது *was*, நிரம்பியிருக்கிறது *is*, நிரம்பியிருக்கும் *will be*. *was* (the ``cop``) and *full* (the
clause's head) align to it; the crowd is the ``obl`` of *full*, *of* its ``case``, both aligned to the -ஆல் word.

*bank* has two readings in English. Here it is the riverside, which Tamil says in one word, ஆற்றங்கரை (ஆறு *river*
+ கரை *bank*, the compound with its linking -ங்-; the lexicon's நதி is the river on its own; நதிக்கரை is
also written, but in a more formal register, and everyday prose says ஆற்றங்கரை): English says it with two words, *river* the
``compound`` of *bank*, both aligned to ஆற்றங்கரை. *bank* alone is still வங்கி (the bank was closed): only the
two-word compound, in this construction, is the riverside. மக்கள் *people* is plural only (English *people* has no
singular here either); like ஆற்றங்கரை it is a noun of its own class that only this module draws, so the generator
never makes *a people* or *to the river bank* by accident (the language does not yet say other things of either).

One reading: a statement or a yes/no question (அந்த அறை மக்களால் நிரம்பியிருந்ததா ? → *was the room full of people
?*) about one place (the river bank, a room, the bus, a market, a temple, a beach, a station,
a park, a bank, a shop, a restaurant, a hospital, a school, a library), with அந்த/இந்த, a possessive or no determiner (a bare place is a known one: *the*), full of people or of
students, children, boys or girls (the lexicon's ``full`` entry lists them).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from model.language.can_have import fail_unless
from model.language.draws import hash_draw
from model.language.grammar import NP, Clause, Sentence
from model.language.lexicon import Lexicon

FULL_RATE = 0.25             # of one-clause statements set in a place the construction knows, told as its being full
PEOPLE_SHARE = 0.6           # of those, full of people (else of the statement's own plural people, or students)


@dataclass(frozen=True)
class Full:
    """The Clause's ``full``: the crowd the place is full of (always plural)."""

    crowd: NP


def full(lex: Lexicon) -> dict:
    """The lexicon's ``full`` entry: 'ta' by tense, 'en' [full, of], 'places', 'crowds', 'compounds', 'drawn'."""
    return lex.data["full"]


def full_drawn(lex: Lexicon) -> tuple[str, ...]:
    """The noun classes only this module draws (the riverside, a crowd), left out of the generator's choices."""
    return tuple(full(lex)["drawn"]) if "full" in lex.data else ()


def full_problem(lex: Lexicon, cl: Clause) -> str | None:
    """Why ``cl`` cannot say that a place is full of people (None when it can)."""
    entry = full(lex)
    subj, crowd = cl.subj, cl.full.crowd
    if subj is None or subj.kind != "noun" or subj.head not in entry["places"] or subj.adjs or subj.rc:
        return "full of … is said here of a place: " + ", ".join(_en_words(lex, k) for k in entry["places"])
    if subj.number != "sg" or (subj.det is not None and (subj.det in lex.numbers or subj.det == "a")):
        return f"full of … is said here of one known place (அந்த {lex.nouns[subj.head].ta}, the {_en_words(lex, subj.head)})"
    if crowd.kind != "noun" or crowd.head not in entry["crowds"] or crowd.det is not None or crowd.adjs:
        return "a place is full of " + ", ".join(_en_words(lex, k, "pl") for k in entry["crowds"]) + \
            " (bare, in Tamil with -ஆல்: மக்களால்)"
    if cl.tense not in entry["ta"]:
        return "full of … is said in the past, present or future"
    return None


def _en_words(lex: Lexicon, key: str, number: str = "sg") -> str:
    """The English of a noun, a compound with its first word (river bank)."""
    noun = lex.nouns[key]
    first = full(lex)["compounds"].get(key)
    return f"{first} {noun.en}" if first else noun.en_form(number if noun.en_pl else "sg")


def _crowd_np(lex: Lexicon, key: str) -> NP:
    """மக்கள் is stored singular (its one form is plural already); the others are the plural of their noun."""
    return NP(key, number="pl" if lex.nouns[key].en_pl else "sg")


# ---- the Tamil parser
def read_full(r, node, mood: str) -> Clause:
    """full: det? n n FULL_ (அந்த ஆற்றங்கரை மக்களால் நிரம்பியிருந்தது; asked, நிரம்பியிருந்ததா ?)."""
    from lark import Tree

    from model.language.forest import first_word

    det_node = next((c for c in node.children if isinstance(c, Tree) and c.data == "det"), None)
    det = r.table[first_word(det_node).value][0].key if det_node is not None else None
    place_tok, crowd_tok = (first_word(c) for c in node.children if isinstance(c, Tree) and c.data == "n")
    vtok = node.children[-1]
    place, crowd, verb = r.an(place_tok, "N"), r.an(crowd_tok, "N"), r.an(vtok, "FULL")
    if (verb.feats == ("q",)) != (mood == "question"):
        form = full(r.lex)["q" if mood == "question" else "ta"][verb.key]
        r.fail(f"{r.word(vtok)}: " + ("a question ends in -ஆ" if mood == "question" else "a question ends with ?")
               + f" (write {form}" + (" ?)" if mood == "question" else " .)"), vtok)
    if place.feats[1] != "nom":
        r.fail(f"{r.word(place_tok)}: the place that is full takes no case suffix", place_tok)
    if crowd.feats[1] != "ins":
        r.fail(f"{r.word(crowd_tok)}: what a place is full of takes -ஆல் "
               f"({r.lex.nouns[crowd.key].ta_form('ins', 'pl' if r.lex.nouns[crowd.key].ta_pl else 'sg')})", crowd_tok)
    cl = Clause("be", verb.key, subj=NP(place.key, number=place.feats[2], det=det),
                full=Full(NP(crowd.key, number=crowd.feats[2])))
    if crowd.key in full(r.lex)["crowds"] and r.lex.nouns[crowd.key].en_pl and crowd.feats[2] != "pl":
        r.fail(f"{r.word(crowd_tok)}: a place is full of many, write "
               f"{r.lex.nouns[crowd.key].ta_form('ins', 'pl')}", crowd_tok)
    fail_unless(r, full_problem(r.lex, cl), place_tok)
    return cl


# ---- the English parser
def read_english_full(r, node) -> Clause:
    """full: DET? NOUN? NOUN (BE | WILL BEINF) FULL OF NOUN — *the river bank was full of people*; qfull, asked:
    BE DET? NOUN? NOUN FULL OF NOUN or WILL DET? NOUN? NOUN BEINF FULL OF NOUN — *was the room full of people ?*"""
    from lark import Token

    from model.language.english_resolver import BE_FORMS, RIGHT_FORM

    toks = [c for c in node.children if isinstance(c, Token)]
    det_tok = next((t for t in toks if t.type == "DET"), None)
    be_at = next(i for i, t in enumerate(toks) if t.type in ("BE", "WILL"))
    nouns = [t for t in toks if t.type == "NOUN"]
    nouns, crowd_tok = nouns[:-1], nouns[-1]
    entry = full(r.lex)
    if len(nouns) == 2:                          # river bank: a compound the lexicon lists, one Tamil word
        key = next((k for k, first in entry["compounds"].items()
                    if first == nouns[0].value and r.lex.nouns[k].en == nouns[1].value), None)
        if key is None:
            r.fail(f"'{nouns[0].value} {nouns[1].value}': the language knows the compounds "
                   + ", ".join(f"'{_en_words(r.lex, k)}'" for k in entry["compounds"]), nouns[0])
        place = NP(key)
    else:
        reading = r.reading(nouns[0], "NOUN")
        place = NP(reading.key, number=reading.feat)
    if det_tok is not None:
        d = r.reading(det_tok, "DET")
        if d.feat not in ("any", place.number):
            r.fail(f"'{det_tok.value} {nouns[0].value}': the determiner does not agree with its noun", det_tok)
        place = replace(place, det=d.key)
        r.note_reading(det_tok.value)
    crowd = r.reading(crowd_tok, "NOUN")
    if r.lex.nouns[crowd.key].en_pl and crowd.feat != "pl":
        r.fail(f"full of …: write the plural, '{r.lex.nouns[crowd.key].en_pl}'", crowd_tok)
    if toks[be_at].type == "WILL":
        if toks[be_at].value != "will":
            r.fail(f"'{toks[be_at].value} be full': the language says will be, is or was", toks[be_at])
        tense = "fut"
    else:
        be = toks[be_at]
        tense, fits = BE_FORMS[be.value]
        if place.number not in fits:
            r.fail(f"'{be.value}' does not agree with its subject: write "
                   f"'{RIGHT_FORM['be_' + tense][place.number]}'", be)
    cl = Clause("be", tense, subj=place, full=Full(NP(crowd.key, number=crowd.feat)))
    if not place.number == "sg" or place.head not in entry["places"]:
        fail_unless(r, full_problem(r.lex, cl), nouns[-1])
    fail_unless(r, full_problem(r.lex, cl), crowd_tok)
    return cl


# ---- linearization
def ta_full(lz, cl: Clause, mood: str, path: tuple) -> None:
    """(det) place crowd-ஆல் நிரம்பியிருந்தது (asked: நிரம்பியிருந்ததா)."""
    lz.ta_np(cl.subj, "nom", path + ("subj",))
    lz.ta_np(cl.full.crowd, "ins", path + ("crowd",))
    lz.ta(full(lz.lex)["q" if mood == "question" else "ta"][cl.tense], path + ("verb",))


def en_full(lz, cl: Clause, mood: str, path: tuple) -> tuple[int, int]:
    """*the river bank was full of people*, *was the river bank full of people ?*: returns (full, bank)."""
    from model.language.inflection import BE_PAST, BE_PRESENT

    lex, entry, subj, vp = lz.lex, full(lz.lex), cl.subj, path + ("verb",)
    first_be = None                              # asked, was/is/will comes first
    if mood == "question":
        first_be = lz.en("will" if cl.tense == "fut" else
                         (BE_PAST if cl.tense == "past" else BE_PRESENT)[subj.number], vp)
    first = entry["compounds"].get(subj.head)
    if first is None and subj.det is not None:
        subj_i = lz.en_np(subj, path + ("subj",), subject=True)
    else:                                        # the river bank: both English words align to ஆற்றங்கரை
        hp = path + ("subj", "head")
        if subj.det is None:                     # a bare place is a known one, even school (not 'school was full')
            det_i, label = lz.en("the", hp), "det"
        else:
            label = "poss" if subj.det in lex.possessives else "det"
            det_i = lz.en(lex.determiners[subj.det]["en"], path + ("subj", "det"))
        first_i = lz.en(first, hp) if first else None
        subj_i = lz.en(lex.nouns[subj.head].en, hp)
        lz.rel(det_i, subj_i, label)
        lz.rel(first_i, subj_i, "compound")
    if cl.tense == "fut":
        cop = first_be if first_be is not None else lz.en("will", vp)
        be_i = lz.en("be", vp)
    else:
        cop = first_be if first_be is not None else lz.en((BE_PAST if cl.tense == "past" else BE_PRESENT)[subj.number], vp)
    head = lz.en(entry["en"][0], vp)
    of_i = lz.en(entry["en"][1], path + ("crowd", "head"))
    crowd_i = lz.en(lex.nouns[cl.full.crowd.head].en_form(cl.full.crowd.number), path + ("crowd", "head"))
    if cl.tense == "fut":
        lz.rel(cop, head, "aux")
        lz.rel(be_i, head, "cop")
    else:
        lz.rel(cop, head, "cop")
        lz.rel(cop, subj_i, "agr")
    lz.rel(of_i, crowd_i, "case")
    lz.rel(crowd_i, head, "obl")
    lz.rel(subj_i, head, "nsubj")
    return head, subj_i


# ---- the generator
def maybe_full(lex: Lexicon, tree: Sentence) -> Sentence:
    """Now and then a one-clause statement or yes/no question set in a place this module knows (the students played in the park) is
    said of the place instead, full of people or of the statement's own plural subject: அந்தப் பூங்கா
    மாணவர்களால் நிரம்பியிருந்தது; the river bank stands for a river now and then. The draw is a hash of the tree,
    so the generator's random stream is unchanged."""
    if "full" not in lex.data or tree.mood not in ("decl", "question") or len(tree.clauses) != 1 \
            or tree.intj is not None:
        return tree
    cl, entry = tree.clauses[0], full(lex)
    if cl.wh is not None or cl.time is not None:     # asked only yes or no; no time phrase (this weekend …)
        return tree
    place = next((np for np in (cl.loc, cl.goal) if np is not None and np.kind == "noun"
                  and (np.head in entry["places"] or np.head in entry["stands_for"])), None)
    if place is None or cl.tense not in entry["ta"] or cl.neg:
        return tree
    draw = hash_draw("full" + repr(tree))
    if draw >= FULL_RATE:
        return tree
    head = entry["stands_for"].get(place.head, place.head)
    subj = cl.subj
    if draw >= FULL_RATE * PEOPLE_SHARE and subj is not None and subj.kind == "noun" and subj.head in entry["crowds"] \
            and subj.number == "pl":
        crowd = NP(subj.head, number="pl")
    else:
        crowd = _crowd_np(lex, entry["crowds"][0])
    det = place.det if place.det in ("the", "this") or place.det in lex.possessives else None
    out = Clause("be", cl.tense, subj=NP(head, det=det), full=Full(crowd))
    return replace(tree, clauses=(out,), conjs=()) if full_problem(lex, out) is None else tree
