"""Noun phrases with a prepositional phrase (language v7a), shared by both parsers and the generator.

*The book on the table*: Tamil says where a thing or a person is with a relative clause of இரு, the place in the
locative and the participle before the noun: மேசையில் இருக்கும் அந்தப் புத்தகம் என்னுடையது . → *the book on the table
is mine .*; அறையில் இருந்த அந்த மாணவர்கள் சிரித்தார்கள் . → *the students in the room laughed .* The tree holds it as
what it is in Tamil, a relative clause on the subject (``gap`` subj) whose verb is ``be`` with a place and nothing
else (``placed``); English says it as a preposition phrase, *on* or *in* (the place's ``loc_prep``) aligned to the
locative and to the participle, the place its ``nmod``. The participle follows the main clause: இருந்த in the past,
இருக்கும் otherwise (English has no tense there, so each English sentence has one Tamil). The place is the known one
with no அந்த (மேசையில், *on the table*): a noun with a relative clause already carries its own அந்த, and a
second one before the place reads heavily; இந்த and the possessives stay (இந்த மேசையில், *on this table*).

A thing (tag ``portable``) is on a piece of furniture (tag ``keeps``: the table *on*, the cabinet *in*) or in a place;
a person is in a place. Such furniture is also where a thing is (அந்தச் சாவிகள் அந்த மேசையில் இருக்கின்றன → *the keys are
on the table*; model.language.containers lets it be a place, and only of இரு).

*The keys to the cabinet*: a key (tag ``key_to``) is said with what it opens (tag ``locks``) in the genitive, the
owner's determiner first and none on the key, which the genitive makes a known one: அந்த அலமாரியின் சாவிகள் → *the keys
to the cabinet* (``NP.of``; *to* aligned to the genitive, the owner its ``nmod``).

Both stand on subjects only: after the verb an English preposition phrase could belong to the verb or the noun.
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw
from model.language.grammar import NP, NP_ROLES, Clause, Sentence
from model.language.lexicon import Lexicon

KEEPS = "keeps"          # furniture a thing is kept on or in (table, cabinet)
LOCKS = "locks"          # what a key opens (cabinet, house, car, box …)
KEY_TO = "key_to"        # a key, said with what it opens
PLACED_RATE = 0.4        # of the generator's one-clause trees whose subject may be said where it is
KEY_RATE = 0.5           # of the generator's subjects that are keys, said with what they open
KEPT_RATE = 0.4          # of the generator's "the keys are in the office" clauses, put on or in furniture
PLACED_DETS = ("the", "this")
EVERYONE = "everyone"    # the lexicon's pronoun எல்லோரும் (agr pl_r, English singular): everyone in the room


def keeps(noun) -> bool:
    return noun is not None and KEEPS in noun.tags


def lies(noun) -> bool:
    """Whether ``noun`` is a thing that lies somewhere: one carries it, or a paper one opens (a book, a letter), or a
    piece of food (a mango, a cake; not food in general)."""
    return noun is not None and ("portable" in noun.tags or noun.cls == "doc" and "openable" in noun.tags
                                 or noun.cls == "food" and "mass" not in noun.tags)


def placed(np: NP | None) -> bool:
    """Whether ``np`` carries a place as its relative clause (the book on the table)."""
    rc = None if np is None else np.rc
    return rc is not None and rc.verb == "be" and rc.gap == "subj" and rc.loc is not None and rc.pred is None \
        and rc.obj is None and rc.time is None and not rc.advs


def placed_tense(matrix_tense: str | None) -> str:
    """இருந்த after a past main clause, இருக்கும் otherwise."""
    return "past" if matrix_tense == "past" else "fut"


def place_problem(lex: Lexicon, head: NP, place: NP) -> str | None:
    """Why ``place`` cannot say where ``head`` is (None when it can)."""
    if head.kind == "pron" and lex.pronouns[head.head].get("all") and place.kind == "noun":
        noun, where = lex.pronoun_nouns[head.head], lex.nouns[place.head]          # everyone in the room
    elif head.kind != "noun" or place.kind != "noun":
        return "a place is said of a noun (the book on the table), with a noun"
    else:
        noun, where = lex.nouns[head.head], lex.nouns[place.head]
    if noun.cls == "person":
        if where.cls != "place":
            return f"a person is in a place (the students in the room), not on or in a {where.en}"
    elif not lies(noun):
        return f"a {noun.en} is not said to lie somewhere: a thing one carries is (the book on the table)"
    elif where.cls != "place" and not keeps(where):
        return f"a thing is on or in furniture (the table, the cabinet) or in a place, not in a {where.en}"
    if place.number != "sg" or place.rc is not None or place.adjs or place.of is not None \
            or (place.det is not None and place.det not in PLACED_DETS and place.det not in lex.possessives):
        return "the place is one plain place (the table, this room, my house)"
    return None


def key_problem(lex: Lexicon, key: NP) -> str | None:
    """Why ``key`` (a noun phrase with ``of``) cannot be said (None when it can)."""
    owner = key.of
    if key.kind != "noun" or KEY_TO not in lex.nouns[key.head].tags:
        return "only a key is said with what it opens (the keys to the cabinet)"
    if owner.kind != "noun" or LOCKS not in lex.nouns[owner.head].tags:
        return f"a key opens something that locks (a cabinet, a house, a car), not '{lex.nominal(owner.kind, owner.head).en}'"
    if key.det != "the" or key.adjs or key.rc is not None:
        return "the key of something is a known one: 'the keys to the cabinet' (no other determiner)"
    if owner.number != "sg" or owner.adjs or owner.rc is not None or owner.of is not None \
            or (owner.det not in PLACED_DETS and owner.det not in lex.possessives):
        return "what a key opens is one thing with the, this or a possessive (the cabinet, my car)"
    return None


def kept_problem(lex: Lexicon, cl: Clause) -> str | None:
    """Why the furniture of ``cl``'s place cannot hold its subject (the keys are on the table), or None."""
    where = lex.nouns.get(cl.loc.head) if cl.loc is not None and cl.loc.kind == "noun" else None
    if not keeps(where):
        return None
    if cl.verb != "be":
        return f"a {where.en} is where a thing is kept (the keys are {where.loc_prep} the {where.en})"
    if cl.subj is None:                  # a placed noun's own clause: its head is checked by place_problem
        return None
    subj = lex.nouns.get(cl.subj.head) if cl.subj.kind == "noun" else None
    if not lies(subj):
        return f"a thing one carries is {where.loc_prep} a {where.en} (the keys are {where.loc_prep} the {where.en})"
    return None


# ---- Tamil and English sides of the linearizer ----------------------------------------------
def ta_placed(lz, np: NP, path: tuple) -> None:
    """மேசையில் இருக்கும்: the place (without அந்த for *the*) and the participle of இரு."""
    rc, at = np.rc, path + ("rc",)
    bare = rc.loc.det == "the"
    lz.ta_np(replace(rc.loc, det=None) if bare else rc.loc, "loc", at + ("loc",))
    if bare:                             # English *the* aligns to the place itself
        lz.where[at + ("loc", "det")] = lz.where[at + ("loc", "head")]
    lz.ta(lz.lex.verb("be").participle(rc.tense), at + ("verb",))


def en_placed(lz, np: NP, path: tuple, head: int) -> None:
    """*on the table* after its noun: *on* aligned to the locative and the participle."""
    at = path + ("rc",)
    where = lz.lex.nouns[np.rc.loc.head]
    prep = lz.en(where.loc_prep, at + ("loc", "head"), at + ("verb",))
    place = lz.en_np(np.rc.loc, at + ("loc",))
    lz.rel(prep, place, "case")
    lz.rel(place, head, "nmod")


def ta_key_to(lz, np: NP, path: tuple) -> None:
    """அந்த அலமாரியின்: the owner's determiner and the owner in the genitive, before the key."""
    from model.language.grammar import DOUBLING_DETERMINERS
    from model.language.price_of import genitive

    lex, owner, at = lz.lex, np.of, path + ("of",)
    if owner.det in lex.possessives:
        lz.ta(lex.determiners[owner.det]["ta"], at + ("det",))
    else:
        lz.ta(lex.determiners[owner.det]["ta"], at + ("det",), doubles=owner.det in DOUBLING_DETERMINERS)
    lz.ta(genitive(lex, owner.head), at + ("head",))


def en_key_to(lz, np: NP, path: tuple, head: int) -> None:
    """*to the cabinet* after the key: *to* aligned to the genitive."""
    at = path + ("of",)
    prep = lz.en("to", at + ("head",))
    owner = lz.en_np(np.of, at)
    lz.rel(prep, owner, "case")
    lz.rel(owner, head, "nmod")


# ---- the Tamil parser -----------------------------------------------------------------------
def is_placed_rc(r, rc_node) -> bool:
    """Whether a relative clause node is a place and a participle of இரு (மேசையில் இருக்கும்)."""
    from model.language.forest import first_word

    kids = rc_node.children
    if len(kids) != 2 or kids[0].data != "item" or kids[0].children[0].data != "np":
        return False
    return any(a.cat == "VRP" and a.key == "be" for a in r.table[first_word(kids[1]).value])


def read_placed(r, rc_node, head: NP, matrix_tense: str | None) -> Clause:
    """The relative clause of a placed noun phrase: its place (read as *the* when bare) and the participle."""
    from model.language.forest import first_word

    vtok = first_word(rc_node.children[1])
    place, case, _, ptok = r.np(rc_node.children[0].children[0], 1, bare=True)
    if case != "loc":
        r.fail(f"{r.word(ptok)}: where a thing is takes the locative (மேசையில் இருக்கும் புத்தகம்)", ptok)
    if place.det == "the":
        r.fail(f"{r.word(ptok)}: the place of a noun is the known one without அந்த "
               f"(மேசையில் இருக்கும் புத்தகம், the book on the table)", ptok)
    if place.det is None:
        place = replace(place, det="the")
    tense = next(a.feats[0] for a in r.table[vtok.value] if a.cat == "VRP" and a.key == "be")
    if tense != placed_tense(matrix_tense):
        want = r.lex.verb("be").participle(placed_tense(matrix_tense))
        r.fail(f"{r.word(vtok)}: where a noun is follows the main clause's time: {want} here", vtok)
    problem = place_problem(r.lex, head, place)
    if problem:
        r.fail(f"{r.word(ptok)}: {problem}", ptok)
    return Clause("be", tense, loc=place, gap="subj")


def read_key_to(r, node, depth: int):
    """அந்த அலமாரியின் சாவிகள்: a noun phrase ``det? ngen n`` (the parser's ``np`` result)."""
    from model.language.forest import first_word

    kids = node.children
    det_tok = first_word(kids[0]) if kids[0].data == "det" else None
    gtok, ntok = first_word(kids[-2]), first_word(kids[-1])
    owner = NP(r.an(gtok, "NGEN").key, det=r.table[det_tok.value][0].key if det_tok is not None else None)
    a = r.an(ntok, "N")
    kind, case, number = a.feats
    key = NP(a.key, kind, number, det="the", of=owner)
    problem = key_problem(r.lex, key)
    if problem:
        r.fail(f"{r.word(gtok)}: {problem}", gtok)
    return key, case, r.lex.nominal(kind, a.key), ntok


def read_everyone_in(r, front, matrix_tense: str | None):
    """அறையில் இருந்த எல்லோரும்: எல்லோரும் with where they are (a ``front`` of rc and ``everyone``)."""
    from model.language.forest import first_word

    tok = first_word(front.children[1])
    if not is_placed_rc(r, front.children[0]):
        r.fail(f"{r.word(tok)} (everyone) takes a relative clause that says where only (அறையில் இருந்த எல்லோரும்)", tok)
    np_ = NP(EVERYONE, "pron")
    np_ = replace(np_, rc=read_placed(r, front.children[0], np_, matrix_tense))
    return np_, "nom", r.lex.pronoun_nouns.get(EVERYONE), tok


def read_mine_subject(r, node, depth: int):
    """The subject of a verbless clause (இந்தப் புத்தகம் என்னுடையது), which may say where it is."""
    if node.data != "front":
        return r.np(node, depth)
    if not is_placed_rc(r, node.children[0]):
        from model.language.forest import first_word

        r.fail("a noun with a relative clause here only says where it is (மேசையில் இருக்கும் அந்தப் புத்தகம்)",
               first_word(node))
    np_, case, noun, tok = r.np(node.children[1], depth)
    return replace(np_, rc=read_placed(r, node.children[0], np_, "pres")), case, noun, tok


# ---- the English parser ---------------------------------------------------------------------
def read_english_pnp(pr, node):
    """*the book on the table*, *the keys to the cabinet* (a ``pnp`` node): a Phrase whose NP carries the place
    (tense settled later by ``settle``) or the owner."""
    from lark import Token

    head = pr.phrase(node.children[0])
    prep = next(c for c in node.children if isinstance(c, Token))
    other = pr.phrase(node.children[-1])
    if head.pron == (EVERYONE,) and prep.value != "to":        # everyone in the room: people (with whom they live …)
        head = replace(head, pron=None, noun=pr.lex.pronoun_nouns[EVERYONE])
    if head.pron is not None or other.pron is not None:
        pr.fail(f"'{head.text} {prep.value} {other.text}': a preposition phrase here goes with a noun and names "
                "a noun", prep)
    if prep.value == "to":
        np = replace(head.np, of=other.np)
        problem = key_problem(pr.lex, np)
    else:
        np = replace(head.np, rc=Clause("be", "fut", loc=other.np, gap="subj"))
        problem = place_problem(pr.lex, head.np, other.np)
        want = pr.lex.nouns[other.np.head].loc_prep if problem is None else prep.value
        if problem is None and prep.value != want:
            problem = f"the grammar says '{want} {other.text}'"
    if problem:
        pr.fail(f"'{head.text} {prep.value} {other.text}': {problem}", prep)
    return replace(head, np=np, text=f"{head.text} {prep.value} {other.text}")


def settle(sentence: Sentence) -> Sentence:
    """Give each placed subject's participle its main clause's time (the English says none)."""
    def one(cl: Clause) -> Clause:
        if not placed(cl.subj):
            return cl
        return replace(cl, subj=replace(cl.subj, rc=replace(cl.subj.rc, tense=placed_tense(cl.tense))))
    return replace(sentence, clauses=tuple(one(c) for c in sentence.clauses))


_SPECIAL = ("attr", "vless", "exp", "weather", "exist", "perfect", "habit", "price", "age", "count", "clock",
            "origin", "price_of", "everyone", "modal", "wants", "comp", "than", "never", "purpose", "pred2")


def _plain(lex: Lexicon, cl: Clause) -> bool:
    """Whether ``cl`` is a plain clause of a verb or a predicate, or says whose a thing is (mine)."""
    from model.language.mine import MINE

    if cl.owned is not None:
        return cl.owned == MINE
    return not any(getattr(cl, f) for f in _SPECIAL) and (cl.verb in lex.verbs or cl.pred is not None)


# ---- the generator --------------------------------------------------------------------------
def _plain_be(cl: Clause) -> bool:
    """Whether ``cl`` only says where its subject is (this young client is in the farm)."""
    return not any(getattr(cl, f) for f in _SPECIAL) and cl.obj is None and cl.wh is None and cl.owned is None


def _kept(lex: Lexicon, tree: Sentence, cl: Clause, keeps_all: list[str], seed: str) -> Sentence:
    """Where someone is, now and then told of a thing on or in furniture instead (the keys to the car are on the
    table): the thing and the furniture drawn from the hash, the time and the negation kept."""
    draw = hash_draw("kept" + seed)
    if draw >= KEPT_RATE:
        return tree
    share = draw / KEPT_RATE
    things = sorted(k for k, n in lex.nouns.items() if lies(n) and n.en_pl and n.cls != "food")
    thing = things[int(share * len(things))]
    number = "pl" if int(share * 7919) % 2 else "sg"
    subj = NP(thing, number=number, det="this" if int(share * 104729) % 3 == 0 else "the")
    if KEY_TO in lex.nouns[thing].tags and subj.det == "the" and hash_draw("key_to" + seed) < KEY_RATE:
        owners = sorted(k for k, n in lex.nouns.items() if LOCKS in n.tags)   # the keys to the cabinet
        subj = replace(subj, of=NP(owners[int(hash_draw("owner" + seed) * len(owners))], det="the"))
    where = NP(keeps_all[int(share * 31) % len(keeps_all)], det="the")
    return replace(tree, clauses=(replace(cl, subj=subj, loc=where, honour=False),))   # a thing: no இருக்கிறார்


def maybe_located(lex: Lexicon, tree: Sentence) -> Sentence:
    """Now and then, from hashes of the tree (the random stream is unchanged): a subject said where it is (the book
    on the table is mine), a key said with what it opens, a thing put on or in furniture (the keys are on the
    table)."""
    if len(tree.clauses) != 1 or tree.intj is not None or tree.mood not in ("decl", "question"):
        return tree
    cl = tree.clauses[0]
    subj = cl.subj
    if subj is None or subj.kind != "noun" or subj.rc is not None or subj.of is not None or cl.comp is not None:
        return tree
    noun = lex.nouns[subj.head]
    keeps_all = sorted(k for k, n in lex.nouns.items() if keeps(n))
    if cl.verb == "be" and cl.loc is not None and cl.pred is None and tree.mood == "decl" and _plain_be(cl):
        return _kept(lex, tree, cl, keeps_all, repr(tree))
    if subj.det not in ("the", "this") or cl.loc is not None or tree.mood != "decl" or not _plain(lex, cl) \
            or any(getattr(cl, r) is not None and getattr(cl, r).rc is not None for r in NP_ROLES):
        return tree                                 # one noun phrase with a relative clause in a clause
    draw = hash_draw("placed" + repr(tree))
    if draw >= PLACED_RATE:
        return tree
    share = draw / PLACED_RATE
    places = [k for k, n in lex.nouns.items() if n.cls == "place" and "cleanable" in n.tags and "far" not in n.tags
              and "bare_en" not in n.tags and not n.en_bare and n.loc_prep == "in"]      # rooms and buildings
    pool = sorted(places if noun.cls == "person" else places + keeps_all)
    where = NP(pool[int(share * len(pool))], det="the")
    if place_problem(lex, subj, where) is not None:
        return tree
    rc = Clause("be", placed_tense(cl.tense), loc=where, gap="subj")
    if noun.cls == "person" and subj.number == "pl" and not subj.adjs and int(share * 997) % 2:
        subj = NP(EVERYONE, "pron")                     # the students in the room → everyone in the room
    return replace(tree, clauses=(replace(cl, subj=replace(subj, rc=rc)),))
