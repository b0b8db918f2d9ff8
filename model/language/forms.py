"""Every surface form the grammar can produce, with its analyses (the parser's lexicon); the
standard spelling of a word sequence (junction doubling, ஒரு/ஓர்); romanization with names in
their English spelling."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from model.language.because import cause_form
from model.language.inflection import (
    AGREEMENTS,
    CASES,
    PERSONS,
    TENSES,
    habitual_negative,
    negative_imperative,
)
from model.language.lateness import is_adverb_predicate
from model.language.lexicon import Lexicon, load_lexicon
from model.language.light_verbs import light_only
from model.language.likes import thing_form_of_person_verb
from model.language.perfect import perfect_form
from model.language.reflexive import KEYS as REFLEXIVE_KEYS
from model.language.script import PULLI, double_before, oru_form, romanize, undouble
from model.language.spots import spot_analyses
from model.language.was_doing import was_doing_form

PUNCT = {",": "COMMA", ".": "PERIOD", "?": "QMARK"}


@dataclass(frozen=True)
class Analysis:
    """One reading of a Tamil word: its category, lemma key and features.

    cat: DET NUM ADJ N PRON TIME TMOD TN PRED VFIN VQ VRP VINF VIMP REQ WH CONJ COMMA PERIOD QMARK
    feats: N -> (kind, case, number); VFIN and VQ -> (tense, agr), a negative VFIN (tense, agr, "neg");
    VRP -> (tense,); a negative VIMP ("neg",)
    """

    cat: str
    key: str
    feats: tuple = ()


@lru_cache(maxsize=4)
def _analyses(lex: Lexicon) -> dict[str, tuple[Analysis, ...]]:
    table: dict[str, list[Analysis]] = defaultdict(list)

    def add(word: str, a: Analysis) -> None:
        if a not in table[word]:
            table[word].append(a)

    for k, d in lex.determiners.items():
        add(d["ta"], Analysis("DET", k))
    for word, k in REFLEXIVE_KEYS.items():         # தன் / தங்கள்: the subject's own (model.language.reflexive)
        add(word, Analysis("DET", k))
    for k, d in lex.numbers.items():
        add(d["ta"], Analysis("NUM", k))
    for k, d in lex.adjectives.items():
        add(d["ta"], Analysis("ADJ", k))
    for k, d in lex.predicates.items():
        if not is_adverb_predicate(lex, d["ta"]):   # தாமதமாக stays an adverb (model.language.lateness)
            add(d["ta"], Analysis("PRED", k))
    for k, d in lex.pronouns.items():
        if d.get("all"):                            # எல்லோரும்: the word ALL (model.language.located reads it)
            continue
        if not d.get("object_only"):              # அதை (that): an object only (v7g demonstratives)
            add(d["ta"], Analysis("PRON", k, ("nom",)))
        for case in ("acc", "dat"):                 # என்னை, எனக்கு …
            if d.get(case):
                add(d[case], Analysis("PRON", k, (case,)))
    add(lex.request["please"], Analysis("PLEASE", "please"))    # தயவுசெய்து
    for entry in lex.data.get("light_verbs", ()):       # வேலை (செய்): work
        add(entry["ta"], Analysis("LIGHT", entry["of"]))
    for d in lex.data.get("amounts", ()):            # எத்தனை வயது (how old), எத்தனை குழந்தைகள் (how many children)
        if d["key"] == "some":                      # கொஞ்சம் (some, a little)
            add(d["ta"], Analysis("SOME", "some"))
            continue
        if d["key"] == "price":                     # இது எவ்வளவு ? (how much is this ?)
            add(d["wh"], Analysis("HOWMUCH", "price"))
            continue
        add(d["wh"], Analysis("HOWMANY", "amount"))
        if "ta" in d:
            add(d["ta"], Analysis("AMOUNT", d["key"]))
    for e in lex.data.get("interjections", ()):     # மன்னிக்கவும் , … (sorry , …)
        add(e["ta"], Analysis("INTJ", e["key"]))
    for e in lex.data.get("alone", ()):             # மிக்க நன்றி . (thank you very much ., model.language.alone)
        for w in e["ta"][:-1]:
            add(w, Analysis("ALONE", e["key"]))
    for k, d in lex.adverbs.items():                # ஏற்கெனவே, எப்போதும், தாமதமாக, சீக்கிரம்
        add(d["ta"], Analysis("ADV", k))
    for k, v in lex.weather.items():                # மழை; பெய்தது, பெய்யுமா, பெய்யவில்லை …
        add(lex.weather_nouns[k], Analysis("RAIN", k))
        for tense in ("past", "pres", "fut"):
            add(v.finite(tense, "n"), Analysis("VWEA", k, (tense, "decl")))
            add(v.question(tense, "n"), Analysis("VWEA", k, (tense, "q")))
            add(v.negative(tense, "n"), Analysis("VWEA", k, (tense, "neg")))
        add(cause_form(lex, k), Analysis("VWEA", k, ("past", "cause")))      # பெய்ததால்: because it rained
    for k, d in lex.experiencers.items():           # வேண்டும், வேண்டாம், வேண்டுமா …
        for form in ("ta", "neg", "q") if "body" not in d else ():
            if form in d:                           # கிடைக்குமா is asked only (model.language.can_have)
                add(d[form], Analysis("VEXP", k, (form,)))
    for m in lex.data.get("measures", ()):          # குவளை: a glass of (model.language.can_have)
        add(m["ta"], Analysis("MEASURE", m["key"]))
    if "spent" in lex.data:                         # கிட்டத்தட்டத் தீர்ந்துவிட்டது (model.language.spent)
        add(lex.data["spent"]["almost"]["ta"], Analysis("ALMOST", "almost"))
        for agr, word in lex.data["spent"]["ta"].items():
            add(word, Analysis("SPENT", agr))
    for form in ("ta", "q"):                        # நிரம்பியிருந்தது, நிரம்பியிருந்ததா (model.language.full)
        for tense, word in lex.data.get("full", {}).get(form, {}).items():
            add(word, Analysis("FULL", tense, (form,)))
    for k, d in lex.conjunctions.items():
        if d["ta"]:                                 # (a comma alone joins the next event: model.language.next_event)
            add(d["ta"], Analysis("CONJ", k))
    for k, t in lex.times.items():
        if len(t["ta"]) == 1:
            add(t["ta"][0], Analysis("TIME", k))
        else:                                   # பத்து வருடங்களாக: a number and a unit (v6c duration)
            if not t.get("duration"):           # இந்த வார இறுதியில் (v7g): the determiner, then TMOD and TN
                add(t["ta"][-2], Analysis("TMOD", t["ta"][-2]))
            add(t["ta"][-1], Analysis("TN", t["ta"][-1]))
    for kind, table_ in (("noun", lex.nouns), ("name", lex.names)):
        for k, noun in table_.items():
            for number in ("sg", "pl") if noun.ta_pl else ("sg",):
                for case in CASES:
                    add(noun.ta_form(case, number), Analysis("N", k, (kind, case, number)))
    from model.language.coordination import and_analyses  # (it needs the grammar, which needs this module)
    for word, cat, k, feats in and_analyses(lex):   # சகோதரியும் … கணவரும் (model.language.coordination)
        add(word, Analysis(cat, k, feats))
    for word, cat, k, feats in spot_analyses(lex):  # நதிக்குள் (into the river), மேலே (model.language.spots)
        add(word, Analysis(cat, k, feats))
    for verb in [*lex.verbs.values(), lex.copula]:
        if light_only(verb.key):                    # lend: only இரவல் with the forms of கொடு (v8d)
            continue
        for tense in TENSES:
            for agr in AGREEMENTS:
                add(verb.finite(tense, agr), Analysis("VFIN", verb.key, (tense, agr)))
                add(verb.question(tense, agr), Analysis("VQ", verb.key, (tense, agr)))
            add(verb.participle(tense), Analysis("VRP", verb.key, (tense,)))
        for tense in ("past", "pres", "fut") if verb.key == "be" else ("past", "fut"):
            for agr in AGREEMENTS:           # -வில்லை reads past or present: the parser picks (negative_tense)
                add(verb.negative(tense, agr), Analysis("VFIN", verb.key, (tense, agr, "neg")))
        if verb.key in lex.data.get("perfect", {}).get("verbs", ()):      # சென்றிருக்கிறார்: has gone
            for agr in AGREEMENTS:
                add(perfect_form(verb, agr), Analysis("VFIN", verb.key, ("pres", agr, "perfect")))
        if verb.key in lex.data.get("experience", {}).get("verbs", ()):     # சென்றதில்லை: have never (v6c)
            from model.language.experience import never_form

            for agr in AGREEMENTS:
                add(never_form(verb), Analysis("VFIN", verb.key, ("past", agr, "never")))
        for agr in AGREEMENTS:               # சிரித்துக்கொண்டிருந்தார்கள்: were laughing (model.language.was_doing)
            if verb.key != "be" and (form := was_doing_form(lex, verb, agr)) is not None:
                add(form, Analysis("VFIN", verb.key, ("past", agr, "prog")))
        if verb.key != "be":                 # குடிப்பதில்லை: a habit denied, in the present (model.language.habits)
            for agr in AGREEMENTS:
                add(habitual_negative(verb), Analysis("VFIN", verb.key, ("pres", agr, "neg", "habit")))
        add(verb.inf, Analysis("VINF", verb.key))
        if verb.imp:
            add(verb.imp, Analysis("VIMP", verb.key))
            if verb.imp_sg:                  # வா, உட்கார்: the familiar singular imperative
                add(verb.imp_sg, Analysis("VIMP", verb.key, ("sg",)))
            if verb.key != "be":             # "please do not be ready" is not said
                add(negative_imperative(verb), Analysis("VIMP", verb.key, ("neg",)))
    add(lex.request["ta"], Analysis("REQ", "can"))
    if "want_to" in lex.data:                   # ஏதாவது: something (model.language.wants)
        add(lex.data["want_to"]["something"]["ta"], Analysis("ANY", "something"))
    if "think" in lex.data:                     # என்று நினைக்கிறேன் (model.language.thinking)
        from model.language.thinking import think_verb

        add(lex.data["think"]["quote"], Analysis("ENRU", "think"))
        for agr in PERSONS + ("m", "f", "h", "pl_r"):
            add(think_verb(lex).finite("pres", agr), Analysis("VTHINK", "think", ("pres", agr)))
    if "told_that" in lex.data:                 # மாணவர்களிடம், நன்றாக, தவறு, செய்ததாக, தான் (model.language.telling)
        from model.language.telling import told_analyses

        for word, cat, key, feats in told_analyses(lex):
            add(word, Analysis(cat, key, feats))
    if "say" in lex.data:                       # வருவதாக: a promise reported (model.language.reported)
        from model.language.reported import report_form
        for key in lex.data["say"]["verbs"]:
            add(report_form(lex, key), Analysis("VREP", key))
    if "extent" in lex.data:                    # தூங்கக்கூடிய (அளவுக்கு): so … that … could (model.language.extent)
        from model.language.extent import RESULTS, could_form
        for key in sorted({v for verbs in RESULTS.values() for v in verbs}):
            add(could_form(lex, key), Analysis("VCOULD", key))
    if "ask" in lex.data:                       # செவிலியரிடம் தனக்கு உதவுமாறு (model.language.asking)
        from model.language.asking import IDAM, asked_form, idam_form
        from model.language.grammar import NP
        for key in lex.data["ask"]["verbs"]:
            add(asked_form(lex, key), Analysis("VASKED", key))
        for case, forms in lex.data["ask"]["self"].items():
            for number, word in forms.items():
                add(word, Analysis("REFL", "self", (case, number)))
        for k, d in lex.pronouns.items():        # the nouns' -இடம் forms are telling's (told_analyses)
            if d.get("acc") and d.get("en_obj"):
                add(idam_form(lex, NP(k, "pron")), Analysis("PRON", k, (IDAM,)))
    for k, w in lex.wh.items():
        add(w["ta"], Analysis("WH", k))
    for k, g in lex.degrees.items():            # மிகவும்; அளவுக்கு அதிகமாக (two words)
        cats = ("DEG",) if len(g["ta"]) == 1 else ("DEGA", "DEGB")
        for word, cat in zip(g["ta"], cats):
            add(word, Analysis(cat, k))
    for p, cat in PUNCT.items():
        add(p, Analysis(cat, p))
    for k, d in lex.experiencers.items():           # bodily states (v5c): தலை வலிக்கிறது; after the verbs, so
        if "body" in d:                             # வருகிறது is first of all 'come'
            add(d["body"], Analysis("BODY", k))
            for form in ("ta", "neg", "q"):
                if form in d:
                    add(d[form], Analysis("VBODY", k, (form,)))
    if "whose" in lex.data:                         # யாருடைய, யாருடையது; பையா (is it … bag ?) (v5c)
        from model.language.possession import owned_keys, question_form

        add(lex.data["whose"]["det"], Analysis("WHOSED", "whose"))
        add(lex.data["whose"]["pron"], Analysis("WHOSEP", "whose"))
        for k in owned_keys(lex):
            add(question_form(lex, k), Analysis("NQ", k))
    if "origin" in lex.data:                        # எந்த ஊரைச் சேர்ந்தவர் (v5c: where are you from ?)
        add(lex.data["origin"]["which"], Analysis("WHICH", "which"))
        add(lex.data["origin"]["town"], Analysis("TOWN", "town"))
        for agr, word in lex.data["origin"]["from"].items():
            add(word, Analysis("ORIGIN", agr))
    if "price_of" in lex.data:                      # சட்டையின் விலை (v5c: the price of this shirt)
        from model.language.price_of import genitive

        add(lex.data["price_of"]["ta"], Analysis("PRICE", "price"))
        for k, n in lex.nouns.items():
            if "buyable" in n.tags and "mass" not in n.tags or "locks" in n.tags:   # அலமாரியின் சாவிகள் (v7a)
                add(genitive(lex, k), Analysis("NGEN", k))
    if "simile" in lex.data:                        # போல (v7h: time flies like an arrow)
        add(lex.data["simile"]["ta"], Analysis("SIMILE", "like"))
    if "taste" in lex.data:                         # சுவையில் (v7h: the cake tasted great)
        add(lex.data["taste"]["ta"], Analysis("TASTE", "taste"))
    if "everyone" in lex.data:                      # எல்லோரும் (v5c: we are all happy)
        add(lex.data["everyone"]["ta"], Analysis("ALL", "all"))
    for c in lex.data.get("clock", ()):             # கிழமை, மணி (v5c: இன்று என்ன கிழமை ?)
        add(c["ta"], Analysis("CLOCK", c["key"]))
    if "comparison" in lex.data:                    # என்னைவிட, காபியைவிட; அதிகம் (v6c comparison)
        from model.language.comparison import than_forms

        for word, (kind, key, number) in than_forms(lex):
            add(word, Analysis("THAN", key, (kind, number)))
        add(lex.data["comparison"]["more"], Analysis("MORE", "more"))
    if "mine" in lex.data:                          # என்னுடையது, உன்னுடையதா (v6c: this book is mine)
        from model.language.mine import question_word

        for owner, e in lex.data["mine"].items():
            add(e["ta"], Analysis("POSSP", owner, ("ta",)))
            add(question_word(lex, owner), Analysis("POSSP", owner, ("q",)))
        if "nominal_negative" in lex.data:          # அவர்களுடையது அல்ல: not theirs
            add(lex.data["nominal_negative"]["ta"], Analysis("ALLA", "not"))
    if "experience" in lex.data:                    # ஒருபோதும் (v6c: have never been)
        add(lex.data["experience"]["ta"], Analysis("NEVER", "never"))
    return {w: tuple(a for a in an if not thing_form_of_person_verb(lex, w, a.cat, a.key, a.feats))
            for w, an in table.items()}                 # பிடிக்கும்: likes, never 'it will catch' (v5d)


def analyses(lex: Lexicon | None = None) -> dict[str, tuple[Analysis, ...]]:
    """Tamil surface form -> its analyses."""
    return _analyses(lex or load_lexicon())


def all_source_forms(lex: Lexicon | None = None) -> set[str]:
    """Every Tamil word the grammar writes, in its base spelling (no junction consonant)."""
    return set(analyses(lex)) - set(PUNCT)


def doubles_next(word: str) -> bool:
    """Whether ``word`` doubles a following hard consonant: the demonstratives அந்த/இந்த, a noun in
    the accusative or dative (or -க்காக, v7e), an adverbial -ஆக predicate, the colour noun சிவப்பு as a modifier, the
    numerals எட்டு and பத்து (the rule table of the README)."""
    lex = load_lexicon()
    for a in analyses().get(word, ()):
        if (a.cat == "DET" and a.key in ("the", "this")) or a.cat in ("PRED", "DEGB"):
            return True
        if (a.cat == "N" and a.feats[1] in ("acc", "dat", "ben")) or (a.cat == "WH" and (a.key == "whom" or lex.wh[a.key].get("doubles"))) or \
                (a.cat == "PRON" and a.feats[0] in ("acc", "dat")):
            return True
        if a.cat == "ADV" and (lex.adverbs.get(a.key) or lex.data.get("spots", {}).get(a.key, {})).get("doubles"):
            return True                         # தாமதமாகச் சென்றான்; சுவரைத் தாண்டிப் பறந்தது (v8e spots)
        if a.cat == "TOWN":                     # ஊரைச் சேர்ந்தவர் (v5c origin)
            return True
        if a.cat in ("VREP", "DEGA", "REFL"):           # வருவதாகச் சொன்னான், அளவுக்குச் சோர்வாக (v7d reported, extent)
            return True
        if a.cat == "VINF":                     # an infinitive: பால் வாங்கக் கடைக்குச் சென்றேன் (v5c purpose)
            return True
        if a.cat in ("THAN", "ALMOST", "SIMILE"):   # காபியைவிடத் (v6c); கிட்டத்தட்டத் (v7b); அம்பு போலப் (v7h simile)
            return True
        if a.cat == "VSAID":                    # செய்ததாகச் சொன்னார்: -ஆக (v7c telling)
            return True
        if a.cat == "TN" and word.endswith("\u0bbeக"):    # பத்து வருடங்களாகச் (v6c duration): -ஆக
            return True
        if (a.cat == "ADJ" and lex.adjectives[a.key].get("doubles")) or \
                (a.cat == "NUM" and lex.numbers[a.key].get("doubles")):
            return True
    return False


def base_spelling(word: str) -> str:
    """A word without its junction spelling: அந்தக் → அந்த, ஓர் → ஒரு; other words unchanged."""
    if word == "ஓர்":
        return "ஒரு"
    base = undouble(word)
    return base if base is not None and doubles_next(base) else word


def standard_spelling(words: list[str]) -> list[str]:
    """The standard written spelling of a word sequence: each word in its base form, then doubled
    before a hard consonant where ``doubles_next`` says so, and ஒரு as ஓர் before a vowel."""
    base = [base_spelling(w) for w in words]
    out = []
    for i, word in enumerate(base):
        nxt = base[i + 1] if i + 1 < len(base) else ""
        if word == "ஒரு":
            word = oru_form(nxt)
        elif doubles_next(word):
            word = double_before(word, nxt)
        out.append(word)
    return out


def spelling_variants(word: str) -> set[str]:
    """Every spelling of ``word`` a sentence can contain (with each possible junction consonant)."""
    if word == "ஒரு":
        return {word, "ஓர்"}
    if doubles_next(word):
        return {word} | {word + c + PULLI for c in "கசதப"}
    return {word}


@lru_cache(maxsize=1)
def _name_romans() -> dict[str, str]:
    """Every spelling of every name or loanword form → its romanization with the stem in its usual
    Latin spelling (பிரியாவுக்கு → priyavukku, ரிப்போர்ட்டை → reporttai); question words with a typed
    spelling of their own in the lexicon (ஏன் yen)."""
    lex = load_lexicon()
    out = {}
    for name in lex.names.values():
        stem = romanize(name.ta)
        for case in CASES:
            for form in spelling_variants(name.ta_form(case)):
                r = romanize(form)
                if r.startswith(stem):
                    out[form] = name.en + r[len(stem):]
    for w in lex.wh.values():                                      # ஏன் why is typed "yen" ("en" is என், my)
        if w.get("roman"):
            out[w["ta"]] = w["roman"]
    for noun in (n for n in lex.nouns.values() if n.roman):      # loanwords, singular
        stem = romanize(noun.obl_stem)
        for case in CASES:
            for form in spelling_variants(noun.ta_form(case)):
                rest = romanize(form)[len(stem):] if romanize(form).startswith(stem) else None
                if form == noun.ta:
                    out[form] = noun.roman
                elif rest is not None and (noun.roman[-1] not in "aeiou" or rest[:1] in ("y", "v")):
                    out[form] = noun.roman + rest            # reportai, idliyai (not "cakeai")
    return out


def roman(word: str) -> str:
    """Display romanization of a Tamil word; names and loanwords keep their usual Latin spelling."""
    if word in PUNCT:
        return word
    return _name_romans().get(word) or romanize(word)


@lru_cache(maxsize=4)
def _english(lex: Lexicon) -> frozenset[str]:
    words = {"the", "a", "an", "this", "these", "who", "that", "did", "does", "do", "will", "be", "not", "am",
             "is", "are", "was", "were", "please", "to", "from", "with", "in", "at", ",", ".", "?"}
    words |= set(lex.request["en"])
    words.add(lex.data["modal"]["en"])                   # should (model.language.modals)
    words.add(lex.data["want_to"]["something"]["en"])    # something (model.language.wants)
    words |= set(lex.data["think"]["verb"]["en"][:2])     # think, thinks (model.language.thinking)
    words |= {lex.data["say"]["en"], lex.data["say"]["would"]}     # said, would (model.language.reported)
    words.add(lex.data["ask"]["en"])                                # asked (model.language.asking)
    words |= set(lex.data["extent"]["en"])                          # so, that, could (model.language.extent)
    words |= {w for e in lex.data.get("interjections", ()) for w in e["en"]}
    for n in [*lex.nouns.values(), *lex.names.values()]:
        words |= {n.en, n.en_pl, n.loc_prep, n.en_mod, n.en_bare} - {None}
    for v in lex.verbs.values():
        words |= {*v.en, v.en_ing}
    words |= {w for v in lex.data["verbs"] for w in (*v.get("en_placed", ()), v.get("en_ing_placed")) if w}   # put (v7e)
    for d in lex.determiners.values():
        words |= {d["en"], d.get("en_pl")} - {None}
    for group in ("adjectives", "predicates", "numbers", "pronouns"):
        words |= {d["en"] for d in getattr(lex, group).values()} - {None}
    words |= {d["en_obj"] for d in lex.pronouns.values() if d.get("en_obj")}
    for t in lex.times.values():
        words |= set(t["en"])
    for c in lex.conjunctions.values():
        words |= set(c["en"])
    words |= {w["en"] for w in lex.wh.values()} | {g["en"] for g in lex.degrees.values()}
    for v in lex.weather.values():
        words |= {*v.en, v.en_ing, "it"}
    words |= {a["en"] for a in lex.adverbs.values()}
    for a in lex.data.get("amounts", ()):
        words |= set(a.get("en", ())) | set(a.get("have", ())) | set(a.get("en_food", ())) | set(a.get("en_language", ()))
    for e in lex.experiencers.values():
        words |= set(e.get("en", ())) | set(e.get("en_obj", ())) | {e.get("en_pred"), e.get("en_feel")} - {None}
        words |= set(e.get("en_modal", ()))                # can … have (model.language.can_have)
    for m in lex.data.get("measures", ()):
        words |= {m["en"], m["en_pl"], "of"}
    if "spent" in lex.data:                             # almost dead (model.language.spent)
        words |= {lex.data["spent"]["en"], lex.data["spent"]["almost"]["en"]}
    words |= set(lex.data.get("full", {}).get("en", ()))    # full of (model.language.full)
    words |= set(lex.data.get("perfect", {}).get("en_pp", {}).values())     # have not eaten yet
    there = lex.data.get("existence", {})               # there is no college today; i have an exam tomorrow
    words |= {there.get("there"), there.get("no"), *there.get("have", {}).values()} - {None}
    if "whose" in lex.data:
        words.add(lex.data["whose"]["en"])
    words |= {lex.data["everyone"]["en"]} if "everyone" in lex.data else set()
    words |= set(lex.data.get("price_of", {}).get("en", ()))
    cmp = lex.data.get("comparison", {})                 # taller than me; i like tea more than coffee (v6c)
    words |= set(cmp.get("cmp", {}).values()) | {cmp[k] for k in ("en_than", "en_more") if k in cmp}
    words |= {e["en"] for e in lex.data.get("mine", {}).values()}          # this book is mine (v6c)
    words |= set(lex.data.get("taste", {}).get("en", ()))                  # the cake tasted great (v7h taste)
    never = lex.data.get("experience", {})               # i have never been to madurai (v6c)
    words |= ({never["en"], *never["en_pp"].values()} if never else set())
    words |= {c["en"] for c in lex.data.get("clock", ())} | ({"it"} if lex.data.get("clock") else set())
    words |= {e["en"] for k, e in lex.data.get("spots", {}).items() if not k.startswith("_")}   # into (v7f)
    ing = lex.data["visit"]["en_ing"]               # visiting, visit, visits; and (v8b visiting, coordination)
    words |= {ing, ing[:-3], ing[:-3] + "s", lex.data["coordination"]["en"]}
    return frozenset(words)


def english_vocabulary(lex: Lexicon | None = None) -> frozenset[str]:
    """Every English token the grammar can produce."""
    return _english(lex or load_lexicon())
