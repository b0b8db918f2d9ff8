"""Abstract syntax shared by Mini-Tamil and English, and its synchronous linearization.

The grammar is synchronous in the style of Grammatical Framework: one abstract tree
(``Sentence`` → ``Clause`` → ``NP``) has two concrete syntaxes. ``linearize`` walks the tree
once in Tamil order (SOV, modifiers and relative clauses before the noun, a noun phrase that
carries a relative clause fronted to the start of its clause) and once in English order (SVO,
relative clauses after the noun), so every English token knows the Tamil tokens it translates
(gold alignment) and its English syntactic head (gold relations).

Alignment conventions: content words align to their Tamil word; "the/this/a" to the Tamil
determiner; prepositions to the case-marked Tamil noun (the suffix carries them); auxiliaries
(did/does/will), the copula's "will" and relative pronouns (who/that) to the Tamil verb whose
suffix carries tense, mood or relativization; "can you" to முடியுமா; "please" to the
imperative verb; punctuation and conjunctions to their Tamil counterparts.

Orthography (standard written Tamil): the Tamil side is spelled with the junction rules of
``model.language.script`` — a following க ச த ப is doubled after the demonstratives அந்த/இந்த,
after a noun in the accusative (-ஐ) or dative (-க்கு), after an adverbial -ஆக predicate, after the
colour noun சிவப்பு used as a modifier and after the numerals எட்டு and பத்து; ஒரு is ஓர் before a
vowel. Tokens stay one per word.

English that says what the Tamil says: adjectives in the conventional English order (opinion, size,
age, colour); a noun phrase that carries a relative clause comes last among its clause's English
phrases (so no time, place or with-phrase follows it and seems to belong to the relative clause),
and in a statement the time phrase then leads the clause; the Tamil present is the English
progressive for actions ("is closing"), the simple present for states and habits ("trusts", "every
day"); the honorific pronoun அவர், whose gender Tamil does not say, is translated by repeating its
antecedent ("the manager").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from model.language.consequence import starts_anew
from model.language.everyday_words import home_prep, is_home
from model.language.inflection import BE_PRESENT, PERSONS, habitual_negative, negative_imperative
from model.language.lexicon import Lexicon, load_lexicon
from model.language.light_verbs import light_form
from model.language.next_door import en_next_door, is_next_door
from model.language.perfect import is_perfect, perfect_form, perfect_group
from model.language.rides import english_verb, rides
from model.language.script import double_before, oru_form
from model.language.timetable import timetable

ROLE_CASE = {"subj": "nom", "iobj": "dat", "loc": "loc", "comit": "soc", "source": "abl",
             "goal": "dat", "ben": "ben", "inst": "ins"}
# v7e: ben, for whom (model.language.benefactive): தன் மனைவிக்காக, for his wife; inst, with what
# (model.language.instrument): தொலைநோக்கியால், with a telescope
TA_ORDER = ("subj", "time", "loc", "comit", "source", "goal", "ben", "inst", "iobj", "obj", "pred")
EN_AFTER_VERB = ("obj", "iobj", "ben", "inst", "source", "goal", "comit", "loc", "time")
NP_ROLES = ("subj", "obj", "iobj", "loc", "comit", "source", "goal", "ben", "inst")
PREPOSITION = {"iobj": "to", "source": "from", "goal": "to", "comit": "with", "ben": "for", "inst": "with"}
ROLE_LABEL = {"obj": "obj", "iobj": "iobj", "source": "obl", "goal": "obl", "comit": "obl",
              "loc": "obl", "ben": "obl", "inst": "obl"}
MOODS = ("decl", "question", "request", "imperative")
VOWEL_LETTERS = "aeiou"
CONSONANT_SOUND = ("uni", "use", "eu", "one")     # "a university": the letter is a vowel, the sound is not


def indefinite(word: str) -> str:
    """'a' or 'an' before ``word``, by its first sound."""
    return "an" if word[0] in VOWEL_LETTERS and not word.startswith(CONSONANT_SOUND) else "a"
DOUBLING_DETERMINERS = ("the", "this")       # அந்த, இந்த double a following க ச த ப
DOUBLING_CASES = ("acc", "dat", "ben")       # so do -ஐ, -க்கு and -க்காக (v7e)


@dataclass(frozen=True)
class NP:
    """A noun phrase: a noun with determiner/number, adjectives and an optional relative
    clause; a name; or a pronoun (only as the subject of a coordinated clause)."""

    head: str                       # lexicon key of the noun, name or pronoun
    kind: str = "noun"              # noun | name | pron
    number: str = "sg"              # sg | pl
    det: str | None = None          # the | this | a | a number key (two … ten)
    adjs: tuple[str, ...] = ()      # adjective keys, in order
    rc: Clause | None = None        # relative clause modifying the noun (its ``gap`` is set)
    ante: str | None = None         # for அவர் (honorific "they"): the antecedent noun's key
    unmarked: bool = False          # an object with ஒரு and no -ஐ (ஒரு புத்தகம் வாங்கினான்: bought a book)
    # language v7a, out of repr so the generator's hash draws stay: the keys to the cabinet (model.language.located)
    of: NP | None = field(default=None, repr=False)
    mine: bool = field(default=False, repr=False)   # v8d: said as its owner's pronoun, mine (model.language.broken)
    and_: NP | None = field(default=None, repr=False)    # v8b: my sister and her husband (model.language.coordination)


@dataclass(frozen=True)
class Clause:
    """One clause. In a relative clause ``gap`` names the role filled by the head noun."""

    verb: str                       # verb key, or "be" for the copula
    tense: str | None = None        # past | pres | fut (None in requests and imperatives)
    subj: NP | None = None
    obj: NP | None = None
    iobj: NP | None = None          # recipient: Tamil dative, English "to"
    pred: str | None = None         # predicate adjective key (copula only)
    time: str | None = None         # time expression key
    loc: NP | None = None           # place: Tamil locative, English "in/at"
    comit: NP | None = None         # company: Tamil sociative, English "with"
    source: NP | None = None        # origin: Tamil ablative, English "from"
    goal: NP | None = None          # destination: Tamil dative, English "to"
    gap: str | None = None          # subj | obj (relative clauses only)
    neg: bool = False               # negated (main statements and imperatives only)
    attr: NP | None = None          # a noun predicate with no Tamil verb: அவள் என் தங்கை ("she is my sister")
    wh: str | None = None           # a question word (who whom what where when why how) standing for a role
    degree: str | None = None       # very | too, before a predicate (மிகவும் சோர்வாக, very tired)
    vless: bool = False             # a question with no Tamil verb: subject and question word (நீ யார் ?)
    exp: bool = False               # an experiencer in the dative: எனக்குக் காபி வேண்டும் (``verb`` is its key)
    weather: bool = False           # நாளை மழை பெய்யும்: it will rain tomorrow (``verb`` is the weather key)
    advs: tuple[str, ...] = ()      # adverb keys, right before the Tamil verb (எப்போதும் தாமதமாக வருகிறான்)
    please: bool = False            # an imperative opened with தயவுசெய்து (please, aligned to it and to the verb)
    age: bool = False               # உனக்கு எத்தனை வயது ? how old are you ? (model.language.amounts)
    time_first: bool = False        # இன்று நான் … : a statement's time phrase before its subject (English keeps it last)
    age_much: bool = False          # உனக்கு எவ்வளவு வயது ?: the age asked with எவ்வளவு (English the same: how old)
    price: bool = False             # இது எவ்வளவு ? how much is this ? (model.language.amounts)
    some: bool = False              # எனக்குக் கொஞ்சம் காபி வேண்டும்: some coffee, a little tamil (experiencers)
    count: bool = False             # உங்களுக்கு எத்தனை குழந்தைகள் ? how many children do you have ? (``obj``)
    familiar: bool = False          # the singular imperative (வா . come .): English has no please unless தயவுசெய்து
    wh_late: bool = False           # ஏன் right before the verb (அவன் என்னை ஏன் அழைத்தான் ?; model.language.late_wh)
    light: bool = False             # the verb said with its light verb: வேலை செய்கிறார் (works; model.language.light_verbs)
    honour: bool = False            # elder kin with the honorific verb: என் அண்ணன் … செய்கிறார் (model.language.honour)
    # language v5a; out of repr, so the generator's hash draws of every other tree stay as they were
    exist: bool = field(default=False, repr=False)     # there is: [time] (owner-DAT) thing இருக்கிறது (existence.py)
    perfect: bool = field(default=False, repr=False)   # the Tamil perfect: போயிருக்கிறார், has gone (perfect.py; pres)
    habit: bool = field(default=False, repr=False)     # a habit denied: குடிப்பதில்லை, does not drink (habits.py)
    owned: str | None = None        # whose_det/whose_pron/this: இது யாருடைய வீடு ?, இது உன் பையா ? (model.language.possession)
    purpose: Clause | None = None   # என்னைப் பார்க்க வந்தான்: came to see me (verb and obj; model.language.purpose)
    clock: str | None = None        # day | hour: இன்று என்ன கிழமை ?, இப்போது மணி என்ன ? (model.language.clock)
    everyone: bool = False          # நாங்கள் எல்லோரும் மகிழ்ச்சியாக இருக்கிறோம்: we are all happy (model.language.everyone)
    origin: bool = False            # நீங்கள் எந்த ஊரைச் சேர்ந்தவர் ? where are you from ? (model.language.origin)
    price_of: bool = False          # இந்தச் சட்டையின் விலை என்ன ? what is the price of this shirt ? (model.language.price_of)
    modal: str | None = field(default=None, repr=False)   # நாம் புறப்பட வேண்டும்: we should leave (model.language.modals)
    wants: Clause | None = field(default=None, repr=False)   # எனக்குத் தூங்க வேண்டும்: i want to sleep (model.language.wants)
    something: bool = field(default=False, repr=False)       # ஏதாவது சாப்பிட: to eat something (in ``wants``)
    comp: Clause | None = field(default=None, repr=False)    # … மழை பெய்யும் என்று நினைக்கிறேன் (model.language.thinking)
    dropped: bool = field(default=False, repr=False)         # the Tamil leaves out நான்/நாம் (the verb says who)
    # language v6c, out of repr like v5a's: -ஐவிட (than) and அதிகம் (more) of a liking (model.language.comparison)
    than: NP | None = field(default=None, repr=False)
    more: bool = field(default=False, repr=False)
    never: bool = field(default=False, repr=False)    # ஒருபோதும் சென்றதில்லை: have never been (model.language.experience)
    # language v6a: a second predicate after ஆனால் (long but interesting; model.language.contrast), out of repr
    pred2: str | None = field(default=None, repr=False)
    prog: bool = field(default=False, repr=False)     # v7a: சிரித்துக்கொண்டிருந்தார்கள், were laughing (was_doing.py)
    # language v7b: ஒரு குவளை (a glass of) before an experiencer's drink, (det, measure key) (model.language.can_have)
    measure: tuple[str, str] | None = field(default=None, repr=False)
    spent: object | None = field(default=None, repr=False)    # a battery run down: spent.Spent (model.language.spent)
    full: object | None = field(default=None, repr=False)     # v8c: a place full of people: full.Full (model.language.full)
    # language v7d: அவன் வருவதாகச் சொன்னான் (he said he would come) and …, but he did not (model.language.reported)
    said: Clause | None = field(default=None, repr=False)
    elided: bool = field(default=False, repr=False)
    asked: Clause | None = field(default=None, repr=False)    # செவிலியரிடம் தனக்கு உதவுமாறு கேட்டார் (asking.py)
    result: Clause | None = field(default=None, repr=False)   # தூங்கக்கூடிய அளவுக்கு: so … that i could sleep (extent.py)
    # language v7e: gave him her book, Tamil the thing before the recipient (model.language.recipients), out of repr
    recipient_first: bool = field(default=False, repr=False)
    ben: NP | None = field(default=None, repr=False)   # for whom: தன் மனைவிக்காக (model.language.benefactive)
    inst: NP | None = field(default=None, repr=False)  # with what: தொலைநோக்கியால் (model.language.instrument)
    # language v7f: ``loc`` said with a postposition (into, over, outside; model.language.spots), out of repr
    spot: str | None = field(default=None, repr=False)
    # language v7h: சுவையில் before the predicate, English *tasted* (model.language.taste), out of repr
    taste: bool = field(default=False, repr=False)
    simile: NP | None = field(default=None, repr=False)      # அம்பு போல: like an arrow (model.language.simile)
    # language v8a: எத்தனை before the object, how many … (model.language.how_many), out of repr
    how_many: bool = field(default=False, repr=False)


@dataclass(frozen=True)
class Sentence:
    mood: str                       # decl | question | request | imperative
    clauses: tuple[Clause, ...]
    conjs: tuple[str, ...] = ()     # conjunction keys between clauses
    intj: str | None = None         # an interjection that opens the sentence (வணக்கம் , … hello , …; sorry , …)


@dataclass
class Pair:
    """A linearized sentence pair with gold alignment and gold English relations."""

    src: list[str]
    roman: list[str]
    tgt: list[str]
    align: list[list[int]]
    relations: list[list]           # [dependent, head, label], indices into tgt
    root: int = 0

    def to_json(self) -> dict:
        return {"src": self.src, "roman": self.roman, "tgt": self.tgt, "align": self.align,
                "relations": self.relations}


def np_agr(lex: Lexicon, np: NP) -> str:
    """Tamil agreement class of a subject noun phrase (m f h n pl_r pl_n)."""
    if np.and_ is not None:                     # two persons joined: people (v8b coordination)
        return "pl_r"
    if np.kind == "pron":
        return lex.pronouns[np.head]["agr"]
    return lex.nominal(np.kind, np.head).agr(np.number)


def np_number_en(lex: Lexicon, np: NP) -> str:
    """English agreement of this noun phrase as a subject: "pl" (they, you, we, the boys), "1sg" (i:
    "am", "do", the base form) or "sg"."""
    if np.and_ is not None:                     # my mother and my father are (v8b coordination)
        return "pl"
    if np.kind == "pron":
        en = lex.pronouns[np.head]["en"]
        return "1sg" if en == "i" else "pl" if en in ("they", "you", "we") else "sg"
    return np.number


def np_plural_en(lex: Lexicon, np: NP) -> bool:
    """Whether English agreement with this noun phrase is plural ("they", "you", "we" always are)."""
    return np_number_en(lex, np) == "pl"


def continues(lex: Lexicon, prev: NP | None, subj: NP | None) -> bool:
    """Whether ``subj`` (a later clause's subject) is a pronoun for the previous clause's subject ``prev``:
    he/she/they/அவர் always are; i, you, we only when the previous subject is the same pronoun."""
    if subj is None or subj.kind != "pron" or starts_anew(lex, prev, subj):   # the bank was closed , so she … (v7g)
        return False
    return not is_personal(lex, subj) or prev == subj


def unmarked_object(noun, number: str) -> bool:
    """A bare object Tamil leaves unmarked and English bare: a mass noun (காபி குடித்தான், drank coffee) or
    a dish in general (தோசை சாப்பிடுவீர்களா ?, will you eat dosa ?)."""
    return "mass" in noun.tags or (noun.cls == "food" and number == "sg") or bare_plural(noun, number) or \
        "the_bare" in noun.tags                     # கிட்டார் வாசிக்கிறான்: plays the guitar (v8a music)


def bare_plural(noun, number: str) -> bool:
    """Things in general as an object, bare and plural in both languages: பூக்கள் வாங்கினான், bought flowers (v7e;
    Tamil leaves an indefinite plural object unmarked, as it does a dish)."""
    return number == "pl" and noun.cls in ("object", "doc", "food", "speech") and "plural_en" not in noun.tags   # v8a: மொழிகள்


def best_plural(lex: Lexicon, np: NP) -> bool:
    """Plural things with மிகச்சிறந்த are definite (the best stories: கதைகளை), not things in general (v7b, v7e)."""
    return bare_plural(lex.nouns[np.head], np.number) and any(lex.adjectives[a].get("superlative") for a in np.adjs)


def ante_pronoun(noun) -> str | None:
    """The English pronoun for அவர் said of ``noun`` (mother → she, a friend → he), or None when the noun does
    not say (a doctor)."""
    return noun.en_pron or {"m": "he", "f": "she"}.get(noun.gender)


def refers_to_person(lex: Lexicon, np: NP | None) -> bool:
    """A pronoun for a person (not it / they of things) or a noun of the person class."""
    if np is None:
        return False
    if np.kind == "pron":
        return np.head in lex.pronoun_nouns
    return lex.nominal(np.kind, np.head).cls == "person"


def is_personal(lex: Lexicon, np: NP | None) -> bool:
    """நான், நீ, நீங்கள், நாங்கள், நாம்: pronouns that point at the speaker or hearer, not back in the text."""
    return np is not None and np.kind == "pron" and lex.pronouns[np.head]["agr"] in PERSONS


def role_case(lex: Lexicon, clause: Clause, role: str) -> str:
    if role == "obj":
        return lex.verb(clause.verb).obj_case
    return ROLE_CASE[role]


WH_SLOT = {"subj": "subj", "obj": "obj", "time": "time", "reason": "time", "manner": "time"}


def wh_role(lex: Lexicon, cl: Clause) -> str | None:
    """The role a question word stands for: who the subject, what/whom the object, when the time, where the
    destination of a verb of motion and the place of any other; why and how no role (None)."""
    if cl.wh is None:
        return None
    role = lex.wh[cl.wh]["role"]
    if role == "place":
        return "goal" if lex.verb(cl.verb).motion else "loc"
    return role if role in ("subj", "obj", "time") else None


def ta_order(lex: Lexicon, cl: Clause) -> list[str]:
    """Tamil constituent order with the question word where its answer would stand (why/how after the
    time phrase)."""
    order = fronted_order(cl)
    if cl.wh is None:
        return order
    if cl.wh_late:                              # அவன் என்னை ஏன் அழைத்தான் ? (why did he call me ?)
        return order + ["wh"]
    slot = wh_role(lex, cl) or "time"
    rank = TA_ORDER.index(slot) + (0.5 if lex.wh[cl.wh]["role"] in ("reason", "manner") else 0)
    at = next((i for i, r in enumerate(order) if TA_ORDER.index(r) > rank and r not in _fronted(cl)), len(order))
    return order[:at] + ["wh"] + order[at:]


def _fronted(cl: Clause) -> list[str]:
    return [r for r in NP_ROLES if getattr(cl, r) is not None and getattr(cl, r).rc is not None]


def fronted_order(clause: Clause) -> list[str]:
    """Tamil constituent order: a noun phrase carrying a relative clause goes first."""
    present = [r for r in TA_ORDER if getattr(clause, r) is not None]
    front = [r for r in present if r in NP_ROLES and getattr(clause, r).rc is not None]
    if clause.time_first and not front:         # இன்று நான் மகிழ்ச்சியாக இருக்கிறேன் (i am happy today)
        front = ["time"]
    order = front + [r for r in present if r not in front]
    if clause.recipient_first:                  # தன் புத்தகத்தை அவனுக்குக் (model.language.recipients)
        from model.language.recipients import ta_roles
        order = ta_roles(clause, order)
    return order


@dataclass
class _Linearizer:
    lex: Lexicon
    src: list[str] = field(default_factory=list)
    doubles: list[bool] = field(default_factory=list)   # does this Tamil word double a following hard consonant
    where: dict = field(default_factory=dict)       # tree path -> Tamil index
    tgt: list[str] = field(default_factory=list)
    align: list[list[int]] = field(default_factory=list)
    rels: list[list] = field(default_factory=list)

    # ---- Tamil side -------------------------------------------------------------------
    def ta(self, word: str, path: tuple, doubles: bool = False) -> None:
        self.where[path] = len(self.src)
        self.src.append(word)
        self.doubles.append(doubles)

    def spelled(self) -> list[str]:
        """The Tamil words with the junction rules applied (doubling, ஒரு/ஓர்)."""
        out = []
        for i, word in enumerate(self.src):
            nxt = self.src[i + 1] if i + 1 < len(self.src) else ""
            if word == self.lex.determiners["a"]["ta"]:
                word = oru_form(nxt)
            elif self.doubles[i]:
                word = double_before(word, nxt)
            out.append(word)
        return out

    def ta_np(self, np: NP, case: str, path: tuple, own: str | None = None) -> None:
        """``own``: the possessive that refers back to the clause's subject (model.language.reflexive: தன்)."""
        lex = self.lex
        if np.mine:                             # என்னுடையது (mine) as a subject (model.language.broken)
            from model.language.broken import ta_mine_subject
            return ta_mine_subject(self, np, path)
        if np.and_ is not None:                 # என் சகோதரியும் அவளுடைய கணவரும் (model.language.coordination)
            from model.language.coordination import ta_coordinated
            return ta_coordinated(self, np, case, path)
        if np.rc is not None or np.of is not None:
            from model.language.located import placed, ta_key_to, ta_placed
            if placed(np):                      # மேசையில் இருக்கும் அந்தப் புத்தகம் (model.language.located)
                ta_placed(self, np, path)
            elif np.rc is not None:             # a bare relative's subject may say the main subject's own (v7h reduced)
                self.ta_clause(np.rc, "rc", path + ("rc",), head=np, outer_own=own if np.det is None else None)
            if np.of is not None:               # அந்த அலமாரியின் சாவிகள் (model.language.located)
                ta_key_to(self, np, path)
        if np.det is not None and np.of is None:
            entry = lex.determiners.get(np.det) or lex.numbers[np.det]
            word = tamil_possessive(lex, np.det, own) if np.det in lex.possessives else entry["ta"]
            self.ta(word, path + ("det",), doubles=np.det in DOUBLING_DETERMINERS or entry.get("doubles", False))
        for i, adj in enumerate(np.adjs):
            self.ta(lex.adjectives[adj]["ta"], path + ("adj", i), doubles=lex.adjectives[adj].get("doubles", False))
        if np.kind == "pron":                   # என்னைப் பார்த்தான், எனக்குக் கொடுத்தான்: pronoun objects double too
            self.ta(lex.pronouns[np.head]["ta" if case == "nom" else case], path + ("head",),
                    doubles=case in DOUBLING_CASES)
        else:
            self.ta(lex.nominal(np.kind, np.head).ta_form(case, np.number), path + ("head",),
                    doubles=case in DOUBLING_CASES)
        if np.of is not None:                   # the key's *the* aligns to the key
            self.where[path + ("det",)] = self.where[path + ("head",)]

    def ta_clause(self, cl: Clause, mood: str, path: tuple, head: NP | None = None,
                  outer_own: str | None = None) -> None:
        """``head``: in a relative clause, the noun phrase it describes (its subject where the gap is the subject);
        ``outer_own``: the main subject's own possessive, தன் on a bare relative's subject (model.language.reduced)."""
        lex = self.lex
        if cl.comp is not None and cl.verb == "tell":     # … மாணவர்களிடம் அவர்கள் நன்றாகச் செய்ததாகச் சொன்னார்
            from model.language.telling import ta_tell

            return ta_tell(self, cl, path)
        if cl.comp is not None:                 # … மழை பெய்யும் என்று நான் நினைக்கிறேன்
            from model.language.thinking import ta_think

            return ta_think(self, cl, path)
        if cl.said is not None:                 # அவன் வருவதாகச் சொன்னான் (model.language.reported)
            from model.language.reported import ta_report
            return ta_report(self, cl, path)
        if cl.asked is not None:                # … செவிலியரிடம் தனக்கு உதவுமாறு கேட்டார் (model.language.asking)
            from model.language.asking import ta_ask
            return ta_ask(self, cl, path)
        if cl.result is not None:               # … தூங்கக்கூடிய அளவுக்குச் சோர்வாக (model.language.extent)
            from model.language.extent import ta_extent
            return ta_extent(self, cl, path)
        if cl.how_many:                         # நீங்கள் எத்தனை மொழிகள் பேசுவீர்கள் ? (model.language.how_many)
            from model.language.how_many import ta_how_many
            return ta_how_many(self, cl, path)
        if cl.owned:                            # இது உன் பையா ?, இந்தப் புத்தகம் யாருடையது ?
            from model.language.possession import ta_owned

            return ta_owned(self, cl, mood, path)
        if cl.spent is not None:                # என் கைப்பேசியின் மின்கலம் தீர்ந்துவிட்டது (model.language.spent)
            from model.language.spent import ta_spent
            return ta_spent(self, cl, path)
        if cl.full is not None:                 # அந்த ஆற்றங்கரை மக்களால் நிரம்பியிருந்தது (model.language.full)
            from model.language.full import ta_full
            return ta_full(self, cl, mood, path)
        if cl.clock:                            # இன்று என்ன கிழமை ?
            from model.language.clock import ta_clock

            return ta_clock(self, cl, path)
        if cl.origin:                           # நீங்கள் எந்த ஊரைச் சேர்ந்தவர் ?
            from model.language.origin import ta_origin

            return ta_origin(self, cl, path)
        if cl.price_of:                         # இந்தச் சட்டையின் விலை என்ன ?
            from model.language.price_of import ta_price_of

            return ta_price_of(self, cl, path)
        if cl.attr is not None:                 # verbless: subject, noun predicate (and இல்லை when negated)
            self.ta_np(cl.subj, "nom", path + ("subj",))
            self.ta_np(cl.attr, "nom", path + ("attr",))
            if cl.neg:
                self.ta(lex.copula.negative("pres", np_agr(lex, cl.subj)), path + ("verb",))
            return
        if cl.please:                           # தயவுசெய்து போகாதீர்கள் .
            self.ta(lex.request["please"], path + ("please",))
        if cl.weather:                          # நாளை மழை பெய்யும்: time, மழை, verb
            for j, word in enumerate(lex.times[cl.time]["ta"] if cl.time else ()):
                self.ta(word, path + ("time", j))
            for j, adv in enumerate(cl.advs):   # இன்று மீண்டும் மழை பெய்கிறது: it is raining again today
                self.ta(lex.adverbs[adv]["ta"], path + ("adv", j))
            self.ta(lex.weather_nouns[cl.verb], path + ("subj", "head"))
            verb = lex.weather[cl.verb]
            form = verb.question if mood == "question" else verb.negative if cl.neg else verb.finite
            if mood == "cause":                 # மழை பெய்ததால் …: because it rained (model.language.because)
                from model.language.because import cause_form
                self.ta(cause_form(lex, cl.verb), path + ("verb",))
                self.where[("conj", 1)] = self.where[path + ("verb",)]
                return
            self.ta(form(cl.tense, "n"), path + ("verb",))
            return
        if cl.exp:                              # எனக்குக் காபி வேண்டும்: dative, (object), fixed form
            entry = lex.experiencers[cl.verb]
            self.ta_np(cl.subj, "dat", path + ("subj",))
            if cl.degree:                       # எனக்கு மிகவும் பசிக்கிறது (model.language.bodily)
                self.ta(lex.degrees[cl.degree]["ta"][0], path + ("degree", 0))
            if "body" in entry:                 # எனக்குத் தலை வலிக்கிறது
                self.ta(entry["body"], path + ("body",))
            if cl.some:                         # கொஞ்சம்
                self.ta(lex.amounts["some"]["ta"], path + ("some",))
            if cl.than is not None:             # காபியைவிடத் தேநீர் அதிகம் பிடிக்கும் (model.language.comparison)
                from model.language.comparison import ta_than
                ta_than(self, cl, path)
            if cl.measure is not None:          # ஒரு குவளை தண்ணீர் (model.language.can_have)
                from model.language.can_have import ta_measure
                ta_measure(self, cl, path)
            if cl.obj is not None:
                self.ta_np(cl.obj, "nom", path + ("obj",))
            if cl.wants is not None:            # ஏதாவது சாப்பிட வேண்டுமா (model.language.wants)
                from model.language.wants import ta_wants

                ta_wants(self, cl, path)
            if cl.more:
                from model.language.comparison import ta_more
                ta_more(self, path)
            self.ta(entry["q" if mood == "question" else "neg" if cl.neg else "ta"], path + ("verb",))
            return
        if cl.exist:                            # நாளை எனக்குத் தேர்வு இருக்கிறது: time, owner, thing, verb
            for j, word in enumerate(lex.times[cl.time]["ta"] if cl.time else ()):
                self.ta(word, path + ("time", j))
            if cl.iobj is not None:
                self.ta_np(cl.iobj, "dat", path + ("iobj",))
            self.ta_np(cl.subj, "nom", path + ("subj",))
            be = lex.copula
            form = be.question if mood == "question" else be.negative if cl.neg else be.finite
            self.ta(form(cl.tense, "n"), path + ("verb",))
            return
        if cl.price:                            # இந்தப் பேனா எவ்வளவு ?: the thing, எவ்வளவு
            self.ta_np(cl.subj, "nom", path + ("subj",))
            self.ta(lex.amounts["price"]["wh"], path + ("wh",))
            return
        if cl.age or cl.count:                  # உன் தம்பிக்கு எத்தனை வயது ? / … எத்தனை குழந்தைகள் ?: dative, எத்தனை, noun
            entry = lex.amounts["age" if cl.age else "count"]
            much = lex.amounts["price"]["wh"]
            self.ta_np(cl.subj, "dat", path + ("subj",))
            self.ta(much if cl.age_much else entry["wh"], path + ("wh",))
            if cl.age:
                self.ta(entry["ta"], path + ("pred",))
            else:
                self.ta_np(cl.obj, "nom", path + ("obj",))
            return
        if cl.vless:                            # உன் பெயர் என்ன ?: subject, question word
            self.ta_np(cl.subj, "nom", path + ("subj",))
            self.ta(lex.wh[cl.wh]["ta"], path + ("wh",))
            return
        own = owner_of(lex, head if cl.gap == "subj" else cl.subj)       # ரவி தன் குடையை …
        purpose_after = "time" if cl.time is not None and not cl.time_first else "subj"
        for role in ta_order(lex, cl):
            if role == "loc" and cl.spot:       # நதிக்குள், right before the verb (model.language.spots)
                continue
            if role == "wh":
                if lex.wh[cl.wh].get("pre"):            # எத்தனை மணிக்கு (what time, model.language.timetable)
                    self.ta(lex.wh[cl.wh]["pre"]["ta"], path + ("wh", "pre"))
                self.ta(lex.wh[cl.wh]["ta"], path + ("wh",),                   # யாரைப் பார்த்தாய்; மணிக்குப்
                        doubles=cl.wh == "whom" or lex.wh[cl.wh].get("doubles", False))
            elif role == "time":
                words = lex.times[cl.time]["ta"]
                for j, word in enumerate(words):        # பத்து வருடங்களாகச் (v6c duration): -ஆக doubles
                    self.ta(word, path + ("time", j), doubles=j == len(words) - 1 and lex.times[cl.time].get("doubles", False))
            elif role == "pred":
                if cl.than is not None:         # என்னைவிட உயரமாக (model.language.comparison)
                    from model.language.comparison import ta_than
                    ta_than(self, cl, path)
                if cl.taste:                                   # சுவையில் அருமையாக (model.language.taste)
                    from model.language.taste import ta_taste
                    ta_taste(self, path)
                words = lex.degrees[cl.degree]["ta"] if cl.degree else []
                for j, word in enumerate(words):               # அளவுக்கு அதிகமாகச் சோர்வாக: -ஆக doubles
                    self.ta(word, path + ("degree", j), doubles=word.endswith("ஆக") or word.endswith("\u0bbeக"))
                self.ta(lex.predicates[cl.pred]["ta"], path + ("pred",), doubles=True)   # adverbial -ஆக
                if cl.pred2:                                   # நீளமாக ஆனால் சுவாரசியமாக (v6a)
                    self.ta(lex.conjunctions["but"]["ta"], path + ("but",))
                    self.ta(lex.predicates[cl.pred2]["ta"], path + ("pred2",), doubles=True)
            else:
                np = getattr(cl, role)
                case = "nom" if role == "obj" and np.kind == "noun" and (np.unmarked or np.det is None and
                                                                     unmarked_object(lex.nouns[np.head], np.number)
                                                                     and not best_plural(lex, np)) \
                    else role_case(lex, cl, role)
                if role == "obj" and cl.some:                   # கொஞ்சம் தண்ணீர் (model.language.giving)
                    self.ta(lex.amounts["some"]["ta"], path + ("some",))
                self.ta_np(np, case, path + (role,), own=outer_own if role == "subj" else own)   # bare: காபி குடித்தான்
            if cl.everyone and role == "subj":                        # நாங்கள் எல்லோரும் (model.language.everyone)
                from model.language.everyone import ta_everyone

                ta_everyone(self, path)
            if cl.purpose is not None and role == purpose_after:       # என்னைப் பார்க்க (model.language.purpose)
                from model.language.purpose import ta_purpose

                ta_purpose(self, cl, path)
        if cl.spot:
            from model.language.spots import ta_spot
            ta_spot(self, cl, path)
        if cl.simile is not None:                          # அம்பு போலப் பறக்கிறது (model.language.simile)
            from model.language.simile import ta_simile
            ta_simile(self, cl, path)
        for j, adv in enumerate(cl.advs):                  # தாமதமாக வந்தது: -ஆக doubles (தாமதமாகச் சென்றான்)
            self.ta(lex.adverbs[adv]["ta"], path + ("adv", j), doubles=lex.adverbs[adv].get("doubles", False))
        if cl.never:                                       # ஒருபோதும் சென்றதில்லை (model.language.experience)
            from model.language.experience import ta_never
            ta_never(self, path)
        verb = lex.verb(cl.verb)
        if cl.light:                                       # வேலை செய்கிறார் (works)
            word, verb = light_form(lex, cl.verb)
            self.ta(word, path + ("light",))
        if mood == "rc":
            self.ta(verb.participle(cl.tense), path + ("verb",))
        elif cl.modal:                                     # புறப்பட வேண்டும் (model.language.modals)
            from model.language.modals import ta_modal

            ta_modal(self, cl, path)
        elif mood == "request":
            self.ta(verb.inf, path + ("verb",))
            self.ta(lex.request["ta"], path + ("req",))
        elif mood == "imperative":
            self.ta(negative_imperative(verb) if cl.neg else verb.imp_sg if cl.familiar else verb.imp, path + ("verb",))
        else:
            agr = "h" if cl.honour or cl.subj is None else np_agr(lex, cl.subj)   # யார் வந்தார் ?; அண்ணன் … செய்கிறார்
            form = verb.question if mood == "question" and cl.wh is None else verb.negative if cl.neg else verb.finite
            if cl.never:                                   # சென்றதில்லை (model.language.experience)
                from model.language.experience import never_form
                self.ta(never_form(verb), path + ("verb",))
                return
            if cl.prog:                                    # சிரித்துக்கொண்டிருந்தார்கள் (model.language.was_doing)
                from model.language.was_doing import was_doing_form
                self.ta(was_doing_form(lex, verb, agr), path + ("verb",))
                return
            self.ta(habitual_negative(verb) if cl.habit else perfect_form(verb, agr) if cl.perfect
                    else form(cl.tense, agr), path + ("verb",))

    # ---- English side -----------------------------------------------------------------
    def en(self, word: str, *paths: tuple) -> int:
        self.tgt.append(word)
        self.align.append(sorted({self.where[p] for p in paths}))
        return len(self.tgt) - 1

    def rel(self, dep: int | None, head: int | None, label: str) -> None:
        if dep is not None and head is not None and dep != head:
            self.rels.append([dep, head, label])

    def en_np(self, np: NP, path: tuple, prep: str | None = None, objective: bool = False,
              predicate: bool = False, subject: bool = False) -> int:
        """The English noun phrase; ``objective`` for an object or recipient (a pronoun's me/him/us/them);
        ``subject`` for a subject, where a bare thing is a known one (பேருந்து வரும்: the bus will come)."""
        lex = self.lex
        hp = path + ("head",)
        if np.adjs and is_next_door(lex, np):                            # next door: பக்கத்து வீட்டில் (v8a)
            return en_next_door(self, np, path)
        if np.mine:                                                  # mine was broken (model.language.broken)
            from model.language.broken import en_mine_subject
            return en_mine_subject(self, np, path)
        if np.and_ is not None:                 # my sister and her husband (model.language.coordination)
            from model.language.coordination import en_coordinated
            return en_coordinated(self, np, path, prep=prep, objective=objective, predicate=predicate, subject=subject)
        if np.kind == "noun" and np.det is None and np.rc is not None:     # the letter her father wrote (v7h)
            from model.language.reduced import en_reduced

            return en_reduced(self, np, path, prep)
        if np.kind == "noun" and np.det is None and not np.adjs and lex.nouns[np.head].cls != "place":
            noun = lex.nouns[np.head]                             # a bare noun: "a doctor", "doctors", "coffee"
            det_i, prep_i = None, self.en(prep, hp) if prep else None       # "to mother"
            if (subject or "the_bare" in noun.tags) and noun.cls != "person" and \
                    ("mass" not in noun.tags or "the_bare" in noun.tags):       # plays the guitar (v8a music)
                det_i = self.en("the", hp)
            elif "kin_mine" in noun.tags and not predicate:
                det_i = self.en("my", hp)                 # தம்பி வந்தான்: "my younger brother came"
            elif np.number == "sg" and not unmarked_object(noun, "sg") and not ("kin" in noun.tags and not predicate):
                det_i = self.en(indefinite(noun.en_mod or noun.en), hp)    # (அம்மா வந்தார்: "mother came")
            mod_i = self.en(noun.en_mod, hp) if noun.en_mod else None
            head = self.en(noun.en_form(np.number), hp)
            if "kin_mine" in noun.tags and not predicate:    # the order of "to my younger brother" with என்
                self.rel(prep_i, head, "case")
                self.rel(det_i, head, "poss")
                self.rel(mod_i, head, "amod")
                return head
            self.rel(mod_i, head, "amod")
            self.rel(prep_i, head, "case")
            self.rel(det_i, head, "det")
            return head
        prep_i = self.en(prep, hp) if prep else None
        if np.kind == "pron" and lex.pronouns[np.head]["en"] is None and np.ante and ante_pronoun(lex.nouns[np.ante]):
            return self.en(ante_pronoun(lex.nouns[np.ante]), hp)      # அவர் said of one's mother: "she"
        if np.kind == "pron" and lex.pronouns[np.head]["en"] is None:
            # அவர்: English repeats the antecedent, "the manager" (Tamil does not say he or she)
            det_i = self.en("the", hp)
            head = self.en(lex.nouns[np.ante].en, hp)
            self.rel(prep_i, head, "case")
            self.rel(det_i, head, "det")
            return head
        if np.kind == "pron":
            pron = lex.pronouns[np.head]
            head = self.en(pron["en_obj"] if objective else pron["en"], hp)
            self.rel(prep_i, head, "case")
            if np.rc is not None:               # everyone in the room (model.language.located)
                from model.language.located import en_placed
                en_placed(self, np, path, head)
            return head
        noun = lex.nominal(np.kind, np.head)
        det_i, det_label = None, "det"
        order = sorted(range(len(np.adjs)), key=lambda i: lex.adjectives[np.adjs[i]].get("order", 2))
        if np.det is not None:
            if np.det in lex.numbers:
                word, det_label = lex.numbers[np.det]["en"], "nummod"
            elif np.det in lex.possessives:
                word, det_label = lex.determiners[np.det]["en"], "poss"
            else:
                d = lex.determiners[np.det]
                word = d["en_pl"] if np.number == "pl" or "plural_en" in noun.tags else d["en"]   # these glasses
            following = lex.adjectives[np.adjs[order[0]]]["en"] if np.adjs else \
                (np.kind == "noun" and noun.en_mod) or noun.en_form(np.number)
            if word == "a":
                word = indefinite(following)
            det_i = self.en(word, path + ("det",))
        elif np.kind == "noun" and noun.en_bare and is_home(lex, np) and not (subject or predicate):    # வீட்டுக்கு: home (no "the")
            head = self.en(noun.en_bare, hp)
            self.rel(prep_i, head, "case")
            return head
        elif np.kind == "noun" and noun.cls == "place" and "bare_en" not in noun.tags:
            det_i = self.en("the", hp)                 # a bare place is a known one: அலுவலகத்துக்கு → to the office
        elif np.kind == "noun" and "the_bare" in noun.tags and subject:
            det_i = self.en("the", hp)                 # வைஃபை பாஸ்வேர்ட்: the wifi password
        elif np.kind == "noun" and any(lex.adjectives[a].get("superlative") for a in np.adjs):
            det_i = self.en("the", path + ("adj", 0))  # மிகச்சிறந்த: the best (model.language.superlative)
        adj_is = [self.en(lex.adjectives[np.adjs[i]]["en"], path + ("adj", i)) for i in order]
        if np.kind == "noun" and noun.en_mod:                 # என் தங்கை: my younger sister
            adj_is.append(self.en(noun.en_mod, hp))
        head = self.en(noun.en_form(np.number), hp)
        self.rel(prep_i, head, "case")
        self.rel(det_i, head, det_label)
        for a in adj_is:
            self.rel(a, head, "amod")
        if np.rc is not None or np.of is not None:
            from model.language.located import en_key_to, en_placed, placed
            if np.of is not None:               # the keys to the cabinet (model.language.located)
                en_key_to(self, np, path, head)
            if placed(np):                      # the book on the table (model.language.located)
                en_placed(self, np, path, head)
            elif np.rc is not None:
                rc_head, _ = self.en_clause(np.rc, "rc", path + ("rc",), antecedent=(np, head))
                self.rel(rc_head, head, "relcl")
        return head

    def en_time(self, cl: Clause, path: tuple, main: int | None) -> int:
        """Emit the clause's time phrase; its head attaches to ``main`` (set later when None)."""
        t, start = self.lex.times[cl.time], len(self.tgt)
        for j, word in enumerate(t["en"]):
            self.en(word, *(path + ("time", k) for k in t["align"][j]))
        for dep, head, label in t["rels"]:
            self.rel(start + dep, start + head, label)
        return start + t["head"]

    def en_verbless(self, cl: Clause, path: tuple) -> tuple[int, int]:
        """"she is my sister": the copula, which Tamil leaves out, aligns to the noun predicate (to இல்லை
        when negated) and the predicate noun heads the clause."""
        lex = self.lex
        subj_i = self.en_np(cl.subj, path + ("subj",), subject=True)
        carrier = path + (("verb",) if cl.neg else ("attr", "head"))
        cop = self.en(BE_PRESENT[np_number_en(lex, cl.subj)], carrier)
        not_i = self.en("not", carrier) if cl.neg else None
        head = self.en_np(cl.attr, path + ("attr",), predicate=True)
        self.rel(subj_i, head, "nsubj")
        self.rel(cop, head, "cop")
        self.rel(not_i, head, "advmod")
        self.rel(cop, subj_i, "agr")
        return head, subj_i

    def en_weather(self, cl: Clause, mood: str, path: tuple) -> tuple[int, int]:
        """"it will rain tomorrow", "will it rain ?", "it is raining now": English says it, aligned to மழை."""
        verb, vp = self.lex.weather[cl.verb], path + ("verb",)
        aspect = "progressive" if cl.tense == "pres" else "simple"
        words = verb_group(verb, cl.tense, "sg", aspect, cl.neg)
        group = []
        if mood == "question":
            if aspect == "progressive" or cl.tense == "fut":
                first, words = words[0], words[1:]
            else:
                first, words = "did", [verb.en[0]]
            group.append(self.en(first, vp))
        subj_i = self.en("it", path + ("subj", "head"))
        group += [self.en(w, vp) for w in words]
        main = group[-1]
        for j, adv in enumerate(cl.advs):       # it is raining again today
            self.rel(self.en(self.lex.adverbs[adv]["en"], path + ("adv", j)), main, "advmod")
        if cl.time:
            self.rel(self.en_time(cl, path, main), main, "tmod")
        for tok in group[:-1]:
            self.rel(tok, main, "advmod" if self.tgt[tok] == "not" else "aux")
        self.rel(subj_i, main, "nsubj")
        for tok in group:
            if self.tgt[tok] in _NUMBER_MARKED or (cl.tense == "pres" and aspect == "simple" and tok == main):
                self.rel(tok, subj_i, "agr")
        return main, subj_i

    def en_experiencer(self, cl: Clause, mood: str, path: tuple) -> tuple[int, int]:
        """"i want coffee", "do you know tamil ?", "i do not know", "i am hungry": the dative experiencer is
        the English subject; the verb group aligns to the Tamil form."""
        entry, vp = self.lex.experiencers[cl.verb], path + ("verb",)
        if "body" in entry or cl.degree:        # i have a headache, i am very hungry
            from model.language.bodily import en_state

            return en_state(self, cl, mood, path)
        if "en_modal" in entry:                 # can i have a glass of water ? (model.language.can_have)
            from model.language.can_have import en_can_have
            return en_can_have(self, cl, path)
        number = np_number_en(self.lex, cl.subj)
        if "en_pred" in entry:
            words = [BE_PRESENT[number]] + ["not"] * cl.neg + [entry["en_pred"]]
        elif cl.neg or mood == "question":
            words = ["does" if number == "sg" else "do"] + ["not"] * cl.neg + [entry["en"][0]]
        else:
            words = [entry["en"][1] if number == "sg" else entry["en"][0]]
        group = []
        if mood == "question":
            group.append(self.en(words.pop(0), vp))
        subj_i = self.en_np(cl.subj, path + ("subj",), subject=True)
        group += [self.en(w, vp) for w in words]
        main = group[-1]
        if cl.wants is not None:                # … want to eat something (model.language.wants)
            from model.language.wants import en_wants

            en_wants(self, cl, path, main)
        if cl.obj is not None:
            some = []
            if cl.some:                         # some coffee, a little tamil ← கொஞ்சம்
                entry = self.lex.amounts["some"]
                words = entry["en_language" if self.lex.nouns[cl.obj.head].cls == "language" else "en_food"]
                some = [self.en(w, path + ("some",)) for w in words]
            obj_i = self.en_np(cl.obj, path + ("obj",), objective=True)
            self.rel(obj_i, main, "obj")
            if cl.more:                         # … more than coffee (model.language.comparison)
                from model.language.comparison import en_more
                en_more(self, cl, path, main)
            if len(some) == 1:
                self.rel(some[0], obj_i, "det")
            elif some:
                self.rel(some[0], some[1], "det")
                self.rel(some[1], obj_i, "amod")
        for tok in group[:-1]:
            self.rel(tok, main, "advmod" if self.tgt[tok] == "not" else "cop" if self.tgt[tok] in _BE else "aux")
        self.rel(subj_i, main, "nsubj")
        self.rel(group[0], subj_i, "agr")
        return main, subj_i

    def en_exist(self, cl: Clause, mood: str, path: tuple) -> tuple[int, int]:
        """"there is a meeting today", "is there school today ?", "there is no college today", "i have an exam
        tomorrow", "do you have a class tomorrow ?": there, is/was, do/not and have align to the Tamil verb."""
        lex, vp, thing = self.lex, path + ("verb",), path + ("subj", "head")
        words, noun, past = lex.data["existence"], lex.nouns[cl.subj.head], cl.tense == "past"
        group: list[int] = []
        if cl.iobj is None:
            be = "was" if past else "is"
            if mood == "question":
                group.append(self.en(be, vp))
            there = self.en(words["there"], vp)
            if mood != "question":
                group.append(self.en(be, vp))
            subj_i = None
        else:
            number = np_number_en(lex, cl.iobj)
            do = "did" if past else "does" if number == "sg" else "do"
            if mood == "question":
                group.append(self.en(do, vp))
            subj_i = self.en_np(cl.iobj, path + ("iobj",), subject=True)
            if cl.neg:
                group += [self.en(do, vp), self.en("not", vp)]
            have = words["have"]
            plain = "have" if cl.neg or mood == "question" else "past" if past else "3sg" if number == "sg" else "base"
            group.append(self.en(have["base" if plain == "have" else plain], vp))
        det = self.en(words["no"], vp) if cl.neg and cl.iobj is None else \
            None if noun.cls == "place" else self.en(indefinite(noun.en), thing)      # school: bare
        noun_i = self.en(noun.en, thing)
        main = group[0] if cl.iobj is None else group[-1]
        self.rel(det, noun_i, "det")
        if cl.iobj is None:
            self.rel(there, main, "expl")
            self.rel(noun_i, main, "nsubj")
            self.rel(main, noun_i, "agr")
        else:
            self.rel(noun_i, main, "obj")
            self.rel(subj_i, main, "nsubj")
            for tok in group[:-1]:
                self.rel(tok, main, "advmod" if self.tgt[tok] == "not" else "aux")
            marked = [t for t in group if self.tgt[t] in _NUMBER_MARKED or self.tgt[t] in ("has", "have")]
            if marked and not past:
                self.rel(marked[0], subj_i, "agr")
        if cl.time:
            self.rel(self.en_time(cl, path, main), main, "tmod")
        return main, noun_i if subj_i is None else subj_i

    def en_how_is(self, cl: Clause, key: str, path: tuple, word_path: tuple) -> tuple[int, int]:
        """*how old / how much* + is + the subject: the second word heads the clause; it and *is* align to
        ``word_path`` (வயது for the age, எவ்வளவு for the price), *how* to the question word."""
        how_word, word = self.lex.amounts[key]["en"]
        how, head = self.en(how_word, path + ("wh",)), self.en(word, word_path)
        cop = self.en(BE_PRESENT[np_number_en(self.lex, cl.subj)], word_path)
        subj_i = self.en_np(cl.subj, path + ("subj",), subject=True)
        self.rel(how, head, "advmod")
        self.rel(cop, head, "cop")
        self.rel(subj_i, head, "nsubj")
        self.rel(cop, subj_i, "agr")
        return head, subj_i

    def en_clause(self, cl: Clause, mood: str, path: tuple,
                  antecedent: tuple[NP, int] | None = None) -> tuple[int, int | None]:
        """Append the English clause; return (index of its head, index of its subject)."""
        lex = self.lex
        if cl.comp is not None and cl.verb == "tell":     # the teacher told the students that they did well
            from model.language.telling import en_tell

            return en_tell(self, cl, path)
        if cl.comp is not None:                 # i think it will rain tonight
            from model.language.thinking import en_think

            return en_think(self, cl, path)
        if cl.said is not None or cl.elided:    # he said he would come , but he did not (model.language.reported)
            from model.language.reported import en_elided, en_report
            return en_report(self, cl, path) if cl.said is not None else en_elided(self, cl, path)
        if cl.asked is not None:                # the doctor asked the nurse to help her (model.language.asking)
            from model.language.asking import en_ask
            return en_ask(self, cl, path)
        if cl.result is not None:               # i am so tired that i could sleep all day (model.language.extent)
            from model.language.extent import en_extent
            return en_extent(self, cl, path)
        if cl.how_many:                         # how many languages do you speak ? (model.language.how_many)
            from model.language.how_many import en_how_many
            return en_how_many(self, cl, path)
        if cl.owned:                            # whose book is this ?, is this your bag ?
            from model.language.possession import en_owned

            return en_owned(self, cl, mood, path)
        if cl.spent is not None:                # my phone battery is almost dead (model.language.spent)
            from model.language.spent import en_spent
            return en_spent(self, cl, path)
        if cl.full is not None:                 # the river bank was full of people (model.language.full)
            from model.language.full import en_full
            return en_full(self, cl, mood, path)
        if cl.clock:                            # what day is it today ?
            from model.language.clock import en_clock

            return en_clock(self, cl, path)
        if cl.origin:                           # where are you from ?
            from model.language.origin import en_origin

            return en_origin(self, cl, path)
        if cl.price_of:                         # what is the price of this shirt ?
            from model.language.price_of import en_price_of

            return en_price_of(self, cl, path)
        if cl.attr is not None:
            return self.en_verbless(cl, path)
        if cl.taste:                            # the cake tasted great (model.language.taste)
            from model.language.taste import en_taste

            return en_taste(self, cl, mood, path)
        if cl.weather:
            return self.en_weather(cl, mood, path)
        if cl.exp:
            return self.en_experiencer(cl, mood, path)
        if cl.exist:                            # there is a meeting today; i have an exam tomorrow
            return self.en_exist(cl, mood, path)
        if cl.age:                              # how old is your brother ?: how ← எத்தனை; old, is ← வயது
            return self.en_how_is(cl, "age", path, path + ("pred",))
        if cl.price:                            # how much is this ?: how, much, is ← எவ்வளவு
            return self.en_how_is(cl, "price", path, path + ("wh",))
        if cl.count:                            # how many children do you have ?: do, have ← the dative
            how_word, many_word = lex.amounts["count"]["en"]
            how, many = self.en(how_word, path + ("wh",)), self.en(many_word, path + ("wh",))
            obj_i = self.en_np(cl.obj, path + ("obj",), objective=True)
            number = np_number_en(lex, cl.subj)
            do = self.en("does" if number == "sg" else "do", path + ("subj", "head"))
            subj_i = self.en_np(cl.subj, path + ("subj",), subject=True)
            have = self.en("have", path + ("subj", "head"))
            self.rel(how, many, "advmod")
            self.rel(many, obj_i, "amod")
            self.rel(obj_i, have, "obj")
            self.rel(do, have, "aux")
            self.rel(subj_i, have, "nsubj")
            self.rel(do, subj_i, "agr")
            return have, subj_i
        if cl.vless:                            # what is your name ?: the copula aligns to the question word
            wh_i = self.en(lex.wh[cl.wh]["en"], path + ("wh",))
            cop = self.en(BE_PRESENT[np_number_en(lex, cl.subj)], path + ("wh",))
            subj_i = self.en_np(cl.subj, path + ("subj",), subject=True)
            self.rel(cop, wh_i, "cop")
            self.rel(subj_i, wh_i, "nsubj")
            self.rel(cop, subj_i, "agr")
            return wh_i, subj_i
        ride = cl.verb == "go" and cl.loc is not None and rides(lex, cl)     # we took a taxi (model.language.rides)
        if ride:
            verb = english_verb(lex, cl)
        else:
            from model.language.putting import english_verb as placed_verb
            verb = placed_verb(lex, cl, lex.verb(cl.verb))      # put with a place, keep without (v7e)
        visit = False
        if cl.purpose is not None:                              # (a clause without one never enters visiting.py)
            from model.language.visiting import visit_view, visits
            visit = visits(lex, cl)                             # are visiting us (model.language.visiting)
        if visit:
            cl, verb = visit_view(self, cl, path, verb)
        vp, copula = path + ("verb",), cl.verb == "be"
        base = "be" if copula else verb.en[0]
        aspect = english_aspect(lex, cl)
        after = [r for r in EN_AFTER_VERB if getattr(cl, r) is not None]
        if ride:
            after = ["loc"] + [r for r in after if r != "loc"]          # the taxi is what is taken
        heavy = [r for r in after if r in NP_ROLES and getattr(cl, r).rc is not None]
        after = [r for r in after if r not in heavy] + heavy          # a relative clause comes last
        others = [r for r in ("iobj", "source", "goal", "comit") if getattr(cl, r) is not None]
        # a statement fronts its time phrase before a relative clause, and its place phrase when
        # another phrase would follow it, so that neither can be read as part of a noun phrase
        front = [r for r in ("time", "loc") if mood == "decl" and getattr(cl, r) is not None
                 and (heavy or (r == "loc" and others)) and not (r == "loc" and ride)]
        after = [r for r in after if r not in front]
        fronted = []
        for role in front:
            if role == "time":
                fronted.append((self.en_time(cl, path, None), "tmod"))
            else:
                np = cl.loc
                fronted.append((self.en_np(np, path + ("loc",), loc_prep(lex, np)), "obl"))
        subj_i = wh_i = pre_i = None
        if mood == "rc":
            rc_np, rc_head = antecedent
            person = rc_np.kind != "noun" or lex.nouns[rc_np.head].cls == "person"
            rel_i = None if rc_np.det is None else self.en("who" if person else "that", vp)   # no that (v7h reduced)
            if cl.gap == "subj":
                number, agr_target = np_number_en(lex, rc_np), rc_head
            else:
                subj_i = self.en_np(cl.subj, path + ("subj",), subject=True)
                number, agr_target = np_number_en(lex, cl.subj), subj_i
            group = [self.en(w, vp) for w in verb_group(verb, cl.tense, number, aspect)]
        elif mood in ("decl", "question"):
            number = np_number_en(lex, cl.subj) if cl.subj is not None else "sg"
            pre_wh = self.en(lex.wh[cl.wh]["pre"]["en"], path + ("wh", "pre")) if cl.wh and lex.wh[cl.wh].get("pre") \
                else None
            wh_i = self.en(lex.wh[cl.wh]["en"], path + ("wh",)) if cl.wh else None     # where are you going ?
            self.rel(pre_wh, wh_i, "det")                                               # what time (v7g)
            if mood == "decl" or cl.wh == "who":                                        # who came ?
                subj_i = self.en_np(cl.subj, path + ("subj",), subject=True) if cl.subj is not None else None
                words = verb_group(verb, cl.tense, number, aspect, cl.neg) if not cl.modal else [base]
                if cl.never:                                # has never been (model.language.experience)
                    from model.language.experience import never_words
                    words = never_words(lex, verb, number)
                group = [self.en(w, vp) for w in words[:-1]]
                if cl.modal:                                # should ← வேண்டும் (model.language.modals)
                    from model.language.modals import en_modal_word

                    group.append(en_modal_word(self, path))
                pre = [j for j, a in enumerate(cl.advs) if lex.adverbs[a].get("pre")]
                pre_i = self.en(lex.adverbs[cl.advs[pre[0]]]["en"], path + ("adv", pre[0])) if pre else None
                if cl.never:
                    pre_i = self.en(lex.data["experience"]["en"], path + ("never",))
                group.append(self.en(words[-1], vp))                # we already ate, he always comes late
            else:
                words = verb_group(verb, cl.tense, number, aspect)
                if copula or aspect == "progressive" or cl.tense == "fut":
                    aux, rest = words[0], words[1:]              # is / are / was / will …
                else:
                    aux = {"past": "did", "pres": "does" if number == "sg" else "do"}[cl.tense]
                    rest = [base]
                group = [self.en(aux, vp)]
                subj_i = self.en_np(cl.subj, path + ("subj",), subject=True)
                group += [self.en(w, vp) for w in ["not"] * cl.neg + rest]     # why did you not come ?
            agr_target = subj_i if subj_i is not None else wh_i
        else:
            lead = lex.request["en"] if mood == "request" else [] if cl.familiar and not cl.please else ["please"]
            anchor = path + ("req",) if mood == "request" else (path + ("please",)) if cl.familiar else vp
            lead_is = [self.en(w, anchor, *((path + ("please",),) if cl.please and not cl.familiar else ()))
                       for w in lead]
            words = ["do", "not", base] if cl.neg else [base]        # please do not come
            group, agr_target = [self.en(w, vp) for w in words], None
        all_i = None
        if cl.everyone:                         # we are all happy (model.language.everyone)
            from model.language.everyone import en_everyone

            all_i = en_everyone(self, path)
        deg_i = None
        if cl.degree:
            words = lex.degrees[cl.degree]["ta"]
            deg_i = self.en(lex.degrees[cl.degree]["en"], *(path + ("degree", j) for j in range(len(words))))
        pred_en = lex.predicates[cl.pred]["en"] if cl.pred and cl.than is None else \
            lex.data["comparison"]["cmp"].get(cl.pred) if cl.pred else None          # taller (v6c comparison)
        pred_i = self.en(pred_en, path + ("pred",)) if copula and cl.pred else None
        if cl.than is not None and pred_i is not None:     # taller than me (model.language.comparison)
            from model.language.comparison import en_than
            en_than(self, cl, path, pred_i)
        self.rel(deg_i, pred_i, "advmod")
        self.rel(all_i, pred_i, "advmod")
        if copula and cl.pred2:                         # long but interesting (model.language.contrast)
            but_i = self.en("but", path + ("but",))
            pred2_i = self.en(lex.predicates[cl.pred2]["en"], path + ("pred2",))
            self.rel(but_i, pred2_i, "cc")
            self.rel(pred2_i, pred_i, "conj")
        main = pred_i if copula else group[-1]
        if visit:                                        # visiting ← வருகிறார்கள் and பார்க்க
            from model.language.visiting import with_infinitive
            with_infinitive(self, path, main)
        if cl.light:                                     # works ← வேலை and செய்கிறார்
            self.align[main] = sorted({*self.align[main], self.where[path + ("light",)]})
        loc_be = copula and cl.pred is None and cl.wh is None and cl.loc is not None
        if loc_be:                                       # ravi is in the office: "office" heads the clause
            np = cl.loc
            main = self.en_np(np, path + ("loc",), loc_prep(lex, np))
            after = [r for r in after if r != "loc"]
        elif copula and cl.pred is None:
            main = wh_i                                  # where is ravi ?: "where" is the predicate
        elif cl.wh:
            self.rel(wh_i, main, lex.wh[cl.wh].get("label") or WH_LABEL[lex.wh[cl.wh]["role"]])
        for head, label in fronted:
            self.rel(head, main, label)
        post = [j for j, a in enumerate(cl.advs) if not lex.adverbs[a].get("pre")]
        if (cl.some or cl.recipient_first) and "iobj" in after:     # give me some water, gave him her book
            after = ["iobj"] + [r for r in after if r != "iobj"]
        if cl.simile is not None:                        # time flies like an arrow (model.language.simile)
            from model.language.simile import en_simile
            en_simile(self, cl, path, main)
        for role in after + ["end"]:
            if post and role in ("time", "end"):             # he came to the office late yesterday
                self.rel(self.en(lex.adverbs[cl.advs[post[0]]]["en"], path + ("adv", post[0])), main, "advmod")
                post = []
            if role == "end":
                if cl.purpose is not None:          # … to see me (model.language.purpose)
                    from model.language.purpose import en_purpose

                    en_purpose(self, cl, path, main)
                break
            if role == "time":
                self.rel(self.en_time(cl, path, main), main, "tmod")
                continue
            if role == "loc" and cl.spot:               # into the river (model.language.spots)
                from model.language.spots import en_spot
                self.rel(en_spot(self, cl, path), main, "obl")
                continue
            np = getattr(cl, role)
            prep = PREPOSITION.get(role)
            if role == "loc":
                prep = None if ride else loc_prep(lex, np)
            if role == "obj" or role == "goal" and np.kind == "noun" and lex.nouns[np.head].en_bare \
                    and is_home(lex, np) or role == "iobj" and (cl.some or cl.recipient_first):     # give me some water
                prep = None
            if role == "iobj" and cl.obj is not None and cl.obj.rc is not None:
                prep = None         # before an object with a relative clause: tell the salesperson a plan that … (v8e)
            some_i = self.en(lex.amounts["some"]["en_food"][0], path + ("some",)) if role == "obj" and cl.some else None
            np_i = self.en_np(np, path + (role,), prep, objective=True)
            self.rel(some_i, np_i, "det")
            self.rel(np_i, main, "obj" if ride and role == "loc" else ROLE_LABEL[role])
        # function words of the verb group and the clause's core relations
        for tok in group:
            if tok != main:
                label = "advmod" if self.tgt[tok] == "not" else "cop" if copula and self.tgt[tok] in _BE else "aux"
                self.rel(tok, main, label)
        self.rel(subj_i, main, "nsubj")
        from model.language.reflexive import own_coref
        own_coref(self, cl, path, subj_i)               # his → my friend: the subject's own (v8d, reflexive.py)
        self.rel(pre_i, main, "advmod")
        if mood == "rc":
            self.rel(rel_i, main, {"subj": "nsubj", "obj": "obj"}[cl.gap])
        if mood in ("request", "imperative"):
            if mood == "request":
                self.rel(lead_is[0], main, "aux")
                self.rel(lead_is[1], main, "nsubj")
            elif lead_is:                               # வா . come . has no please
                self.rel(lead_is[0], main, "discourse")
        simple_present = cl.tense == "pres" and not copula and aspect == "simple" and mood in ("decl", "rc") \
            and not cl.neg
        marked = [t for t in group if self.tgt[t] in _NUMBER_MARKED or (simple_present and t == group[-1])]
        for tok in marked:
            self.rel(tok, agr_target, "agr")
        return main, subj_i


WH_LABEL = {"subj": "nsubj", "obj": "obj", "place": "advmod", "time": "advmod", "reason": "advmod", "manner": "advmod"}
_BE = {"am", "is", "are", "was", "were", "be"}
_NUMBER_MARKED = {"am", "is", "are", "was", "were", "does", "do", "has", "have"}


def loc_prep(lex: Lexicon, np: NP) -> str:
    """"in the office", "at school" (a bare_en place with no determiner)."""
    noun = lex.nominal(np.kind, np.head)
    if np.kind == "noun" and noun.en_bare and is_home(lex, np):
        return home_prep("loc")                                      # at home
    return "at" if np.kind == "noun" and np.det is None and "bare_en" in noun.tags else noun.loc_prep


def english_aspect(lex: Lexicon, cl: Clause) -> str:
    """"progressive" for an action in the Tamil present (it is happening: "is closing"), "simple"
    otherwise: states ("trusts"), habits ("every day"), the past and the future."""
    if cl.perfect or cl.never or cl.advs and is_perfect(lex, cl.advs) or \
            cl.time is not None and lex.times[cl.time].get("duration"):         # have lived … for ten years (v6c)                       # has gone; i have not eaten yet (இன்னும்)
        return "perfect"
    if cl.prog:                                                         # were laughing (v7a)
        return "progressive"
    if cl.tense != "pres" or lex.verb(cl.verb).stative or cl.habit:      # does not drink (a habit denied)
        return "simple"
    if cl.verb == lex.music_verb:                                       # plays the guitar: a skill (v8a music)
        return "simple"
    if cl.simile is not None or _always(lex, cl):       # time flies (like an arrow): a saying (v7h simile)
        return "simple"
    if cl.time is not None and lex.times[cl.time].get("habitual") or cl.wh is not None and timetable(lex, cl):
        return "simple"                                                  # what time does … leave (v7g)
    if any(lex.adverbs[a].get("habitual") for a in cl.advs):        # he always comes late
        return "simple"
    if cl.obj is not None and any(lex.adjectives[a].get("superlative") for a in cl.obj.adjs):
        return "simple"                                  # makes the best coffee: a habit (model.language.superlative)
    return "progressive"


def _always(lex: Lexicon, cl: Clause) -> bool:
    """Whether ``cl`` says what time always does (time flies; the classes of lexicon ``simile.drawn``)."""
    return cl.subj is not None and cl.subj.kind == "noun" and \
        lex.nouns[cl.subj.head].cls in lex.data.get("simile", {}).get("drawn", ())


def verb_group(verb, tense: str, number: str, aspect: str, neg: bool = False) -> list[str]:
    """English verb group of a statement or relative clause ("is closing", "trusts", "will send";
    negated: "is not closing", "does not trust", "did not send", "will not send", "was not");
    ``number`` is the subject's (``np_number_en``)."""
    if aspect == "progressive":                 # was laughing, were laughing (v7a: the past)
        be = ("were" if number == "pl" else "was") if tense == "past" else BE_PRESENT[number]
        return [be] + ["not"] * neg + [verb.en_ing]
    if aspect == "perfect":
        return perfect_group(verb, number, neg)
    words = verb.en_finite(tense, number)
    if not neg:
        return words
    if verb.key == "be" or words[0] == "will":
        return words[:1] + ["not"] + words[1:]
    aux = {"past": "did", "pres": "does" if number == "sg" else "do"}[tense]
    return [aux, "not", verb.en[0]]


def negative_tense(verb, time: str | None, lex: Lexicon) -> str:
    """The tense a Tamil -வில்லை form is read in (it says past and present alike): the present where the
    time phrase excludes the past (இப்போது now, தினமும் every day) or, with no time phrase, for a state
    (நம்பவில்லை: does not trust); the past otherwise (வரவில்லை: did not come). The generator negates a
    past or present clause only where its tense is this one, so each Tamil sentence has one reading."""
    if time is not None:
        return "pres" if "past" not in lex.times[time]["tense"] else "past"
    return "pres" if verb.stative else "past"


def linearize(sentence: Sentence, lex: Lexicon | None = None) -> Pair:
    """Both sides of ``sentence`` with gold alignment and gold English relations."""
    from model.language.forms import roman
    from model.language.joined import join_pair, participle_predicates
    from model.language.reference import object_coref

    lex = lex or load_lexicon()
    if not sentence.clauses:                        # மிக்க நன்றி . (model.language.alone)
        from model.language.alone import alone_pair

        return alone_pair(sentence)
    lin = _Linearizer(lex)
    last = "?" if sentence.mood in ("question", "request") else "."
    rain_first = sentence.conjs == ("because",) and sentence.clauses[1].weather    # மழை பெய்ததால் நான் …
    if rain_first:
        lin.ta_clause(sentence.clauses[1], "cause", ("cl", 1))
    for i, clause in enumerate(sentence.clauses[:1] if rain_first else sentence.clauses):
        if i:
            lin.ta(",", ("comma", i))
            if lex.conjunctions[sentence.conjs[i - 1]]["ta"] is None:      # a comma alone (model.language.next_event)
                lin.where[("conj", i)] = lin.where[("comma", i)]
            else:
                lin.ta(lex.conjunctions[sentence.conjs[i - 1]]["ta"], ("conj", i))
        lin.ta_clause(clause, sentence.mood, ("cl", i))
    lin.ta(last, ("punct",))
    heads, subjects = [], []
    for i, clause in enumerate(sentence.clauses):
        because = i and sentence.conjs[i - 1] == "because"
        if i:
            bare = lex.conjunctions[sentence.conjs[i - 1]]["ta"] is None     # he hit the ball and it flew (v7f)
            comma = None if because or bare else lin.en(",", ("comma", i))     # "… the street because it was tired"
            conj_words = lex.conjunctions[sentence.conjs[i - 1]]["en"]
            if sentence.conjs[i - 1] == "and" and not continues(lex, sentence.clauses[i - 1].subj, clause.subj):
                conj_words = conj_words[:1]         # மேலும்: "and also" goes on about the same subject, else "and"
            conj_is = [lin.en(w, ("conj", i)) for w in conj_words]
        head, subj = lin.en_clause(clause, sentence.mood, ("cl", i))
        if i:
            lin.rel(comma, head, "punct")
            for j, c in enumerate(conj_is):
                lin.rel(c, head, "advmod" if j else "mark" if because else "cc")
            lin.rel(head, heads[-1] if because else heads[0], "advcl" if because else "conj")
            if continues(lex, sentence.clauses[i - 1].subj, clause.subj) and subjects[-1] is not None:
                lin.rel(subj, object_coref(lin, lex, sentence, i) or subjects[-1], "coref")   # he → the previous
                # subject; i → i; it → the previous object where only it fits (v5d: … because it was too wide)
        heads.append(head)
        subjects.append(subj)
    lin.rel(lin.en(last, ("punct",)), heads[0], "punct")
    src, align = lin.spelled(), lin.align
    if any(w in participle_predicates() for w in src):      # மூடி இருந்தது → மூடியிருந்தது (model.language.joined)
        src, align = join_pair(src, align)
    pair = Pair(src=src, roman=[roman(w) for w in src], tgt=lin.tgt, align=align, relations=lin.rels,
                root=heads[0])
    if sentence.intj is None:
        return pair
    from model.language.interjections import with_interjection
    return with_interjection(pair, sentence.intj)


def owner_of(lex: Lexicon, subj: NP | None) -> str | None:
    from model.language.reflexive import owner_of as own

    return own(lex, subj)


def tamil_possessive(lex: Lexicon, det: str, own: str | None) -> str:
    from model.language.reflexive import tamil_possessive as word

    return word(lex, det, own)
