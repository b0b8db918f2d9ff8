"""Where someone is from (language v5c), shared by both parsers and the generator.

Tamil asks it with no finite verb: நீங்கள் எந்த ஊரைச் சேர்ந்தவர் ? (you which town-ACC belonging-one) *where are you
from ?*; the last word agrees with the person (சேர்ந்தவன் he, சேர்ந்தவள் she, சேர்ந்தவர் polite, சேர்ந்தவர்கள்
they). English: *where* ← எந்த ஊரை, *is/are* and *from* ← சேர்ந்தவர். The lexicon's ``origin`` entry gives the words.
"""

from __future__ import annotations

from model.language.grammar import NP, Clause, np_agr
from model.language.lexicon import Lexicon

ORIGIN_RATE, ORIGIN_MAX = 0.03, 6           # among the generator's short questions
WHERE = "where"
PRONOUNS = ("you", "he", "she", "they")
OWNERS = ("your", "his", "her", "their")


def origin(lex: Lexicon) -> dict:
    """'which' எந்த, 'town' ஊரை, 'from' the forms of சேர்ந்தவர் by agreement, 'en' from."""
    return lex.data["origin"]


def origin_problem(lex: Lexicon, subj: NP) -> str | None:
    """Why ``subj`` cannot be asked where it is from (None when it can): a person with an agreement the
    question has a form for (not நான், நீ)."""
    if subj.rc is not None or subj.adjs:
        return "எந்த ஊரைச் சேர்ந்தவர் asks about a plain person (no adjective, no relative clause)"
    if subj.kind == "pron":
        if subj.head not in PRONOUNS:
            return f"{lex.pronouns[subj.head]['ta']} is not asked this way (நீங்கள் எந்த ஊரைச் சேர்ந்தவர் ?)"
        return None
    noun = lex.nominal(subj.kind, subj.head)
    if noun.cls != "person":
        return "எந்த ஊரைச் சேர்ந்தவர் asks where a person is from"
    if subj.kind == "noun" and (subj.number != "sg" or not (subj.det in lex.possessives or subj.det in ("the", "this")
                                                          or subj.det is None and "kin" in noun.tags)):
        return "say whose (உங்கள் அப்பா) or which person (அந்த மருத்துவர்)"
    if np_agr(lex, subj) not in origin(lex)["from"]:
        return "say he or she (அவன், அவள்) of this person"
    return None


def draw_origin(rng, lex: Lexicon, names: list) -> Clause | None:
    pick = rng.random()
    if pick < 0.5:
        subj = NP(rng.choice(PRONOUNS), "pron")
    elif pick < 0.75:
        subj = NP(rng.choice(names).key, "name")
    else:
        noun = rng.choice([n for n in lex.nouns.values() if n.cls == "person" and "family" in n.tags])
        subj = NP(noun.key, det=rng.choice(OWNERS))
    return None if origin_problem(lex, subj) else Clause("be", "pres", subj=subj, wh=WHERE, origin=True)


def ta_origin(lz, cl: Clause, path: tuple) -> None:
    entry = origin(lz.lex)
    lz.ta_np(cl.subj, "nom", path + ("subj",))
    lz.ta(entry["which"], path + ("wh",))
    lz.ta(entry["town"], path + ("wh", "town"), doubles=True)
    lz.ta(entry["from"][np_agr(lz.lex, cl.subj)], path + ("verb",))


def en_origin(lz, cl: Clause, path: tuple) -> tuple[int, int]:
    from model.language.grammar import np_number_en
    from model.language.inflection import BE_PRESENT

    where = lz.en(lz.lex.wh[WHERE]["en"], path + ("wh",), path + ("wh", "town"))
    cop = lz.en(BE_PRESENT[np_number_en(lz.lex, cl.subj)], path + ("verb",))
    subj_i = lz.en_np(cl.subj, path + ("subj",), subject=True)
    frm = lz.en(origin(lz.lex)["en"], path + ("verb",))
    lz.rel(frm, where, "case")
    lz.rel(cop, where, "cop")
    lz.rel(subj_i, where, "nsubj")
    lz.rel(cop, subj_i, "agr")
    return where, subj_i


def read_origin(r, node) -> Clause:
    """The Tamil parser: np எந்த ஊரைச் சேர்ந்தவர்."""
    from model.language.forest import first_word

    subj, case, _, stok = r.np(node.children[0], 0)
    vtok = first_word(node.children[-1])
    if case != "nom":
        r.fail(f"{r.word(stok)}: the person asked about takes no case suffix", stok)
    problem = origin_problem(r.lex, subj)
    if problem:
        r.fail(f"{r.word(stok)}: {problem}", stok)
    if np_agr(r.lex, subj) not in {a.key for a in r.table[vtok.value] if a.cat == "ORIGIN"}:
        want = origin(r.lex)["from"][np_agr(r.lex, subj)]
        r.fail(f"{r.word(vtok)} does not agree with {r.word(stok)}: write {want}", vtok)
    return Clause("be", "pres", subj=subj, wh=WHERE, origin=True)


def read_english_origin(r, node) -> Clause:
    """The English parser: where are you from ?"""
    from lark import Tree

    from model.language.forest import first_word

    wh = first_word(next(c for c in node.children if isinstance(c, Tree) and c.data == "wh"))
    if wh.value != WHERE:
        r.fail(f"'{wh.value} … from ?': the language asks 'where are you from ?'", wh)
    subj = r.phrase(next(c for c in node.children if isinstance(c, Tree) and c.data == "subj").children[0])
    if subj.pron is not None:
        subj = r.continuing(subj, None, "question", 0, True)
    problem = origin_problem(r.lex, subj.np)
    if problem:
        r.fail(problem, subj.tok)
    return Clause("be", "pres", subj=subj.np, wh=WHERE, origin=True)
