"""The English side of Mini-Tamil as a context-free backbone: word categories and an Earley grammar.

Every English word of the language has exactly one category (``word_category``), derived from the
lexicon: ``DET NUM ADJ NOUN NAME PRON PRED VERB VING`` for the open classes (a verb word's form —
base, third person or past — is left to the resolver, so "read" is one token type), one category per
function word (``BE`` is/are/was/were, ``BEINF`` be, ``DO``, ``WILL``, ``CAN``, ``YOU``, ``PLEASE``,
``REL`` who/that, each preposition, each conjunction word) and one per word that occurs only
in time phrases (``T_YESTERDAY``, ``T_WEEK`` …). Time phrases are spelled out from the lexicon
("in the morning" is ``IN DET T_MORNING``).

The backbone is deliberately permissive about *words* (agreement, verb forms, frames, classes and the
English phrase order are the resolver's and the round trip's business, which can say precisely what is
wrong) and strict about *structure*: the phrases after a verb are plain phrases followed by at most one
noun phrase that carries a relative clause, so a phrase after such a noun phrase belongs to its
relative clause. That is the grammar's own convention (a noun phrase with a relative clause comes last
in its clause), and it makes the backbone unambiguous on the language (``parse_count`` is 1).
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from lark import Lark, Token, Tree
from lark.exceptions import UnexpectedInput

from model.language.forest import WordLexer, count_trees
from model.language.lexicon import Lexicon, load_lexicon
from model.language.parser import NotInLanguage
from model.language.perfect import participles
from model.language.putting import placed_words
from model.language.visiting import visit_readings

FUNCTION_WORDS = {
    "the": "DET", "a": "DET", "an": "DET", "this": "DET", "these": "DET",
    "am": "BE", "is": "BE", "are": "BE", "was": "BE", "were": "BE", "be": "BEINF",
    "do": "DO", "does": "DO", "did": "DO", "will": "WILL", "should": "WILL", "something": "SOMETHING", "think": "THINK", "thinks": "THINK", "not": "NOT", "can": "CAN", "you": "YOU",
    "please": "PLEASE", "who": "REL", "that": "REL",
    "what": "WH", "where": "WH", "when": "WH", "why": "WH", "how": "WH",
    "to": "TO", "from": "FROM", "with": "WITH", "in": "IN", "at": "AT", "on": "AT",     # on: a surface (v6a)
    "but": "BUT", "so": "SO", "and": "AND", "then": "THEN", "also": "ALSO", "because": "BECAUSE",
    "very": "DEG", "too": "DEG", "many": "MANY", "have": "HAVE", "some": "SOME", "little": "LITTLE", "much": "MUCH",
    ",": "COMMA", ".": "PERIOD", "?": "QMARK",
    "there": "THERE", "no": "NO", "has": "HAVE", "had": "HAVE",       # there is no college today (v5a existence)
    "than": "THAN", "more": "MORE",                                    # taller than me (v6c comparison)
    "never": "NEVER",                                                  # i have never been to madurai (v6c experience)
    "into": "SPOT", "over": "SPOT", "outside": "OUTSIDE",               # into the river; outside: also an adverb (v7f)
    "mine": "POSS", "yours": "POSS", "hers": "POSS", "ours": "POSS", "theirs": "POSS",   # this book is mine (v6c)
}
CONJUNCTIONS = "a conjunction (', but', ', so', ', and then', ', and also', ', and')"
CATEGORY_NAMES = {
    "DET": "a determiner (the, a, this, these)", "NUM": "a number (two … ten)", "ADJ": "an adjective",
    "NOUN": "a noun", "NAME": "a name", "PRON": "a pronoun", "PRED": "a predicate (ready, happy …)",
    "VERB": "a verb", "VING": "an -ing form", "ADV": "an adverb (already, always)", "ADVT": "an adverb (early, again …)", "ADVP": "an adverb (late)", "BE": "am/is/are/was/were", "BEINF": "'be'",
    "DO": "do/does/did", "WILL": "'will'", "NOT": "'not'", "CAN": "'can you'", "YOU": "'you'", "PLEASE": "'please'",
    "REL": "who/that", "WH": "a question word (what, where, when, why, how)", "TO": "a preposition", "FROM": "a preposition", "WITH": "a preposition",
    "IN": "a preposition", "AT": "a preposition", "BUT": CONJUNCTIONS, "SO": CONJUNCTIONS,
    "AND": CONJUNCTIONS, "THEN": "'then'", "ALSO": "'also'", "BECAUSE": "'because'", "DEG": "'very' or 'too'",
    "COMMA": "','", "PERIOD": "'.'", "QMARK": "'?'", "FEEL": "'feeling'", "STATE": "a bodily state (headache)", "WHOSE": "'whose'", "CLOCK": "'time'", "ALL": "'all'", "PRICE": "'price'", "OF": "'of'", "SOMETHING": "'something'", "THINK": "'think'",
    "SPOT": "a preposition", "OUTSIDE": "'outside'",
    "THAN": "'than'", "MORE": "'more'", "CMP": "a comparative (taller, happier)", "NEVER": "'never'", "POSS": "mine, yours …",
    "MEASURE": "a measure (glass)", "DEAD": "'dead'", "ALMOST": "'almost'", "FULL": "'full'",
    "SAY": "'said'", "WOULD": "'would'", "COULD": "'could'", "ASK": "'asked'",
    "NPRED": "a noun or predicate (sweet)", "TASTE": "'taste'", "NEXT": "'next' (next door)",
}

_BACKBONE = r"""
start: decl | question | request | imperative
decl: clause (COMMA conj clause | because clause | andbare clause)* PERIOD | exist PERIOD | own PERIOD | spent PERIOD | full PERIOD
spent: DET? NOUN? NOUN BE ALMOST? DEAD
full: DET? NOUN? NOUN (BE | WILL BEINF) FULL OF NOUN
qfull: BE DET? NOUN? NOUN FULL OF NOUN | WILL DET? NOUN? NOUN BEINF FULL OF NOUN
exist: THERE BE (DET | NO)? held time?
qexist: BE THERE DET? held time?
own: np HAVE DET? held time? | np DO NOT HAVE DET? held time?
qown: DO np HAVE DET? held time?
held: NOUN | VING
because: BECAUSE
andbare: AND
question: aux subj qvgroup tail purpose? QMARK
        | wh aux subj qvgroup tail QMARK
        | wh CLOCK aux subj qvgroup tail QMARK
        | wh cop subj QMARK
        | wh cop DET QMARK
        | wh ADJ cop subj QMARK
        | wh MANY np aux subj HAVE QMARK
        | wh MANY np aux subj qvgroup tail QMARK
        | wh MUCH cop (subj | DET) QMARK
        | whsubj vgroup tail QMARK
        | qexist QMARK | qown QMARK
        | WHOSE NOUN cop DET QMARK
        | wh clockn cop PRON time? QMARK
        | cop DET np QMARK
        | wh cop subj FROM QMARK
        | wh cop DET PRICE OF np QMARK
        | qmine QMARK
        | canhave QMARK
        | qfull QMARK
canhave: CAN np HAVE measure? np
measure: (DET | NUM) (MEASURE | NOUN) OF
qmine: BE (np | pnp) (POSS | DET)
mine: (np | pnp) BE neg? (POSS | DET)
clockn: T_DAY | CLOCK
wh: WH | REL
whsubj: REL
cop: BE
request: CAN YOU vgroup tail QMARK
imperative: PLEASE? ivgroup tail PERIOD
clause: front* subj vgroup tail purpose? | copular | locative | owned | thinks | mine | reports | elided | extent | asks
asks: subj ASK np TO VERB (np | DET)?
extent: subj BE SO PRED REL subj COULD VERB time?
thinks: subj THINK clause
reports: subj SAY subj WOULD VERB np?
elided: subj DO neg
purpose: TO VERB (np | SOMETHING)?
owned: DET BE neg? np
copular: np BE neg? np
locative: front* subj BE neg? pp light*
conj: BUT | SO | AND | AND THEN | AND ALSO
front: time | pp
subj: np | rnp | pnp | possnp | cnp
cnp: plainnp AND plainnp
possnp: POSS
pnp: np (AT | IN | TO) np
tail: _lights heavy? | _lights lastadv time?
// a bare relative word (that, v7g demonstratives) is an object in a tail without a likeness (like an arrow, v7h,
// whose VERB DET? NOUN the backbone cannot tell from other verbs): 'the shopkeeper who used your fan' and 'the woman
// who sang met the boy who danced' read only with relative clauses, not as np np sim or sim np
_lights: (light | demlight)* | light* simlight (light | simlight)*
lastadv: OUTSIDE -> adv
light: plainnp | bnp | pp | time | adv | than
simlight: sim -> light
demlight: dem -> light
dem: REL -> np
sim: VERB DET? NOUN
than: MORE? THAN np
heavy: rnp | prep rnp
pp: prep np
prep: TO | FROM | WITH | IN | AT | T_FOR | SPOT | OUTSIDE
np: _npcore | REL
_npcore: (DET | NUM)? ADJ* (NOUN | NAME) | PRON | YOU | SOME NOUN | DET LITTLE NOUN | (DET | NUM) ADJ* NPRED | CLOCK
       | NEXT NOUN
plainnp: _npcore -> np
bnp: ADJ* NPRED
rnp: (DET | NUM)? ADJ* (NOUN | NAME) rc | (DET | NUM) ADJ* NPRED rc
rc: REL np? vgroup tail | REL rnp vgroup tail | plainnp vgroup tail -> bare_rc
// an adjective is a clause's verb only after an auxiliary (is tasty, was not tasty): 'the engineer who ate tasty fish
// requested the plan yesterday' has no second reading with 'tasty' as the verb and 'requested the plan' a likeness
vgroup: aux* (neg | never)? preadv? vmain
      | aux+ (neg | never)? preadv? adjmain
adjmain: ADJ -> vmain
       | DEG ADJ -> vmain
       | ADJ BUT (PRED | ADJ) -> vmain
// in a question the auxiliary stands before the subject (is the food tasty ?)
?qvgroup: vgroup
        | (neg | never)? preadv? adjmain -> vgroup
// an imperative starts with no bare adjective (v8e): 'elder brother washed my bottle', 'small boys ate the dosa' are
// statements only, not 'elder' as an imperative verb before a likeness; vgroup's ADJ and DEG ADJ need an aux before
ivgroup: aux+ (neg | never)? preadv? vmain -> vgroup
       | aux+ (neg | never)? preadv? adjmain -> vgroup
       | (neg | never) preadv? vmain -> vgroup
       | preadv? ivmain -> vgroup
ivmain: VERB -> vmain
      | VING -> vmain
      | PRED -> vmain
      | DEG PRED -> vmain
      | ADVP -> vmain
      | PRED BUT (PRED | ADJ) -> vmain
      | SO PRED -> vmain
      | FEEL DEG? PRED -> vmain
      | (HAVE | VERB) DET STATE -> vmain
      | ALL DEG? (PRED | ADVP) -> vmain
      | CMP -> vmain
      | NPRED -> vmain
      | DEG NPRED -> vmain
      | TASTE DEG? (PRED | ADJ | NPRED) -> vmain
never: NEVER
preadv: ADV
adv: ADVT | ADVP
neg: NOT
aux: WILL | BE | BEINF | DO | HAVE
vmain: VERB | VING | PRED | DEG PRED | ADVP | PRED BUT (PRED | ADJ) | SO PRED | FEEL DEG? PRED | (HAVE | VERB) DET STATE | ALL DEG? (PRED | ADVP) | CMP
       | NPRED | DEG NPRED | TASTE DEG? (PRED | ADJ | NPRED)
"""


class Reading(NamedTuple):
    """One reading of an English word: its category, lexicon key and a feature (a noun's number,
    a verb word's form base/3sg/past, a determiner's number sg/pl/any)."""

    cat: str
    key: str
    feat: str = ""


DETERMINERS = {"the": Reading("DET", "the", "any"), "a": Reading("DET", "a", "sg"),
               "an": Reading("DET", "a", "sg"), "this": Reading("DET", "this", "sg"),
               "these": Reading("DET", "this", "pl")}


@lru_cache(maxsize=4)
def _tables(lex: Lexicon) -> tuple[dict[str, str], dict[str, tuple[Reading, ...]], dict[str, tuple[str, ...]]]:
    """word -> category, word -> readings, time key -> its English words (built once per lexicon)."""
    cats = dict(FUNCTION_WORDS)
    for e in lex.data.get("interjections", ()):  # sorry , … / thank you , … (taken off before the backbone)
        cats.setdefault(e["en"][0], "INTJ")
    readings: dict[str, list[Reading]] = {w: [r] for w, r in DETERMINERS.items()}
    for key in lex.possessives:                  # my, your, our …: the first key of a word is its reading
        word = lex.determiners[key]["en"]
        cats[word] = "DET"
        readings.setdefault(word, [Reading("DET", key, "any")])

    def put(word: str | None, reading: Reading) -> None:
        if word:
            cats.setdefault(word, reading.cat)
            readings.setdefault(word, []).append(reading)

    if "whose" in lex.data:                      # whose book is this ? (model.language.possession)
        cats.setdefault(lex.data["whose"]["en"], "WHOSE")
    compounds = lex.data.get("full", {}).get("compounds", {})     # river bank: read as two words (model.language.full)
    for kind, table in (("NOUN", lex.nouns), ("NAME", lex.names)):
        for n in (n for n in table.values() if n.key not in compounds):
            put(n.en, Reading(kind, n.key, "sg"))
            put(n.en_pl, Reading(kind, n.key, "pl"))
            put(n.en_bare, Reading(kind, n.key, "sg"))          # home: the bare house (வீட்டுக்கு)
            if n.en_mod and Reading("ADJ", "@" + n.en_mod) not in readings.get(n.en_mod, ()):
                put(n.en_mod, Reading("ADJ", "@" + n.en_mod))      # younger sister: part of the noun
    for v in lex.verbs.values():
        for w, form in zip(v.en, ("base", "3sg", "past")):
            put(w, Reading("VERB", v.key, form))
        put(participles(lex).get(v.key), Reading("VERB", v.key, "pp"))      # have not eaten yet (v5a)
        put(v.en_ing, Reading("VING", v.key))
    for w, cat, key, form in visit_readings(lex):     # visiting: coming to see (model.language.visiting)
        put(w, Reading(cat, key, form))
    for w, key, form in placed_words(lex):       # put: வை where a place is said (model.language.putting)
        put(w, Reading("VING", key) if form == "ing" else Reading("VERB", key, form))
    for k, a in lex.adverbs.items():             # already, always (before the verb), late, early (after it)
        put(a["en"], Reading("ADV", k))
    for k, v in lex.weather.items():             # it will rain (நாளை மழை பெய்யும்)
        for w, form in zip(v.en, ("base", "3sg", "past")):
            put(w, Reading("VERB", k, form))
        put(v.en_ing, Reading("VING", k))
    for k, e in lex.experiencers.items():        # want, know (எனக்கு … வேண்டும், தெரியும்), hungry (பசிக்கிறது)
        for w, form in zip(e.get("en", ()), ("base", "3sg")):
            put(w, Reading("VERB", k, form))
        put(e.get("en_pred"), Reading("PRED", k))
        put(e.get("en_feel"), Reading("FEEL", k))            # i am feeling sleepy (model.language.bodily)
        if e.get("en_obj"):
            put("have", Reading("VERB", k, "base"))          # i have a headache: 'have' stays HAVE
            put(e["en_obj"][-1], Reading("STATE", k))
    for k, d in lex.pronouns.items():            # me, you, us, him, them: objects and recipients
        if d.get("en_obj"):
            put(d["en_obj"], Reading("PRON", k, "obj"))
    for k, g in lex.degrees.items():
        readings.setdefault(g["en"], []).append(Reading("DEG", k))
    for group, cat in (("adjectives", "ADJ"), ("predicates", "PRED"), ("numbers", "NUM"), ("pronouns", "PRON")):
        for k, d in getattr(lex, group).items():
            put(d["en"], Reading(cat, k))
    for word, rs in readings.items():            # meeting: the -ing form of meet, and a noun after 'there is a'
        if cats.get(word) == "ADV" and any(r.cat == "PRED" for r in rs):
            cats[word] = "ADVP"                  # late: came late, and was late (model.language.lateness)
        elif cats.get(word) == "ADV" and not any(r.cat == "ADV" and lex.adverbs[r.key].get("pre") for r in rs):
            cats[word] = "ADVT"                  # early, again: after the verb only, so one parse (v6a)
        if any(r.cat == "VING" for r in rs) and any(r.cat == "NOUN" for r in rs):
            cats[word] = "VING"
    if "everyone" in lex.data:                   # all: we are all happy, before the time 'all day' (v7d) sees it
        cats.setdefault(lex.data["everyone"]["en"], "ALL")
    if "ask" in lex.data:                        # the doctor asked the nurse to help her (model.language.asking)
        cats.setdefault(lex.data["ask"]["en"], "ASK")
    if "extent" in lex.data:                     # i am so tired that i could sleep (model.language.extent)
        cats.setdefault(lex.data["extent"]["en"][2], "COULD")
    for word, rs in readings.items():            # sweet: a noun (a sweet) and a predicate (too sweet), v7h taste
        if cats.get(word) == "NOUN" and any(r.cat == "PRED" for r in rs):
            cats[word] = "NPRED"
    if "next_door" in lex.data:                  # next: only in 'next door', never a predicate (v8a next_door)
        cats[lex.data["next_door"]["en"][0]] = "NEXT"
    for word in lex.data.get("taste", {}).get("en", ()):     # the cake tasted great (model.language.taste)
        cats.setdefault(word, "TASTE")
    times = {k: tuple(t["en"]) for k, t in lex.times.items()}
    for words in times.values():
        for w in words:
            cats.setdefault(w, "T_" + w.upper())
    if "price_of" in lex.data:                   # what is the price of this shirt ? (model.language.price_of)
        cats.setdefault(lex.data["price_of"]["en"][1], "PRICE")
        cats.setdefault(lex.data["price_of"]["en"][2], "OF")
    for k, word in lex.data.get("experience", {}).get("en_pp", {}).items():   # (have never) been (v6c experience)
        put(word, Reading("VERB", k, "pp"))
    for k, word in lex.data.get("comparison", {}).get("cmp", {}).items():   # taller: a comparison's predicate (v6c)
        put(word, Reading("CMP", k))
        put(word, Reading("PRED", k))
    if "spent" in lex.data:                      # my phone battery is almost dead (model.language.spent)
        cats.setdefault(lex.data["spent"]["en"], "DEAD")
        cats.setdefault(lex.data["spent"]["almost"]["en"], "ALMOST")
    if "full" in lex.data:                       # the river bank was full of people (model.language.full)
        cats.setdefault(lex.data["full"]["en"][0], "FULL")
        cats.setdefault(lex.data["full"]["en"][1], "OF")
    for m in lex.data.get("measures", ()):       # a glass of water (model.language.can_have)
        put(m["en"], Reading("MEASURE", m["key"], "sg"))
        put(m["en_pl"], Reading("MEASURE", m["key"], "pl"))
    if "say" in lex.data:                        # he said he would come (model.language.reported)
        cats.setdefault(lex.data["say"]["en"], "SAY")
        cats.setdefault(lex.data["say"]["would"], "WOULD")
    for c in lex.data.get("clock", ()):          # what time is it ? ("day" is a time word already)
        if cats.get(c["en"]) == "NOUN":          # time: also a noun (time flies …, v7h simile), read in np
            cats[c["en"]] = "CLOCK"
        cats.setdefault(c["en"], "CLOCK")
    return cats, {w: tuple(r) for w, r in readings.items()}, times


def word_category(word: str) -> str | None:
    """The backbone category of an English word of the language (None for other words)."""
    return _tables(load_lexicon())[0].get(word)


def readings(word: str) -> tuple[Reading, ...]:
    """The lexical readings of an open-class word or determiner ("read" has two, "they" two)."""
    return _tables(load_lexicon())[1].get(word, ())


def time_phrases() -> dict[str, tuple[str, ...]]:
    """Time expression key -> its English words ("morning" -> ("in", "the", "morning"))."""
    return _tables(load_lexicon())[2]


@lru_cache(maxsize=2)
def _parser(ambiguity: str = "resolve") -> Lark:
    """The Earley backbone (built on first use; ``"explicit"`` keeps every parse for ``parse_count``)."""
    cats, _, times = _tables(load_lexicon())
    alts = sorted({" ".join(cats[w] for w in words) for words in times.values()})
    rules = [_BACKBONE, "time: " + " | ".join(alts), "%declare " + " ".join(sorted(set(cats.values())))]
    return Lark("\n".join(rules), parser="earley", lexer=WordLexer, ambiguity=ambiguity)


def categorised(tokens: list[str]) -> list[tuple[str, str]]:
    """The words with their categories, as the backbone reads them."""
    return [(w, word_category(w)) for w in tokens]


def backbone(tokens: list[str]) -> Tree:
    """The backbone tree of ``tokens`` (words of the vocabulary); ``NotInLanguage`` saying where the
    structure breaks and what could come there."""
    try:
        return retyped(_parser().parse(categorised(tokens)))
    except UnexpectedInput as err:
        raise NotInLanguage(syntax_message(err, tokens), _position(err)) from None


def parse_count(tokens: list[str]) -> int:
    """How many backbone trees ``tokens`` have (1 for every sentence of the language)."""
    return count_trees(_parser("explicit").parse(categorised(tokens)))


def _position(err: UnexpectedInput) -> int | None:
    pos = getattr(getattr(err, "token", None), "start_pos", None)
    return pos if isinstance(pos, int) else None


def syntax_message(err: UnexpectedInput, tokens: list[str]) -> str:
    """A readable reason for a structural failure: an unfinished sentence, text after the end of
    the sentence, or a word that cannot stand where it is (with what could)."""
    found = set(getattr(err, "expected", ()) or ())
    names = [CATEGORY_NAMES[c] for c in CATEGORY_NAMES if c in found]
    names += ["a time phrase"] * any(e.startswith("T_") for e in found)
    expected = list(dict.fromkeys(names))
    what = f"; expected {' or '.join(expected[:6])}" if expected else ""
    pos = _position(err)
    if pos is None or tokens[pos] in ".?":
        end = len(tokens) - 1 if pos is None else pos
        last = next((w for w in reversed(tokens[:end]) if w not in ".?"), "")
        return f"the sentence is unfinished: it ends too early after '{last}'{what}"
    if tokens[pos] not in ".?" and any(t in ".?" for t in tokens[:pos]):
        return "the text goes on after the end of a sentence: type one sentence at a time"
    if pos == 0:
        return (f"a sentence of the language cannot start with '{tokens[0]}': a statement starts with its "
                "subject (or a time or place phrase), a question with did/does/is/are/was/were/will, a "
                "request with 'can you', an imperative with 'please'")
    return f"the grammar cannot continue at word {pos + 1} ('{tokens[pos]}'){what}"


def retyped(tree: Tree) -> Tree:
    """A word that is a noun and a predicate (sweet, category NPRED) as what the backbone found it to be: a NOUN in
    a noun phrase (a bare one, ``bnp``, is an ``np``), a PRED elsewhere (too sweet), so the resolver reads it as
    either (language v7h, model.language.taste); likewise *time*, a noun in a noun phrase (time flies) and the
    clock's word elsewhere (what time is it ?)."""
    for node in tree.iter_subtrees():
        if node.data == "bnp":
            node.data = "np"
        noun = node.data in ("np", "rnp")
        node.children = [c.update(type="NOUN" if noun else "PRED") if isinstance(c, Token) and c.type == "NPRED"
                         else c.update(type="NOUN") if noun and isinstance(c, Token) and c.type == "CLOCK"
                         else c for c in node.children]
    return tree
