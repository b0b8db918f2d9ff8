"""Questions of amount (language v4a): how old someone is and how many of something they have, asked with a
dative and no verb.

உன் தம்பிக்கு எத்தனை வயது ? *how old is your younger brother ?*, உங்களுக்கு எத்தனை வயது ? *how old are you ?*.
Tamil puts the person in the dative, then எத்தனை (how many) and வயது (age); English asks *how old* with the
copula, which aligns to வயது (the Tamil predicate), *how* to எத்தனை and *old* to வயது. உங்களுக்கு எத்தனை
குழந்தைகள் ? is *how many children do you have ?*: *how many* ← எத்தனை, *do* and *have* ← the dative, which says
whose they are. இது எவ்வளவு ? is *how much is this ?* (*how much is* ← எவ்வளவு), and கொஞ்சம் before an experiencer's
bare noun is *some* (coffee) or *a little* (tamil). The data is the lexicon's
``amounts`` list; both parsers and the generator share the rules here.
"""

from __future__ import annotations

from dataclasses import replace

from model.language.grammar import NP, Clause
from model.language.lexicon import Lexicon

AGE_RATE, AGE_MAX = 0.06, 5                 # among the generator's short questions
COUNT_SHARE = 0.4                           # of them, how many … do you have ?
AGE_PRONOUNS = ("you", "you_sg", "he", "they")                # those with a dative (உங்களுக்கு, அவனுக்கு …)
AGE_OWNERS = ("my", "your", "your_sg", "his", "her", "their", "our")


def amount(lex: Lexicon, key: str = "age") -> dict:
    """The lexicon entry of a question of amount (``ta`` the noun, ``wh`` the question word, ``en`` the English)."""
    return lex.amounts[key]


def age_problem(lex: Lexicon, np: NP) -> str | None:
    """Why ``np`` cannot be the one whose age is asked (None when it can): a person — a pronoun other than
    i/we, a name, or a plain noun of a person with a possessive, அந்த/இந்த, or a family word alone."""
    entry = amount(lex)
    if np.rc is not None or np.adjs:
        return f"{entry['wh']} {entry['ta']} asks the age of a plain noun (no adjective, no relative clause)"
    if np.kind == "pron":
        return None if np.head in AGE_PRONOUNS else f"{lex.pronouns[np.head]['ta']} is not asked its age this way"
    if np.kind == "name":
        return None if np.head in lex.names and lex.names[np.head].cls == "person" else \
            f"{entry['wh']} {entry['ta']} asks the age of a person"
    noun = lex.nouns[np.head]
    if noun.cls != "person":
        return f"{entry['wh']} {entry['ta']} asks the age of a person"
    if np.number != "sg":
        return f"{entry['wh']} {entry['ta']} asks the age of one person"
    ok = np.det in lex.possessives or np.det in ("the", "this") or (np.det is None and "kin" in noun.tags)
    return None if ok else "say whose (உன் தம்பிக்கு) or which person (அந்த மருத்துவருக்கு)"


def draw_age(rng, lex: Lexicon, names: list) -> Clause | None:
    """An age, how-many or price question for the generator, or None when the drawn person or thing does not fit."""
    if rng.random() < PRICE_SHARE:                  # இது எவ்வளவு ? how much is this ?
        if rng.random() < 0.4:
            np = NP("this_pron", "pron")
        else:
            things = [n.key for n in lex.nouns.values() if "buyable" in n.tags and "mass" not in n.tags]
            np = NP(rng.choice(things), det=rng.choice(("this", "the")))
        return Clause("be", "pres", subj=np, price=True) if price_problem(lex, np) is None else None
    pick = rng.random()
    if pick < 0.4:
        np = NP(rng.choice(AGE_PRONOUNS), "pron")
    elif pick < 0.55:
        np = NP(rng.choice(names).key, "name")
    else:
        noun = rng.choice([n for n in lex.nouns.values() if n.cls == "person"])
        if "kin" in noun.tags and rng.random() < 0.4:
            det = None
        elif "family" in noun.tags or rng.random() < 0.6:
            det = rng.choice(AGE_OWNERS)
        else:
            det = rng.choice(("the", "this"))
        np = NP(noun.key, det=det)
    if age_problem(lex, np) is not None:
        return None
    if rng.random() < COUNT_SHARE:                  # உனக்கு எத்தனை நண்பர்கள் ? how many friends do you have ?
        return Clause("be", "pres", subj=np, obj=NP(rng.choice(amount(lex, "count")["nouns"]), number="pl"), count=True)
    return Clause("be", "pres", subj=np, age=True, age_much=rng.random() < 0.3)     # எவ்வளவு வயது


def count_problem(lex: Lexicon, kind: str, key: str, case: str, number: str) -> str | None:
    """Why a noun after எத்தனை cannot be what is counted (None when it can): a plural, bare, of the things and
    people one is asked how many one has (the lexicon's ``count`` list: children, sons, daughters, friends; things one
    owns take அவனிடம் … இருக்கின்றன, not the dative, and are not in the language)."""
    entry = amount(lex, "count")
    if kind != "noun" or key not in entry["nouns"]:
        said = ", ".join(lex.nouns[k].en_pl for k in entry["nouns"])
        return f"எத்தனை asks how many one has of {said}"
    if case != "nom" or number != "pl":
        return f"what is counted is plural with no case suffix ({lex.nouns[key].ta_form('nom', 'pl')})"
    return None


SOME_SHARE = 0.3                            # experiencer clauses with a bare noun that say கொஞ்சம்


def some_problem(lex: Lexicon, key: str, obj: NP | None, neg: bool) -> str | None:
    """Why கொஞ்சம் (some, a little) cannot stand before this experiencer's noun (None when it can): before a
    bare food or drink that is wanted (கொஞ்சம் காபி வேண்டும், some coffee) or a language that is known (கொஞ்சம் தமிழ்
    தெரியும், a little tamil), not negated (English would say 'any')."""
    if neg:
        return "கொஞ்சம் (some) goes in a statement or question that is not negated"
    if obj is None or obj.det is not None or obj.kind != "noun":
        return "கொஞ்சம் (some) goes right before a bare noun (கொஞ்சம் காபி)"
    noun = lex.nouns[obj.head]
    if lex.experiencers[key].get("as", key) == "want" and noun.cls == "food" and "mass" in noun.tags or key == "know" and noun.cls == "language":
        return None
    return "கொஞ்சம் says how much food or drink one wants (கொஞ்சம் காபி) or how much of a language one knows"


def maybe_some(rng, lex: Lexicon, cl: Clause) -> Clause:
    """An experiencer clause drawn by the generator, sometimes with கொஞ்சம் before its noun where it fits."""
    if cl.obj is None or some_problem(lex, cl.verb, cl.obj, cl.neg) is not None or rng.random() >= SOME_SHARE:
        return cl
    return replace(cl, some=True)


PRICE_SHARE = 0.3                           # of the generator's amount questions, how much is this … ?


def price_problem(lex: Lexicon, np: NP) -> str | None:
    """Why ``np`` cannot be asked its price with எவ்வளவு (None when it can): இது (this), or one thing one buys
    with இந்த or அந்த (இந்தப் பேனா எவ்வளவு ? how much is this pen ?)."""
    if np.kind == "pron":
        return None if np.head == "this_pron" else "எவ்வளவு asks the price of a thing (இது எவ்வளவு ?)"
    if np.kind != "noun" or np.rc is not None or np.adjs:
        return "எவ்வளவு asks the price of a plain thing (இந்தப் பேனா எவ்வளவு ?)"
    noun = lex.nouns[np.head]
    if "buyable" not in noun.tags or "mass" in noun.tags or np.number != "sg" or np.det not in ("this", "the"):
        return "எவ்வளவு asks the price of one thing one buys, with இந்த or அந்த (இந்தப் பேனா எவ்வளவு ?)"
    return None
