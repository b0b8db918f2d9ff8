"""Liking with a dative experiencer (language v5d): அவளுக்குக் காரமான உணவு பிடிக்காது . → *she does not like spicy
food .*, எனக்குக் காபி பிடிக்கும் . → *i like coffee .*, உனக்குத் தமிழ் பிடிக்குமா ? → *do you like tamil ?*.

பிடிக்கும் is an experiencer of the lexicon (``experiencers``, key ``like``) like வேண்டும் and தெரியும்: the person
who likes is in the dative and is the English subject, what is liked stands bare (no case suffix, no article in
English): a food or drink in general, perhaps with one adjective that fits it (காரமான உணவு, spicy food), or a
language. The same words are the neuter future of பிடி (catch), which only people do, so they are read as
liking only (``thing_form_of_person_verb``) and every sentence keeps one parse.
"""

from __future__ import annotations

from model.language.grammar import NP, Clause
from model.language.lexicon import Lexicon

LIKE = "like"
LIKE_SHARE = 0.25                   # of the generator's experiencer clauses, how many say liking
LIKE_ADJ_SHARE = 0.3                # liked foods the generator gives an adjective (spicy food, hot coffee)
THING_AGREEMENTS = ("n", "pl_n")


def like_problem(lex: Lexicon, obj: NP | None) -> str | None:
    """Why ``obj`` cannot be what பிடிக்கும் likes (None when it can): a food or drink in general (bare, at most one
    adjective that fits it) or a language (bare, plain)."""
    if obj is None:
        return "பிடிக்கும் needs what is liked (எனக்குக் காபி பிடிக்கும்)"
    if obj.kind != "noun" or obj.rc is not None or obj.det is not None or len(obj.adjs) > 1:
        return "பிடிக்கும் likes a food, a drink or a language in general: a bare noun, one adjective at most " \
               "(காரமான உணவு)"
    noun = lex.nouns[obj.head]
    if noun.cls == "language" and not obj.adjs:
        return None
    if noun.cls == "food" and "mass" in noun.tags:
        return None
    return "பிடிக்கும் likes a food or drink in general (காபி, காரமான உணவு) or a language (தமிழ்)"


def draw_like(rng, lex: Lexicon, subj: NP, neg: bool) -> Clause | None:
    """A liking clause for the generator's experiencer draw (``subj`` the person, ``neg`` drawn), or None when the
    drawn thing does not fit."""
    if rng.random() < 0.2:
        obj = NP(rng.choice([n.key for n in lex.nouns.values() if n.cls == "language"]))
    else:
        noun = rng.choice([n for n in lex.nouns.values() if n.cls == "food" and "mass" in n.tags])
        fits = [k for k, a in lex.adjectives.items() if noun.fills(a["for"]) and not noun.fills(a.get("not", ()))
                and not a.get("superlative")]                               # not 'the best' (v7b)
        adjs = (rng.choice(fits),) if fits and rng.random() < LIKE_ADJ_SHARE else ()
        obj = NP(noun.key, adjs=adjs)
    if like_problem(lex, obj) is not None:
        return None
    return Clause(LIKE, "pres", subj=subj, obj=obj, neg=neg, exp=True)


def experiencer_forms(lex: Lexicon) -> set[str]:
    """Every written form of the experiencers (பிடிக்கும், பிடிக்காது, வேண்டும் …; a bodily state may lack one)."""
    return {e[form] for e in lex.experiencers.values() for form in ("ta", "neg", "q") if form in e}


def experiencer_clash(lex: Lexicon, verb, tense: str | None, agr: str) -> bool:
    """Whether ``verb`` in ``tense`` with a subject agreeing as ``agr`` would be written as an experiencer form
    (குழந்தைகள் … பிடிக்கும் would read 'like'): the generator draws such a clause again."""
    if tense is None or agr not in THING_AGREEMENTS or not set(verb.subj) <= {"person"}:
        return False
    forms = {verb.finite(tense, agr), verb.question(tense, agr), verb.negative(tense, agr)}
    return bool(forms & experiencer_forms(lex))


def thing_form_of_person_verb(lex: Lexicon, word: str, cat: str, key: str, feats: tuple) -> bool:
    """Whether the analysis (``cat``, ``key``, ``feats``) of ``word`` is a thing's finite form of a verb only people
    do where the word is also an experiencer form (பிடிக்கும்: 'it will catch' never, 'likes' always)."""
    if cat not in ("VFIN", "VQ") or feats[1] not in THING_AGREEMENTS or key not in lex.verbs:
        return False
    if word not in experiencer_forms(lex):
        return False
    return set(lex.verbs[key].subj) <= {"person"}
