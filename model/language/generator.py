"""Seeded, length-controlled sampling of Mini-Tamil → English sentence pairs.

Encoding of one sample (the JSON ``python -m model sample`` prints, one object per line)::

    {"src":   [Tamil-script tokens],          # source, SOV, punctuation as tokens
     "roman": [romanized tokens],             # same tokens in the romanization of model.language.script
     "tgt":   [English tokens],               # lowercase English, punctuation as tokens
     "align": [[source indices] per tgt token],
     "relations": [[dependent, head, label], ...]}   # indices into tgt

Length means the number of source tokens, punctuation included. A sample is drawn by picking a
target length uniformly in [min_len, max_len] and growing a random abstract tree towards it
(clauses, relative clauses, adjuncts, adjectives) until its Tamil side has exactly that length.
Splits are disjoint by construction: the SHA-1 of the Tamil sentence picks train (80 %),
valid (10 %) or test (10 %), so a test sentence can never appear in train.
"""

from __future__ import annotations

import copy
import hashlib
import math
import random
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from model.language.alone import alone_entries
from model.language.amounts import AGE_MAX, AGE_RATE, draw_age, maybe_some
from model.language.asking import maybe_ask
from model.language.bare import (
    DISH_RATE,
    PLACED_MAX,
    PLACED_RATE,
    UNMARKED_RATE,
    draw_hon_verbless,
    draw_name_verbless,
    draw_place_located,
    draw_self_acting,
    plain_indefinite,
)
from model.language.because import maybe_because
from model.language.benefactive import maybe_benefactive
from model.language.bodily import BODY_RATE, draw_body
from model.language.broken import maybe_mine_reason
from model.language.can_have import maybe_can_have
from model.language.clock import CLOCK_MAX, CLOCK_RATE, draw_clock
from model.language.comparison import maybe_compared
from model.language.consequence import maybe_consequence
from model.language.containers import HOLDS, NEEDS_PLACE, TASK_VERBS, one_container, task_np
from model.language.contrast import draw_pred2, kept_pred2
from model.language.coordination import maybe_coordinated
from model.language.demonstratives import maybe_that
from model.language.draws import hash_draw
from model.language.duration import maybe_duration
from model.language.emphasis import draw_so
from model.language.everyday import (
    BARE_SUBJECT_RATE,
    BARE_SUBJECTS,
    EXP_MAX,
    EXP_RATE,
    PLEASE_RATE,
    VLESS_WH_RATE,
    WEATHER_MAX,
    WEATHER_RATE,
    draw_adverbs,
    draw_experiencer,
    draw_place_adverb,
    draw_vless_wh,
    draw_weather,
)
from model.language.everyday_words import (
    PLACE_SUBJECT,
    be_subject_classes,
    draw_habit,
    draw_rc_adverb,
    draw_weather_adverb,
    known_place,
    state_time_fits,
)
from model.language.everyone import draw_everyone
from model.language.existence import maybe_existence
from model.language.experience import maybe_never
from model.language.extent import maybe_extent
from model.language.full import full_drawn, maybe_full
from model.language.giving import draw_some_given
from model.language.grammar import NP, Clause, Pair, Sentence, linearize, negative_tense, np_agr, ta_order
from model.language.habits import deny_habit
from model.language.honour import can_honour, draw_honour
from model.language.how_many import maybe_how_many
from model.language.inflection import CASES, PERSONS
from model.language.instrument import maybe_instrument
from model.language.interjections import INTJ_MAX, INTJ_RATE, interjections
from model.language.late_wh import draw_late_wh
from model.language.lateness import is_adverb_predicate
from model.language.lexicon import Lexicon, Noun, load_lexicon
from model.language.light_verbs import draw_light
from model.language.likes import experiencer_clash
from model.language.loanwords import BARE_CLASSES, takes_object
from model.language.located import maybe_located
from model.language.manner import draw_manner_adverb
from model.language.mine import maybe_mine
from model.language.modals import maybe_modal
from model.language.music import is_music_verb, maybe_music
from model.language.next_door import maybe_next_door
from model.language.next_event import COMMA_AND, maybe_next_event
from model.language.origin import ORIGIN_MAX, ORIGIN_RATE, draw_origin
from model.language.perfect import maybe_perfect, maybe_yet
from model.language.plans import maybe_this_weekend
from model.language.possession import OWN_MAX, OWN_RATE, draw_owned
from model.language.price_of import PRICE_OF_MAX, PRICE_OF_RATE, draw_price_of
from model.language.purpose import draw_purpose
from model.language.recipients import maybe_recipient_first
from model.language.reduced import maybe_reduced
from model.language.reference import OBJECT_REASON_SHARE, object_pronoun, object_reasons
from model.language.reflexive import owner_of
from model.language.reported import maybe_report
from model.language.rides import maybe_ride
from model.language.rules import CAUSES, CONTRAST, DESPITE, goes_to, travels, violations, when
from model.language.simile import hash_drawn, maybe_simile
from model.language.spent import maybe_spent
from model.language.spots import INTO, maybe_spot
from model.language.superlative import maybe_best
from model.language.surfaces import SURFACE
from model.language.taste import maybe_taste
from model.language.telling import maybe_told
from model.language.thinking import maybe_think
from model.language.timetable import maybe_what_time
from model.language.visiting import maybe_visiting
from model.language.wants import maybe_want_to
from model.language.was_doing import maybe_was_doing

SPLITS = {"train": (0, 80), "valid": (80, 90), "test": (90, 100)}
MAX_RC_DEPTH = 3      # relative clauses nest up to three deep
MAX_CLAUSES = 4       # coordinated clauses per sentence (longer chains read as translated Tamil)
MIN_LEN = 3           # the shortest sentences ("ரவி வந்தான் .") have three tokens
TENSES = ("past", "pres", "fut")
FEELINGS = ("tired", "happy", "angry", "busy")           # predicates that take மிகவும் (very)
USES_UP = ("write", "cook", "prepare", "eat", "finish", "draw", "plant", "build", "spend", "drink", "make")
# their object takes no relative clause (and no "old")
TIME_FIRST_RATE = 0.2                                     # statements whose time phrase opens the clause (இன்று நான் …)
FAMILIAR_RATE = 0.3                                       # imperatives in the singular where the verb has one (வா)
NEG_RATE = {"decl": 0.25, "imperative": 0.3}             # how often a one-clause sentence is negated
OWNED_PLACES = ("house", "room", "office", "school")        # "my house", not "my hospital"
WH_RATE, WH_MAX = 0.5, 12                                 # wh-questions among short questions
WH_WEIGHTS = {"who": 1.0, "whom": 1.0, "what": 1.2, "where": 2.5, "when": 1.0, "why": 1.0, "how": 0.6}
HOW_VERBS = ("cook", "fix", "sing", "dance", "write", "prepare", "open", "find")
VERBLESS_RATE, VERBLESS_MAX = 0.12, 9                     # "she is my sister ." among short statements
POSSESSORS = ("my", "your", "your_sg", "our", "our_incl", "his", "her", "their")
SPOUSE_POSSESSORS = ("my", "your", "your_sg")
POSSESSOR_WEIGHTS = (4, 2, 1, 1.5, 0.5, 1, 1, 1)
OWN_OBJECT_RATE = 0.12                                        # an object of the subject's own (தன் குடையை, his umbrella)
OBJ_PRON_RATE = 0.1                                      # a person object or recipient as me/you/us/him/them
PRON_RATE = {"decl": 0.25, "question": 0.45, "rc": 0.1}   # how often a person's subject is a pronoun


def split_of(src: list[str]) -> str:
    """Which split a Tamil sentence belongs to (a pure function of its tokens)."""
    bucket = int(hashlib.sha1(" ".join(src).encode("utf-8")).hexdigest()[:8], 16) % 100
    return next(name for name, (lo, hi) in SPLITS.items() if lo <= bucket < hi)


def src_length(sentence: Sentence, lex: Lexicon | None = None) -> int:
    """Number of Tamil tokens of ``sentence`` without linearizing it."""
    lex = lex or load_lexicon()
    if not sentence.clauses:                    # மிக்க நன்றி . (model.language.alone)
        return len(alone_entries()[sentence.intj]["ta"]) + 1

    def np_len(np: NP) -> int:
        return (clause_len(np.rc, "rc") if np.rc else 0) + (np.det is not None) + len(np.adjs) + 1 \
            + (np_len(np.and_) if np.and_ is not None else 0)          # என் அம்மாவும் என் அப்பாவும் (v8b)

    def clause_len(cl: Clause, mood: str) -> int:
        n = 1 + (mood == "request") + (cl.pred is not None) + len(cl.advs)
        n += len(lex.degrees[cl.degree]["ta"]) if cl.degree else 0
        n += len(lex.times[cl.time]["ta"]) if cl.time else 0
        if cl.purpose is not None:              # (கொஞ்சம்) பால் வாங்க
            n += 1 + cl.purpose.some + (np_len(cl.purpose.obj) if cl.purpose.obj is not None else 0)
        n += cl.exp and "body" in lex.experiencers[cl.verb]            # தலை (v5c)
        n += cl.everyone + (cl.some and not cl.exp)     # எல்லோரும், கொஞ்சம்
        n += (np_len(cl.than) + cl.more) if cl.than is not None else 0     # என்னைவிட; காபியைவிடத் … அதிகம் (v6c)
        n += cl.never                                                        # ஒருபோதும் (v6c)
        n += 2 * (cl.measure is not None)                                    # ஒரு குவளை (v7b)
        if cl.full is not None:                 # (அந்த) ஆற்றங்கரை மக்களால் நிரம்பியிருந்தது (v8c)
            return 3 + (cl.subj.det is not None)
        if cl.spent is not None:                # (என்) (கைப்பேசியின்) மின்கலம் (கிட்டத்தட்ட) தீர்ந்துவிட்டது (v7b)
            return 2 + (cl.subj.det is not None) + cl.spent.almost + (np_len(cl.spent.whole) if cl.spent.whole else 0)
        n += cl.light                           # வேலை (செய்தாள்): the light verb's noun
        n += 2 * (cl.pred2 is not None)         # ஆனால் சுவாரசியமாக (v6a)
        n += cl.spot is not None and cl.spot != INTO      # … ஜன்னலுக்கு வெளியே (v7f)
        n += np_len(cl.ben) if cl.ben is not None else 0                     # தன் மனைவிக்காக (v7e)
        n += 1 + len(cl.inst.adjs) if cl.inst is not None else 0             # தொலைநோக்கியால், bare in Tamil (v7e)
        if cl.price_of:                         # இந்தச் சட்டையின் விலை என்ன
            return 4
        if cl.origin:                           # … எந்த ஊரைச் சேர்ந்தவர்
            return np_len(cl.subj) + 3
        if cl.clock:                            # இன்று என்ன கிழமை
            return 2 + (len(lex.times[cl.time]["ta"]) if cl.time else 0)
        if cl.owned == "this":                  # இது என் பை (இல்லை)
            return np_len(cl.subj) + np_len(cl.obj) + cl.neg
        if cl.owned == "mine":                  # இந்தப் புத்தகம் என்னுடையது (இல்லை) (v6c)
            return np_len(cl.subj) + 1 + cl.neg
        for role in ("subj", "obj", "iobj", "loc", "comit", "source", "goal"):
            np = getattr(cl, role)
            n += np_len(np) if np is not None else 0
        return n

    def verbless_len(cl: Clause) -> int:
        return np_len(cl.subj) + np_len(cl.attr) + cl.neg

    k = len(sentence.clauses)
    return sum(verbless_len(c) if c.attr else clause_len(c, sentence.mood) for c in sentence.clauses) + 2 * (k - 1) + 1 \
        + 2 * (sentence.intj is not None) - sentence.conjs.count(COMMA_AND)     # a comma alone (v7f)


class Generator:
    """Random abstract trees; every choice is drawn from ``rng``."""

    def __init__(self, rng: random.Random, lex: Lexicon | None = None, rc_boost: float = 1.0,
                 mood: tuple[str, ...] | None = None, version: int = 3):
        """``rc_boost`` multiplies the weight of relative clauses; ``mood`` limits the sentence types
        (both only for drawing the hard evaluation set)."""
        self.rng, self.lex = rng, lex or load_lexicon()
        self.v3 = version >= 3            # language v3's constructions (2: only what checkpoints trained on v2 read)
        self.rc_boost, self.moods = rc_boost, mood
        self.verbs = [v for v in self.lex.verbs.values() if not is_music_verb(self.lex, v.key)]   # maybe_music (v8a)
        self.names = [n for n in self.lex.names.values() if n.cls == "person"]
        self.place_names = [n for n in self.lex.names.values() if n.cls == "place"]
        self.places = [n for n in self.lex.nouns.values() if n.cls == "place"]
        self._fill_cache: dict[tuple, list[Noun]] = {}
        self._verb_cache: dict[tuple, tuple[list[str], bool]] = {}
        self.used_names: set[str] = set()
        self.first_clause, self.prev_subject, self.chain_time = True, None, None
        self.used_adjs: set[str] = set()

    # ---- lexical choices ----------------------------------------------------------------
    def fillers(self, wanted: tuple[str, ...]) -> list[Noun]:
        if wanted not in self._fill_cache:
            apart = hash_drawn(self.lex) + full_drawn(self.lex)               # classes only their modules draw
            self._fill_cache[wanted] = [n for n in self.lex.nouns.values()     # not time (v7h simile)
                                        if n.cls != "place" and n.fills(wanted) and n.cls not in apart]
        return self._fill_cache[wanted]

    def predicates_for(self, noun: Noun | None) -> list[str]:
        return [k for k, p in self.lex.predicates.items() if not p.get("drawn_compared")     # tall: v6c comparison
                and not p.get("taste_only")                                 # great, sweet: drawn by taste.py (v7h)
                and ((noun is None and "person" in p["for"])
                     or (noun is not None and noun.fills(p.get("drawn_for", p["for"]))))]    # v7g consequence

    def make_np(self, wanted: tuple[str, ...], names: bool = True, place: bool = False,
                places: tuple[str, ...] | None = None, pron: float = 0.0, third: bool = False,
                asking: bool = False, bare: bool = False, obj_pron: float = 0.0, avoid: str | None = None) -> dict:
        """A noun phrase whose noun fits ``wanted``; with probability ``pron`` (a subject only) a personal
        pronoun (நான், நீ, நீங்கள், நாங்கள், நாம்) or, where ``third`` (a sentence's first clause),
        he/she/they with no antecedent; a question (``asking``) is not about "i"; ``bare`` lets a mass noun
        object stand alone (காபி குடித்தான், drank coffee)."""
        rng = self.rng
        free = [n for n in self.names if n.key not in self.used_names]
        if obj_pron and "person" in wanted and rng.random() < obj_pron:     # me, you, us, him, them
            person = self.lex.pronouns[avoid]["agr"][0] if avoid else None      # not "i welcomed us"
            keys = [k for k, p in self.lex.pronouns.items() if p.get("en_obj") and not p.get("object_only") and k != avoid
                    and not (avoid and p["en"] == self.lex.pronouns[avoid]["en"])
                    and not (person in "12" and p["agr"][0] == person)] if avoid else \
                [k for k, p in self.lex.pronouns.items() if p.get("en_obj") and not p.get("object_only")]
            key = rng.choice(keys)
            return {"head": key, "kind": "pron", "number": "sg", "det": None, "adjs": [], "rc": None,
                    "noun": self.lex.pronoun_nouns[key]}
        if pron and "person" in wanted and rng.random() < pron:
            before = self.prev_subject["head"] if self.prev_subject and self.prev_subject["kind"] == "pron" else None
            keys = [k for k, p in self.lex.pronoun_nouns.items() if (third or p.gender in PERSONS)
                    and not (asking and p.gender == "1sg") and not self.lex.pronouns[k].get("all")   # v7a
                    and not (before and k != before and p.en == self.lex.pronouns[before]["en"])]  # நாங்கள் … நாம்
            key = rng.choice(keys)
            return {"head": key, "kind": "pron", "number": "sg", "det": None, "adjs": [], "rc": None,
                    "noun": self.lex.pronoun_nouns[key]}
        if place:
            towns = [n for n in self.place_names if n.key not in self.used_names]
            if places is None and towns and self.v3 and rng.random() < 0.2:          # சென்னைக்கு: a town takes no determiner
                town = rng.choice(towns)
                self.used_names.add(town.key)
                return {"head": town.key, "kind": "name", "number": "sg", "det": None, "adjs": [], "rc": None,
                        "noun": town}
            fits = [n for n in self.places if (n.key in places if places is not None else
                                               not {"far", SURFACE} & set(n.tags))]      # not to a mat (v6a)
            fresh = [n for n in fits if n.key not in self.used_names]     # not "from a school to a school"
            noun = rng.choice(fresh or fits or self.places)
        elif names and free and "person" in wanted and rng.random() < 0.2:
            name = rng.choice(free)
            self.used_names.add(name.key)                  # a name means one person per sentence
            return {"head": name.key, "kind": "name", "number": "sg",
                    "det": None, "adjs": [], "rc": None, "noun": None}
        else:
            fresh = [n for n in self.fillers(wanted) if n.key not in self.used_names] or self.fillers(wanted)
            family = [n for n in fresh if "family" in n.tags]
            others = [n for n in fresh if "family" not in n.tags]
            free_family = [n for n in family if n.key not in self.used_names]
            noun = rng.choice(free_family) if free_family and (rng.random() < 0.15 or not others) \
                else rng.choice(others or family)
        number = "pl" if noun.en_pl and not place and rng.random() < 0.3 else "sg"
        if number == "pl":
            det = rng.choices(["the", "this", "num"], [0.4, 0.2, 0.4])[0]
            det = rng.choice(list(self.lex.numbers)) if det == "num" else det
        else:
            det = rng.choices(["the", "this", "a"], [0.45, 0.2, 0.35])[0]
        if "mass" in noun.tags:                           # coffee, water: no "a", no number
            number = "sg"
            det = rng.choices([None, "the", "this"], [0.7, 0.2, 0.1])[0] if bare and self.v3 else \
                rng.choices(["the", "this"], [0.7, 0.3])[0]
        if noun.cls in BARE_CLASSES:                      # தமிழ் கற்றுக்கொள்கிறேன்: i am learning tamil; cricket
            det = None
        if "plural_en" in noun.tags and det == "a":       # glasses: plural in English, no "a" (v7e)
            det = "the"
        if "the_bare" in noun.tags and det == "the":       # வானிலை: the weather (no அந்த)
            det = None
        self.used_names.add(noun.key)                     # a noun is used once a sentence (a second one is new)
        family_poss = 1.0 if number == "sg" else 0.7                 # "my sister", not "the sister"
        if place and self.v3 and rng.random() < 0.35:
            det = None                                    # அலுவலகத்துக்குச் சென்றான்: a known place, no determiner
        owned = noun.cls in ("doc", "food", "object") or noun.key in OWNED_PLACES
        if self.v3 and rng.random() < (family_poss if "family" in noun.tags else 0.12 if owned else 0.0):
            mine = SPOUSE_POSSESSORS if "spouse" in noun.tags else POSSESSORS   # "my wife", not "our wife"
            det = rng.choices(mine, [POSSESSOR_WEIGHTS[POSSESSORS.index(d)] for d in mine])[0]
        if self.v3 and "kin" in noun.tags and number == "sg" and rng.random() < 0.3:
            det = None                                    # அம்மா வந்தார்: "mother came", like a name
        if self.v3 and "kin_mine" in noun.tags and det == "my" and rng.random() < 0.3:
            det = None                                    # தம்பி வந்தான்: "my younger brother came"
        if bare and self.v3 and noun.cls == "food" and "mass" not in noun.tags and number == "sg" and \
                rng.random() < DISH_RATE:
            det = None                                    # தோசை சாப்பிட்டான்: "ate dosa", unmarked
        return {"head": noun.key, "kind": "noun", "number": number, "det": det, "adjs": [],
                "rc": None, "noun": noun}

    def noun_of(self, np: dict) -> Noun:
        return self.lex.nominal(np["kind"], np["head"]) if np["kind"] != "pron" else np["noun"]

    def choose_verb(self, subj: Noun | None, obj: Noun | None, mood: str,
                    copula_ok: bool = True, among: tuple[str, ...] | None = None) -> str:
        key = (subj, obj, mood)
        if key not in self._verb_cache:
            self._verb_cache[key] = (
                [v.key for v in self.verbs
                 if (subj is None or subj.fills(v.subj)) and (obj is None or (v.obj and obj.fills(v.obj)))
                 and (mood not in ("request", "imperative") or "person" in v.subj)
                 and (mood != "imperative" or v.imp)],
                bool(self.predicates_for(subj)))
        cands, preds = self._verb_cache[key]
        if among is not None:
            return self.rng.choice([c for c in cands if c in among])
        if not cands:
            return "be"
        if copula_ok and obj is None and preds and (not cands or self.rng.random() < 0.12):
            return "be"
        return self.rng.choice(cands)

    # ---- clauses -------------------------------------------------------------------------
    def clause(self, mood: str, budget: float, depth: int, subj: dict | None = None,
               gap: str | None = None, head: Noun | None = None, tenses: tuple[str, ...] = TENSES,
               verb: str | None = None, pred: str | None = None, avoid_verb: str | None = None,
               center: bool = False, adjuncts: bool = True, no_copula: bool = False) -> dict:
        """A clause dict. ``subj`` forces the subject; ``gap``/``head`` make a relative clause;
        ``tenses`` are the tenses that fit (a relative clause's depend on its main clause's);
        ``verb``/``pred`` force the verb (and predicate); ``avoid_verb`` is a verb not to repeat."""
        rng, lex = self.rng, self.lex
        forced = verb is not None
        for _ in range(30):
            if verb is not None and (forced or set(tenses) & set(lex.verb(verb).tenses)):
                break
            verb = None
            if gap == "obj":
                verb = self.choose_verb(None, head, mood, copula_ok=False)
            elif gap == "subj":
                verb = self.choose_verb(head, None, mood)
            else:
                verb = self.choose_verb(self.noun_of(subj) if subj else None, None, mood, copula_ok=not no_copula)
            if verb == avoid_verb and (verb != "be" or mood == "rc"):
                verb = None
            mover = head if gap == "subj" else (self.noun_of(subj) if subj else None)
            if verb not in (None, "be") and lex.verb(verb).motion and mover is not None and not travels(mover):
                verb = None                       # a poem does not come from a bank (rules: trip-fits)
        if verb is None:
            raise _Retry                          # only the verb not to repeat fits ("planes that fly fly")
        v = lex.verb(verb)
        if not forced and not set(tenses) & set(v.tenses):
            raise _Retry                          # no verb here reads naturally in the tense the story needs
        weights = {"past": 0.6, "pres": 0.2, "fut": 0.2} if gap else {"past": 0.45, "pres": 0.3, "fut": 0.25}
        fitting = [t for t in tenses if t in v.tenses] or list(tenses)
        tense = None if mood in ("request", "imperative") else \
            rng.choices(fitting, [weights[t] for t in fitting])[0]
        cl = {"verb": verb, "tense": tense, "gap": gap, "subj": None, "obj": None, "iobj": None,
              "pred": None, "time": None, "loc": None, "comit": None, "source": None, "goal": None,
              "_mood": mood, "_center": center, "_adjuncts": adjuncts}
        if mood in ("decl", "question") or (mood == "rc" and gap != "subj"):
            if subj is None:
                wanted = ("person",) if verb == "be" and rng.random() < 0.6 else \
                    (be_subject_classes(rng, ("person", "doc", "food", "object")) if verb == "be" else v.subj)
                main = mood != "rc" and depth == 0
                subj = self.make_np(wanted, pron=(PRON_RATE[mood] if main else PRON_RATE["rc"]) * self.v3,
                                    third=main and self.first_clause, asking=mood == "question") \
                    if wanted != (PLACE_SUBJECT,) else known_place(self.make_np((), place=True))   # the city is …
                if verb == "be" and not self.predicates_for(self.noun_of(subj)):
                    subj = self.make_np(("person",))
            cl["subj"] = subj
            if mood != "rc" and experiencer_clash(lex, v, tense, np_agr(lex, freeze_np(subj))):
                raise _Retry                      # குழந்தைகள் … பிடிக்கும் would read 'like' (v5d)
        if verb in NEEDS_PLACE:
            cl["loc"] = one_container(self.make_np((HOLDS,)))      # the trophy did not fit in the suitcase (v6d)
        elif verb in TASK_VERBS and self.v3:
            cl["loc"] = task_np(lex, repr(cl), ("the", "this") + POSSESSORS)    # help me with my homework (v6d)
        if verb == "be" and pred is None and mood == "decl" and depth == 0 and self.v3 and \
                self.noun_of(cl["subj"]).cls == "person" and rng.random() < 0.15:
            cl["loc"] = self.make_np((), place=True)         # ரவி அலுவலகத்தில் இருக்கிறான்: ravi is in the office
        elif verb == "be":
            owner = head if gap == "subj" else (self.noun_of(cl["subj"]) if cl["subj"] else None)
            asked = [k for k in self.predicates_for(owner) if mood != "imperative" or self.lex.predicates[k].get("ask")]
            cl["pred"] = pred or rng.choice(asked)          # not "please be tired": only a state one can choose
            if cl["pred"] in FEELINGS and self.v3 and rng.random() < 0.15:
                cl["degree"] = rng.choice(("very", "very", "too"))      # மிகவும் சோர்வாக, very tired
            if gap == "subj" or gap is None and depth == 0:      # long but interesting (model.language.contrast)
                draw_pred2(rng, lex, cl, lambda k: k in self.predicates_for(owner), mood)
        if v.obj and gap != "obj" and not (v.obj_optional and self.v3 and depth == 0 and mood == "question"
                                           and rng.random() < 0.2) \
                and takes_object(rng, v.key):                # நீ சாப்பிட்டாயா ? did you eat ?; அவன் விளையாடினான்
            cl["obj"] = self.make_np(v.obj, bare=True, obj_pron=OBJ_PRON_RATE * self.v3, avoid=self.subject_key(cl))
            cl["obj"]["_made"] = v.key in USES_UP              # what the verb makes or uses up is not "old"
            cl["obj"]["unmarked"] = self.v3 and rng.random() < UNMARKED_RATE   # ஒரு புத்தகம் வாங்கினான், if it stays plain
            self.own_object(cl)                                # ரவி தன் குடையை மறந்தான்: his own umbrella
        if v.iobj == "required":
            cl["iobj"] = self.make_np(("person",), obj_pron=OBJ_PRON_RATE * self.v3, avoid=self.subject_key(cl))
        if v.key == "go" or (v.motion and mood == "rc"):  # going, and motion in a relative clause, need a place
            mover = head if gap == "subj" else (self.noun_of(cl["subj"]) if cl["subj"] else None)
            stops = None if mover is None or mover.cls in ("person", "animal") else \
                tuple(n.key for n in self.places if goes_to(mover, n.key))        # rules: trip-fits
            cl["goal" if v.key == "go" or rng.random() < 0.6 else "source"] = self.make_np((), place=True, places=stops)
            if cl["source"] is not None and v.key == "come" and cl["source"]["det"] == "this":
                cl["source"]["det"] = "the"                # "came from this shop" would move away from here
        self.grow(cl, mood, budget, depth)
        s = cl["subj"]
        if self.v3 and depth == 0 and mood in ("decl", "question") and s is not None and s["kind"] == "noun" \
                and s["det"] == "the" and s["number"] == "sg" and not s["adjs"] and not s["rc"] \
                and s["noun"].cls in BARE_SUBJECTS and "mass" not in s["noun"].tags and rng.random() < BARE_SUBJECT_RATE:
            s["det"] = None                                  # பேருந்து வரும்: the bus will come
        draw_light(rng, cl)                                  # வேலை செய்கிறார்: works
        if mood in ("decl", "question"):
            draw_honour(rng, self.lex, cl)                   # என் அண்ணன் … செய்கிறார் (the honorific verb)
        return cl

    def own_object(self, cl: dict) -> None:
        """Now and then an object that belongs to the subject: his / her / their own (தன் / தங்கள்)."""
        obj, subj = cl["obj"], cl["subj"]
        if not self.v3 or subj is None or obj["kind"] != "noun" or self.rng.random() >= OWN_OBJECT_RATE:
            return
        own = owner_of(self.lex, freeze_np(subj))
        noun = obj["noun"]
        if own and (noun.cls in ("doc", "food", "object") or "family" in noun.tags) and \
                not ("spouse" in noun.tags and own == "their"):
            obj["det"], obj["unmarked"] = own, False

    def subject_key(self, cl: dict) -> str | None:
        """The clause's subject pronoun, which its object may not repeat ("i saw me")."""
        return cl["subj"]["head"] if cl["subj"] is not None and cl["subj"]["kind"] == "pron" else None

    def heavy(self, cl: dict) -> bool:
        """Whether a phrase after the verb carries a relative clause (English puts it last)."""
        return any(cl[r] is not None and cl[r].get("rc") for r in ("obj", "iobj", "goal", "source", "comit"))

    def extras(self, cl: dict) -> int:
        """How many of the ambiguously attached phrases (place, company, recipient, from/to) are present."""
        return sum((bool(cl["loc"]), bool(cl["comit"]), bool(cl["iobj"]), bool(cl["source"] or cl["goal"])))

    def expansions(self, cl: dict, mood: str, depth: int) -> list[tuple[str, float]]:
        """What may still be added to the clause. English must read unambiguously: a statement may
        front its time and place phrases, but elsewhere at most one of place / company / recipient /
        from-to follows the verb, and nothing but a recipient or from-to may stand before a phrase
        that carries a relative clause."""
        v = self.lex.verb(cl["verb"])
        person_subject = mood in ("request", "imperative") or (
            cl["subj"] is not None and self.noun_of(cl["subj"]).cls == "person")
        main_statement = mood == "decl"
        heavy = self.heavy(cl)
        free = main_statement or self.extras(cl) == 0
        out = []
        if cl["time"] is None and cl["_adjuncts"] and (main_statement or not heavy) and self.times_for(cl):
            out.append(("time", 2.0))
        if not v.motion and cl["loc"] is None and cl["_adjuncts"] and free and (main_statement or not heavy) \
                and v.where != ():
            out.append(("loc", 1.2))
        if person_subject and cl["comit"] is None and v.with_ok and cl["_adjuncts"] and not cl["iobj"] \
                and (free and not heavy):
            out.append(("comit", 0.8))
        if v.motion and cl["goal"] is None and (free or cl["source"]) and not cl["comit"]:
            out.append(("goal", 1.5))
        if v.motion and cl["source"] is None and (free or cl["goal"]) and not cl["comit"]:
            out.append(("source", 0.8))
        if v.iobj == "optional" and cl["iobj"] is None and free and not cl["comit"]:
            out.append(("iobj", 1.5))
        nps = [cl[r] for r in ("subj", "obj", "iobj") if cl[r] is not None and cl[r]["kind"] == "noun"]
        if any(self.adj_choices(np) for np in nps):
            out.append(("adj", 1.2))
        if depth < MAX_RC_DEPTH and self.rc_hosts(cl, mood):
            out.append(("rc", (3.0 if depth == 0 else 1.5) * self.rc_boost))
        return out

    def rc_hosts(self, cl: dict, mood: str) -> list[str]:
        """Roles whose noun phrase may take a relative clause: one per clause; not the subject of a
        question; inside a relative clause on a subject (centre-embedded in English) only its subject;
        a phrase after the verb only where no time, place or company phrase would follow it."""
        nps = {r: cl[r] for r in ("subj", "obj", "iobj") if cl[r] is not None and cl[r]["kind"] == "noun"
               and cl[r]["det"] not in self.lex.possessives and cl[r]["det"] is not None}   # "my mother who came" needs commas
        if any(np["rc"] for np in nps.values()) or (cl["verb"] == "be" and cl["loc"] is not None):
            return []                                      # "ravi is in the office": no relative clause
        hosts = [r for r in nps if not (r == "subj" and mood == "question")
                 and not (r == "obj" and cl["verb"] in USES_UP)]
        if cl["_center"]:
            hosts = [r for r in hosts if r == "subj"]
        if mood == "rc" and cl["gap"] != "subj":
            hosts = [r for r in hosts if r != "subj"]      # its own subject takes none (rules: nested-centre)
        if mood != "decl" and (cl["time"] or cl["loc"] or cl["comit"]):
            hosts = [r for r in hosts if r == "subj"]
        return hosts

    def grow(self, cl: dict, mood: str, budget: float, depth: int) -> None:
        rng, lex = self.rng, self.lex
        while self.clause_len(cl, mood) < budget:
            options = self.expansions(cl, mood, depth)
            if not options:
                return
            what = rng.choices([o[0] for o in options], [o[1] for o in options])[0]
            if what == "time":
                cl["time"] = rng.choice(self.times_for(cl))
            elif what == "loc":
                cl[what] = self.make_np((), place=True, places=lex.verb(cl["verb"]).where)
            elif what in ("source", "goal"):
                cl[what] = self.make_np((), place=True)
            elif what in ("comit", "iobj"):
                cl[what] = self.make_np(("person",), obj_pron=OBJ_PRON_RATE * self.v3 if what == "iobj" else 0.0,
                                        avoid=self.subject_key(cl))
            elif what == "adj":
                np = rng.choice([cl[r] for r in ("subj", "obj", "iobj") if self.adj_choices(cl[r])])
                np["adjs"].append(rng.choice(self.adj_choices(np)))
                self.used_adjs.add(np["adjs"][-1])
                np["adjs"].sort(key=lambda k: lex.adjectives[k].get("order", 2))     # the English order
            elif what == "rc":
                role = rng.choice(self.rc_hosts(cl, mood))
                np = cl[role]
                room = max(1, int(budget - self.clause_len(cl, mood)))
                size = room if self.rc_boost > 1 else rng.randint(1, room)
                np["rc"] = self.relative(np["noun"], size, depth + 1, cl["tense"], cl["verb"],
                                         center=role == "subj" or cl["_center"],
                                         adjuncts=mood == "decl" or role == "subj")
                if np["rc"] is None:
                    return

    def adj_choices(self, np: dict | None) -> list[str]:
        """Adjectives that may still be added to a noun phrase (at most two, none contradicting)."""
        if np is None or np["kind"] != "noun" or len(np["adjs"]) >= 2:
            return []
        adjs = self.lex.adjectives
        if any(adjs[k].get("alone") for k in np["adjs"]) or (np["adjs"] and np["noun"].cls == "person") or \
                (np["det"] is None and {"kin", "kin_mine"} & set(np["noun"].tags)):
            return []                                   # one adjective for a person, none beside good/kind …
        numbered = np["det"] in self.lex.numbers
        mass = "mass" in np["noun"].tags                  # "tasty juice", not "small juice" or "new money"
        return [k for k, a in adjs.items() if np["noun"].fills(a["for"]) and k not in np["adjs"]
                and k not in self.used_adjs                # an adjective once a sentence
                and not (mass and a.get("order", 2) in (2, 3))
                and not (np.get("_made") and a.get("order", 2) == 3)
                and not np["noun"].fills(a.get("not", ())) and not a.get("superlative")   # maybe_best (v7b)
                and not set(a.get("clash", ())) & set(np["adjs"]) and not (a.get("alone") and np["adjs"])
                and not (numbered and a.get("no_number")) and a.get("drawn", True)]     # பக்கத்து: next_door.py (v8a)

    def times_for(self, cl: dict) -> list[str]:
        """Time expressions that fit the clause's tense (and "by tomorrow" only an action with an end)."""
        tense = cl["tense"] or "fut"
        v = self.lex.verb(cl["verb"])
        if v.no_time:
            return []
        out = []
        for k, t in self.lex.times.items():
            if t.get("rare") or t.get("duration") or t.get("plan"):   # tonight: with think only (thinking); for ten
                continue                                   # years: maybe_duration (v6c); this weekend: plans (v7g)
            state = v.key == "be" and state_time_fits(self.lex, k, cl["tense"], cl["pred"])   # beautiful at night
            if not state and (tense not in t["tense"] or (k == "by_tomorrow" and not v.deadline)
                              or (k == "soon" and not v.soon)):
                continue
            if v.key == "be" and not state and (t.get("day") is None or k in ("soon", "by_tomorrow")):
                continue                                   # a state holds on a day, not "on monday" or "soon"
            if t.get("habitual") and cl["obj"] is not None:
                continue                                   # "every day" with a definite object reads oddly
            out.append(k)
        return out

    def relative(self, head: Noun, budget: float, depth: int, matrix_tense: str | None, matrix_verb: str,
                 center: bool = False, adjuncts: bool = True) -> dict | None:
        """A relative clause on ``head`` whose tense fits its main clause and whose verb differs from it
        (a relative clause on an object that the main verb creates or uses up would contradict it)."""
        tenses = set(rc_tenses(matrix_tense))
        can_obj = any(v.obj and head.fills(v.obj) and tenses & set(v.tenses) for v in self.verbs)
        can_subj = any(head.fills(v.subj) and tenses & set(v.tenses) for v in self.verbs) or \
            (bool(self.predicates_for(head)) and bool(tenses & {"past", "pres"}))
        if not (can_obj or can_subj):
            return None
        gap = "obj" if can_obj and (not can_subj or self.rng.random() < 0.45) else "subj"
        rc = self.clause("rc", budget, depth, gap=gap, head=head, tenses=rc_tenses(matrix_tense),
                         avoid_verb=matrix_verb, center=center, adjuncts=adjuncts)
        draw_rc_adverb(self.rng, self.lex, rc, depth)       # the students who finished early
        return rc

    def clause_len(self, cl: dict, mood: str) -> int:
        def np_len(np: dict) -> int:
            rc = self.clause_len(np["rc"], "rc") if np["rc"] else 0
            return rc + (np["det"] is not None) + len(np["adjs"]) + 1
        n = 1 + (mood == "request") + (cl["pred"] is not None) + 2 * bool(cl.get("pred2"))
        n += len(self.lex.degrees[cl["degree"]]["ta"]) if cl.get("degree") else 0
        n += len(self.lex.times[cl["time"]]["ta"]) if cl["time"] else 0
        return n + sum(np_len(cl[r]) for r in ("subj", "obj", "iobj", "loc", "comit", "source", "goal")
                       if cl[r] is not None)

    # ---- sentences -----------------------------------------------------------------------
    def pronoun_for(self, prev: dict) -> dict:
        """The pronoun that continues ``prev`` (the previous clause's subject) as a subject."""
        if prev["kind"] == "pron" and prev["noun"] is not None:
            if prev.get("_object_ref"):              # … because it was too small , and also it …: the parsers read
                return {**prev, "ante": None, "_object_ref": False}    # a pronoun that goes on about a pronoun (v6d)
            return dict(prev)                        # i … , so i …; he … , so he …
        agr = np_agr(self.lex, freeze_np(prev))
        noun = self.noun_of(prev)
        return {"head": self.lex.pronoun_by_agr[agr]["key"], "kind": "pron", "number": "sg", "det": None,
                "adjs": [], "rc": None, "noun": noun, "ante": prev.get("ante") or (noun.key if agr == "h" else None)}

    def sentence(self, target: int) -> Sentence:
        """A random tree aiming at ``target`` Tamil tokens (drawn again where a clause finds no verb)."""
        for _ in range(50):
            try:
                tree = self._sentence(target)
                if self.v3:                         # drawn from hashes of the tree: the random stream is unchanged
                    tree = maybe_because(self.lex, tree)        # மழை பெய்ததால் நான் … (because it rained)
                    tree = maybe_existence(self.lex, self.names, maybe_yet(self.lex, maybe_perfect(self.lex, deny_habit(self.lex, tree))), target)
                    tree = maybe_modal(self.lex, tree)        # நாம் புறப்பட வேண்டும் (we should leave)
                    tree = maybe_want_to(self.lex, tree)      # எனக்குத் தூங்க வேண்டும் (i want to sleep)
                    tree = maybe_think(self.lex, tree)        # … மழை பெய்யும் என்று நான் நினைக்கிறேன்
                    tree = maybe_compared(self.lex, self.names, tree)     # என்னைவிட உயரமாக; காபியைவிடத் … அதிகம் (v6c)
                    tree = maybe_never(self.lex, tree)      # நான் மதுரைக்கு ஒருபோதும் சென்றதில்லை (v6c)
                    tree = maybe_duration(self.lex, tree)   # பத்து வருடங்களாகச் சென்னையில் வசிக்கிறார்கள் (v6c)
                    tree = maybe_mine(self.lex, tree)       # இந்தப் புத்தகம் என்னுடையது (v6c)
                    tree = maybe_was_doing(self.lex, tree)  # சிரித்துக்கொண்டிருந்தார்கள் (v7a)
                    tree = maybe_located(self.lex, tree)    # மேசையில் இருக்கும் அந்தப் புத்தகம் (v7a)
                    tree = maybe_best(self.lex, tree)       # என் அம்மா மிகச்சிறந்த காபி செய்கிறார் (v7b)
                    tree = maybe_can_have(self.lex, tree)   # எனக்கு ஒரு குவளை தண்ணீர் கிடைக்குமா ? (v7b)
                    tree = maybe_spent(self.lex, tree)      # என் கைப்பேசியின் மின்கலம் தீர்ந்துவிட்டது (v7b)
                    tree = maybe_told(self.lex, tree)       # … மாணவர்களிடம் அவர்கள் நன்றாகச் செய்ததாகச் சொன்னார் (v7c)
                    # last: a later hash draw would not see the fields these set (out of repr)
                    tree = maybe_report(self.lex, tree)       # அவன் வருவதாகச் சொன்னான் (v7d: he said he would come)
                    tree = maybe_extent(self.lex, tree)       # … தூங்கக்கூடிய அளவுக்குச் சோர்வாக (v7d: so tired that …)
                    tree = maybe_ask(self.lex, tree)          # … செவிலியரிடம் தனக்கு உதவுமாறு கேட்டார் (v7d: asked … to)
                    tree = maybe_recipient_first(self.lex, tree)    # தன் புத்தகத்தை அவனுக்கு: gave him her book (v7e)
                    tree = maybe_mine_reason(self.lex, tree)        # … , ஏனென்றால் என்னுடையது உடைந்திருந்தது (v8d)
                    tree = maybe_benefactive(self.lex, tree)        # தன் மனைவிக்காக: for his wife (v7e)
                    tree = maybe_instrument(self.lex, tree)         # தொலைநோக்கியால்: with a telescope (v7e)
                    tree = maybe_spot(self.lex, tree)       # … அந்தப் பந்தை நதிக்குள் துரத்தியது (v7f)
                    tree = maybe_next_event(self.lex, tree)   # … பந்தை அடித்தான் , அது … தாண்டிப் பறந்தது (v7f)
                    tree = maybe_this_weekend(self.lex, tree)   # இந்த வார இறுதியில் (this weekend, v7g)
                    tree = maybe_that(self.lex, tree)           # அதைத் தொடாதீர்கள் (please do not touch that, v7g)
                    tree = maybe_what_time(self.lex, tree)      # எத்தனை மணிக்கு (what time …, v7g)
                    tree = maybe_ride(self.lex, tree)           # ஒரு டாக்சியில் சென்றோம் (we took a taxi, v7g)
                    tree = maybe_consequence(self.lex, tree)    # அந்த வங்கி மூடியிருந்தது , அதனால் … (v7g)
                    tree = maybe_reduced(self.lex, tree)    # தன் அப்பா எழுதிய கடிதத்தை … (the letter her father wrote, v7h)
                    tree = maybe_taste(self.lex, tree)      # அந்தக் கேக் சுவையில் அருமையாக இருந்தது (tasted great, v7h)
                    tree = maybe_simile(self.lex, tree)     # காலம் அம்பு போலப் பறக்கிறது (time flies like an arrow, v7h)
                    tree = maybe_music(self.lex, tree)      # அந்தப் பையன் கிட்டார் வாசிக்கிறான் (plays the guitar, v8a)
                    tree = maybe_next_door(self.lex, tree)  # பக்கத்து வீட்டில் வசிக்கிற … (lives next door, v8a)
                    tree = maybe_how_many(self.lex, tree)   # நீங்கள் எத்தனை மொழிகள் பேசுவீர்கள் ? (how many …, v8a)
                    tree = maybe_full(self.lex, tree)       # அந்தப் பூங்கா மக்களால் நிரம்பியிருந்தது (full of people, v8c)
                    tree = maybe_visiting(self.lex, tree)      # எங்களைப் பார்க்க வருகிறாள் (she is visiting us, v8b)
                    tree = maybe_coordinated(self.lex, tree)   # என் அம்மாவும் என் அப்பாவும் (my mother and my father, v8b)
                tree = self.interject(tree, target)
            except _Retry:
                continue
            if not violations(tree, self.lex):       # the rule book of sense (model.language.rules)
                return tree
        return self._sentence(MIN_LEN)

    def interject(self, tree: Sentence, target: int) -> Sentence:
        """Now and then a short statement or question opened by an interjection (மன்னிக்கவும் , … sorry , …); the draw is
        a hash of the tree, so the generator's random stream, and with it every other sentence, is unchanged."""
        if not self.v3 or tree.mood not in ("decl", "question") or target > INTJ_MAX:
            return tree
        draw = hash_draw(repr(tree))   # from the tree, so that the
        if draw >= INTJ_RATE:                                                        # other draws stay as they were
            return tree
        return replace(tree, intj=sorted(interjections())[int(draw / INTJ_RATE * len(interjections()))])

    def _sentence(self, target: int) -> Sentence:
        rng = self.rng
        self.used_names, self.used_adjs = set(), set()
        weights = (0.55, 0.15, 0.18, 0.12) if target <= 20 else (0.88, 0.05, 0.05, 0.02)
        moods = ("decl", "question", "request", "imperative")
        if self.moods:
            weights = [w if m in self.moods else 0.0 for m, w in zip(moods, weights)]
        mood = rng.choices(moods, weights)[0]
        if self.v3 and mood == "decl" and target <= VERBLESS_MAX and rng.random() < VERBLESS_RATE:
            return self.verbless()
        if self.v3 and mood in ("decl", "question") and target <= WEATHER_MAX and rng.random() < WEATHER_RATE:
            return Sentence(mood, (draw_weather_adverb(rng, self.lex, draw_weather(rng, self.lex, mood)),))   # நாளை மழை பெய்யும்
        if self.v3 and mood in ("decl", "question") and target <= PLACED_MAX and rng.random() < PLACED_RATE:
            pick = rng.random()                                 # a place in a town, அவர் என் அப்பா, என் பெயர் ராமு
            if mood == "question" or pick < 0.2:
                return draw_self_acting(rng, self.lex, mood)    # கடை எப்போது திறக்கும் ? when will the shop open ?
            if pick < 0.45:
                return draw_place_located(rng, self.lex)        # எங்கள் வீடு சென்னையில் இருக்கிறது .
            if pick < 0.75:
                return draw_hon_verbless(rng, self.lex, POSSESSORS, POSSESSOR_WEIGHTS)
            return draw_name_verbless(rng, self.lex, self.names)
        if self.v3 and mood in ("decl", "question") and target <= EXP_MAX and rng.random() < EXP_RATE:
            felt = draw_body(rng, self.lex, self.names, mood) if rng.random() < BODY_RATE else \
                draw_experiencer(rng, self.lex, self.names, mood)     # எனக்குக் காபி வேண்டும் . i want coffee .
            if felt is not None:
                return Sentence(mood, (maybe_some(rng, self.lex, felt),))      # எனக்குக் கொஞ்சம் காபி வேண்டும்
        if self.v3 and mood == "question" and target <= ORIGIN_MAX and rng.random() < ORIGIN_RATE:
            asked = draw_origin(rng, self.lex, self.names)          # நீங்கள் எந்த ஊரைச் சேர்ந்தவர் ?
            if asked is not None:
                return Sentence(mood, (asked,))
        if self.v3 and mood == "question" and target <= PRICE_OF_MAX and rng.random() < PRICE_OF_RATE:
            return Sentence(mood, (draw_price_of(rng, self.lex),))   # இந்தச் சட்டையின் விலை என்ன ?
        if self.v3 and mood == "question" and target <= CLOCK_MAX and rng.random() < CLOCK_RATE:
            return Sentence(mood, (draw_clock(rng, self.lex),))        # இன்று என்ன கிழமை ? what day is it today ?
        if self.v3 and mood in ("decl", "question") and target <= OWN_MAX and rng.random() < OWN_RATE:
            return Sentence(mood, (draw_owned(rng, self.lex, mood),))   # இது உன் பையா ? is this your bag ?
        if self.v3 and mood == "question" and target <= AGE_MAX and rng.random() < AGE_RATE:
            aged = draw_age(rng, self.lex, self.names)       # உனக்கு எத்தனை வயது ? how old are you ?
            if aged is not None:
                return Sentence(mood, (aged,))
        # many short clauses as well as few long ones, so that sentences within the training lengths
        # already chain as many clauses as the longest test sentences do
        lo_k = max(1, math.ceil(target / 17))        # very long sentences (beyond 68 tokens) need more clauses
        if self.v3 and mood == "question" and target <= WH_MAX and rng.random() < WH_RATE:
            asked = self.wh_question(target)
            if asked is not None:
                return asked
        most = MAX_CLAUSES + (target > 60)           # past the training lengths, one clause more
        k = 1 if mood != "decl" else rng.randint(lo_k, max(lo_k, min(most, target // 5)))
        room = target - 1 - 2 * (k - 1)              # tokens left for the clauses themselves
        clauses, conjs, prev = [], [], None
        self.chain_time = None                       # the last time said along a chain of ", and then"
        for i in range(k):
            self.first_clause, self.prev_subject = i == 0, prev["subj"] if prev else None
            budget = room / (k - i) * rng.uniform(0.8, 1.2)
            # three clauses or more need "and then" (one ", and also" a sentence), which a present-tense chain lacks
            first = ("past", "fut") if k >= 3 else TENSES
            cl = self.clause(mood, budget, 0, tenses=first) if not i else self.next_clause(prev, budget, conjs)
            if self.v3 and k == 1 and rng.random() < NEG_RATE.get(mood, 0.0) and self.can_negate(cl, mood):
                cl["neg"] = True                     # negation in one-clause statements and in imperatives
            if cl.get("neg") and mood == "imperative" and cl["verb"] == "go" and rng.random() < 0.4:
                cl["goal"] = None                    # போகாதீர்கள் . please do not go .
            if self.v3 and mood == "imperative" and rng.random() < PLEASE_RATE:
                cl["please"] = True                  # தயவுசெய்து போகாதீர்கள் . please do not go .
            if self.v3 and mood == "imperative" and not cl.get("neg") and self.lex.verb(cl["verb"]).imp_sg \
                    and rng.random() < FAMILIAR_RATE:
                cl["familiar"] = True                # வா . come . (the singular imperative)
            if self.v3 and mood == "decl" and cl["time"] is not None and cl["subj"] is not None \
                    and not any(cl[r] is not None and cl[r].get("rc") for r in ("subj", "obj", "iobj", "loc", "comit",
                                                                               "source", "goal")) \
                    and rng.random() < TIME_FIRST_RATE:
                cl["time_first"] = True              # இன்று நான் … (i … today)
            if self.v3 and k == 1 and mood == "imperative":
                cl["advs"] = draw_place_adverb(rng, self.lex, cl, mood)     # இங்கே வா . come here .
                cl["advs"] = cl["advs"] or draw_manner_adverb(rng, self.lex, cl, mood)   # மெதுவாகப் பேசு
            if self.v3 and k == 1 and mood in ("decl", "question") and cl["verb"] != "be":
                cl["advs"] = draw_adverbs(rng, self.lex, cl, mood)     # நாங்கள் ஏற்கெனவே சாப்பிட்டோம்
                draw_habit(rng, self.lex, cl, mood)                    # அவன் எப்போதும் குடையை மறக்கிறான்
                if not cl["advs"]:
                    cl["advs"] = draw_place_adverb(rng, self.lex, cl, mood)     # ரவி இங்கே வந்தான் . ravi came here .
                if "already" in cl["advs"] and self.lex.verb(cl["verb"]).obj_optional and rng.random() < 0.5:
                    cl["obj"] = None                    # நாங்கள் ஏற்கெனவே சாப்பிட்டோம் . we already ate .
                cl["purpose"] = draw_purpose(rng, self.lex, cl, mood)   # என்னைப் பார்க்க வந்தான் . came to see me .
            if self.v3 and k == 1 and mood in ("decl", "question"):
                draw_everyone(rng, self.lex, cl, mood)                 # நாங்கள் எல்லோரும் மகிழ்ச்சியாக இருக்கிறோம்
            if self.v3 and k == 1 and mood in ("decl", "question", "imperative", "request"):
                draw_some_given(rng, self.lex, cl, mood)               # எனக்குக் கொஞ்சம் தண்ணீர் கொடுங்கள்
            room -= self.clause_len(cl, mood)
            if prev is not None:
                clauses[-1] = freeze_clause(prev)         # "because" may have negated it
            clauses.append(freeze_clause(cl))
            if i and conjs[-1] != "then":
                self.chain_time = None
            self.chain_time = cl["time"] or self.chain_time
            prev = cl
        return Sentence(mood=mood, clauses=tuple(clauses), conjs=tuple(conjs))

    def wh_question(self, target: int) -> Sentence | None:
        """A question with யார் who, யாரை/என்ன what, எங்கே where, எப்போது when, ஏன் why or எப்படி how,
        standing where its answer would (நீ எங்கே போகிறாய் ? where are you going ?); no relative clause."""
        rng, lex = self.rng, self.lex
        self.first_clause, self.prev_subject = True, None
        if rng.random() < VLESS_WH_RATE:           # உன் பெயர் என்ன ? what is your name ? — no Tamil verb
            cl = draw_vless_wh(rng, lex, self.names)
            if cl is not None:
                return Sentence("question", (cl,))
        if rng.random() < 0.12:                    # where is ravi ? — the copula with no predicate
            place = rng.random() < 0.4                              # where is the station ? where is madurai ?
            subj = self.make_np(("person",), pron=0.0 if place else 0.4, third=True, place=place)
            if place and subj["kind"] == "noun" and subj["det"] is None:
                subj["det"] = "the"
            how = not place and rng.random() < 0.3                   # how are you ? (நீங்கள் எப்படி இருக்கிறீர்கள் ?)
            return Sentence("question", (Clause("be", "pres", subj=freeze_np(subj), wh="how" if how else "where"),))
        cl = self.clause("question", max(2, target - 2), MAX_RC_DEPTH)          # at full depth: no relative clause
        v = lex.verb(cl["verb"])
        options = []
        if cl["subj"]["kind"] != "pron" and self.noun_of(cl["subj"]).cls == "person" and cl["verb"] != "be":
            options.append("who")
        if cl["obj"] is not None and lex.verb(cl["verb"]).obj_case == "acc":
            options.append("whom" if self.noun_of(cl["obj"]).cls == "person" else "what")
        if (v.motion and cl["goal"] is not None and cl["source"] is None) or (cl["loc"] is not None):
            options.append("where")
        if cl["time"] is not None:
            options.append("when")
        options.append("why")
        if v.motion or v.key in HOW_VERBS:
            options.append("how")
        wh = rng.choices(options, [WH_WEIGHTS[o] for o in options])[0]
        role = {"who": "subj", "whom": "obj", "what": "obj", "when": "time"}.get(wh)
        if wh == "where":
            role = "goal" if v.motion and cl["goal"] is not None else "loc"
        if role is not None:
            cl[role] = None
        if wh in ("why", "who", "when") and rng.random() < 0.25 and self.can_negate(cl, "decl"):
            cl["neg"] = True                               # ஏன் வரவில்லை ? why did … not come ?
        draw_so(rng, cl, wh)                               # ஏன் இவ்வளவு அமைதியாக …? why … so quiet ? (v5d)
        tree = freeze_clause(cl)
        asked = draw_late_wh(rng, Clause(**{**tree.__dict__, "wh": wh}), lambda c: ta_order(lex, c))  # என்னை ஏன்
        return Sentence("question", (asked,))

    def verbless(self) -> Sentence:
        """"அவள் என் தங்கை ." (she is my sister), "ரவி ஒரு மருத்துவர் இல்லை ." (ravi is not a doctor): a
        person and a person noun that fits them (gender, number), in the present, with no Tamil verb."""
        rng, lex = self.rng, self.lex
        subj = self.make_np(("person",), pron=0.5, third=True)
        subj["adjs"] = []
        who = self.noun_of(subj)
        agr = np_agr(lex, freeze_np(subj))
        plural = {"pl_r": ("pl",), "1pl": ("pl",), "2pl": ("sg", "pl")}.get(agr, ("sg",))
        sex = natural_gender(who)
        fits = [n for n in self.fillers(("person",)) if n.key != who.key and n.en_pl is not None or
                n.key != who.key and "pl" not in plural]
        fits = [n for n in fits if natural_gender(n) in (None, sex) or sex is None]
        noun = rng.choice(fits)
        number = rng.choice([x for x in plural if x == "sg" or noun.en_pl])
        owner = rng.random() < (1.0 if "family" in noun.tags else 0.3)
        taken = {lex.determiners[d]["poss"] for d in (subj["det"],) if d in lex.possessives}
        if subj["kind"] == "pron" and lex.pronouns[subj["head"]]["agr"] in PERSONS:
            taken.add(lex.pronouns[subj["head"]]["agr"])
        mine = [(d, w) for d, w in zip(POSSESSORS, POSSESSOR_WEIGHTS)                 # not "we are my friends"
                if lex.determiners[d]["poss"][0] not in {t[0] for t in taken if t[0] in "12"} and
                lex.determiners[d]["poss"] not in taken and ("spouse" not in noun.tags or d in SPOUSE_POSSESSORS)]
        owner = owner and bool(mine)
        det = rng.choices([d for d, _ in mine], [w for _, w in mine])[0] if owner else None
        attr = NP(head=noun.key, number=number, det=det)
        return Sentence("decl", (Clause("be", "pres", subj=freeze_np(subj), attr=attr,
                                        neg=rng.random() < NEG_RATE["decl"]),))

    def can_negate(self, cl: dict, mood: str) -> bool:
        """A negated clause must read one way back: -வில்லை says past and present alike, so a past or
        present clause is negated only in the tense ``negative_tense`` reads it in."""
        v = self.lex.verb(cl["verb"])
        if mood == "imperative":
            return v.key != "be"                 # "please do not be ready" is not said
        if v.key == "be" and cl["loc"] is not None:
            return cl["tense"] == "past"         # ravi was not in the office (… இல்லை has no verb: not yet in the language)
        if v.key == "be" or cl["tense"] == "fut":
            return True
        return cl["tense"] == negative_tense(v, cl["time"], self.lex)

    def reasons(self, prev: dict) -> list[tuple[str, bool]]:
        """States that explain the action ``prev`` (and whether it is then negated): tired → slept,
        tired → did not go, busy → did not help; the same subject, in the past or present."""
        if prev["verb"] == "be" or prev["tense"] not in ("past", "pres") or prev.get("neg"):
            return []
        who = self.noun_of(prev["subj"])
        states = [s for s in (*CAUSES, *DESPITE) if s in self.lex.predicates]
        fits = [s for s in dict.fromkeys(states) if who.fills(self.lex.predicates[s]["for"])]
        out = [(s, False) for s in fits if prev["verb"] in CAUSES.get(s, ())]
        if self.can_negate(prev, "decl"):
            out += [(s, True) for s in fits if prev["verb"] in DESPITE.get(s, ())]
        return out

    def next_clause(self, prev: dict, budget: float, conjs: list[str]) -> dict:
        """A statement that follows ``prev`` after ", <conjunction>", chosen so that the two make
        sense together: "so" (அதனால்) from a cause to its effect, "but" (ஆனால்) from a state to an
        action it makes unexpected or between two people in contrasting states, "and then" (பிறகு) to
        a later action, "and" (மேலும்) to another event at the same time."""
        rng, lex = self.rng, self.lex
        state = prev["pred"] if prev["verb"] == "be" else prev["verb"]
        subj_noun = self.noun_of(prev["subj"])

        def fitting(verbs):
            return [v for v in verbs if v in lex.verbs and subj_noun.fills(lex.verb(v).subj)
                    and prev["tense"] in lex.verb(v).tenses]

        options = {"and": 0.0 if "and" in conjs else 1.0}       # one ", and also" a sentence (rules: one-also)
        reasons = self.reasons(prev) if self.v3 else []
        obj_reasons = object_reasons(lex, prev, self.noun_of) if self.v3 and not prev.get("neg") and \
            self.can_negate(prev, "decl") else []     # … did not cross the street because it was too wide (v5d)
        if reasons or obj_reasons:
            options["because"] = 1.5                   # an action, then the state that explains it
        if prev["verb"] != "be" and prev["tense"] != "pres":
            options["then"] = 1.0                      # "and then" goes from one action to the next
        if fitting(CAUSES.get(state, ())):
            options["so"] = 2.0
        if fitting(DESPITE.get(state, ())) or (prev["verb"] == "be" and CONTRAST.get(prev["pred"])
                                               and subj_noun.cls == "person"):
            options["but"] = 2.0
        if not any(options.values()):
            raise _Retry                                # nothing but a second ", and also" would follow
        conj = rng.choices(list(options), list(options.values()))[0]
        conjs.append(conj)
        same = self.pronoun_for(prev["subj"])
        tense = (prev["tense"],)
        if conj == "because" and obj_reasons and (not reasons or rng.random() < OBJECT_REASON_SHARE):
            prev["neg"] = True
            held = prev["obj"] or prev["loc"]          # the street, or the suitcase (model.language.containers)
            it = object_pronoun(lex, held, self.noun_of(held))
            cl = self.clause("decl", budget, 0, subj=it, tenses=tense, verb="be", pred=rng.choice(obj_reasons),
                             adjuncts=False)
            if rng.random() < 0.5:
                cl["degree"] = "too"
            return cl
        if conj == "because":                          # ravi did not come , because he was busy .
            state, negated = rng.choice(reasons)
            prev["neg"] = negated
            cl = self.clause("decl", budget, 0, subj=same, tenses=tense, verb="be", pred=state, adjuncts=False)
            if rng.random() < 0.3 and not is_adverb_predicate(lex, lex.predicates[state]["ta"]):    # not "very late"
                cl["degree"] = rng.choice(("very", "very", "too"))
            return cl
        if conj == "so":
            return self.clause("decl", budget, 0, subj=same, tenses=tense, verb=rng.choice(fitting(CAUSES[state])),
                               adjuncts=False)
        if conj == "but":
            despite = fitting(DESPITE.get(state, ()))
            if despite and (rng.random() < 0.5 or not (prev["verb"] == "be" and CONTRAST.get(prev["pred"]))):
                return self.clause("decl", budget, 0, subj=same, tenses=tense, verb=rng.choice(despite), adjuncts=False)
            other = self.make_np(("person",))
            return self.clause("decl", budget, 0, subj=other, tenses=tense, verb="be",
                               pred=rng.choice(CONTRAST[prev["pred"]]), adjuncts=False)
        acts = any(subj_noun.fills(v.subj) and prev["tense"] in v.tenses for v in self.verbs)
        subj = same if acts and rng.random() < 0.7 else None      # "and" mostly goes on about the same person
        if conj == "then":                             # the next action, in the same tense; no time jump
            cl = self.clause("decl", budget, 0, subj=subj, tenses=tense, avoid_verb=prev["verb"], no_copula=True)
            latest, said = when(self.lex, self.chain_time), when(self.lex, cl["time"])   # time moves forward along
            if cl["time"] is not None and latest is not None and (said is None or said < latest):   # and-then chains
                cl["time"] = None
            return cl
        return self.clause("decl", budget, 0, subj=subj, tenses=tense, avoid_verb=prev["verb"])


@lru_cache(maxsize=4)
def lexicon_for(known: frozenset[str], side: str = "src") -> tuple[Lexicon, int]:
    """The part of the lexicon whose words a model's vocabulary ``known`` holds (Tamil words for ``side``
    "src", English for "tgt"), and the language version its constructions need (2 where the vocabulary
    has no நான் / "i": a checkpoint trained before language v3), so that examples for a model trained on an
    older language are sentences of the kind it learned."""
    from model.language.forms import spelling_variants

    lex = load_lexicon()
    data = copy.deepcopy(lex.data)
    english = side == "tgt"

    def has(*words: str | None) -> bool:      # Tamil in any junction spelling (அலுவலகத்துக்குச்)
        if english:
            return any(w in known for w in words if w)
        return any(v in known for w in words if w for v in spelling_variants(w))

    def noun_known(noun) -> bool:
        return has(noun.en) if english else has(*(noun.ta_form(case) for case in CASES))

    def verb_known(v) -> bool:
        return has(*v.en) if english else has(v.finite("past", "m"), v.finite("past", "n"), v.inf)

    data["nouns"] = [d for d in data["nouns"] if noun_known(lex.nouns[d["key"]])]
    data["names"] = [d for d in data["names"] if noun_known(lex.names[d["key"]])]
    data["verbs"] = [d for d in data["verbs"] if verb_known(lex.verbs[d["key"]])]
    kept = [lex.nouns[d["key"]] for d in data["nouns"]]
    data["verbs"] = [d for d in data["verbs"] if not lex.verbs[d["key"]].obj or any(   # an object it can take is known
        n.cls != "place" and n.fills(lex.verbs[d["key"]].obj) for n in kept)]
    for group in ("adjectives", "predicates", "determiners", "numbers", "pronouns", "wh"):
        data[group] = [d for d in data[group] if ((d["en"] is None or has(d["en"])) if english else has(d["ta"]))]
    for group in ("times", "degrees", "conjunctions"):
        data[group] = [t for t in data[group] if all(w in known for w in (
            (t["en"] if isinstance(t["en"], list) else [t["en"]]) if english else
            (t["ta"] if isinstance(t["ta"], list) else [t["ta"]])))]
    return Lexicon(data), 3 if has("i" if english else "நான்") else 2


class _Retry(Exception):
    """A clause found no verb that fits; the sentence is drawn again."""


def natural_gender(noun: Noun) -> str | None:
    """m or f where a person's sex is known (a boy, a sister, one's mother, he); None otherwise."""
    if noun.gender in ("m", "f"):
        return noun.gender
    return {"he": "m", "she": "f"}.get(noun.en_pron or "")


def rc_tenses(matrix_tense: str | None) -> tuple[str, ...]:
    """Tenses a relative clause may take inside a clause of ``matrix_tense``: a past event is told
    with past relative clauses ("the man who waited came"), a future one may refer to any time."""
    return {"past": ("past",), "pres": ("past", "pres")}.get(matrix_tense, TENSES)


def freeze_np(d: dict | None) -> NP | None:
    if d is None:
        return None
    return NP(head=d["head"], kind=d["kind"], number=d["number"], det=d["det"],
              adjs=tuple(d["adjs"]), rc=freeze_clause(d["rc"]) if d["rc"] else None, ante=d.get("ante"))


def freeze_clause(d: dict) -> Clause:
    nps = {r: freeze_np(d[r]) for r in ("subj", "obj", "iobj", "loc", "comit", "source", "goal")}
    obj = d["obj"]
    if obj is not None and obj.get("unmarked") and d["subj"] is not None and plain_indefinite(nps["obj"], obj["noun"]):
        nps["obj"] = NP(**{**nps["obj"].__dict__, "unmarked": True})          # ஒரு புத்தகம் வாங்கினான்
    return Clause(verb=d["verb"], tense=d["tense"], pred=d["pred"], time=d["time"], gap=d["gap"],
                  neg=d.get("neg", False), degree=d.get("degree"), advs=d.get("advs", ()), please=d.get("please", False),
                  familiar=d.get("familiar", False), age=d.get("age", False), time_first=d.get("time_first", False),
                  light=d.get("light", False), honour=d.get("honour", False) and can_honour(load_lexicon(), nps["subj"])
                  and not (d.get("neg") and d["tense"] != "fut"),     # -வில்லை shows no honorific (v6a)
                  purpose=d.get("purpose"), everyone=d.get("everyone", False), some=d.get("some", False),
                  pred2=kept_pred2(d), **nps)


def sample_pairs(n: int, seed: int, min_len: int = MIN_LEN, max_len: int = 30,
                 split: str | None = None, unique: bool = True,
                 tolerance: int = 2, **generator) -> Iterator[tuple[Sentence, Pair]]:
    """Yield ``n`` (tree, pair) samples with source length near-uniform over [min_len, max_len].

    A target length is drawn uniformly; a tree within ``tolerance`` tokens of it (and inside
    the range) is kept, which keeps the length distribution flat at a third of the cost of
    insisting on the exact length.

    Deterministic for a given seed. With ``split`` only sentences of that split are kept;
    with ``unique`` no Tamil sentence is yielded twice (where a length has too few distinct
    sentences left, duplicates are allowed after many attempts rather than looping forever).
    """
    if min_len < MIN_LEN or max_len < min_len:
        raise ValueError(f"need {MIN_LEN} <= min_len <= max_len, got {min_len}..{max_len}")
    if split is not None and split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; use one of {', '.join(SPLITS)}")
    rng = random.Random(seed)
    gen = Generator(rng, **generator)
    seen: set[str] = set()
    made = 0
    while made < n:
        target = rng.randint(min_len, max_len)
        for attempt in range(4000):
            tree = gen.sentence(target)
            length = src_length(tree, gen.lex)
            if abs(length - target) > tolerance or not min_len <= length <= max_len:
                continue
            pair = linearize(tree, gen.lex)
            if not min_len <= len(pair.src) <= max_len:
                continue                         # src_length is an estimate (a question word, please); v6d
            if split is not None and split_of(pair.src) != split:
                continue
            key = " ".join(pair.src)
            if unique and key in seen and attempt < 3000:
                continue
            seen.add(key)
            made += 1
            yield tree, pair
            break
