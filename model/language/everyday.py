"""Everyday constructions of language v3c that both parsers and the generator share.

Verbless wh-questions: a subject and a question word with no verb, as Tamil asks them (உன் பெயர் என்ன ?
*what is your name ?*, நீ யார் ? *who are you ?*, என் கைப்பேசி எங்கே ? *where is my phone ?*, இது என்ன ?
*what is this ?*). English adds the copula, which aligns to the question word (the predicate).
"""

from __future__ import annotations

from model.language.can_have import MAY_HAVE, have_problem
from model.language.everyday_words import rc_adverbs_fit
from model.language.grammar import NP, Clause, negative_tense
from model.language.lexicon import Lexicon
from model.language.likes import LIKE, LIKE_SHARE, draw_like, like_problem
from model.language.loanwords import draw_kind, kind_only
from model.language.manner import is_manner
from model.language.perfect import is_perfect, yet_problem

BARE_SUBJECTS = ("object", "doc", "food", "animal", "weather", "code")   # a bare subject is known: "the bus", "the weather"
BARE_SUBJECT_RATE = 0.4                     # how often the generator drops அந்த from such a subject
SERVING_RATE = 0.1                         # wanted drinks the generator counts as a serving (ஒரு காபி, a coffee)
PLEASE_RATE = 0.25                          # imperatives the generator opens with தயவுசெய்து (please)
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
    if np.rc is not None or not kind_only(lex, np.adjs):         # உன் மொபைல் நம்பர் என்ன ? (a kind may be said)
        return "the subject of a question without a verb is plain (no adjective, no relative clause)"
    if np.kind == "pron":
        ok = {"what": (THIS,), "who": WHO_PRONOUNS, "where": WHERE_PRONOUNS}[wh]
        return None if np.head in ok else f"{lex.pronouns[np.head]['ta']} is not asked about this way"
    if np.kind == "name":
        return None if wh in ("who", "where") and np.head in lex.names else "a name is asked about with யார் or எங்கே"
    noun = lex.nouns[np.head]
    if wh == "what":
        if "askable" not in noun.tags or np.det not in ASKED_OWNERS and not (np.det is None and "the_bare" in noun.tags):
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
    elif noun.cls == "place" or "portable" in noun.tags or "arrives" in noun.tags:
        ok = np.det in lex.possessives or np.det in ("the", "this") or np.det is None      # பேருந்து எங்கே ?
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
        np = draw_kind(rng, lex, np)                         # உன் மொபைல் நம்பர் என்ன ? what is your mobile number ?
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


# ---- experiencers in the dative: எனக்குக் காபி வேண்டும் (i want coffee), உனக்குத் தமிழ் தெரியுமா ?, எனக்குப் பசிக்கிறது
EXP_RATE, EXP_MAX = 0.08, 6                 # among the generator's short statements and questions
EXP_PRONOUNS = ("i", "you", "you_sg", "we", "he", "they", "she")
WANTED_BARE = ("money", "medicine")          # besides food and drink, what one wants bare


def exp_problem(lex: Lexicon, key: str, subj: NP, obj: NP | None, neg: bool) -> str | None:
    """Why this experiencer clause is not in the language (None when it is): the experiencer is a pronoun
    or a name; வேண்டும் wants something to eat or drink (bare) or to buy (with a determiner), தெரியும் knows a
    language (or, negated, nothing: எனக்குத் தெரியாது), பசிக்கிறது takes nothing."""
    entry = lex.experiencers[key]
    if key == MAY_HAVE:                                 # எனக்குக் காபி கிடைக்குமா ? (v7b)
        return have_problem(lex, subj, obj, None, False)
    if subj.kind == "noun" or (subj.kind == "pron" and subj.head not in EXP_PRONOUNS):
        return f"{entry['ta']} says what a person (a pronoun or a name) wants, knows or feels"
    if key == LIKE:                                     # எனக்குக் காபி பிடிக்கும் (v5d)
        return like_problem(lex, obj)
    if obj is None:
        return None if "en_pred" in entry or (key == "know" and neg) else f"{entry['ta']} needs what (a noun)"
    if "en_pred" in entry:
        return f"{entry['ta']} takes no noun"
    if obj.kind != "noun" or obj.rc is not None or obj.adjs:
        return f"{entry['ta']} takes a plain noun"
    noun = lex.nouns[obj.head]
    if key == "know":
        return None if noun.cls == "language" else "தெரியும் here knows a language (தமிழ், ஆங்கிலம்)"
    if obj.det is None and ("mass" not in noun.tags or noun.cls != "food" and noun.key not in WANTED_BARE):
        return "வேண்டும் wants something to eat or drink (காபி) or to buy (ஒரு பேனா)"
    if obj.det is not None and ("buyable" not in noun.tags or obj.det in lex.possessives):
        return "வேண்டும் wants something to buy with அந்த, இந்த, ஒரு or a number (ஒரு பேனா)"
    return None


def draw_experiencer(rng, lex: Lexicon, names: list, mood: str) -> Clause | None:
    """An experiencer clause for the generator (None when the draw does not fit)."""
    key = rng.choices(("want", "know", "hungry"), (2.0, 1.0, 1.0))[0]
    people = [p for p in EXP_PRONOUNS if not (mood == "question" and p in ("i", "we"))]
    subj = NP(rng.choice(names).key, "name") if rng.random() < 0.15 else NP(rng.choice(people), "pron")
    neg = mood == "decl" and rng.random() < 0.3
    if rng.random() < LIKE_SHARE:                       # அவளுக்குக் காரமான உணவு பிடிக்காது (v5d)
        return draw_like(rng, lex, subj, neg)
    obj = None
    if key == "want":
        if rng.random() < SERVING_RATE:                 # ஒரு காபி: a coffee (a cup of it)
            obj = NP(rng.choice([n.key for n in lex.nouns.values() if "serving" in n.tags]), det="a")
        elif rng.random() < 0.6:
            obj = NP(rng.choice([n.key for n in lex.nouns.values() if "mass" in n.tags and n.cls == "food"
                                 or n.key in WANTED_BARE]))
        else:
            noun = rng.choice([n for n in lex.nouns.values() if "buyable" in n.tags and "mass" not in n.tags])
            plural = noun.en_pl is not None and rng.random() < 0.3
            det = rng.choice(list(lex.numbers)) if plural else rng.choice(("a", "the", "this"))
            obj = NP(noun.key, number="pl" if plural else "sg", det=det)
    elif key == "know" and not (neg and rng.random() < 0.4):
        obj = NP(rng.choice([n.key for n in lex.nouns.values() if n.cls == "language"]))
    if exp_problem(lex, key, subj, obj, neg) is not None:
        return None
    return Clause(key, "pres", subj=subj, obj=obj, neg=neg, exp=True)


# ---- the weather: நாளை மழை பெய்யும் (it will rain tomorrow)
WEATHER_RATE, WEATHER_MAX = 0.04, 5          # among the generator's short statements and questions
WEATHER_TIMES = ("yesterday", "today", "now", "tomorrow", "morning", "evening", "night", "last_week", "next_week")


def draw_weather(rng, lex: Lexicon, mood: str) -> Clause:
    """A weather clause for the generator: a tense, often a time that fits it, sometimes negated (in the tense
    -வில்லை reads)."""
    key = rng.choice(list(lex.weather))
    tense = rng.choices(("past", "pres", "fut"), (0.45, 0.2, 0.35))[0]
    times = [t for t in WEATHER_TIMES if t in lex.times and tense in lex.times[t]["tense"]]
    time = rng.choice(times) if times and rng.random() < 0.7 else None
    neg = mood == "decl" and rng.random() < 0.25 and \
        (tense == "fut" or negative_tense(lex.weather[key], time, lex) == tense)
    return Clause(key, tense, time=time, neg=neg, weather=True)


# ---- adverbs: நாங்கள் ஏற்கெனவே சாப்பிட்டோம் (we already ate), அவன் எப்போதும் தாமதமாக வருகிறான் (he always comes late)
ADV_RATE = 0.25                             # how often the generator gives a one-clause sentence an adverb


def check_adverbs(lex: Lexicon, keys: list[str], verb, mood: str, depth: int, tense: str | None, neg: bool,
                  time: str | None, heavy: bool) -> tuple[str, ...] | str:
    """The adverbs in the grammar's order (one before the English verb, then one after), or why not: ஏற்கெனவே
    (already) in a past statement, எப்போதும் (always) in a present one, neither negated nor with a time phrase;
    தாமதமாக (late) and சீக்கிரம் (early) with a verb of coming, going, leaving or waking, not negated; none
    beside a relative clause, which English could attach them to."""
    if not keys:
        return ()
    if is_perfect(lex, keys):               # இன்னும் சாப்பிடவில்லை: have not eaten yet (v5a)
        return yet_problem(lex, keys, verb, mood, depth, tense, neg, time) or tuple(keys)
    pre = [k for k in keys if lex.adverbs[k].get("pre")]
    post = [k for k in keys if not lex.adverbs[k].get("pre")]
    if len(pre) > 1 or len(post) > 1:
        return "a clause takes one adverb of each kind (எப்போதும் தாமதமாக)"
    place = all(lex.adverbs[k].get("place") or is_manner(lex, k) for k in keys)   # இங்கே வா; மெதுவாகப் பேசு
    if rc_adverbs_fit(lex, keys, mood, depth, heavy):
        pass                                # the students who finished early (v4d)
    elif depth or mood in (("rc",) if place else ("request", "imperative", "rc")) or heavy:
        return "an adverb goes in a main statement or question here, with no relative clause"
    for k in pre:
        entry = lex.adverbs[k]
        if mood != "decl" or neg or time is not None or tense not in entry["tense"]:
            return (f"{entry['ta']} ({entry['en']}) goes in a {'past' if 'past' in entry['tense'] else 'present'} "
                    "statement, not negated and with no time phrase")
        if verb.stative or (not entry.get("habitual") and not (verb.deadline or verb.obj_optional)):
            return (f"{entry['ta']} ({entry['en']}) goes with " + ("an action done again and again" if
                    entry.get("habitual") else "an action that is done and over (ate, sent, finished)"))
    for k in post:
        entry = lex.adverbs[k]
        if entry.get("place") and (verb.key not in entry["verbs"] or neg):
            said = ", ".join(lex.verbs[v].en[0] for v in entry["verbs"])
            return f"{entry['ta']} ({entry['en']}) says where to {said}, not negated"
        if verb.key not in entry["verbs"] or neg or time in ("by_tomorrow", "soon"):
            return (f"{entry['ta']} ({entry['en']}) goes with {entry.get('with', 'coming, going, leaving or waking')}, "
                    "not negated nor with 'by tomorrow' or 'soon'")
    return tuple(pre + post)


PLACE_ADV_RATE = 0.3                        # imperatives of coming, sitting, waiting told where: இங்கே வா (come here)


def draw_place_adverb(rng, lex: Lexicon, cl: dict, mood: str) -> tuple[str, ...]:
    """A place adverb (இங்கே here, உள்ளே inside, வெளியே outside) for a one-clause sentence's clause dict whose
    verb takes one and which says no other place, often none."""
    keys = [k for k, a in lex.adverbs.items() if a.get("place") and cl["verb"] in a["verbs"]]
    if not keys or any(cl.get(r) is not None for r in ("loc", "goal", "source")) or rng.random() >= PLACE_ADV_RATE:
        return ()
    heavy = any(cl[r] is not None and cl[r].get("rc") for r in ("subj", "obj", "iobj", "goal", "source", "comit"))
    got = check_adverbs(lex, [rng.choice(keys)], lex.verb(cl["verb"]), mood, 0, cl["tense"], cl.get("neg", False),
                        cl["time"], heavy)
    return () if isinstance(got, str) else got


def draw_adverbs(rng, lex: Lexicon, cl: dict, mood: str) -> tuple[str, ...]:
    """Adverbs for a one-clause sentence's clause dict (checked by ``check_adverbs``), often none."""
    if rng.random() >= ADV_RATE:
        return ()
    verb, neg = lex.verb(cl["verb"]), cl.get("neg", False)
    pre = [k for k, a in lex.adverbs.items() if a.get("pre") and cl["tense"] in a["tense"]]
    post = [k for k, a in lex.adverbs.items() if not a.get("pre") and verb.key in a["verbs"]
            and not a.get("place")]                 # place adverbs: draw_place_adverb
    keys = [rng.choice(pre)] if pre and rng.random() < 0.6 else []
    if post and rng.random() < 0.7:
        keys.append(rng.choice(post))
    heavy = any(cl[r] is not None and cl[r].get("rc") for r in ("subj", "obj", "iobj", "goal", "source", "comit"))
    if keys and keys[0] in pre and (mood != "decl" or neg or cl["time"] is not None):
        keys = keys[1:]
    got = check_adverbs(lex, keys, verb, mood, 0, cl["tense"], neg, cl["time"], heavy)
    return () if isinstance(got, str) else got
