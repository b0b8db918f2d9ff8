"""Language v4c: bare nouns, pronouns and things as subjects, shared by the parser and the generator.

A pronoun with no antecedent: அவர் (honorific he/she) alone in a sentence without a verb takes its English
pronoun from the noun it is said to be (அவர் என் அப்பா → *he is my father*, அவர் என் நண்பர் → *he is my
friend*). Elsewhere அவர் still needs a noun before it to say who it is.

A name as a predicate: என் பெயர் ராமு (*my name is ramu*), with the noun tagged 'says_name' and an owner.

A place as the subject of இரு: a house, a shop or a school is in a town (எங்கள் வீடு சென்னையில் இருக்கிறது →
*our house is in chennai*).

A dish in general as an object is unmarked in Tamil and bare in English (நீங்கள் தோசை சாப்பிடுவீர்களா ? →
*will you eat dosa ?*), as mass nouns are (காபி குடித்தான்); see ``grammar.unmarked_object``. A thing with ஒரு after the subject is
an object without -ஐ too (ரவி ஒரு புத்தகம் வாங்கினான் → *ravi bought a book*).

A place that opens or closes by itself, with no object (கடை எப்போது திறக்கும் ? → *when will the shop open ?*):
the lexicon's 'self_acting' verbs with a subject of the tags listed.
"""

from __future__ import annotations

from model.language.grammar import NP, Clause, Sentence, ante_pronoun
from model.language.lexicon import Lexicon, Noun

DISH_RATE = 0.15                             # food objects the generator leaves bare and unmarked (தோசை)
UNMARKED_RATE = 0.3                          # objects with ஒரு the generator leaves without -ஐ


def predicate_antecedent(lex: Lexicon, subj: NP, attr: NP, noun: Noun | None) -> NP | str:
    """அவர் as the subject of a sentence without a verb, its antecedent the predicate noun, or why not."""
    if lex.pronouns[subj.head]["en"] is not None or subj.ante is not None:
        return "it may only be the subject of a clause after one that names who it is"
    if noun is None or attr.kind != "noun" or noun.cls != "person" or attr.number != "sg" or attr.adjs \
            or attr.det not in (None, "a", *lex.possessives):
        return "say who it is (அவர் என் அப்பா)"
    if ante_pronoun(noun) is None:
        return f"'{noun.en}' does not say he or she; use அவன் (he) or அவள் (she)"
    return NP(head=subj.head, kind="pron", ante=noun.key)


def draw_hon_verbless(rng, lex: Lexicon, possessors: list[str], weights: list[float]) -> Sentence:
    """அவர் என் அப்பா (he is my father): அவர் and a family noun that says he or she, usually owned."""
    nouns = [n for n in lex.nouns.values() if n.cls == "person" and n.en_pron and "family" in n.tags]
    noun = rng.choice(nouns)
    det = rng.choices(possessors, weights)[0] if rng.random() < 0.8 else None
    attr = NP(head=noun.key, det=det)
    subj = NP(head="they_hon", kind="pron", ante=noun.key)
    return Sentence("decl", (Clause("be", "pres", subj=subj, attr=attr, neg=rng.random() < 0.2),))


NAME_OWNERS = ("my", "your", "your_sg", "his", "her")


def name_predicate_problem(lex: Lexicon, subj: NP, attr: NP) -> str | None:
    """Why ``attr`` (a name) cannot be what ``subj`` is (None when it can): என் பெயர் ராமு, my name is ramu."""
    if subj.kind != "noun" or "says_name" not in lex.nouns[subj.head].tags:
        return "a name without a verb says what someone's name is (என் பெயர் ராமு)"
    if subj.det not in NAME_OWNERS or subj.adjs or subj.number != "sg" or subj.rc is not None:
        return "say whose name it is: என், உன், உங்கள், அவன், அவள் (என் பெயர் ராமு)"
    return None


def draw_name_verbless(rng, lex: Lexicon, names: list) -> Sentence:
    """என் பெயர் ராமு (my name is ramu): an owner's name and a person's name, sometimes negated."""
    subj = NP(head=rng.choice([n.key for n in lex.nouns.values() if "says_name" in n.tags]),
              det=rng.choices(NAME_OWNERS, (4, 2, 1, 1, 1))[0])
    attr = NP(head=rng.choice(names).key, kind="name")
    return Sentence("decl", (Clause("be", "pres", subj=subj, attr=attr, neg=rng.random() < 0.15),))


PLACED_RATE, PLACED_MAX = 0.06, 7            # short statements drawn here: a place in a town, அவர், a name
PLACED_DETS = ("my", "our", "your", "the", "this")


def place_in_town_problem(lex: Lexicon, subj: NP, loc: NP | None) -> str | None:
    """Why a place cannot be the subject of இரு here (None when it can): a place (a noun, not a town) is in
    a town or city."""
    if subj.kind != "noun" or subj.rc is not None or subj.adjs or subj.number != "sg":
        return "a plain place (எங்கள் வீடு, அந்தக் கடை) is in a town; a town's place is not said here"
    if loc is None or loc.kind != "name" or lex.names[loc.head].cls != "place":
        return "a place is in a town or city (எங்கள் வீடு சென்னையில் இருக்கிறது)"
    return None


def draw_place_located(rng, lex: Lexicon) -> Sentence:
    """எங்கள் வீடு சென்னையில் இருக்கிறது (our house is in chennai): a place in a town, in the present."""
    places = [n.key for n in lex.nouns.values() if n.cls == "place"]
    towns = [n.key for n in lex.names.values() if n.cls == "place"]
    subj = NP(head=rng.choice(places), det=rng.choices(PLACED_DETS, (2, 2, 1, 2, 1))[0])
    return Sentence("decl", (Clause("be", "pres", subj=subj, loc=NP(head=rng.choice(towns), kind="name")),))


def plain_indefinite(np: NP, noun: Noun | None) -> bool:
    """A plain thing with ஒரு (not a person, animal or place; no adjective or relative clause)."""
    return (np.kind == "noun" and np.det == "a" and noun is not None and noun.cls not in ("person", "animal", "place")
            and not np.adjs and np.rc is None)


def indefinite_object(np: NP, noun: Noun | None, verb) -> bool:
    """A nominative after the subject that is an object without -ஐ: a plain thing with ஒரு that the verb
    takes as its object."""
    return plain_indefinite(np, noun) and bool(verb.obj) and noun.fills(verb.obj)


SELF_ACTING_TENSES = ("past", "fut")


def acts_alone(lex: Lexicon, verb_key: str, subj: Noun | None) -> bool:
    """True when ``subj`` does what ``verb_key`` says by itself, with no object (a shop opens)."""
    tags = lex.data.get("self_acting", {}).get(verb_key)
    return bool(tags) and subj is not None and subj.cls != "person" and subj.fills(tags)


def draw_self_acting(rng, lex: Lexicon, mood: str) -> Sentence:
    """அந்தக் கடை நாளை திறக்கும் (the shop will open tomorrow), கடை எப்போது திறக்கும் ? (when will the shop
    open ?): a place that opens or closes, in the past or the future."""
    verb = rng.choice(sorted(lex.data.get("self_acting", {})))
    places = [n.key for n in lex.nouns.values() if acts_alone(lex, verb, n)]
    tense = "fut" if mood == "question" else rng.choice(SELF_ACTING_TENSES)
    times = [k for k in ("yesterday", "today", "tomorrow") if tense in lex.times[k]["tense"]]
    time = rng.choice(times) if mood == "decl" and rng.random() < 0.6 else None
    subj = NP(head=rng.choice(places), det=rng.choice((None, "the", "this")))
    wh = "when" if mood == "question" else None
    return Sentence(mood, (Clause(verb, tense, subj=subj, time=time, wh=wh),))
