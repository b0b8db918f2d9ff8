"""Bodily states with a dative experiencer (language v5c), shared by both parsers and the generator.

Tamil says how one feels with the person in the dative, a fixed noun of the body and a fixed verb form:
எனக்குத் தலை வலிக்கிறது *i have a headache* (head aches to me), எனக்குத் தூக்கம் வருகிறது *i am feeling sleepy*
(sleep comes to me), என் அப்பாவுக்கு உடம்பு சரியில்லை *my father is not well* (the body is not right; said
negated only). மிகவும் (very) may stand before a state marked 'degree': எனக்கு மிகவும் பசிக்கிறது *i am very
hungry*, எனக்கு மிகவும் தூக்கம் வருகிறது *i am feeling very sleepy*. The data is the lexicon's ``experiencers``
entries with 'body' (the noun), 'en_obj' (a headache), 'en_feel' (feeling) and 'degree'.
"""

from __future__ import annotations

from model.language.grammar import NP, Clause
from model.language.inflection import BE_PRESENT
from model.language.lexicon import Lexicon

BODY_RATE = 0.35                            # of the generator's experiencer clauses, a bodily state
DEGREE_RATE = 0.3                           # of those that may, how many say மிகவும் (very)
BODY_PRONOUNS = ("i", "you", "you_sg", "we", "he", "they")
BODY_OWNERS = ("my", "your", "your_sg", "his", "her", "our", "their")
VERY = "very"


def body_keys(lex: Lexicon) -> list[str]:
    """The experiencers that are bodily states (they have a fixed noun)."""
    return [k for k, e in lex.experiencers.items() if "body" in e]


def body_subject_problem(lex: Lexicon, key: str, subj: NP) -> str | None:
    """Why ``subj`` cannot be the one who feels the bodily state ``key`` (None when it can): a person, as a
    pronoun, a name, or a plain noun with a possessive, அந்த/இந்த, or a family word alone (அப்பாவுக்கு)."""
    entry = lex.experiencers[key]
    said = f"{entry['body']} {entry.get('ta') or entry['neg']}"
    if subj.rc is not None or subj.adjs:
        return f"{said} says how a plain person feels (no adjective, no relative clause)"
    if subj.kind == "pron":
        return None if subj.head in BODY_PRONOUNS else f"{lex.pronouns[subj.head]['ta']} is not said to feel this way"
    if subj.kind == "name":
        return None if lex.names[subj.head].cls == "person" else f"{said} says how a person feels"
    noun = lex.nouns[subj.head]
    if noun.cls != "person" or subj.number != "sg":
        return f"{said} says how a person feels (என் அப்பாவுக்கு, உனக்கு)"
    ok = subj.det in lex.possessives or subj.det in ("the", "this") or (subj.det is None and "kin" in noun.tags)
    return None if ok else "say whose (என் அப்பாவுக்கு) or which person (அந்த மருத்துவருக்கு)"


def state_problem(lex: Lexicon, key: str, body: str | None, form: str, degree: str | None) -> str | None:
    """Why this experiencer's form, body noun and degree do not go together (None when they do)."""
    entry = lex.experiencers[key]
    if "body" in entry and body != entry["body"]:
        return f"{entry.get('ta') or entry['neg']} says how one feels with {entry['body']} before it"
    if "body" not in entry and body is not None:
        return f"{body} goes with its own verb (எனக்குத் தலை வலிக்கிறது)"
    if form != "neg" and "ta" not in entry and "body" in entry:       # not கிடைக்குமா, asked only (v7b)
        return f"{entry['body']} {entry['neg']} is said negated only (என் அப்பாவுக்கு உடம்பு சரியில்லை, is not well)"
    if degree is not None and (not entry.get("degree") or form == "neg"):
        return "மிகவும் (very) goes with hunger and sleep, not negated (எனக்கு மிகவும் பசிக்கிறது)"
    return None


def draw_body(rng, lex: Lexicon, names: list, mood: str) -> Clause | None:
    """A bodily state (or a hunger said with மிகவும்) for the generator, or None when the draw does not fit."""
    keys = body_keys(lex) + [k for k, e in lex.experiencers.items() if e.get("degree") and "body" not in e]
    key = rng.choice(keys)
    entry = lex.experiencers[key]
    if "ta" not in entry and mood == "question":
        return None
    pick = rng.random()
    people = [p for p in BODY_PRONOUNS if not (mood == "question" and p in ("i", "we"))]
    if pick < 0.55 or "body" not in entry:
        subj = NP(rng.choice(people), "pron")
    elif pick < 0.7:
        subj = NP(rng.choice(names).key, "name")
    else:
        noun = rng.choice([n for n in lex.nouns.values() if n.cls == "person" and "family" in n.tags])
        subj = NP(noun.key, det=None if "kin" in noun.tags and rng.random() < 0.3 else rng.choice(BODY_OWNERS))
    neg = "ta" not in entry or (mood == "decl" and rng.random() < 0.25)
    degree = VERY if entry.get("degree") and not neg and rng.random() < (DEGREE_RATE if "body" in entry else 1) \
        else None
    if body_subject_problem(lex, key, subj) if "body" in entry else None:
        return None
    return Clause(key, "pres", subj=subj, neg=neg, exp=True, degree=degree)


def en_state(lz, cl: Clause, mood: str, path: tuple) -> tuple[int, int]:
    """The English of a bodily state or a hunger with very, on the linearizer ``lz``: *i have a headache*
    (have ← the verb, a headache ← the body noun), *i am feeling very sleepy* (sleepy ← the body noun, very ←
    மிகவும்), *my father is not well* (well ← the body noun and the verb)."""
    from model.language.grammar import np_number_en

    lex = lz.lex
    entry, vp = lex.experiencers[cl.verb], path + ("verb",)
    bp = path + ("body",) if "body" in entry else vp
    number = np_number_en(lex, cl.subj)
    if "en_pred" in entry:
        verbs = [BE_PRESENT[number]] + ["not"] * cl.neg + ([entry["en_feel"]] if "en_feel" in entry else [])
    elif cl.neg or mood == "question":
        verbs = ["does" if number == "sg" else "do"] + ["not"] * cl.neg + [entry["en"][0]]
    else:
        verbs = [entry["en"][1] if number == "sg" else entry["en"][0]]
    group = [lz.en(verbs.pop(0), vp)] if mood == "question" else []
    subj_i = lz.en_np(cl.subj, path + ("subj",), subject=True)
    group += [lz.en(w, vp) for w in verbs]
    deg_i = lz.en(lex.degrees[cl.degree]["en"], path + ("degree", 0)) if cl.degree else None
    if "en_pred" in entry:
        pred_i = lz.en(entry["en_pred"], bp, *((vp,) if "en_feel" not in entry and "body" in entry else ()))
        lz.rel(deg_i, pred_i, "advmod")
        if "en_feel" in entry:              # i am feeling sleepy: feeling heads, sleepy its complement
            main = group[-1]
            lz.rel(pred_i, main, "xcomp")
        else:
            main = pred_i
    else:                                   # i have a headache
        main = group[-1]
        det_i, obj_i = (lz.en(w, bp) for w in entry["en_obj"])
        lz.rel(det_i, obj_i, "det")
        lz.rel(obj_i, main, "obj")
    for tok in group:
        if tok != main:
            lz.rel(tok, main, "advmod" if lz.tgt[tok] == "not" else "cop" if lz.tgt[tok] in BE_PRESENT.values()
                   and "en_feel" not in entry else "aux")
    lz.rel(subj_i, main, "nsubj")
    lz.rel(group[0], subj_i, "agr")
    return main, subj_i
