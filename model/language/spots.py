"""Language v7f: a place said with a postposition after the dative, shared by both parsers and the generator.

Tamil says where something goes or happens relative to a thing or place with the dative and a postposition:
-க்குள் *into*, written as one word with its noun (அந்த நாய் அந்தப் பந்தை நதிக்குள் துரத்தியது → *the dog chased the
ball into the river*) and வெளியே *outside* (ஒரு பறவை என் ஜன்னலுக்கு வெளியே பாடுகிறது → *a bird is singing outside my
window*). *Over* with a verb of motion is crossing over, தாண்டி (the participle of தாண்டு, *cross*) after the
accusative (அது அந்தச் சுவரைத் தாண்டிப் பறந்தது → *it flew over the wall*, language v8e; the entry's ``case``): the
dative with மேலே, which v7f wrote, says *above* (hovering over the wall), and a Tamil reader of review 7 flagged it.
Nothing in the language says *above* yet. The lexicon's ``spots`` entry
lists, for each, the verbs it goes with and the nouns it takes. In the tree the phrase is the clause's ``loc`` with
``Clause.spot`` naming the postposition; Tamil puts it right before the verb (after the object: a place one is
chased into ends the chase), English after the object, as any place phrase. The English preposition is a ``case``
dependent of its noun, which is an ``obl`` of the verb; *into* aligns to the fused noun, *over* and *outside* to
their own Tamil word.

One reading each: வெளியே alone stays the adverb *outside* (please come outside); before it a dative of a noun the
entry lists is the place it is outside of. The English backbone lets *outside* end a clause as an adverb or take
a noun phrase as a preposition, never both, so *singing outside my window* has one parse.
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw
from model.language.grammar import NP, Clause
from model.language.lexicon import Lexicon

SPOT_RATE = 0.8                  # one-clause statements of a verb a postposition goes with that get such a place
SPOT_DETS = ("the", "this", "my", "our", "their")
INTO = "into"                    # the postposition written on its noun (நதிக்குள்)


def spots(lex: Lexicon) -> dict[str, dict]:
    """The lexicon's ``spots``: key -> {'ta' the postposition (or the suffix), 'fused', 'en', 'verbs', 'nouns'}."""
    return {k: v for k, v in lex.data.get("spots", {}).items() if not k.startswith("_")}


def spot_words(lex: Lexicon) -> dict[str, str]:
    """The postpositions written as words of their own: தாண்டி -> over, வெளியே -> outside."""
    return {v["ta"]: k for k, v in spots(lex).items() if not v.get("fused")}


def spot_case(entry: dict) -> str:
    """The case of the noun before the postposition: the dative, or the entry's ``case`` (தாண்டி: accusative)."""
    return entry.get("case", "dat")


def case_ending(entry: dict) -> str:
    return {"dat": "-க்கு", "acc": "-ஐ"}[spot_case(entry)]


def fused_form(lex: Lexicon, np: NP) -> str:
    """நதிக்குள்: the dative with -உள், one word."""
    return lex.nominal(np.kind, np.head).ta_form("dat", np.number) + spots(lex)[INTO]["ta"]


def spot_problem(lex: Lexicon, cl: Clause, mood: str, depth: int) -> str | None:
    """Why ``cl`` cannot have its ``loc`` as a place ``cl.spot`` (None when it can)."""
    entry = spots(lex)[cl.spot]
    said = f"'{entry['en']}' ({'-க்குள்' if entry.get('fused') else case_ending(entry) + ' ' + entry['ta']})"
    if cl.verb not in entry["verbs"]:
        verbs = ", ".join(lex.verb(v).en[0] for v in entry["verbs"])
        return f"{said} goes with {verbs} here"
    if depth or cl.wh is not None or cl.advs:
        return f"{said} goes in a main clause with no question word or adverb"
    if cl.loc.kind != "noun" or cl.loc.head not in entry["nouns"]:
        nouns = ", ".join(lex.nouns[n].en for n in entry["nouns"])
        return f"{said} takes one of: {nouns}"
    if cl.loc.number != "sg" or cl.loc.det in ("a", *lex.numbers) or cl.loc.adjs:
        return f"{said} takes one known thing or place (the, this or a possessive), with no adjective"
    noun = lex.nouns[cl.loc.head]
    if cl.loc.det is None and (noun.cls != "place" or noun.en_bare or "bare_en" in noun.tags):
        return f"{said}: say which {noun.en} (அந்த, இந்த or a possessive before it)"     # not 'over home'
    if any(getattr(cl, r) is not None for r in ("iobj", "comit", "source", "goal")) or \
            any(np is not None and np.rc is not None for np in (cl.subj, cl.obj)):
        return f"{said} stands in a clause with a subject and an object at most, and no relative clause"
    return None


def maybe_spot(lex: Lexicon, tree):
    """Now and then a one-clause statement of a verb a postposition goes with gets such a place (… நதிக்குள்
    துரத்தியது); the draw is a hash of the tree, so the generator's random stream is unchanged."""
    if "spots" not in lex.data or tree.mood != "decl" or len(tree.clauses) != 1 or tree.intj is not None:
        return tree
    cl = tree.clauses[0]
    key = next((k for k, e in spots(lex).items() if cl.verb in e["verbs"]), None)
    if key is None or cl.loc is not None or cl.tense is None or cl.purpose is not None or cl.time_first or \
            any((cl.exist, cl.exp, cl.weather, cl.habit, cl.perfect, cl.light, cl.some, cl.modal, cl.never)):
        return tree
    draw = hash_draw("spot" + repr(tree))
    if draw >= SPOT_RATE:
        return tree
    share = draw / SPOT_RATE
    nouns = spots(lex)[key]["nouns"]
    noun = lex.nouns[nouns[int(share * len(nouns))]]
    bare = noun.cls == "place" and not noun.en_bare and "bare_en" not in noun.tags and int(share * 389) % 3 == 0
    det = None if bare else SPOT_DETS[int(share * 997) % len(SPOT_DETS)]
    out = replace(cl, loc=NP(noun.key, det=det), spot=key)
    if spot_problem(lex, out, "decl", 0) is not None:
        return tree
    return replace(tree, clauses=(out,))


# ---- linearization
def ta_spot(lz, cl: Clause, path: tuple) -> None:
    """The place and its postposition (நதிக்குள்; என் ஜன்னலுக்கு வெளியே), right before the verb."""
    entry = spots(lz.lex)[cl.spot]
    lz.ta_np(cl.loc, spot_case(entry), path + ("loc",))
    head = lz.where[path + ("loc", "head")]
    if spot_case(entry) == "dat":
        lz.doubles[head] = False                   # -க்குள், and வெளியே start with no hard consonant
    if entry.get("fused"):
        lz.src[head] = fused_form(lz.lex, cl.loc)
    else:                                          # சுவரைத் தாண்டிப் பறந்தது: தாண்டி doubles (lexicon 'doubles')
        lz.ta(entry["ta"], path + ("spot",), doubles=bool(entry.get("doubles")))


def en_spot(lz, cl: Clause, path: tuple) -> int:
    """*into the river*, *outside my window*: the preposition aligns to the postposition (to the fused noun)."""
    entry = spots(lz.lex)[cl.spot]
    at = len(lz.tgt)
    head = lz.en_np(cl.loc, path + ("loc",), entry["en"], objective=True)
    if not entry.get("fused"):
        lz.align[at] = [lz.where[path + ("spot",)]]
    return head


# ---- the Tamil parser's side
def split_spot(r, kids: list) -> tuple[list, object, object, str] | None:
    """The clause's children without its postposition phrase, the phrase's np node, the postposition's token (None
    for -க்குள்) and its key; None when the clause has none. A dative of a listed noun right before வெளியே, or its
    accusative right before தாண்டி, is one; வெளியே after anything else stays the adverb *outside*."""
    lex = r.lex
    words = spot_words(lex)
    items = [(i, k.children[0]) for i, k in enumerate(kids) if getattr(k, "data", None) == "item"]
    for (i, inner), nxt in zip(items, items[1:] + [(None, None)]):
        if inner.data != "np" or inner.children[0].data == "pron":
            continue
        from model.language.forest import first_word

        tok = first_word(inner.children[-1])
        a = r.an(tok, "N")
        if a.feats[1] == INTO:
            return kids[:i] + kids[i + 1:], inner, None, INTO
        j, after = nxt
        if after is not None and after.data == "adv" and j == i + 1:
            word = first_word(after).value
            if word in words and a.key in spots(lex)[words[word]]["nouns"] and \
                    a.feats[1] == spot_case(spots(lex)[words[word]]):
                return kids[:i] + kids[j + 1:], inner, first_word(after), words[word]
    return None


def read_spot(r, node, mood: str, depth: int, clause_of) -> Clause:
    """A clause with a postposition phrase (``clause_of`` reads the rest), checked."""
    from lark import Tree

    rest, np_node, word_tok, key = split_spot(r, node.children)
    main = clause_of(Tree(node.data, rest))
    np_, _, _, tok = r.np(np_node, depth)
    if main.loc is not None or main.goal is not None:
        r.fail(f"{r.word(tok)}: a clause has one place", tok)
    cl = replace(main, loc=np_, spot=key)
    problem = spot_problem(r.lex, cl, mood, depth)
    if problem:
        r.fail(f"{r.word(word_tok or tok)}: {problem}", word_tok or tok)
    return cl


def stray_spot_word(lex: Lexicon, word: str) -> str | None:
    """Why a postposition that is no adverb (தாண்டி) stands without its noun (None for other words)."""
    key = spot_words(lex).get(word)
    if key is None or key in lex.adverbs:
        return None
    entry = spots(lex)[key]
    case = {"dat": "dative", "acc": "accusative"}[spot_case(entry)]
    return f"{word} ({entry['en']}) follows the {case} of what it is {entry['en']} (அந்தச் சுவரைத் {word})"


def spot_analyses(lex: Lexicon):
    """(word, category, key, feats) for the parser's table: நதிக்குள் a noun in the case 'into', தாண்டி an adverb."""
    for key, entry in spots(lex).items():
        if entry.get("fused"):
            for noun in entry["nouns"]:
                yield fused_form(lex, NP(noun)), "N", noun, ("noun", INTO, "sg")
        elif entry["ta"] not in {a["ta"] for a in lex.adverbs.values()}:
            yield entry["ta"], "ADV", key, ()


# ---- the English parser's side (``r`` is its resolver: phrase, fail)
SPOT_CATEGORIES = ("SPOT", "OUTSIDE")


def split_english_spot(items: list) -> tuple[list, object]:
    """The clause's phrases without its *into / over / outside* phrase, and that phrase (or None)."""
    at = next((i for i, it in enumerate(items) if it.data == "pp" and
               it.children[0].children[0].type in SPOT_CATEGORIES), None)
    if at is None:
        return items, None
    return items[:at] + items[at + 1:], items[at]


def read_english_spot(r, cl: Clause, item, mood: str, depth: int) -> Clause:
    """*… into the river*, *… outside my window*: the place of ``cl`` with its postposition, checked."""
    prep = item.children[0].children[0]
    key = next((k for k, e in spots(r.lex).items() if e["en"] == prep.value), None)
    ph = r.phrase(item.children[-1])
    if ph.pron is not None or ph.rc is not None:
        r.fail(f"'{prep.value} {ph.text}': '{prep.value}' takes a thing or place here", prep)
    if cl.loc is not None or cl.goal is not None:
        r.fail(f"'{prep.value} {ph.text}': a clause has one place", prep)
    out = replace(cl, loc=ph.np, spot=key)
    problem = spot_problem(r.lex, out, mood, depth)
    if problem:
        r.fail(problem, prep)
    return out
