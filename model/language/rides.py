"""Taking a taxi (language v7g): going in a vehicle one rides in, the vehicle in the locative.

நாங்கள் ஒரு டாக்சியில் சென்றோம் . → *we took a taxi .*
நாங்கள் ஒரு டாக்சியில் அந்த நிலையத்துக்குச் சென்றோம் . → *we took a taxi to the station .*

Tamil says how one went by where one sat: செல் (go) with the vehicle in the locative (டாக்சியில், *in a taxi*).
English says the same with *take* and the vehicle as its object (*took a taxi*); *take* here is not எடு (take in
one's hand), so the tree keeps the Tamil verb, go, with the vehicle as its place (``loc``), and only the English
linearization says *take* (``english_verb``), puts the vehicle right after it with no preposition and labels it
``obj`` (its head is *took*, as UD has it). A destination may follow (*to the station*); without the vehicle go
still needs one. Vehicles one rides in carry the tag ``ride`` (டாக்சி taxi, பேருந்து bus, ரயில் train). The English
reader turns *take* with such an object back into go (``read_english_ride``); எடு with a vehicle stays what it was
(taking a bus in one's hand is odd: ``rules`` object-fits). The generator gives some clauses of going a vehicle,
from a hash of the tree.
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw

RIDE = "ride"                 # the tag of a vehicle one rides in
GO, TAKE = "go", "take"
RIDE_RATE = 0.25              # of the statements of going somewhere (with a destination)


def is_ride(noun) -> bool:
    return noun is not None and RIDE in noun.tags


def rides(lex, cl) -> bool:
    """Whether a clause is going in a vehicle (we took a taxi)."""
    return cl.verb == GO and cl.loc is not None and cl.loc.kind == "noun" and is_ride(lex.nouns.get(cl.loc.head))


def english_verb(lex, cl):
    """The verb whose English words the clause says: *take* for a ride, else the clause's own."""
    return lex.verb(TAKE) if rides(lex, cl) else lex.verb(cl.verb)


def read_english_ride(lex, verb_key: str, roles: dict) -> str:
    """The English reader: *take* with a vehicle one rides in as its object is going in it (the object becomes the
    place, in place); returns the verb key."""
    obj = roles.get("obj")
    if verb_key != TAKE or obj is None or obj.np.kind != "noun" or not is_ride(obj.noun) or "loc" in roles:
        return verb_key
    roles["loc"] = roles.pop("obj")
    return GO


def ride_place_problem(verb_key: str, noun) -> str | None:
    """A vehicle one rides in is the place of going only (we took a taxi: ஒரு டாக்சியில் சென்றோம்)."""
    if is_ride(noun) and verb_key != GO:
        return f"a {noun.en} is what one takes, going somewhere (we took a {noun.en})"
    return None


def maybe_ride(lex, tree):
    """Now and then a statement of going somewhere says the vehicle too (we took a taxi to the station); drawn from
    hashes of the tree, so the generator's random stream, and with it every other sentence, is unchanged."""
    if tree.mood != "decl" or not tree.clauses:
        return tree
    clauses = list(tree.clauses)
    vehicles = sorted(n.key for n in lex.nouns.values() if is_ride(n))
    for i, cl in enumerate(clauses):
        if cl.verb != GO or cl.loc is not None or cl.wh or cl.goal is None or cl.perfect or cl.never or cl.habit \
                or cl.purpose is not None or cl.modal:
            continue
        draw = hash_draw(f"ride{i}" + repr(tree))
        if draw < RIDE_RATE and vehicles:
            vehicle = vehicles[int(draw / RIDE_RATE * len(vehicles))]
            clauses[i] = replace(cl, loc=_np(vehicle))
    return replace(tree, clauses=tuple(clauses))


def _np(key: str):
    from model.language.grammar import NP

    return NP(key, det="a")
