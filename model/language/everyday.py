"""Everyday constructions of language v3c that both parsers and the generator share.

Verbless wh-questions: a subject and a question word with no verb, as Tamil asks them (உன் பெயர் என்ன ?
*what is your name ?*, நீ யார் ? *who are you ?*, என் கைப்பேசி எங்கே ? *where is my phone ?*, இது என்ன ?
*what is this ?*). English adds the copula, which aligns to the question word (the predicate).
"""

from __future__ import annotations

from model.language.grammar import NP, Clause
from model.language.lexicon import Lexicon

THIS = "this_pron"                          # இது, "this": a subject of இது என்ன ? only
VLESS_WH = ("what", "who", "where")
WHO_PRONOUNS = ("you", "you_sg", "he", "she", "they")
WHERE_PRONOUNS = ("you", "you_sg", "he", "she", "they")
ASKED_OWNERS = ("your", "your_sg", "his", "her", "their")


def vless_wh_problem(lex: Lexicon, np: NP, wh: str) -> str | None:
    """Why ``np`` cannot be the subject of the verbless question ``wh`` (None when it can): என்ன asks what
    this is or what someone's name is, யார் who a person is, எங்கே where a person, place or thing is."""
    if wh not in VLESS_WH:
        return f"{lex.wh[wh]['ta']} asks with a verb (… {lex.wh[wh]['ta']} இருக்கிறது ?)"
    if np.rc is not None or np.adjs:
        return "the subject of a question without a verb is plain (no adjective, no relative clause)"
    if np.kind == "pron":
        ok = {"what": (THIS,), "who": WHO_PRONOUNS, "where": WHERE_PRONOUNS}[wh]
        return None if np.head in ok else f"{lex.pronouns[np.head]['ta']} is not asked about this way"
    if np.kind == "name":
        return None if wh in ("who", "where") and np.head in lex.names else "a name is asked about with யார் or எங்கே"
    noun = lex.nouns[np.head]
    if wh == "what":
        if "askable" not in noun.tags or np.det not in ASKED_OWNERS:         # not "what is my name ?"
            return "என்ன without a verb asks what this is (இது என்ன ?) or someone's name (உன் பெயர் என்ன ?)"
        return None
    if np.number != "sg":
        return "a question without a verb asks about one person or thing"
    if wh == "who":
        if noun.cls != "person" or np.det not in ("the", "this") or "family" in noun.tags:   # not "who is the son ?"
            return "யார் without a verb asks who a person is (நீ யார் ?, அந்த மருத்துவர் யார் ?)"
        return None
    if noun.cls == "person":
        ok = np.det in lex.possessives or np.det in ("the", "this") or (np.det is None and "kin" in noun.tags)
    elif noun.cls == "place" or "portable" in noun.tags:
        ok = np.det in lex.possessives or np.det in ("the", "this")
    else:
        ok = False
    return None if ok else "எங்கே without a verb asks where a person, place or thing you carry is (என் கைப்பேசி எங்கே ?)"


VLESS_WH_RATE = 0.15                        # verbless questions among the generator's wh-questions
POSSESSIVE_WEIGHTS = {"my": 4, "your": 2, "your_sg": 2, "our": 1, "his": 1, "her": 1, "their": 1}


def draw_vless_wh(rng, lex: Lexicon, names: list) -> Clause | None:
    """A verbless question drawn for the generator (``names`` are the person names it may use), or None
    when the drawn subject does not fit the question word."""
    wh = rng.choices(VLESS_WH, (1.0, 1.0, 1.5))[0]
    owners = list(POSSESSIVE_WEIGHTS)
    owner = rng.choices(owners, [POSSESSIVE_WEIGHTS[o] for o in owners])[0]
    people = [n for n in lex.nouns.values() if n.cls == "person"]
    pick = rng.random()
    if wh == "what":
        np = NP(THIS, "pron") if pick < 0.5 else NP(rng.choice([n.key for n in lex.nouns.values()
                                                                 if "askable" in n.tags]), det=rng.choice(ASKED_OWNERS))
    elif pick < 0.35:
        np = NP(rng.choice(WHO_PRONOUNS), "pron")
    elif pick < 0.55:
        np = NP(rng.choice(names).key, "name")
    elif wh == "who" or pick < 0.75:
        noun = rng.choice([n for n in people if wh == "where" or "family" not in n.tags])
        det = owner if wh == "where" and "family" in noun.tags else rng.choice(("the", "this"))
        np = NP(noun.key, det=None if wh == "where" and "kin" in noun.tags and rng.random() < 0.5 else det)
    else:
        things = [n for n in lex.nouns.values() if "portable" in n.tags or n.cls == "place"]
        np = NP(rng.choice(things).key, det=owner if rng.random() < 0.7 else rng.choice(("the", "this")))
    if vless_wh_problem(lex, np, wh) is not None:
        return None
    return Clause("be", "pres", subj=np, wh=wh, vless=True)
