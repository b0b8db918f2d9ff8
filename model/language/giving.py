"""Give me some (language v5c), shared by both parsers and the generator.

கொஞ்சம் (some) before the bare food or drink that someone is given, with a pronoun recipient: எனக்குக் கொஞ்சம்
தண்ணீர் கொடுங்கள் *please give me some water*, அவன் எனக்குக் கொஞ்சம் சோறு கொடுத்தான் *he gave me some rice*.
English then puts the recipient first, with no *to* (give me some water), as it does with a pronoun and a
quantity; *some* aligns to கொஞ்சம். The verbs are the lexicon's ``giving`` list.
"""

from __future__ import annotations

from model.language.grammar import NP, Clause
from model.language.lexicon import Lexicon

SOME_RATE = 0.5                             # one-clause gifts of a bare food or drink to a pronoun that say கொஞ்சம்


def giving(lex: Lexicon) -> tuple[str, ...]:
    return tuple(lex.data.get("giving", ()))


def some_given_problem(lex: Lexicon, cl: Clause, mood: str, depth: int) -> str | None:
    """Why கொஞ்சம் cannot stand before this clause's object (None when it can)."""
    if cl.verb not in giving(lex):
        return "கொஞ்சம் (some) goes with what one gives (கொடு), wants or knows"
    if depth or cl.neg or mood == "rc":
        return "கொஞ்சம் (some) goes in a main clause that is not negated"
    obj = cl.obj
    if obj is None or obj.kind != "noun" or obj.det is not None or obj.adjs or obj.rc is not None \
            or lex.nouns[obj.head].cls != "food" or "mass" not in lex.nouns[obj.head].tags:
        return "கொஞ்சம் (some) goes right before a bare food or drink (கொஞ்சம் தண்ணீர்)"
    if cl.iobj is None or cl.iobj.kind != "pron":
        return "கொஞ்சம் (some) is given to me, us, him or them here (எனக்குக் கொஞ்சம் தண்ணீர் கொடுங்கள்)"
    return None


def draw_some_given(rng, lex: Lexicon, cl: dict, mood: str) -> None:
    """Now and then give some of a food or drink to me (in a request) or to him, in place: the object becomes
    bare with கொஞ்சம், the recipient a pronoun."""
    obj, iobj, subj = cl.get("obj"), cl.get("iobj"), cl.get("subj")
    if cl["verb"] not in giving(lex) or cl.get("neg") or obj is None or iobj is None or iobj["rc"] \
            or obj["kind"] != "noun" or obj["adjs"] or obj["rc"] or obj["noun"].cls != "food" \
            or "mass" not in obj["noun"].tags or cl.get("wh") or rng.random() >= SOME_RATE:
        return
    first = subj is not None and subj["kind"] == "pron" and lex.pronouns[subj["head"]]["agr"] in ("1sg", "1pl")
    key = "he" if first or mood == "question" else "i"
    if iobj["kind"] != "pron":
        cl["iobj"] = {"head": key, "kind": "pron", "number": "sg", "det": None, "adjs": [], "rc": None,
                      "noun": lex.pronoun_nouns[key]}
    obj["det"] = None
    cl["some"] = True


def split_some(kids: list):
    """The clause's children with the கொஞ்சம் item read as a plain noun phrase, and the கொஞ்சம் token; None
    when there is none."""
    from lark import Tree

    at = next((i for i, k in enumerate(kids[:-1]) if getattr(k, "data", None) == "item"
               and k.children[0].data == "someobj"), None)
    after = kids[at + 1] if at is not None else None
    if at is None or getattr(after, "data", None) == "item" and after.children[0].data == "purpose":
        return None                         # கொஞ்சம் பால் வாங்க: the purpose's (model.language.purpose)
    some, np_node = kids[at].children[0].children
    return kids[:at] + [Tree("item", [np_node])] + kids[at + 1:], some


def english_some_items(items: list):
    """The English items with a recipient pronoun and 'some' + noun right after it taken out: (items, pron, some)."""
    from lark import Token

    for i, item in enumerate(items):
        toks = [t for t in item.children if isinstance(t, Token)] if item.data == "np" else []
        if toks and toks[0].type == "SOME" and i and items[i - 1].data == "np":
            return items[:i - 1] + items[i + 1:], items[i - 1], item
    return items, None, None


def read_english_some(r, roles: dict, pron_item, some_item, depth: int, tense) -> None:
    """Claim the recipient (me) and the object (some water) of "give me some water"."""
    from lark import Token

    from model.language.english_grammar import readings
    from model.language.english_phrases import Phrase

    toks = [t for t in some_item.children if isinstance(t, Token)]
    if len(toks) != 2:
        r.fail("'some' goes right before a food or drink (give me some water)", toks[0])
    reading = r.reading(toks[1], "NOUN")
    noun = r.lex.nouns[reading.key]
    r.claim(roles, "obj", Phrase(NP(reading.key, number=reading.feat), noun, toks[1], f"some {toks[1].value}"))
    ph = r.phrase(pron_item)
    keys = [x.key for x in readings(ph.text) if x.feat == "obj"] if ph.pron is not None else []
    if not keys:
        r.fail(f"'{ph.text} some …': the recipient before 'some' is me, us, him or them", ph.tok)
    r.claim(roles, "iobj", Phrase(NP(head=keys[0], kind="pron"), r.lex.pronoun_nouns.get(keys[0]), ph.tok, ph.text))
