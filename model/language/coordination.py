"""Language v8b: two persons joined in one noun phrase, shared by both parsers and the generator.

Tamil joins two noun phrases by giving each the clitic -உம் (lexicon ``coordination``): என் சகோதரியும் அவளுடைய
கணவரும் *my sister and her husband*, என் அம்மாவும் என் அப்பாவும் *my mother and my father*, அந்த ஆசிரியரும் அந்த
மாணவர்களும் *the teacher and the students*. English says *and* between them, aligned to both -உம் words. The
joined phrase is a subject of plural persons: the Tamil verb agrees as people (-ஆர்கள், வருகிறார்கள்) and English
as plural (*are*, *were*, *have*).

Scope, kept narrow on purpose: exactly two conjuncts (no *A , B and C*), each a person (a noun of the person class
or a name) with no relative clause and no adjective, in the nominative, and only as a subject (Tamil puts a case
on each conjunct, அம்மாவையும் அப்பாவையும், which the language does not read). The tree keeps the first conjunct
as the ``NP`` itself and the second in its ``and_`` field.

Gold relations (UD): the first conjunct is the head (``nsubj`` of the verb), the second its ``conj``, *and* the
``cc`` of the second. A possessive on the second conjunct that agrees with the first (*her* after *my sister*, *his*
after *my brother*, *their* after plural persons) refers back to it: the gold reading is her own husband, a
``coref`` relation from *her* to *sister* (Tamil அவளுடைய reads the same way; another woman would have been
named before).
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw
from model.language.grammar import NP, np_agr
from model.language.lexicon import Lexicon
from model.language.script import join

COORDINATION_RATE = 0.05    # one-clause statements and questions whose person subject gets a second (hash draw)


def entry(lex: Lexicon) -> dict:
    """The lexicon's ``coordination`` entry: 'ta' the clitic (உம்), 'en' the English word (and)."""
    return lex.data["coordination"]


def joinable(lex: Lexicon, kind: str, key: str) -> bool:
    """A person: a name, or a noun of the person class."""
    return kind == "name" or lex.nominal(kind, key).cls == "person"


def and_analyses(lex: Lexicon):
    """(word, category, key, feats) for each person's -உம் form: சகோதரியும், அம்மாவும், மாணவர்களும்."""
    clitic = entry(lex)["ta"]
    for kind, table in (("noun", lex.nouns), ("name", lex.names)):
        for key, noun in table.items():
            if not joinable(lex, kind, key):
                continue
            for number in ("sg", "pl") if noun.ta_pl else ("sg",):
                yield join(noun.ta_form("nom", number), clitic), "NAND", key, (kind, number)


def coordination_problem(lex: Lexicon, first: NP, second: NP) -> str | None:
    """Why two noun phrases cannot be joined (None when they can)."""
    if first == second:
        return "the two joined persons are the same"
    for np in (first, second):
        if np.kind == "pron" or not joinable(lex, np.kind, np.head):
            return "-உம் … -உம் (and) joins two persons here (என் அம்மாவும் என் அப்பாவும், my mother and my father)"
        if np.adjs or np.rc is not None:
            return "a joined person takes a determiner only (no adjective or relative clause)"
    return None


def refers_back(lex: Lexicon, np: NP) -> bool:
    """Whether the second conjunct's possessive refers to the first (her after a woman: my sister and her husband)."""
    second = np.and_
    poss = lex.determiners.get(second.det, {}).get("poss") if second.det in lex.possessives else None
    return poss is not None and poss == np_agr(lex, replace(np, and_=None))


# ---- the Tamil parser's side
def read_coordinated(r, node, depth: int):
    """The np node ``det? NAND det? NAND`` as (NP, case, noun, head token), checked."""
    from model.language.forest import first_word

    lex, conjuncts, det_tok = r.lex, [], None
    for kid in node.children:
        if kid.data == "det":
            det_tok = first_word(kid)
            continue
        tok = first_word(kid)
        a = r.an(tok, "NAND")
        kind, number = a.feats
        noun = lex.nominal(kind, a.key)
        det = None
        if det_tok is not None:
            d = r.table[det_tok.value][0]
            if kind == "name":
                r.fail(f"the name {r.word(tok)} takes no determiner", det_tok)
            if d.cat == "NUM" and number != "pl" or d.key == "a" and number != "sg":
                r.fail(f"{r.word(det_tok)} does not go with {r.word(tok)} ({number})", det_tok)
            det = d.key
        elif kind == "noun" and not ("kin" in noun.tags and number == "sg"):
            r.fail(f"the noun {r.word(tok)} needs a determiner before it (அந்த the, என் my …)", tok)
        conjuncts.append((NP(head=a.key, kind=kind, number=number, det=det), noun, tok))
        det_tok = None
    (first, noun, tok), (second, _, tok2) = conjuncts
    problem = coordination_problem(lex, first, second)
    if problem:
        r.fail(f"{r.word(tok2)}: {problem}", tok2)
    return replace(first, and_=second), "nom", noun, tok


# ---- the linearizer's side (``lz`` is grammar._Linearizer)
def ta_coordinated(lz, np: NP, case: str, path: tuple) -> None:
    """Each conjunct with -உம் on its last word: என் சகோதரியும் அவளுடைய கணவரும்."""
    clitic = entry(lz.lex)["ta"]
    for conj, at in ((replace(np, and_=None), path), (np.and_, path + ("and",))):
        lz.ta_np(conj, case, at)
        lz.src[-1] = join(lz.src[-1], clitic)
        lz.doubles[-1] = False


def en_coordinated(lz, np: NP, path: tuple, **kw) -> int:
    """*my sister and her husband*: the first conjunct heads, *and* ← both -உம் words."""
    first = lz.en_np(replace(np, and_=None), path, **kw)
    and_i = lz.en(entry(lz.lex)["en"], path + ("head",), path + ("and", "head"))
    start = len(lz.tgt)
    second = lz.en_np(np.and_, path + ("and",), **kw)
    lz.rel(and_i, second, "cc")
    lz.rel(second, first, "conj")
    if refers_back(lz.lex, np):                 # her → sister: her own husband
        lz.rel(start, first, "coref")
    return first


# ---- the English parser's side (``reader`` is english_phrases.PhraseReader)
def read_english_cnp(reader, node):
    """``cnp: np AND np`` as one Phrase whose NP carries the second conjunct (``and_``)."""
    from lark import Token

    first, second = (reader.phrase(c) for c in node.children if not isinstance(c, Token))
    problem = coordination_problem(reader.lex, first.np, second.np)
    if problem:
        reader.fail(problem.replace("-உம் … -உம் (and)", "'and'"), second.tok)
    return replace(first, np=replace(first.np, and_=second.np), text=f"{first.text} and {second.text}")


# ---- the generator's side
_PLAIN = ("exp", "weather", "exist", "owned", "attr", "comp", "wants", "said", "asked", "result", "spent", "taste",
          "simile", "everyone", "than", "ben", "inst", "measure", "clock", "origin", "price_of", "age", "count",
          "price", "vless", "wh")


def maybe_coordinated(lex: Lexicon, tree):
    """Now and then the person subject of a one-clause statement or yes/no question gets a second person beside it
    (my mother and my father came, the teacher and the students are reading a book, my sister and her husband are
    visiting us: the second's possessive then refers back); the draw is a hash of the tree, so the generator's
    random stream is unchanged."""
    if len(tree.clauses) != 1 or tree.mood not in ("decl", "question") or tree.intj is not None:
        return tree
    cl = tree.clauses[0]
    subj = cl.subj
    if subj is None or subj.kind == "pron" or subj.adjs or subj.rc is not None or subj.of is not None \
            or subj.and_ is not None or subj.number == "pl" or not joinable(lex, subj.kind, subj.head) \
            or any(getattr(cl, f) for f in _PLAIN) or cl.verb not in (*lex.verbs, "be"):
        return tree
    owned = [np.det for np in (cl.obj, cl.iobj, cl.goal, cl.comit, cl.loc, cl.source) if np is not None]
    if any(lex.determiners.get(d, {}).get("poss") in ("m", "f", "pl_r") for d in owned if d in lex.possessives):
        return tree                             # தன் / his own: the owner would have to be both
    key = repr(tree)
    if hash_draw("and|" + key) >= COORDINATION_RATE:
        return tree
    people = sorted(k for k, n in lex.nouns.items() if n.cls == "person" and "kin_mine" not in n.tags
                    and not n.en_mod and k != subj.head)
    other = people[int(hash_draw("and-who|" + key) * len(people))]
    noun = lex.nouns[other]
    number = "pl" if noun.ta_pl and hash_draw("and-pl|" + key) < 0.3 else "sg"
    poss = next((k for k in lex.possessives if lex.determiners[k].get("poss") == np_agr(lex, subj)), None)
    family = "family" in noun.tags               # her husband, his sister: one's own family (not her priests)
    det = poss if poss and family and hash_draw("and-own|" + key) < 0.5 else "my" if family else "the"
    second = NP(head=other, number=number, det=det)
    if coordination_problem(lex, subj, second):
        return tree
    return replace(tree, clauses=(replace(cl, subj=replace(subj, and_=second)),))
