"""A battery that has run down, *my phone battery is almost dead* (language v7b), shared by both parsers and the
generator.

English says a flat battery is *dead*, a state after *is*; written Tamil says it has run out, the completive perfect
தீர்ந்துவிட்டது (தீர் *run out* + விடு), which agrees with its subject (தீர்ந்துவிட்டன for more than one) and
needs no copula: என் கைப்பேசியின் மின்கலம் கிட்டத்தட்டத் தீர்ந்துவிட்டது . → *my phone battery is almost dead .*
The thing the battery belongs to stands before it in the genitive (கைப்பேசியின், the phone's), which English says
as a compound noun (*phone battery*: *phone* a ``compound`` of *battery*); the determiner (என், அந்த) is the
thing's, and English puts it before the compound (*my* the ``poss`` of *battery*, the head). *is* and *dead* align
to தீர்ந்துவிட்டது; *dead* heads the clause (*is* its ``cop``, the battery its ``nsubj``). கிட்டத்தட்ட *almost*
(an infinitive-like adverb, so a following க ச த ப doubles: கிட்டத்தட்டத் தீர்ந்துவிட்டது) is the ``advmod`` of
*dead*. மின்கலம் is the written word for a battery (the spoken பேட்டரி is a loan).

One reading: a statement in the present, of a battery with a determiner (என் மின்கலம் → *my battery*) or of a
thing's battery (என் கைப்பேசியின் மின்கலம் → *my phone battery*); the lexicon's ``spent`` entry lists the things
that have one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from model.language.can_have import fail_unless
from model.language.draws import hash_draw
from model.language.grammar import NP, Clause, Sentence, np_agr
from model.language.lexicon import Lexicon

SPENT_RATE = 0.5             # of one-clause statements about a thing with a battery, told as its battery running down
ALMOST_SHARE = 0.5           # of those, almost dead


@dataclass(frozen=True)
class Spent:
    """The Clause's ``spent``: the thing whose battery it is (None: the battery alone) and whether almost."""

    whole: NP | None = None
    almost: bool = False


def spent(lex: Lexicon) -> dict:
    """The lexicon's ``spent`` entry: 'ta' by agreement, 'en', 'almost' {'ta', 'en'}, 'part', 'wholes'."""
    return lex.data["spent"]


def spent_problem(lex: Lexicon, cl: Clause) -> str | None:
    """Why ``cl`` cannot say that a battery is (almost) dead (None when it can)."""
    entry = spent(lex)
    part = lex.nouns[entry["part"]]
    if cl.subj is None or cl.subj.kind != "noun" or cl.subj.head != entry["part"] or cl.subj.adjs or cl.subj.rc:
        return f"{entry['ta']['n']} ({entry['en']}) is said here of a battery ({part.ta})"
    whole = cl.spent.whole
    det = whole.det if whole is not None else cl.subj.det
    if whole is not None and (cl.subj.det is not None or whole.head not in entry["wholes"] or whole.adjs):
        return "a battery belongs to " + ", ".join(lex.nouns[w].en for w in entry["wholes"]) + \
            f" (என் கைப்பேசியின் {part.ta})"
    if det is None or det in lex.numbers or det == "a":
        return f"say whose battery or which (என் {part.ta}, அந்தக் கைப்பேசியின் {part.ta})"
    return None


# ---- the Tamil parser
def read_spent(r, node) -> Clause:
    """spent: det? NGEN_? n ALMOST_? SPENT_ (என் கைப்பேசியின் மின்கலம் கிட்டத்தட்டத் தீர்ந்துவிட்டது)."""
    from lark import Token, Tree

    from model.language.forest import first_word

    det_node = next((c for c in node.children if isinstance(c, Tree) and c.data == "det"), None)
    det = r.table[first_word(det_node).value][0].key if det_node is not None else None
    gen_node = next((c for c in node.children if isinstance(c, Tree) and c.data == "ngen"), None)
    gen = first_word(gen_node) if gen_node is not None else None
    ntok = first_word(next(c for c in node.children if isinstance(c, Tree) and c.data == "n"))
    almost = any(isinstance(c, Token) and c.type == "ALMOST_" for c in node.children)
    vtok = node.children[-1]
    a = r.an(ntok, "N")
    kind, case, number = a.feats
    if case != "nom" or kind != "noun":
        r.fail(f"{r.word(ntok)}: what has run out takes no case suffix", ntok)
    whole = NP(r.an(gen, "NGEN").key, det=det) if gen is not None else None
    cl = Clause("be", "pres", subj=NP(a.key, number=number, det=None if whole else det),
                spent=Spent(whole, almost))
    fail_unless(r, spent_problem(r.lex, cl), ntok)
    agr = np_agr(r.lex, cl.subj)
    if r.an(vtok, "SPENT").key != agr:
        r.fail(f"{r.word(vtok)} does not agree with {r.word(ntok)}: write {spent(r.lex)['ta'][agr]}", vtok)
    return cl


# ---- the English parser
def read_english_spent(r, node) -> Clause:
    """spent: DET? NOUN? NOUN BE ALMOST? DEAD — *my phone battery is almost dead*."""
    from lark import Token

    from model.language.english_grammar import readings
    from model.language.english_resolver import BE_FORMS, RIGHT_FORM
    from model.language.grammar import np_number_en

    toks = [c for c in node.children if isinstance(c, Token)]
    det_tok = toks[0] if toks[0].type == "DET" else None
    nouns = [t for t in toks if t.type == "NOUN"]
    be = next(t for t in toks if t.type == "BE")
    det = r.reading(det_tok, "DET").key if det_tok is not None else None
    part = r.reading(nouns[-1], "NOUN")
    whole = None
    if len(nouns) == 2:
        w = r.reading(nouns[0], "NOUN")
        if w.feat != "sg":
            r.fail(f"'{nouns[0].value}' before another noun is singular", nouns[0])
        whole = NP(w.key, det=det)
    if det_tok is not None:
        r.note_reading(det_tok.value)
        word_after = nouns[0].value
        if det is not None and readings(det_tok.value)[0].feat not in ("any", part.feat if whole is None else "sg"):
            r.fail(f"'{det_tok.value} {word_after}': the determiner does not agree with its noun", det_tok)
    cl = Clause("be", "pres", subj=NP(part.key, number=part.feat, det=None if whole else det),
                spent=Spent(whole, any(t.type == "ALMOST" for t in toks)))
    fail_unless(r, spent_problem(r.lex, cl), nouns[-1])
    tense, fits = BE_FORMS[be.value]
    number = np_number_en(r.lex, cl.subj)
    if tense != "pres":
        r.fail(f"'{be.value} {spent(r.lex)['en']}': the language says a battery is dead now (is, are)", be)
    if number not in fits:
        r.fail(f"'{be.value}' does not agree with its subject: write '{RIGHT_FORM['be_pres'][number]}'", be)
    return cl


# ---- linearization
def ta_spent(lz, cl: Clause, path: tuple) -> None:
    """(det) (thing-GEN) மின்கலம் (கிட்டத்தட்ட) தீர்ந்துவிட்டது."""
    from model.language.price_of import genitive

    lex, entry, whole = lz.lex, spent(lz.lex), cl.spent.whole
    if whole is not None:
        if whole.det is not None:
            d = lex.determiners[whole.det]
            word = d["ta"]
            lz.ta(word, path + ("whole", "det"), doubles=whole.det in ("the", "this") or d.get("doubles", False))
        lz.ta(genitive(lex, whole.head), path + ("whole", "head"))
    lz.ta_np(cl.subj, "nom", path + ("subj",))
    if cl.spent.almost:
        lz.ta(entry["almost"]["ta"], path + ("almost",), doubles=True)
    lz.ta(entry["ta"][np_agr(lex, cl.subj)], path + ("verb",))


def en_spent(lz, cl: Clause, path: tuple) -> tuple[int, int]:
    """*my phone battery is almost dead*: returns (dead, battery)."""
    from model.language.grammar import BE_PRESENT, np_number_en

    lex, entry, whole, vp = lz.lex, spent(lz.lex), cl.spent.whole, path + ("verb",)
    det_i = whole_i = None
    if whole is not None:
        if whole.det is not None:
            det_i = lz.en(lex.determiners[whole.det]["en"], path + ("whole", "det"))
        whole_i = lz.en(lex.nouns[whole.head].en, path + ("whole", "head"))
        subj_i = lz.en(lex.nouns[cl.subj.head].en_form(cl.subj.number), path + ("subj", "head"))
        label = "poss" if whole.det in lex.possessives else "det"
        lz.rel(det_i, subj_i, label)
        lz.rel(whole_i, subj_i, "compound")
    else:
        subj_i = lz.en_np(cl.subj, path + ("subj",), subject=True)
    cop = lz.en(BE_PRESENT[np_number_en(lex, cl.subj)], vp)
    almost_i = lz.en(entry["almost"]["en"], path + ("almost",)) if cl.spent.almost else None
    head = lz.en(entry["en"], vp)
    lz.rel(almost_i, head, "advmod")
    lz.rel(cop, head, "cop")
    lz.rel(subj_i, head, "nsubj")
    lz.rel(cop, subj_i, "agr")
    return head, subj_i


# ---- the generator
def maybe_spent(lex: Lexicon, tree: Sentence) -> Sentence:
    """Now and then a one-clause statement that names a thing with a battery by whose or which it is (my phone, the
    computer) is said of its battery instead: என் கைப்பேசியின் மின்கலம் (கிட்டத்தட்டத்) தீர்ந்துவிட்டது; the draw is a
    hash of the tree, so the generator's random stream is unchanged."""
    if "spent" not in lex.data or tree.mood != "decl" or len(tree.clauses) != 1 or tree.intj is not None:
        return tree
    cl, entry = tree.clauses[0], spent(lex)
    things = [np for np in (cl.subj, cl.obj) if np is not None and np.kind == "noun" and np.head in entry["wholes"]
              and np.number == "sg" and (np.det in lex.possessives or np.det in ("the", "this"))]
    if not things:
        return tree
    draw = hash_draw("spent" + repr(tree))
    if draw >= SPENT_RATE:
        return tree
    whole = NP(things[0].head, det=things[0].det)
    if draw < SPENT_RATE / 4:                     # my battery is dead: the battery alone
        out = Clause("be", "pres", subj=NP(entry["part"], det=whole.det), spent=Spent(None, draw < SPENT_RATE / 8))
    else:
        out = Clause("be", "pres", subj=NP(entry["part"]), spent=Spent(whole, draw < SPENT_RATE * ALMOST_SHARE))
    return replace(tree, clauses=(out,), conjs=()) if spent_problem(lex, out) is None else tree
