"""The language's rule book of *sense*: what a grammatical sentence must also respect to make sense.

A sentence can be perfectly grammatical and still odd: "the report called", "ravi was tired , so he
sang", "the boy did not wait , but he waited". Each such rule is written here once, as a function of the
abstract tree, and used three ways:

* the generator draws only sentences with no violation (``Generator.sentence`` draws again);
* the Tamil parser and the English parser *accept* a grammatical sentence that breaks a rule, keep its
  reference translation and gold links, and return each violation as a note naming the rule — a
  learner's odd sentence is still a sentence, and the page can say the models never saw one like it;
* the tests check each rule on a large generated sample (none breaks any) and on hand-made odd sentences.

Only ungrammatical or ambiguous input is refused, by the parsers themselves.

``violations(sentence)`` returns ``Violation(rule, clause, role, message)``: the rule's name (a key of
``RULES``), the path of the clause (``(2,)`` is the third clause, ``(0, "obj")`` the relative clause on the
first clause's object), the role the rule is about, and a message in English terms.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from model.language.bare import acts_alone
from model.language.because import because_problem
from model.language.broken import mine_reason_problem
from model.language.consequence import so_fits, starts_anew
from model.language.containers import NEEDS_PLACE, PLACE_REASONS, place_problem, thing_place_problem
from model.language.grammar import NP, Clause, Sentence, is_personal
from model.language.lexicon import Lexicon, Noun, load_lexicon
from model.language.light_verbs import in_town
from model.language.located import kept_problem
from model.language.next_event import COMMA_AND, next_event_problem
from model.language.reference import OBJECT_REASONS
from model.language.superlative import best_problem
from model.language.surfaces import on_surface
from model.language.taste import but_too

# "so" (அதனால்) joins a cause to its effect (same subject): what follows being tired, happy, angry, …
CAUSES = {"tired": ("sleep", "return"), "happy": ("sing", "dance", "laugh"), "angry": ("cry",),
          "fall": ("cry", "break"), "ready": ("go", "come")}
# "but" (ஆனால்) joins a state to an action it makes unexpected (same subject); "because" explains not doing it
DESPITE = {"tired": ("go", "come", "walk", "sing", "dance", "cross"), "big": ("fit",), "busy": ("help", "wait", "come", "speak"),
           "angry": ("laugh", "sing", "praise"), "happy": ("cry",), "late": ("eat", "wait")}   # late: v6a; big: v6d
# … or two people in contrasting states
CONTRAST = {"happy": ("angry", "tired"), "angry": ("happy",), "tired": ("happy", "ready"),
            "ready": ("busy", "tired"), "busy": ("ready", "happy")}
MAKES = ("write", "cook", "prepare", "draw", "plant", "build", "make")   # the thing exists only after the act
TRANSFERS = ("give", "sell", "buy", "send", "bring", "drive", "wear")   # one thing changes hands (or is driven, worn)
                                                                   # by one person at a time, not by many at once
EXCLUSIVE_NOW = ("sleep",)                               # an activity that excludes any other at the same moment
ROLES = ("subj", "obj", "iobj", "loc", "comit", "source", "goal")
LASTING = ("live", "love", "trust", "understand")     # states that last longer than a part of a day
ROOMS = ("toilet", "room", "kitchen", "bathroom", "class")    # only people and animals come to or from a room
FOOT = ("run", "walk")                                   # on foot: not to or from another town
LASTING_STATES = ("wide", "healthy", "good", "beautiful", "clear", "long", "interesting", "big", "small")   # qualities that last, not of one night
PART_OF_DAY = {"morning": 0.3, "evening": 0.7, "night": 0.9, "tomorrow_morning": 1.3, "tomorrow_evening": 1.7,
               "yesterday_evening": -0.3, "last_night": -0.1, "today": 0.0, "now": 0.5}   # order within a day
STOPS = ("station", "city", "village", "school", "college", "university", "hospital", "market", "factory", "beach")

RULES = {
    "subject-fits": "a verb or predicate fits its subject (a report does not call; a station is not ready)",
    "object-fits": "an object fits its verb (one opens a door, not a report)",
    "connective": "so, but, because and and-then fit their meaning (tired, so slept; busy, but helped)",
    "same-event": "two joined clauses do not tell the same event twice, or deny what the other says",
    "rc-repeats-verb": "a relative clause does not repeat its main clause's verb (the boys who sang sang)",
    "made-before": "a thing is made before it is used (not read last week what was written this week)",
    "then-order": "after 'and then' time moves forward, not back",
    "one-giver": "one thing changes hands once: many people do not give, sell, buy or wear the same one thing",
    "busy-now": "someone who is sleeping now is not doing something else now",
    "noun-once": "a noun is used once a sentence (a second one is a different thing: use a pronoun or 'another')",
    "one-also": "at most one ', and also' a sentence: a chain of them reads as a list, not a story",
    "one-register": "one sentence speaks to one person one way: நீங்கள் / உங்கள் (polite) or நீ / உன் (familiar)",
    "state-time": "a lasting state (live, love, trust, understand) is not told of a part of a day",
    "tautology": "a relative clause or predicate does not repeat its noun's adjective (a beautiful gift that was "
                 "beautiful; the long article is long)",
    "nested-centre": "a relative clause's own subject carries no relative clause with a subject of its own (the "
                     "doctor who the farmers who ravi helped met: English cannot be read)",
    "one-we": "we is one we: நாம் (with the listener) goes with நம், நாங்கள் (without) with எங்கள்",
    "thanks-fits": "நன்றி , (thank you ,) opens what one says to the listener, not any statement",
    "game-player": "people play games (cricket), not animals",
    "lasting-time": "a lasting quality (wide, healthy, good …) is not tied to one night or one month",
    "place-fits": "an action happens where it can (one sells in a shop or a market, sleeps at home or in a room); "
                  "one lives somewhere",
    "trip-fits": "things travel where they can: a bus to a station or a town, nothing but a person or animal to a room",
}
PLACE_NEEDED = ("live",)        # வசி says where (or with whom) one lives, or is asked where (v8e, review 7)


@dataclass(frozen=True)
class Violation:
    rule: str                 # a key of RULES
    clause: tuple             # path of the clause: (i,) or (i, role, role, …) into relative clauses
    role: str | None          # the role the rule is about (subj, obj, …), or None for the clause
    message: str              # in English terms, for the page

    def note(self) -> str:
        return f"{self.message} (rule: {self.rule})"


def _noun(lex: Lexicon, np: NP | None, antecedent: Noun | None = None) -> Noun | None:
    """The noun an NP stands for: a pronoun continuing the previous clause stands for that clause's subject."""
    if np is None:
        return None
    if np.kind == "pron":
        if np.ante is not None and np.ante in lex.nouns:      # அவர் for the mother; அது for the street (v5d)
            return lex.nouns[np.ante]
        return antecedent if antecedent is not None else lex.pronoun_nouns.get(np.head) or lex.pronoun_things.get(np.head)
    return lex.nominal(np.kind, np.head)


def _text(lex: Lexicon, noun: Noun | None) -> str:
    return f"'{noun.en}'" if noun is not None and noun.en else "this subject"


def clauses(sentence: Sentence) -> Iterator[tuple[tuple, Clause, Clause | None]]:
    """Every clause with its path and the clause it is a relative clause in (None for a main clause)."""
    def walk(cl: Clause, path: tuple, parent: Clause | None):
        yield path, cl, parent
        for role in ROLES:
            np = getattr(cl, role)
            if np is not None and np.rc is not None:
                yield from walk(np.rc, path + (role,), cl)
    for i, cl in enumerate(sentence.clauses):
        yield from walk(cl, (i,), None)


def _clause_fit(lex: Lexicon, cl: Clause, path: tuple, subj: Noun | None, obj: Noun | None) -> list[Violation]:
    out = []
    if cl.exp or cl.weather or cl.vless or cl.attr is not None or cl.price or cl.age or cl.count or cl.comp is not None:
        return out
    if cl.verb == "be":
        if cl.pred is not None and subj is not None and not subj.fills(lex.predicates[cl.pred]["for"]):
            out.append(Violation("subject-fits", path, "subj",
                                 f"'{lex.predicates[cl.pred]['en']}' does not fit {_text(lex, subj)}"))
        return out
    verb = lex.verb(cl.verb)
    if subj is not None and not subj.fills(verb.subj) and not acts_alone(lex, verb.key, subj):
        out.append(Violation("subject-fits", path, "subj",
                             f"'{verb.en[0]}' needs a subject of class {'/'.join(verb.subj)}; {_text(lex, subj)} "
                             f"is {'an' if subj.cls[0] in 'aeiou' else 'a'} {subj.cls}"))
    if obj is not None and verb.obj and not obj.fills(verb.obj):
        out.append(Violation("object-fits", path, "obj", f"'{verb.en[0]}' cannot take '{obj.en}' as its object"))
    return out


def _state(cl: Clause) -> str:
    return cl.pred if cl.verb == "be" and cl.pred else cl.verb


def _listed(table: dict) -> str:
    """A short list of a connective table: tired → sleep, happy → sing …"""
    return ", ".join(f"{state} → {verbs[0]}" for state, verbs in list(table.items())[:3]) + " …"


def _connective(lex: Lexicon, conj: str, a: Clause, b: Clause, path: tuple, same: bool) -> Violation | None:
    """Whether ``conj`` fits between clauses ``a`` and ``b`` (``same``: b's subject continues a's)."""
    state = _state(a)
    if conj == "so":
        ok = same and not a.neg and not b.neg and b.verb in CAUSES.get(state, ()) or so_fits(lex, a, b, same)
        why = f"'so' joins a cause to an effect the language lists ({_listed(CAUSES)}); '{state}' → '{b.verb}' is not " \
            "one of them"
    elif conj == "but":
        ok = (same and b.verb in DESPITE.get(state, ()) and not a.neg and not b.neg) or \
            (a.verb == b.verb == "be" and not same and b.pred in CONTRAST.get(a.pred or "", ())) or \
            b.elided or but_too(lex, a, b, same)   # he said he would come , but he did not (v7d); … great , but … too sweet (v7h)
        why = f"'but' joins a state to an action the language lists as unexpected ({_listed(DESPITE)}), or two people " \
            f"in contrasting states, or a good taste to too much of one (tasted great , but too sweet); " \
            f"'{state}' → '{b.verb if b.verb != 'be' else b.pred}' is not one of them"
    elif conj == "because" and b.weather:                 # … because it rained (model.language.because)
        ok = because_problem(lex, a, b) is None
        why = "the rain keeps one from going out, or has one stay, sleep, wait or rest"
    elif conj == "because" and b.subj is not None and b.subj.mine:     # … because mine was broken (v8d broken)
        why = mine_reason_problem(lex, a, b)
        ok = why is None
    elif conj == "because":
        reason = b.pred if b.verb == "be" else None
        ok = same and reason is not None and not b.neg and (
            (not a.neg and a.verb in CAUSES.get(reason, ())) or (a.neg and a.verb in DESPITE.get(reason, ()))) or \
            (_to_object(a, b) and reason is not None and a.neg and
             a.verb in OBJECT_REASONS.get(reason, ()) + PLACE_REASONS.get(reason, ()))
        why = f"'because' joins an action to a state of the same person that the language lists as its reason " \
            f"({_listed(CAUSES)}; not doing it: {_listed(DESPITE)})"
    elif conj == COMMA_AND:                                # he hit the ball and it flew (model.language.next_event)
        why = next_event_problem(a, b)
        ok = why is None
    elif conj == "then":
        ok = a.verb != "be" and b.verb != "be" and a.tense != "pres"
        why = "'and then' goes from one action to the next, in the past or the future"
    else:
        return None
    return None if ok else Violation("connective", path, None, why)


def violations(sentence: Sentence, lex: Lexicon | None = None) -> list[Violation]:
    """Every sense rule ``sentence`` breaks (an empty list for every generated sentence)."""
    lex = lex or load_lexicon()
    out: list[Violation] = []
    subjects: list[Noun | None] = []
    for i, cl in enumerate(sentence.clauses):             # main clauses: a pronoun continues the previous subject
        subjects.append(_noun(lex, cl.subj, subjects[-1] if i and _continues(lex, sentence.clauses[i - 1], cl) else None))
    for path, cl, parent in clauses(sentence):
        if parent is None:
            subj, obj = subjects[path[0]], _noun(lex, cl.obj)
        else:
            head = _noun(lex, getattr(parent, path[-1]), subjects[path[0]] if path[-1] == "subj" else None)
            subj = head if cl.gap == "subj" else _noun(lex, cl.subj)
            obj = head if cl.gap == "obj" else _noun(lex, cl.obj)
            if cl.verb == parent.verb and cl.verb != "be":
                out.append(Violation("rc-repeats-verb", path, None,
                                     f"the relative clause repeats its main clause's verb '{lex.verb(cl.verb).en[0]}'"))
            if path[-1] == "obj" and cl.gap == "obj" and cl.verb in MAKES and cl.time and parent.time and \
                    _day(lex, cl.time) is not None and _day(lex, parent.time) is not None and \
                    _day(lex, cl.time) > _day(lex, parent.time):
                out.append(Violation("made-before", path, "obj", f"'{lex.verb(parent.verb).en[0]}' uses "
                                     f"'{obj.en if obj else 'it'}' before it was {lex.verb(cl.verb).en[2]}"))
            if path[-1] == "subj" and cl.gap == "subj" and cl.tense == parent.tense == "pres" and \
                    parent.verb != "be" and cl.verb != parent.verb and \
                    (cl.verb in EXCLUSIVE_NOW or parent.verb in EXCLUSIVE_NOW):
                out.append(Violation("busy-now", path, "subj", "someone sleeping now is not doing anything else now"))
            if cl.gap == "subj" and cl.verb == "be" and cl.pred is not None and head is not None:
                adjs = {lex.adjectives[a]["en"] for a in getattr(parent, path[-1]).adjs}
                if lex.predicates[cl.pred]["en"] in adjs:
                    out.append(Violation("tautology", path, None, f"'{lex.predicates[cl.pred]['en']}' is said twice"))
            if cl.gap != "subj" and cl.subj is not None and cl.subj.rc is not None and cl.subj.rc.gap != "subj":
                # (the report that the client who called yesterday requested: the seed reads well, ravi helped does not)
                out.append(Violation("nested-centre", path, "subj", "a relative clause inside the subject of a "
                                     "relative clause"))
        out += _clause_fit(lex, cl, path, subj, obj)
        if cl.verb == "be" and cl.subj is not None and cl.subj.kind == "noun" and \
                {lex.predicates[k].get("adjective") for k in (cl.pred, cl.pred2) if k} & set(cl.subj.adjs):                                     # the long article is long (v6a)
            out.append(Violation("tautology", path, "subj", "the subject's adjective is said again as its predicate"))
        if cl.verb == "be" and cl.pred in LASTING_STATES and cl.time is not None and _day(lex, cl.time) not in (None, 0):
            out.append(Violation("lasting-time", path, None, f"'{lex.predicates[cl.pred]['en']}' is not said of "
                                 f"'{' '.join(lex.times[cl.time]['en'])}'"))
        if cl.verb == "play" and obj is not None and obj.cls == "game" and subj is not None and subj.cls != "person":
            out.append(Violation("game-player", path, "subj", f"'{subj.en}' does not play '{obj.en}'"))
        if cl.verb in LASTING and cl.time is not None and any(p in cl.time for p in ("morning", "evening", "night")):
            out.append(Violation("state-time", path, None, f"'{lex.verb(cl.verb).en[0]}' is not said of "
                                 f"'{' '.join(lex.times[cl.time]['en'])}'"))
        if cl.loc is not None and cl.verb in lex.verbs and not cl.exp and not cl.spot and lex.verbs[cl.verb].where and \
                cl.loc.head not in lex.verbs[cl.verb].where and not in_town(lex, cl.verb, cl.loc):
            out.append(Violation("place-fits", path, "loc", f"'{lex.verbs[cl.verb].en[0]}' does not happen in "
                                 f"'{lex.nominal(cl.loc.kind, cl.loc.head).en}' (the language has it in "
                                 f"{', '.join(lex.nouns[w].en for w in lex.verbs[cl.verb].where)})"))
        if cl.obj is not None and cl.obj.adjs and best_problem(lex, cl):       # the best coffee is made (v7b)
            out.append(Violation("object-fits", path, "obj", best_problem(lex, cl)))
        if cl.verb in PLACE_NEEDED and cl.loc is None and cl.comit is None and cl.wh is None:
            out.append(Violation("place-fits", path, None, f"'{lex.verb(cl.verb).en[0]}' says where (in a town, in "
                                 "a house) or with whom"))
        if each := each_problem(lex, cl, obj):    # (v8e, review 7: several girls wore one shoe; catch her trains)
            out.append(Violation(each[0], path, "obj", each[1]))
        if cl.verb in NEEDS_PLACE and place_problem(cl):
            out.append(Violation("place-fits", path, None, place_problem(cl)))     # fits in what? (v6d)
        if kept_problem(lex, cl):                                                  # on the table (v7a)
            out.append(Violation("place-fits", path, "loc", kept_problem(lex, cl)))
        thing = _noun(lex, cl.loc) if cl.loc is not None and cl.loc.kind == "noun" else None
        if thing is not None and not cl.exp and thing_place_problem(cl.verb, thing):
            out.append(Violation("place-fits", path, "loc", thing_place_problem(cl.verb, thing)))
        trip = _trip(lex, cl, subj)
        if trip:
            out.append(Violation("trip-fits", path, trip[0], trip[1]))
        if cl.verb in TRANSFERS and cl.subj is not None and cl.obj is not None and cl.subj.number == "pl" and \
                cl.obj.number == "sg" and cl.obj.kind == "noun" and cl.obj.det not in (None, "a") and \
                not cl.obj.unmarked:
            out.append(Violation("one-giver", path, "obj", f"many people do not {lex.verb(cl.verb).en[0]} "
                                 f"one '{obj.en if obj else 'thing'}' at once"))
    out += _between(sentence, lex, subjects)
    return out


def each_problem(lex: Lexicon, cl: Clause, obj: Noun | None) -> tuple[str, str] | None:
    """(rule, message) for several people wearing one thing (``one-giver``: one thing is not worn by many, with
    a or the), or one person catching several buses at once (``object-fits``); else None."""
    if obj is None or cl.obj is None or cl.obj.kind != "noun" or cl.subj is None:
        return None
    many = cl.subj.number == "pl" or cl.subj.kind == "pron" and lex.pronouns.get(cl.subj.head, {}).get("agr") in \
        ("pl_r", "pl_n", "1pl")
    if cl.verb == "wear" and many and cl.obj.number == "sg":
        return "one-giver", f"several people do not wear one '{obj.en}'"
    if cl.verb == "catch" and not many and cl.obj.number == "pl" and "ride" in obj.tags:
        return "object-fits", f"one person catches one '{obj.en}' at a time"
    return None


def _continues(lex: Lexicon, a: Clause, b: Clause) -> bool:
    """Whether ``b``'s subject is ``a``'s again: a third-person pronoun after a conjunction refers to the previous
    subject; i … , so i … is the same person."""
    if b.subj is None or b.subj.kind != "pron":
        return False
    if _to_object(a, b) or starts_anew(lex, a.subj, b.subj):      # the bank was closed , so she … (v7g)
        return False
    return not is_personal(lex, b.subj) or (a.subj is not None and a.subj.kind == "pron" and a.subj.head == b.subj.head)


def travels(noun: Noun) -> bool:
    """Whether ``noun`` may come or go somewhere: people and animals; things one sends or delivers; vehicles."""
    return noun.cls in ("person", "animal") or bool({"arrives", "delivered", "sendable"} & set(noun.tags))


def goes_to(noun: Noun, place_key: str) -> bool:
    """Whether a thing ``noun`` that travels may come to or from the place ``place_key``: a vehicle to a stop, a
    thing sent to anything but a room (people and animals anywhere)."""
    if noun.cls in ("person", "animal"):
        return True
    return place_key in STOPS if "arrives" in noun.tags else place_key not in ROOMS


def _trip(lex: Lexicon, cl: Clause, subj: Noun | None) -> tuple[str, str] | None:
    """Where a thing that moves by itself cannot go: a room; for a vehicle, anything but a stop or a town."""
    if cl.verb not in lex.verbs or cl.exp or cl.weather or not lex.verbs[cl.verb].motion or subj is None:
        return None
    if (surface := on_surface(lex, cl)) is not None:                # went to the mat (v6a)
        return surface
    if subj.cls in ("person", "animal"):
        town = next((r for r in ("goal", "source") if getattr(cl, r) is not None and getattr(cl, r).kind == "name"), None)
        if cl.verb in FOOT and town is not None:                 # ran to kandy
            return town, f"one does not {lex.verb(cl.verb).en[0]} to or from another town"
        return None
    for role in ("goal", "source"):
        np = getattr(cl, role)
        if np is None or np.kind != "noun":
            continue
        if not travels(subj) or not goes_to(subj, np.head):
            return role, f"'{subj.en}' does not {lex.verb(cl.verb).en[0]} {'to' if role == 'goal' else 'from'} " \
                f"'{lex.nouns[np.head].en}'"
    return None


def _to_object(a: Clause, b: Clause) -> bool:
    """Whether ``b``'s pronoun subject refers to ``a``'s object (… because it was too wide: it → street)."""
    obj = a.obj if a.obj is not None else a.loc if a.verb in NEEDS_PLACE else None      # or the suitcase (v6d)
    return b.subj is not None and b.subj.kind == "pron" and b.subj.ante is not None and obj is not None and \
        obj.head == b.subj.ante and (a.subj is None or a.subj.head != b.subj.ante)


def _day(lex: Lexicon, time: str | None):
    return lex.times[time].get("day") if time else None


def when(lex: Lexicon, time: str | None):
    """A time's place in order: its day, refined by the part of the day (the morning before the evening)."""
    if time in PART_OF_DAY:
        return PART_OF_DAY[time]
    return _day(lex, time)


def _between(sentence: Sentence, lex: Lexicon, subjects: list[Noun | None]) -> list[Violation]:
    """The rules between coordinated clauses, and on the sentence as a whole."""
    out, latest = [], None
    for i, conj in enumerate(sentence.conjs):
        a, b = sentence.clauses[i], sentence.clauses[i + 1]
        same = _continues(lex, a, b)
        bad = _connective(lex, conj, a, b, (i + 1,), same)
        if bad is not None:
            out.append(bad)
        if same and a.verb == b.verb and a.verb != "be":
            what = "denies what the clause before says" if a.neg != b.neg else "tells the same event again"
            out.append(Violation("same-event", (i + 1,), None, f"'{lex.verb(b.verb).en[0]}' {what}"))
        if conj != "then":
            latest = None
        elif when(lex, a.time) is not None:
            latest = max(latest, when(lex, a.time)) if latest is not None else when(lex, a.time)
        if conj == "then" and latest is not None and when(lex, b.time) is not None and when(lex, b.time) < latest:
            out.append(Violation("then-order", (i + 1,), None, f"'{' '.join(lex.times[b.time]['en'])}' comes before "
                                 "an earlier clause's time, but 'and then' moves forward"))
    if list(sentence.conjs).count("and") > 1:
        out.append(Violation("one-also", (len(sentence.clauses) - 1,), None,
                             "more than one ', and also' in one sentence"))
    persons = _persons(sentence)
    if {"polite", "familiar"} <= persons:
        out.append(Violation("one-register", (0,), None, "the sentence speaks to the listener both as நீங்கள் "
                             "(polite) and as நீ (familiar)"))
    if {"we_incl", "we_excl"} <= persons:
        out.append(Violation("one-we", (0,), None, "நாம் / நம் (we, with the listener) and நாங்கள் / எங்கள் (without) "
                             "in one sentence"))
    if sentence.clauses and sentence.intj == "thanks" and sentence.mood not in ("request", "imperative") and \
            not {"polite", "familiar"} & persons:
        out.append(Violation("thanks-fits", (0,), None, "'thank you ,' opens a sentence to the listener (you, your) "
                             "or a request"))
    seen: dict[str, tuple] = {}
    for path, cl, _ in clauses(sentence):
        for role in ROLES:
            np = getattr(cl, role)
            if np is not None and np.kind == "noun" and not np.mine:     # mine: the kind, not the noun (v8d)
                if np.head in seen:
                    out.append(Violation("noun-once", path, role, f"'{lex.nouns[np.head].en}' comes twice"))
                seen.setdefault(np.head, path)
    return out


# who a sentence speaks to and of: the listener as நீங்கள் (polite) or நீ (familiar); we as நாம் or நாங்கள்
PERSON_MARKS = {"your": "polite", "your_sg": "familiar", "our": "we_excl", "our_incl": "we_incl",    # possessives
                "you": "polite", "you_sg": "familiar", "we": "we_excl", "we_incl": "we_incl"}        # pronouns


def _persons(sentence: Sentence) -> set[str]:
    """The marks of PERSON_MARKS the sentence carries (a polite or a familiar imperative counts too)."""
    out = set()
    if sentence.mood == "imperative":                  # வா (familiar) or வாருங்கள் (polite)
        out.add("familiar" if any(cl.familiar for cl in sentence.clauses) else "polite")
    for _, cl, _ in clauses(sentence):
        for role in (*ROLES, "attr"):
            np = getattr(cl, role)
            if np is not None:
                out |= {PERSON_MARKS[k] for k in (np.det, np.head if np.kind == "pron" else None) if k in PERSON_MARKS}
    return out


def notes(sentence: Sentence, lex: Lexicon | None = None) -> list[str]:
    """The violations as notes for the page."""
    return [v.note() for v in violations(sentence, lex)]
