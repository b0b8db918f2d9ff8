"""Parse Mini-Tamil back into the abstract syntax, or say exactly why a sentence is not in it.

Two stages. A context-free backbone (Lark's Earley parser over word categories) finds the
clause and noun-phrase structure; the one rule that keeps the language unambiguous is in
the backbone: a noun phrase that carries a relative clause stands first in its clause, so
every relative clause starts where its clause starts. A second pass assigns roles by case,
checks agreement, verb frames, noun classes and tense, and builds the ``Sentence``. Finally
the sentence is linearized again and must reproduce the input token for token, so a parse
always round-trips to the same translation, alignment and relations.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from lark import Lark, Token, Tree
from lark.exceptions import UnexpectedInput

from model.errors import InputError
from model.language.alone import ALONE_MAX, read_alone
from model.language.amounts import age_problem, count_problem, price_problem, some_problem
from model.language.asking import read_ask
from model.language.bare import (
    acts_alone,
    indefinite_object,
    name_predicate_problem,
    place_in_town_problem,
    predicate_antecedent,
)
from model.language.because import because_problem
from model.language.benefactive import check_ben
from model.language.bodily import body_subject_problem, state_problem
from model.language.broken import read_mine_clause
from model.language.can_have import read_measured
from model.language.clock import read_clock
from model.language.comparison import read_liked_more, read_than
from model.language.consequence import starts_anew
from model.language.containers import is_place_role, target_role
from model.language.contrast import pred2_problem
from model.language.coordination import read_coordinated
from model.language.duration import duration_problem
from model.language.emphasis import degree_problem
from model.language.everyday import BARE_SUBJECTS, THIS, check_adverbs, exp_problem, vless_wh_problem
from model.language.everyday_words import (
    place_predicate_problem,
    state_time_fits,
    tense_fits,
    weather_adverb_problem,
)
from model.language.everyone import everyone_problem, split_everyone
from model.language.existence import exist_problem, held
from model.language.experience import read_never
from model.language.extent import read_extent
from model.language.forest import WordLexer, count_trees, first_word, read_marked
from model.language.forms import Analysis, analyses, base_spelling
from model.language.generator import MAX_RC_DEPTH, rc_tenses
from model.language.giving import some_given_problem, split_some
from model.language.grammar import (
    NP,
    Clause,
    Pair,
    Sentence,
    bare_plural,
    is_personal,
    linearize,
    negative_tense,
    np_agr,
    ta_order,
    unmarked_object,
)
from model.language.habits import habit_problem
from model.language.honour import can_honour
from model.language.how_many import read_how_many
from model.language.instrument import check_inst
from model.language.joined import joined_forms, participle_predicates, split_joined, split_note
from model.language.late_wh import read_late_wh
from model.language.lateness import adverb_as_predicate, predicate_words
from model.language.lexicon import Lexicon, Noun, load_lexicon
from model.language.light_verbs import in_town, light_problem
from model.language.loanwords import BARE_CLASSES
from model.language.located import is_placed_rc, placed, read_everyone_in, read_key_to, read_placed
from model.language.manner import fitting_predicate
from model.language.mine import read_mine
from model.language.modals import read_modal
from model.language.music import music_object_problem
from model.language.next_door import next_door_problem
from model.language.next_event import conjunction_keys
from model.language.origin import read_origin
from model.language.perfect import perfect_problem
from model.language.possession import owned_question, owned_statement
from model.language.price_of import read_price_of
from model.language.purpose import read_purpose
from model.language.recipients import read_recipient_first
from model.language.reduced import keeps_own, reduced_problem, resolve_own
from model.language.reference import refers_to_object
from model.language.reflexive import owner, unresolved
from model.language.reflexive import resolve as resolve_reflexive
from model.language.reported import mark_elided, read_report
from model.language.rides import is_ride
from model.language.rules import notes as sense_notes
from model.language.simile import hash_drawn, read_simile, with_simile
from model.language.spent import read_spent
from model.language.spots import read_spot, split_spot, stray_spot_word
from model.language.superlative import superlative_problem
from model.language.taste import read_taste, with_taste
from model.language.telling import IDAM, read_tell
from model.language.thinking import read_think
from model.language.timetable import pre_word_problem
from model.language.tokenizer import Tokens, tokenize_source
from model.language.was_doing import prog_problem

CATS = ("DET", "NUM", "ADJ", "N", "PRON", "TIME", "TMOD", "TN", "PRED", "VFIN", "VQ", "VRP",
        "VINF", "VIMP", "VEXP", "RAIN", "VWEA", "ADV", "PLEASE", "REQ", "WH", "DEG", "DEGA", "DEGB", "CONJ", "COMMA", "PERIOD", "QMARK",
        "HOWMANY", "AMOUNT", "SOME", "HOWMUCH", "INTJ", "LIGHT", "BODY", "VBODY", "WHOSED", "WHOSEP", "NQ", "CLOCK", "ALL",
        "WHICH", "TOWN", "ORIGIN", "NGEN", "PRICE", "ANY", "ENRU", "VTHINK", "THAN", "MORE", "NEVER", "POSSP", "ALLA", "MEASURE",
        "ALMOST", "SPENT", "VERDICT", "VSAID", "SELF", "VREP", "VCOULD", "VASKED", "REFL", "TASTE", "SIMILE", "FULL", "NAND")
CAT_NAMES = {"DET": "a determiner", "NUM": "a number", "ADJ": "an adjective", "N": "a noun",
             "PRON": "a pronoun", "TIME": "a time word", "TMOD": "கடந்த/அடுத்த", "TN": "வாரம்/மாதம்",
             "PRED": "a predicate (தயாராக …)", "VFIN": "a finite verb", "VQ": "a question verb (-ஆ)",
             "VRP": "a relative participle", "VINF": "an infinitive", "VIMP": "an imperative", "VEXP": "வேண்டும்/தெரியும்/பசிக்கிறது", "RAIN": "மழை", "VWEA": "பெய் (rain)", "ADV": "an adverb (ஏற்கெனவே, தாமதமாக …)", "PLEASE": "தயவுசெய்து",
             "REQ": "முடியுமா", "WH": "a question word (யார், எங்கே …)", "DEG": "மிகவும்", "DEGA": "அளவுக்கு", "DEGB": "அதிகமாக", "CONJ": "a conjunction", "INTJ": "மன்னிக்கவும்/நன்றி", "COMMA": "','", "PERIOD": "'.'", "QMARK": "'?'",
             "HOWMANY": "எத்தனை", "AMOUNT": "வயது", "SOME": "கொஞ்சம்", "HOWMUCH": "எவ்வளவு", "LIGHT": "வேலை (with செய்)",
             "BODY": "தலை/தூக்கம்/உடம்பு", "VBODY": "வலிக்கிறது/வருகிறது/சரியில்லை", "WHOSED": "யாருடைய",
             "WHOSEP": "யாருடையது", "NQ": "a noun with -ஆ (பையா)", "CLOCK": "கிழமை/மணி", "ALL": "எல்லோரும்", "WHICH": "எந்த", "TOWN": "ஊரை",
             "ORIGIN": "சேர்ந்தவர்", "NGEN": "a noun in the genitive (சட்டையின்)", "PRICE": "விலை", "ANY": "ஏதாவது", "ENRU": "என்று",
             "VTHINK": "நினைக்கிறேன் (think)",
             "VERDICT": "நன்றாக/தவறு (what was told)", "VSAID": "செய்ததாக (that … did)", "SELF": "தான்/தாங்கள்",
             "THAN": "-ஐவிட (என்னைவிட)", "MORE": "அதிகம்", "NEVER": "ஒருபோதும்", "POSSP": "என்னுடையது", "ALLA": "அல்ல",
             "MEASURE": "குவளை (a glass of)", "ALMOST": "கிட்டத்தட்ட", "SPENT": "தீர்ந்துவிட்டது",
             "FULL": "நிரம்பியிருந்தது (full)",
             "VREP": "a promise (வருவதாக)", "VCOULD": "a result (தூங்கக்கூடிய)",
             "VASKED": "what is asked (உதவுமாறு)", "REFL": "தனக்கு/தன்னை", "TASTE": "சுவையில்", "SIMILE": "போல",
             "NAND": "a person with -உம் (அம்மாவும்)"}
AGR_NAMES = {"m": "masculine singular", "f": "feminine singular", "h": "honorific singular",
             "n": "neuter singular", "pl_r": "plural (people)", "pl_n": "plural (things)",
             "1sg": "first person singular (நான்)", "2sg": "second person singular (நீ)",
             "2pl": "second person plural or polite (நீங்கள்)", "1pl": "first person plural (நாங்கள், நாம்)"}
CASE_ROLE = {"acc": "obj", "loc": "loc", "soc": "comit", "abl": "source", "ben": "ben", "ins": "inst"}

_BACKBONE = r"""
start: intj? (decl | question | request | imperative)
intj: INTJ_ comma
decl: clause (comma conj clause | comma itclause | comma conj mineclause)* period | mclause period | thinks period | vless period | exp period | weather period | weather clause period | mine period | spent period | tells period | full period
spent: det? ngen? n ALMOST_? SPENT_
full: det? n n FULL_
mine: (np | front) POSSP_ (vfin | ALLA_)?
question: qclause qmark | mclause qmark | wclause qmark | vwh qmark | exp qmark | weather qmark | age qmark | price qmark | own qmark | clock qmark | origin qmark | priceof qmark | mine qmark | full qmark
own: np WHOSEP_ | pron WHOSED_ n | pron det nq
clock: time? wh CLOCK_ | time? CLOCK_ wh
origin: np WHICH_ TOWN_ ORIGIN_
priceof: det ngen PRICE_ wh
price: np HOWMUCH_
age: np HOWMANY_ (AMOUNT_ | n) | np HOWMUCH_ AMOUNT_
weather: time? adv? RAIN_ VWEA_
exp: np SOME_? np? vexp | np DEG_ vexp | np DEG_? BODY_ vbody | np than np MORE_ vexp | np measure np vexp
measure: det MEASURE_
vwh: np wh
wclause: item* vfin
request: rclause req qmark
imperative: PLEASE_? iclause period
clause: front? item* vfin
mclause: front? item* vinf vexp
thinks: weather ENRU_ np? vthink
tells: np np (np | SELF_) verdict VSAID_ vfin
qclause: front? item* vq
rclause: front? item* vinf
iclause: front? item* vimp
front: rc np | rc everyone
itclause: ititem item* vfin -> clause
mineclause: POSSP_ pred vfin
ititem: itnp -> item
itnp: pron -> np
rc: front? item* vrp
vless: np np
item: np | time | pred | deg pred | pred conj pred | wh | adv | light | purpose | everyone | someobj | anyobj | than | never | report | extent | ask | whn | taste | simile | howmany
howmany: HOWMANY_ np
taste: TASTE_ deg? pred
simile: np SIMILE_
ask: refl? vasked
report: vrep
extent: vcould DEGA_
anyobj: ANY_
than: det? THAN_
never: NEVER_
light: LIGHT_
someobj: SOME_ np
everyone: ALL_
purpose: vinf
adv: ADV_
deg: DEG_ | DEGA_ DEGB_
whn: HOWMANY_ wh
np: det? adj* n | pron | det? ngen n | det? nand det? nand
det: DET_ | NUM_
time: timew | tmod TN_ | NUM_ TN_ | DET_ tmod TN_
"""


class NotInLanguage(InputError):
    """The sentence is not in Mini-Tamil; ``position`` is the offending token, if known."""

    def __init__(self, message: str, position: int | None = None):
        super().__init__(message)
        self.position = position


def _terminal(cats: frozenset[str]) -> str:
    return "_".join(sorted(cats)) + "_"


@lru_cache(maxsize=2)
def _parser(ambiguity: str = "resolve") -> tuple[Lark, dict[str, str]]:
    """The Earley parser and the word -> terminal table (built once per ``ambiguity`` mode;
    ``"explicit"`` keeps every parse, which the tests use to show that there is only one)."""
    table = {w: _terminal(frozenset(a.cat for a in an)) for w, an in analyses().items()}
    terminals = sorted(set(table.values()) | {_terminal(frozenset([c])) for c in CATS})
    rules = [_BACKBONE]
    for cat in CATS:
        if cat in ("DET", "NUM", "TN", "HOWMANY", "AMOUNT", "SOME", "HOWMUCH", "DEG", "DEGA", "DEGB", "RAIN", "VWEA", "ADV",
                   "PLEASE", "INTJ", "LIGHT", "BODY", "WHOSED", "WHOSEP", "CLOCK", "ALL", "WHICH", "TOWN", "ORIGIN",
                   "PRICE", "ANY", "ENRU", "THAN", "MORE", "NEVER", "POSSP", "ALLA", "MEASURE",
                   "ALMOST", "SPENT", "FULL", "VSAID", "SELF", "TASTE", "SIMILE"):   # single-category words
            continue
        alts = [t for t in terminals if cat in t[:-1].split("_")]
        rules.append(f"{'timew' if cat == 'TIME' else cat.lower()}: {' | '.join(alts)}")   # நாளை: a time, or நாளை காலை
    rules.append(f"%declare {' '.join(terminals)}")
    return Lark("\n".join(rules), parser="earley", lexer=WordLexer, ambiguity=ambiguity), table


def parse_count(tokens: list[str]) -> int:
    """How many syntax trees the backbone grammar gives ``tokens`` (1 for every sentence of the language)."""
    parser, table = _parser("explicit")
    base = [base_spelling(w) for w in tokens]
    if any(w in joined_forms() for w in base):          # மூடியிருந்தது: two grammar words (v8e)
        base = split_joined(base)
    if len(base) <= ALONE_MAX and read_alone(base) is not None:
        return 1                                    # மிக்க நன்றி . has no clause
    return count_trees(parser.parse([(w, table[w]) for w in base]))


@dataclass
class Parse:
    sentence: Sentence
    pair: Pair
    notes: list[str]                # how the tokenizer read the text (spoken endings, spellings)
    odd: list[str] = field(default_factory=list)    # sense rules the sentence breaks (model.language.rules)


def parse(text: str) -> Parse:
    """Parse user text (Tamil script, romanized or mixed). Raises ``InputError``/``NotInLanguage``."""
    return parse_tokenized(tokenize_source(text))


def parse_tokenized(toks: Tokens) -> Parse:
    """Parse text the tokenizer has already read (so a sentence is tokenized once)."""
    if toks.truncated:
        raise NotInLanguage("the sentence was cut to the models' longest input, so it has no reference")
    if toks.unknown:
        raise NotInLanguage(toks.describe_unknown(), toks.unknown[0])
    sentence = parse_tokens(toks.tokens)
    notes = toks.notes
    if any(w in participle_predicates() for w in toks.tokens):      # மூடி இருந்தது, typed apart (v8e)
        notes = notes + [n for n in [split_note(toks.tokens)] if n]
    return Parse(sentence, linearize(sentence), notes, sense_notes(sentence))


def parse_tokens(tokens: list[str]) -> Sentence:
    """Parse Tamil-script tokens (standard spelling, or without the junction doubling) into a
    ``Sentence``."""
    parser, table = _parser()
    typed, tokens = tokens, [base_spelling(w) for w in tokens]
    if any(w in joined_forms() for w in tokens):        # மூடியிருந்தது: the grammar's two words (v8e)
        typed = tokens = split_joined(tokens)
    for i, w in enumerate(tokens):
        if w not in table:
            raise NotInLanguage(f"unknown word '{typed[i]}'", i)
    alone = read_alone(tokens) if len(tokens) <= ALONE_MAX else None      # மிக்க நன்றி . (model.language.alone)
    if alone is not None:
        return alone
    try:
        tree = parser.parse([(w, table[w]) for w in tokens])
    except UnexpectedInput as err:
        token = getattr(err, "token", None)
        pos = token.start_pos if isinstance(getattr(token, "start_pos", None), int) else None
        raise NotInLanguage(_syntax_message(err, pos), pos) from None
    sentence = _Resolver(load_lexicon(), tokens).sentence(tree)
    if unresolved(sentence):
        raise NotInLanguage("தன் / தங்கள் (own) refers back to the subject of a clause with a verb (ரவி தன் குடையை "
                            "மறந்தான், ravi forgot his umbrella), not to the subject itself")
    produced = linearize(sentence).src
    if any(w in joined_forms() for w in produced):
        produced = split_joined(produced)
    if [base_spelling(w) for w in produced] != tokens:
        i = next(i for i, (a, b) in enumerate(zip(produced, tokens)) if base_spelling(a) != b)
        raise NotInLanguage(f"word order: at word {i + 1} the grammar expects '{produced[i]}', "
                            f"found '{typed[i]}' (expected order: {' '.join(produced)})", i)
    return sentence


def _syntax_message(err: UnexpectedInput, pos: int | None) -> str:
    expected = sorted({CAT_NAMES[c] for e in getattr(err, "expected", ())
                       for c in e.rstrip("_").split("_") if c in CAT_NAMES})
    if pos is None:
        return "the sentence ends too early" + (f": expected {' or '.join(expected)}" if expected else "")
    where = f"word {pos + 1} ('{err.token.value}')"
    return f"the grammar cannot continue at {where}" + (f"; expected {' or '.join(expected[:6])}" if expected else "")


class _Resolver:
    """Second pass: roles, agreement, frames and classes; builds the abstract tree."""

    def __init__(self, lex: Lexicon, tokens: list[str]):
        self.lex, self.tokens, self.table = lex, tokens, analyses()
        self.where_is = False

    def an(self, tok: Token, cat: str) -> Analysis:
        if cat == "N" and all(a.cat == "NAND" for a in self.table[tok.value]):    # a joined person's -உம் word, to
            a = self.table[tok.value][0]                  # code peeking at a noun phrase's last word, is nominative
            return Analysis("N", a.key, (a.feats[0], "nom", a.feats[1]))        # (v8b model.language.coordination)
        return next(a for a in self.table[tok.value] if a.cat == cat)

    def fail(self, msg: str, tok: Token | None = None):
        raise NotInLanguage(msg, tok.start_pos if tok is not None else None)

    def word(self, tok: Token) -> str:
        return f"'{tok.value}' (word {tok.start_pos + 1})"

    # ---- sentence --------------------------------------------------------------------
    def sentence(self, tree: Tree) -> Sentence:
        first = tree.children[0]
        if isinstance(first, Tree) and first.data == "intj":     # மன்னிக்கவும் , …
            return replace(self.body(tree.children[1]), intj=self.an(first_word(first), "INTJ").key)
        return self.body(first)

    def body(self, top: Tree) -> Sentence:
        mood = str(top.data)                 # a plain str in the tree (Lark gives a Token)
        if any(isinstance(c, Tree) and c.data == "vless" for c in top.children):
            node = next(c for c in top.children if isinstance(c, Tree) and c.data == "vless")
            self.prev_noun = None
            return Sentence(mood=mood, clauses=(self.verbless(node.children[0], node.children[1], None),))
        thinks = next((c for c in top.children if isinstance(c, Tree) and c.data == "thinks"), None)
        if thinks is not None:               # … மழை பெய்யும் என்று நான் நினைக்கிறேன் (model.language.thinking)
            self.prev_noun = None
            return Sentence(mood=mood, clauses=(read_think(self, thinks, mood),))
        tells = next((c for c in top.children if isinstance(c, Tree) and c.data == "tells"), None)
        if tells is not None:                # … மாணவர்களிடம் அவர்கள் நன்றாகச் செய்ததாகச் சொன்னார் (model.language.telling)
            self.prev_noun = None
            return Sentence(mood=mood, clauses=(read_tell(self, tells, mood),))
        priced = next((c for c in top.children if isinstance(c, Tree) and c.data == "priceof"), None)
        if priced is not None:               # இந்தச் சட்டையின் விலை என்ன ? (model.language.price_of)
            self.prev_noun = None
            return Sentence(mood=mood, clauses=(read_price_of(self, priced, price_problem),))
        origin = next((c for c in top.children if isinstance(c, Tree) and c.data == "origin"), None)
        if origin is not None:               # நீங்கள் எந்த ஊரைச் சேர்ந்தவர் ? (model.language.origin)
            self.prev_noun = None
            return Sentence(mood=mood, clauses=(read_origin(self, origin),))
        clock = next((c for c in top.children if isinstance(c, Tree) and c.data == "clock"), None)
        if clock is not None:                # இன்று என்ன கிழமை ? (model.language.clock)
            self.prev_noun = None
            return Sentence(mood=mood, clauses=(read_clock(self, clock, find_time),))
        spent_node = next((c for c in top.children if isinstance(c, Tree) and c.data == "spent"), None)
        if spent_node is not None:           # என் கைப்பேசியின் மின்கலம் தீர்ந்துவிட்டது (model.language.spent)
            return Sentence(mood=mood, clauses=(read_spent(self, spent_node),))
        full_node = next((c for c in top.children if isinstance(c, Tree) and c.data == "full"), None)
        if full_node is not None:            # அந்த ஆற்றங்கரை மக்களால் நிரம்பியிருந்தது (model.language.full)
            from model.language.full import read_full
            return Sentence(mood=mood, clauses=(read_full(self, full_node, mood),))
        mine_node = next((c for c in top.children if isinstance(c, Tree) and c.data == "mine"), None)
        if mine_node is not None:            # இந்தப் புத்தகம் என்னுடையது (model.language.mine)
            self.prev_noun = None
            return Sentence(mood=mood, clauses=(read_mine(self, mine_node, mood),))
        own = next((c for c in top.children if isinstance(c, Tree) and c.data == "own"), None)
        if own is not None:                  # இது உன் பையா ?, இது யாருடைய வீடு ? (model.language.possession)
            self.prev_noun = None
            return Sentence(mood=mood, clauses=(owned_question(self, own),))
        price = next((c for c in top.children if isinstance(c, Tree) and c.data == "price"), None)
        if price is not None:                # இது எவ்வளவு ? how much is this ?
            self.prev_noun = None
            subj, case, _, stok = self.np(price.children[0], 0, this_ok=True)
            problem = "the thing asked about takes no case suffix (இது எவ்வளவு ?)" if case != "nom" else \
                price_problem(self.lex, subj)
            if problem:
                self.fail(f"{self.word(stok)}: {problem}", stok)
            return Sentence(mood=mood, clauses=(Clause("be", "pres", subj=subj, price=True),))
        age = next((c for c in top.children if isinstance(c, Tree) and c.data == "age"), None)
        if age is not None:                  # உன் தம்பிக்கு எத்தனை வயது ?
            self.prev_noun = None
            return Sentence(mood=mood, clauses=(self.age(age),))
        rain = next((c for c in top.children if isinstance(c, Tree) and c.data == "weather"), None)
        if rain is not None and any(isinstance(c, Tree) and c.data == "clause" for c in top.children):
            return self.because_of(rain, next(c for c in top.children if isinstance(c, Tree) and c.data == "clause"))
        vwh = next((c for c in top.children if isinstance(c, Tree) and c.data in ("vwh", "exp", "weather")), None)
        if vwh is not None:
            self.prev_noun = None
            cl = self.verbless_wh(*vwh.children) if vwh.data == "vwh" else self.experiencer(vwh, mood) \
                if vwh.data == "exp" else self.weather(vwh, mood)
            return Sentence(mood=mood, clauses=(cl,))
        clause_nodes = [c for c in top.children if isinstance(c, Tree) and c.data.endswith("clause")]
        conjs = conjunction_keys(self, top.children)       # a comma alone: the next event (model.language.next_event)
        clauses, prev_subj, self.prev_noun = [], None, None
        self.prev_obj = (None, None)        # the previous clause's object and its noun (refers_to_object, v5d)
        if len(clause_nodes) == 1 and (there := self.existence(clause_nodes[0], mood)) is not None:
            return Sentence(mood=mood, clauses=(there,))        # இன்று மீட்டிங் இருக்கிறதா ? is there a meeting today ?
        for i, node in enumerate(clause_nodes):
            if node.data == "mineclause":                   # … , ஏனென்றால் என்னுடையது உடைந்திருந்தது (v8d broken)
                clauses.append(read_mine_clause(self, node, clauses, conjs[i - 1] if i else None))
                continue
            cl = self.clause(node, mood, depth=0, antecedent=prev_subj if i else None)
            clauses.append(cl)
            prev_subj = cl.subj
        if any(c.said is not None for c in clauses):        # …, ஆனால் அவன் வரவில்லை: but he did not (v7d)
            clauses = mark_elided(self.lex, clauses, conjs)
        if any(isinstance(c, Token) and c.type == "PLEASE_" for c in top.children):    # தயவுசெய்து வாருங்கள்
            clauses[0] = Clause(**{**clauses[0].__dict__, "please": True})
        return Sentence(mood=mood, clauses=tuple(clauses), conjs=tuple(conjs))

    # ---- noun phrases ------------------------------------------------------------------
    def np(self, node: Tree, depth: int, bare: bool = False, this_ok: bool = False,
           felt: bool = False) -> tuple[NP, str, Noun | None, Token]:
        """A noun phrase; ``bare`` lets a noun stand without a determiner (a noun predicate); ``this_ok`` lets
        இது stand (இது என்ன ?); ``felt``: an experiencer's dative (அவளுக்கு, which is nothing else)."""
        lex = self.lex
        kids = node.children
        if kids[-1].data == "nand":                      # என் சகோதரியும் அவளுடைய கணவரும் (v8b coordination)
            return read_coordinated(self, node, depth)
        if len(kids) > 1 and kids[-2].data == "ngen":   # அந்த அலமாரியின் சாவிகள் (model.language.located)
            return read_key_to(self, node, depth)
        if kids[0].data == "pron":
            tok = first_word(kids[0])
            a = self.an(tok, "PRON")
            key, case = a.key, a.feats[0]
            if key == THIS and not this_ok:
                self.fail(f"{self.word(tok)} (this) stands in a question without a verb (இது என்ன ?); elsewhere "
                          "say what it is (இந்தப் புத்தகம்)", tok)
            if case != "nom" and not felt and not lex.pronouns[key].get("en_obj"):
                self.fail(f"{self.word(tok)} says who wants, likes or feels (அவளுக்குக் காபி வேண்டும்); the language "
                          "has no 'her' as an object or recipient", tok)
            ante = self.prev_noun.key if lex.pronouns[key]["en"] is None and self.prev_noun is not None else None
            return NP(head=key, kind="pron", ante=ante), case, lex.pronoun_nouns.get(key) or lex.pronoun_things.get(key), tok
        det_tok = first_word(kids[0]) if kids[0].data == "det" else None
        adj_toks = [first_word(k) for k in kids if k.data == "adj"]
        n_tok = first_word(kids[-1])
        a = self.an(n_tok, "N")
        kind, case, number = a.feats
        noun = lex.nominal(kind, a.key)
        det = None
        if kind == "name":
            if det_tok or adj_toks:
                self.fail(f"the name {self.word(n_tok)} takes no determiner or adjective", det_tok or adj_toks[0])
        else:
            kin = bool({"kin", "kin_mine"} & set(noun.tags)) and number == "sg" and not adj_toks   # அம்மா வந்தார்
            thing = case == "nom" and number == "sg" and noun.cls in BARE_SUBJECTS      # பேருந்து வரும்: the bus
            thing = thing or case == "nom" and bare_plural(noun, number) or case == "ins"   # பூக்கள், தொலைநோக்கியால் (v7e)
            best = any(lex.adjectives[self.an(t, "ADJ").key].get("superlative") for t in adj_toks)   # மிகச்சிறந்த (v7b)
            if det_tok is None and not bare and not kin and not thing and not best and "mass" not in noun.tags \
                    and noun.cls != "place" and "the_bare" not in noun.tags:     # கிட்டார்: the guitar (v8a music)
                self.fail(f"the noun {self.word(n_tok)} needs a determiner before it "
                          "(அந்த the, இந்த this, ஒரு a, or a number)", n_tok)
            if det_tok is not None and noun.cls in BARE_CLASSES:
                self.fail(f"a {noun.cls} takes no determiner: {self.word(n_tok)} stands alone", det_tok)
            d = self.table[det_tok.value][0] if det_tok is not None else None
            det = d.key if d is not None else None
            if d is None:
                pass
            elif "the_bare" in noun.tags and d.key == "the":
                self.fail(f"{self.word(n_tok)} ({noun.en}) stands alone for 'the {noun.en}' (no அந்த)", det_tok)
            elif "mass" in noun.tags and (d.cat == "NUM" or d.key == "a" and "serving" not in noun.tags):
                self.fail(f"{self.word(n_tok)} ({noun.en}) is counted by no number and takes no ஒரு", det_tok)
            elif d.cat == "NUM" and number != "pl":
                self.fail(f"a number needs a plural noun: {self.word(n_tok)} is singular", n_tok)
            if d is not None and d.key == "a" and number != "sg":
                self.fail(f"ஒரு (a) needs a singular noun: {self.word(n_tok)} is plural", n_tok)
        adjs = []
        for t in adj_toks:
            key = self.an(t, "ADJ").key
            if not noun.fills(lex.adjectives[key]["for"]):
                self.fail(f"the adjective {self.word(t)} ({lex.adjectives[key]['en']}) does not "
                          f"describe a {noun.cls} like '{noun.en}'", t)
            if why := next_door_problem(lex, key, noun, case, det_tok is not None, number, len(adj_toks)):
                self.fail(f"{self.word(t)}: {why}", t)                          # பக்கத்து வீட்டில் (v8a)
            entry = lex.adjectives[key]
            clash = set(entry.get("clash", ())) & set(adjs)
            if clash:
                self.fail(f"'{entry['en']}' contradicts '{lex.adjectives[clash.pop()]['en']}'", t)
            if key in adjs:
                self.fail(f"{self.word(t)} repeats an adjective", t)
            if noun.fills(entry.get("not", ())):
                self.fail(f"the adjective {self.word(t)} ({entry['en']}) does not describe '{noun.en}'", t)
            if adjs and (noun.cls == "person" or entry.get("alone") or any(lex.adjectives[a].get("alone") for a in adjs)):
                self.fail(f"{self.word(t)}: one adjective is enough here (a person, or beside "
                          f"'{lex.adjectives[adjs[0]]['en']}')", t)
            if len(adjs) >= 2:
                self.fail(f"{self.word(t)}: a noun takes at most two adjectives", t)
            if det is not None and det in lex.numbers and entry.get("no_number"):
                self.fail(f"{self.word(t)} after a number would read as an age ('five-year-old'); "
                          "put it first or drop the number", t)
            adjs.append(key)
        return NP(head=a.key, kind=kind, number=number, det=det, adjs=tuple(adjs)), case, noun, n_tok

    # ---- clauses -----------------------------------------------------------------------
    def verbless(self, subj_node: Tree, attr_node: Tree, neg_tok: Token | None) -> Clause:
        """A noun predicate with no verb (அவள் என் தங்கை), or negated with இல்லை (அவன் மருத்துவர் இல்லை)."""
        lex = self.lex
        subj, case, who, stok = self.np(subj_node, 0, this_ok=True)
        if subj.kind == "pron" and subj.head == THIS:        # இது என் பை . (model.language.possession)
            return owned_statement(self, subj_node, attr_node, neg_tok)
        attr, acase, noun, atok = self.np(attr_node, 0, bare=True)        # a bare noun reads "a doctor"
        if case != "nom" or acase != "nom":
            self.fail("a sentence without a verb is a subject and a noun, both without a case suffix "
                      "(அவள் என் தங்கை)", stok if case != "nom" else atok)
        if attr.kind == "name" and not attr.adjs and attr.det is None:            # என் பெயர் ராமு
            problem = name_predicate_problem(lex, subj, attr)
            if problem:
                self.fail(f"{self.word(atok)}: {problem}", atok)
            return Clause("be", "pres", subj=subj, attr=attr, neg=neg_tok is not None)
        if noun is None or attr.kind != "noun" or noun.cls != "person":
            self.fail(f"{self.word(atok)}: a sentence without a verb says who someone is (a doctor, my "
                      "sister); other predicates need இரு (தயாராக இருக்கிறான்)", atok)
        if subj.kind == "pron" and subj.head not in lex.pronoun_nouns:
            ante = predicate_antecedent(lex, subj, attr, noun)       # அவர் என் அப்பா: he is my father
            if isinstance(ante, str):
                self.fail(f"the pronoun {self.word(stok)} needs an antecedent: {ante}", stok)
            return Clause("be", "pres", subj=ante, attr=attr, neg=neg_tok is not None)
        if who is None or who.cls != "person":
            self.fail(f"{self.word(stok)}: only a person can be '{noun.en}'", stok)
        if attr.adjs:
            self.fail(f"{self.word(atok)}: the noun predicate takes no adjective here", atok)
        if attr.det is not None and attr.det not in lex.possessives and attr.det != "a":
            self.fail(f"{self.word(atok)}: a noun predicate is bare (மருத்துவர், a doctor), with ஒரு, or with a "
                      "possessive (என் நண்பன், my friend)", atok)
        if who.key == noun.key:
            self.fail(f"{self.word(atok)} repeats the subject", atok)
        agr = np_agr(lex, subj)
        if (attr.number == "pl") != (agr in ("pl_r", "1pl")) and agr != "2pl":
            self.fail(f"{self.word(atok)} is {'plural' if attr.number == 'pl' else 'singular'} but its subject "
                      f"is {AGR_NAMES[agr]}", atok)
        sex = {"m": "m", "f": "f"}.get(who.gender) or {"he": "m", "she": "f"}.get(who.en_pron or "")
        other = {"m": "m", "f": "f"}.get(noun.gender) or {"he": "m", "she": "f"}.get(noun.en_pron or "")
        if sex and other and sex != other:
            self.fail(f"{self.word(atok)} ({noun.en}) does not fit {self.word(stok)}", atok)
        return Clause("be", "pres", subj=subj, attr=attr, neg=neg_tok is not None)

    def verbless_wh(self, np_node: Tree, wh_node: Tree) -> Clause:
        """உன் பெயர் என்ன ?, நீ யார் ?, என் கைப்பேசி எங்கே ?: a subject and a question word, no verb."""
        subj, case, _, stok = self.np(np_node, 0, this_ok=True)
        wtok = first_word(wh_node)
        wh = self.an(wtok, "WH").key
        if case != "nom":
            self.fail(f"{self.word(stok)}: a question without a verb asks about a subject with no case suffix", stok)
        problem = vless_wh_problem(self.lex, subj, wh)
        if problem:
            self.fail(f"{self.word(wtok)}: {problem}", wtok)
        return Clause("be", "pres", subj=subj, wh=wh, vless=True)

    def weather(self, node: Tree, mood: str, cause: bool = False) -> Clause:
        """நாளை மழை பெய்யும் (it will rain tomorrow), மழை பெய்யுமா ? (will it rain ?): a time, மழை and its verb."""
        lex = self.lex
        time_node = next((c for c in node.children if isinstance(c, Tree) and c.data == "time"), None)
        vtok = node.children[-1]
        readings = [a for a in self.table[vtok.value] if a.cat == "VWEA"]
        key, (tense, form) = readings[0].key, readings[0].feats
        time = None
        if time_node is not None:
            words = " ".join(first_word(t).value for t in time_node.children)
            time = find_time(lex, words)
            if time is None or lex.times[time].get("habitual") or time in ("by_tomorrow",):
                self.fail(f"'{words}' is not a time the weather is told with here", first_word(time_node))
        if (form == "cause") != cause:
            self.fail(f"{self.word(vtok)}: " + ("-ஆல் gives the reason for a clause that follows (மழை பெய்ததால் நான் "
                      "பள்ளிக்குப் போகவில்லை)" if form == "cause" else "the weather before a clause gives its reason "
                      "with -ஆல் (மழை பெய்ததால் …)"), vtok)
        if form == "cause":
            form = "decl"
        if (mood == "question") != (form == "q"):
            self.fail(f"{self.word(vtok)}: a yes/no question ends its verb with -ஆ and the sentence with '?'", vtok)
        if form == "neg" and tense != "fut":
            tense = negative_tense(lex.weather[key], time, lex)      # மழை பெய்யவில்லை: it did not rain
        if time is not None and tense not in lex.times[time]["tense"]:
            self.fail(f"'{' '.join(lex.times[time]['en'])}' does not fit the tense of {self.word(vtok)}", vtok)
        adv_toks = [first_word(c) for c in node.children if isinstance(c, Tree) and c.data == "adv"]
        advs = tuple(self.an(t, "ADV").key for t in adv_toks)
        problem = weather_adverb_problem(lex, advs, form == "neg")
        if problem:
            self.fail(f"{self.word(adv_toks[0])}: {problem}", adv_toks[0])
        return Clause(key, tense, time=time, neg=form == "neg", weather=True, advs=advs)

    def because_of(self, rain: Tree, node: Tree) -> Sentence:
        """மழை பெய்ததால் நான் பள்ளிக்குப் போகவில்லை (i did not go to school because it rained): the rain in -ஆல், then
        the main clause (model.language.because)."""
        self.prev_noun = None
        vtok = rain.children[-1]
        reason = self.weather(rain, "decl", cause=True)
        main = self.clause(node, "decl", depth=0)
        problem = because_problem(self.lex, main, reason)
        if problem:
            self.fail(f"{self.word(vtok)}: {problem}", vtok)
        return Sentence(mood="decl", clauses=(main, reason), conjs=("because",))

    def existence(self, node: Tree, mood: str) -> Clause | None:
        """நாளை எனக்குத் தேர்வு இருக்கிறது (i have an exam tomorrow), இன்று கல்லூரி இல்லை (there is no college today):
        இரு with no predicate after a plain noun tagged 'held' (model.language.existence); None when not one."""
        kids, lex = node.children, self.lex
        if node.data not in ("clause", "qclause") or kids[-1].data not in ("vfin", "vq"):
            return None
        vtok = first_word(kids[-1])
        be = [a for a in self.table[vtok.value] if a.cat in ("VFIN", "VQ") and a.key == "be" and a.feats[1] == "n"]
        parts = [k.children[0].data if k.data == "item" else k.data for k in kids[:-1]]
        if not be or not parts or parts[-1] != "np" or any(p not in ("np", "time") for p in parts):
            return None
        thing, case, _, tok = self.np(kids[-2].children[0], 0, bare=True)
        if case != "nom" or thing.kind != "noun" or not held(lex, thing.head):
            return None
        if parts not in (["np"], ["np", "np"], ["time", "np"], ["time", "np", "np"]):
            self.fail(f"{self.word(tok)}: there is … says the time, who has it, the thing, then இரு "
                      "(நாளை எனக்குத் தேர்வு இருக்கிறது)", tok)
        owner = None
        if parts[-2:] == ["np", "np"]:
            owner, ocase, _, otok = self.np(kids[-3].children[0], 0)
            if ocase != "dat":
                self.fail(f"{self.word(otok)}: who has it stands in the dative (எனக்கு, உனக்கு, ரவிக்கு)", otok)
        time = None
        if parts[0] == "time":
            words = " ".join(first_word(t).value for t in kids[0].children[0].children)
            time = find_time(lex, words)
        problem = exist_problem(lex, thing, owner, time, be[0].feats[0], mood)
        if problem:
            self.fail(f"{self.word(tok)}: {problem}", tok)
        return Clause("be", be[0].feats[0], subj=thing, iobj=owner, time=time, neg="neg" in be[0].feats, exist=True)

    def age(self, node: Tree) -> Clause:
        """உன் தம்பிக்கு எத்தனை வயது ? (how old is your younger brother ?): a person in the dative, எத்தனை, வயது;
        உங்களுக்கு எத்தனை குழந்தைகள் ? (how many children do you have ?): the same with a plural noun."""
        subj, case, _, stok = self.np(node.children[0], 0)
        if case != "dat":
            self.fail(f"{self.word(stok)}: whose age is asked stands in the dative (உனக்கு, ரவிக்கு, உன் தம்பிக்கு)", stok)
        problem = age_problem(self.lex, subj)
        if problem:
            self.fail(f"{self.word(stok)}: {problem}", stok)
        last = node.children[-1]
        if isinstance(last, Token):                  # எத்தனை வயது or எவ்வளவு வயது
            much = any(isinstance(c, Token) and c.type == "HOWMUCH_" for c in node.children)
            return Clause("be", "pres", subj=subj, age=True, age_much=much)
        ntok = first_word(last)
        kind, ncase, number = self.an(ntok, "N").feats
        problem = count_problem(self.lex, kind, self.an(ntok, "N").key, ncase, number)
        if problem:
            self.fail(f"{self.word(ntok)}: {problem}", ntok)
        return Clause("be", "pres", subj=subj, obj=NP(self.an(ntok, "N").key, number="pl"), count=True)

    def experiencer(self, node: Tree, mood: str) -> Clause:
        """எனக்குக் காபி வேண்டும், உனக்கு ஆங்கிலம் தெரியுமா ?, எனக்குப் பசிக்கிறது: a dative experiencer, a bare
        noun and a fixed form."""
        some = next((c for c in node.children if isinstance(c, Token) and c.type == "SOME_"), None)
        than = next((c for c in node.children if isinstance(c, Tree) and c.data == "than"), None)
        if than is not None:                # எனக்குக் காபியைவிடத் தேநீர் அதிகம் பிடிக்கும் (model.language.comparison)
            return read_liked_more(self, node, than, mood)
        if any(isinstance(c, Tree) and c.data == "measure" for c in node.children):
            return read_measured(self, node, mood)      # எனக்கு ஒரு குவளை தண்ணீர் கிடைக்குமா ? (v7b)
        nps, vtok = [c for c in node.children[:-1] if isinstance(c, Tree)], first_word(node.children[-1])
        body = next((c for c in node.children if isinstance(c, Token) and c.type == "BODY_"), None)
        deg = next((c for c in node.children if isinstance(c, Token) and c.type == "DEG_"), None)
        a = self.an(vtok, "VBODY" if body is not None else "VEXP")
        subj, case, _, stok = self.np(nps[0], 0, felt=True)
        degree = self.an(deg, "DEG").key if deg is not None else None
        problem = state_problem(self.lex, a.key, body.value if body is not None else None, a.feats[0], degree)
        if problem is None and body is not None and case == "dat":
            problem = body_subject_problem(self.lex, a.key, subj)
        if problem:
            self.fail(f"{self.word(vtok)}: {problem}", vtok)
        if case != "dat":
            self.fail(f"{self.word(vtok)} says what someone wants, likes, knows or feels: that person is in the dative "
                      "(எனக்கு, உனக்கு, ரவிக்கு)", stok)
        obj = None
        if len(nps) > 1:
            obj, ocase, _, otok = self.np(nps[1], 0)
            if ocase != "nom":
                self.fail(f"{self.word(otok)}: what is wanted or known takes no case suffix (எனக்குக் காபி வேண்டும்)",
                          otok)
        form = a.feats[0]
        if (mood == "question") != (form == "q"):
            self.fail(f"{self.word(vtok)}: a yes/no question ends with -ஆ and '?' "
                      f"({self.lex.experiencers[a.key].get('q', 'this one is said as a statement only')})"
                      if mood == "question" else f"{self.word(vtok)} asks a question: the sentence ends with '?'", vtok)
        problem = None if body is not None else exp_problem(self.lex, a.key, subj, obj, form == "neg")
        if problem:
            self.fail(f"{self.word(vtok)}: {problem}", vtok)
        if some is not None:
            problem = some_problem(self.lex, a.key, obj, form == "neg")
            if problem:
                self.fail(f"{self.word(some)}: {problem}", some)
        return Clause(a.key, "pres", subj=subj, obj=obj, neg=form == "neg", exp=True, some=some is not None,
                      degree=degree)

    def clause(self, node: Tree, mood: str, depth: int, antecedent: NP | None = None,
               head: Noun | None = None, matrix_tense: str | None = None, head_np: NP | None = None) -> Clause:
        lex = self.lex
        kids = node.children
        kinds = {k.children[0].data for k in kids[:-1] if k.data == "item"}     # the v5c items, if any
        def again(rest: Tree) -> Clause:             # the clause without the v5c item, read as any other
            return self.clause(rest, mood, depth, antecedent, head, matrix_tense, head_np)

        if "someobj" in kinds and split_some(kids) is not None:     # எனக்குக் கொஞ்சம் தண்ணீர் (model.language.giving)
            return read_marked(self, node, split_some, "some", some_given_problem, mood, depth, again)
        if "everyone" in kinds:                      # நாங்கள் எல்லோரும் (model.language.everyone)
            return read_marked(self, node, split_everyone, "everyone", everyone_problem, mood, depth, again)
        if "howmany" in kinds:                       # நீங்கள் எத்தனை மொழிகள் பேசுவீர்கள் ? (model.language.how_many)
            return read_how_many(self, node, mood, depth, again)
        if "report" in kinds:                        # அவன் வருவதாகச் சொன்னான் (model.language.reported)
            return read_report(self, node, mood, depth)
        if "ask" in kinds:                           # … செவிலியரிடம் தனக்கு உதவுமாறு கேட்டார் (model.language.asking)
            return read_ask(self, node, mood, depth)
        if "extent" in kinds:                        # … தூங்கக்கூடிய அளவுக்குச் சோர்வாக (model.language.extent)
            return read_extent(self, node, mood, depth)
        if "purpose" in kinds:                       # என்னைப் பார்க்க வந்தான் (model.language.purpose)
            return read_purpose(self, node, mood, depth, again)
        if node.data == "mclause":                   # நாம் புறப்பட வேண்டும் (model.language.modals)
            return read_modal(self, node, mood, depth, again)
        if "than" in kinds:                          # என்னைவிட உயரமாக இருக்கிறான் (model.language.comparison)
            return read_than(self, node, mood, depth, again)
        if "never" in kinds:                         # ஒருபோதும் சென்றதில்லை (model.language.experience)
            return read_never(self, node, mood, depth, again)
        if "np" in kinds and split_spot(self, kids) is not None:     # நதிக்குள் துரத்தியது (model.language.spots)
            return read_spot(self, node, mood, depth, again)
        verb_node = kids[-1]
        vtok = first_word(verb_node)
        nps = [k.children[0] for k in kids[:-1] if k.data == "item" and k.children[0].data == "np"]
        if len(kids) == 3 and len(nps) == 2 and mood == "decl" and depth == 0 and vtok.value == \
                lex.copula.negative("pres", "m"):
            return self.verbless(nps[0], nps[1], vtok)        # அவன் மருத்துவர் இல்லை
        cat = {"vfin": "VFIN", "vq": "VQ", "vrp": "VRP", "vinf": "VINF", "vimp": "VIMP"}[verb_node.data]
        wh_toks = [first_word(k.children[0] if k.children[0].data == "wh" else k.children[0].children[1])
                   for k in kids[:-1] if k.data == "item" and k.children[0].data in ("wh", "whn")]
        wh = self.an(wh_toks[0], "WH").key if wh_toks else None
        if wh_toks and (problem := pre_word_problem(lex, wh, [k.children[0].data for k in kids[:-1] if k.data == "item"])):
            self.fail(problem, wh_toks[0])                      # எத்தனை மணிக்கு (what time, v7g timetable)
        if len(wh_toks) > 1:
            self.fail("a question has one question word", wh_toks[1])
        if wh is not None and (mood != "question" or depth):
            self.fail(f"the question word {self.word(wh_toks[0])} needs a question: the sentence ends with '?'",
                      wh_toks[0])
        if wh is not None and node.data == "qclause":
            self.fail(f"with the question word {self.word(wh_toks[0])} the verb takes no -ஆ: "
                      f"{self.word(vtok)} asks yes or no", vtok)
        if node.data == "wclause" and wh is None:
            self.fail(f"a yes/no question ends its verb with -ஆ ({self.word(vtok)} has none), or asks with a "
                      "question word (யார், என்ன, எங்கே, எப்போது, ஏன், எப்படி)", vtok)
        readings = [a for a in self.table[vtok.value] if a.cat == cat]
        verb = lex.verb(readings[0].key)
        light = [(i, first_word(k.children[0])) for i, k in enumerate(kids[:-1])
                 if k.data == "item" and k.children[0].data == "light"]
        for i, ltok in light:                                           # வேலை செய்கிறார்: works
            key, why = light_problem(lex, ltok.value, {a.key for a in readings}, i == len(kids) - 2)
            if why or len(light) > 1:
                self.fail(f"{self.word(ltok)}: {why or 'a clause has one light verb'}", ltok)
            verb = lex.verb(key)
        neg = "neg" in readings[0].feats
        tense = readings[0].feats[0] if cat in ("VFIN", "VQ", "VRP") else "fut" if node.data == "mbody" else None
        habit = "habit" in readings[0].feats                # குடிப்பதில்லை: does not drink (model.language.habits)
        perfect = "perfect" in readings[0].feats            # சென்றிருக்கிறார்: has gone (model.language.perfect)
        prog = "prog" in readings[0].feats                  # சிரித்துக்கொண்டிருந்தார்கள்: were laughing (v7a)
        never = "never" in readings[0].feats                # சென்றதில்லை: have never been (model.language.experience)
        if never and not getattr(self, "never_item", False):
            self.fail(f"{self.word(vtok)} (have never …) goes with ஒருபோதும் before it (ஒருபோதும் சென்றதில்லை)", vtok)
        if neg and cat == "VFIN" and verb.key != "be" and tense != "fut" and not habit:
            times = [" ".join(first_word(t).value for t in item.children[0].children) for item in kids[:-1]
                     if item.data == "item" and item.children[0].data == "time"]
            time = find_time(lex, times[0]) if times else None
            tense = negative_tense(verb, time, lex)      # -வில்லை: past or present, by one rule
        roles: dict[str, object] = {}
        honour = False                                                  # elder kin, honorific verb
        role_tok: dict[str, Token] = {}
        nouns: dict[str, Noun | None] = {}
        time_key = pred_key = degree = pred2 = taste = simile = None
        advs: list[Token] = []
        time_pos = None
        self.where_is = verb.key == "be" and wh == "where"        # அந்த நிலையம் எங்கே இருக்கிறது ? a place may ask
        for item in kids[:-1]:
            if item.data == "front" and item.children[1].data == "everyone":   # அறையில் இருந்த எல்லோரும் (v7a)
                np_, case, noun, tok = read_everyone_in(self, item, tense)
                self.place(roles, role_tok, nouns, np_, case, noun, tok, verb, front=True)
                continue
            if item.data == "front":
                if depth >= MAX_RC_DEPTH:
                    self.fail(f"relative clauses nest at most {MAX_RC_DEPTH} deep", first_word(item))
                np_, case, noun, tok = self.np(item.children[1], depth, bare=True)   # bare: v7h reduced
                if noun is None or np_.kind != "noun":
                    self.fail(f"only a common noun can carry a relative clause, not {self.word(tok)}", tok)
                if is_placed_rc(self, item.children[0]):        # மேசையில் இருக்கும் (model.language.located)
                    rc = read_placed(self, item.children[0], np_, tense)
                else:
                    rc = self.clause(item.children[0], "rc", depth + 1, head=noun, matrix_tense=tense, head_np=np_)
                np_ = NP(np_.head, np_.kind, np_.number, np_.det, np_.adjs, rc)
                if np_.det is None and (problem := reduced_problem(np_, noun)):    # தன் அப்பா எழுதிய கடிதத்தை
                    self.fail(f"{self.word(tok)}: {problem}", tok)
                self.place(roles, role_tok, nouns, np_, case, noun, tok, verb, front=True)
                continue
            inner = item.children[0]
            if inner.data in ("wh", "whn", "light"):
                continue
            if inner.data == "adv":
                if why := stray_spot_word(lex, first_word(inner).value):     # மேலே alone (model.language.spots)
                    self.fail(why, first_word(inner))
                advs.append(first_word(inner))
                continue
            if inner.data == "np":
                np_, case, noun, tok = self.np(inner, depth)
                self.place(roles, role_tok, nouns, np_, case, noun, tok, verb)
            elif inner.data == "simile":                # அம்பு போல (model.language.simile)
                simile = read_simile(self, inner, depth, simile)
            elif inner.data == "taste":                 # சுவையில் அருமையாக (model.language.taste)
                taste, degree, pred_key, role_tok["pred"] = read_taste(self, inner, pred_key)
            elif inner.data == "time":
                time_pos = first_word(inner).start_pos
                words = " ".join(first_word(t).value for t in inner.children)
                key = find_time(lex, words)
                if key is None or time_key is not None:
                    self.fail(f"'{words}' is not a time expression here", first_word(inner))
                time_key = key
            else:
                if pred_key is not None:
                    self.fail("a clause has one predicate", first_word(inner))
                if inner.data == "deg":
                    degree = self.table[first_word(inner).value][0].key
                    inner = item.children[1]
                pred_key = self.an(first_word(inner), "PRED").key
                role_tok["pred"] = first_word(inner)
                if len(item.children) == 3:                         # நீளமாக ஆனால் சுவாரசியமாக (v6a)
                    pred2 = (self.an(first_word(item.children[1]), "CONJ").key,
                             self.an(first_word(item.children[2]), "PRED").key, first_word(item.children[1]))
        if (i := adverb_as_predicate(lex, verb.key, pred_key, [t.value for t in advs])) is not None:
            role_tok["pred"] = advs.pop(i)                              # தாமதமாக இருந்தான்: was late (v6a)
            pred_key = predicate_words(lex)[role_tok["pred"].value]
        # subject, gap and agreement
        gap = None
        subj = roles.get("subj")
        if mood in ("request", "imperative") and subj is not None:
            self.fail("a request or imperative has no subject (the addressee is implied)", role_tok["subj"])
        if mood == "rc":
            if subj is None:
                gap = "subj"
            elif verb.obj and "obj" not in roles:
                gap = "obj"
            else:
                self.fail(f"the relative clause ending in {self.word(vtok)} has no gap: its subject "
                          "and object are both present", vtok)
        elif mood in ("decl", "question"):
            if wh == "who" and subj is not None:
                self.fail(f"யார் (who) is the subject: {self.word(role_tok['subj'])} cannot be one too",
                          role_tok["subj"])
            if subj is None and wh != "who":
                self.fail(f"the verb {self.word(vtok)} has no subject (a noun without a case suffix)", vtok)
            if antecedent is not None and refers_to_object(lex, subj, self.prev_noun, *self.prev_obj, pred_key,
                                                           None if pred_key else verb.key):
                subj = roles["subj"] = replace(subj, ante=self.prev_obj[0].head)   # … because it was too wide
                nouns["subj"] = self.prev_obj[1]
            elif subj is not None and subj.kind == "pron" and not is_personal(lex, subj) \
                    and not starts_anew(lex, antecedent, subj):            # … closed , so she went home (v7g)
                if antecedent is None and subj.head not in lex.pronoun_nouns:
                    self.fail(f"the pronoun {self.word(role_tok['subj'])} needs an antecedent: it may only "
                              "be the subject of a clause after ', <conjunction>'", role_tok["subj"])
                if antecedent is not None and np_agr(lex, antecedent) != np_agr(lex, subj):
                    self.fail(f"the pronoun {self.word(role_tok['subj'])} refers to the previous clause's "
                              f"subject, which is {AGR_NAMES[np_agr(lex, antecedent)]}", role_tok["subj"])
                if antecedent is not None:
                    nouns["subj"] = self.prev_noun
            agr = np_agr(lex, subj) if subj is not None else "h"        # யார் வந்தார் ?
            if node.data == "mbody":
                pass                                                    # புறப்பட வேண்டும்: no agreement (modals)
            elif agr not in {r.feats[1] for r in readings} and can_honour(lex, subj) and \
                    "h" in {r.feats[1] for r in readings}:
                honour = True                                           # என் அண்ணன் … செய்கிறார்
            elif agr not in {r.feats[1] for r in readings}:
                forms = " or ".join(AGR_NAMES[r.feats[1]] for r in readings)
                self.fail(f"the verb {self.word(vtok)} is {forms} but its subject is {AGR_NAMES[agr]}", vtok)
        # frames and classes
        subj_noun = head if gap == "subj" else nouns.get("subj")
        self.check_wh(wh, wh_toks[0] if wh_toks else None, verb, roles, time_key, pred_key)
        if verb.key == "be" and subj_noun is not None and subj_noun.cls == "place" and not self.where_is \
                and "loc" in roles:                                                   # எங்கள் வீடு சென்னையில்
            problem = ("a place is said of with a predicate (அந்த நகரம் அழகாக இருக்கிறது) or put in a town, not both"
                       if pred_key is not None else place_in_town_problem(lex, roles["subj"], roles["loc"]))
            if problem:
                self.fail(f"{self.word(role_tok['subj'])}: {problem}", role_tok["subj"])
        if verb.key == "be":
            if pred_key is None and "loc" in roles and (mood != "decl" or depth or roles["subj"].rc is not None):
                self.fail(f"{self.word(role_tok['loc'])}: இரு with a place (ரவி வீட்டில் இருக்கிறான், ravi is in the "
                          "house) is a statement of its own", role_tok["loc"])
            if wh == "how" and (pred_key is not None or tense != "pres" or subj_noun is None
                                or subj_noun.cls != "person"):
                self.fail(f"{self.word(wh_toks[0])} with இரு asks how someone is now (நீங்கள் எப்படி "
                          "இருக்கிறீர்கள் ?), a person, with no predicate", wh_toks[0])
            if pred_key is None and wh not in ("where", "how") and "loc" not in roles:     # ரவி வீட்டில் இருக்கிறான்
                self.fail(f"the verb {self.word(vtok)} (be) needs a predicate such as தயாராக", vtok)
            problem = None if "loc" in roles else place_predicate_problem(subj_noun, pred_key, wh)
            if problem:
                self.fail(f"{self.word(role_tok['subj'])}: {problem}", role_tok["subj"])
            pred_key = fitting_predicate(lex, pred_key, subj_noun)      # நன்றாக: fine (a person), good (food)
            # whether the predicate fits its subject is a rule of sense (model.language.rules: subject-fits)
        elif pred_key is not None:
            self.fail(f"{self.word(role_tok['pred'])} needs the verb இரு (be)", role_tok["pred"])
        alone = acts_alone(lex, verb.key, subj_noun)                        # கடை திறக்கும்: the shop will open
        if alone and "obj" in roles:
            self.fail(f"{self.word(role_tok['obj'])}: a place {verb.en[1]} by itself and takes no object",
                      role_tok["obj"])
        if depth == 0:
            self.prev_noun = nouns.get("subj")
            role = "obj" if "obj" in roles else None if "loc" not in roles else \
                target_role(roles | {"verb": verb.key}, lambda _np: nouns.get("loc"))          # or the suitcase (v6d)
            self.prev_obj = (roles.get(role), nouns.get(role)) if role else (None, None)
        if mood in ("request", "imperative") and verb.key != "be" and "person" not in verb.subj:
            self.fail(f"'{verb.en[0]}' cannot be requested of a person", vtok)
        obj_noun = head if gap == "obj" else nouns.get("obj")
        if verb.obj and obj_noun is None and wh not in ("whom", "what") and not getattr(self, "counting", False) and \
                not (verb.obj_optional and (mood != "rc" or gap == "subj")) and not alone:
            self.fail(f"the verb {self.word(vtok)} ({verb.en[0]}) needs an object", vtok)
        if obj_noun is not None and not verb.obj:        # whether an object fits is a rule of sense (object-fits)
            self.fail(f"'{verb.en[0]}' takes no object", role_tok.get("obj", vtok))
        if "iobj" in roles and not verb.iobj:
            self.fail(f"'{verb.en[0]}' takes no recipient (dative)", role_tok["iobj"])
        if verb.iobj == "required" and "iobj" not in roles:
            self.fail(f"'{verb.en[0]}' needs a recipient in the dative (-க்கு)", vtok)
        for role in ("goal", "source"):
            if role in roles and not verb.motion:
                self.fail(f"{self.word(role_tok[role])}: only verbs of motion take a place in the "
                          f"{'dative' if role == 'goal' else 'ablative'}", role_tok[role])
        ride = verb.key == "go" and is_ride(nouns.get("loc"))                  # ஒரு டாக்சியில் சென்றோம் (v7g rides)
        if "loc" in roles and verb.motion and not ride:
            self.fail(f"{self.word(role_tok['loc'])}: verbs of motion take -க்கு (to) or -இலிருந்து "
                      "(from), not the locative", role_tok["loc"])
        if "comit" in roles:
            person = mood in ("request", "imperative") or wh == "who" or \
                (subj_noun is not None and subj_noun.cls == "person")          # யார் … ஓடு ஆடினார்கள் ?
            if not person or not verb.with_ok:
                self.fail(f"{self.word(role_tok['comit'])}: 'with' needs a person doing something "
                          f"together (not with '{verb.en[0]}')", role_tok["comit"])
        tense_name = {"past": "past", "pres": "present", "fut": "future"}
        if time_key is not None and (tense or "fut") not in lex.times[time_key]["tense"] and \
                not state_time_fits(lex, time_key, tense, pred_key):          # இரவில் அழகாக இருக்கிறது
            self.fail(f"'{' '.join(lex.times[time_key]['en'])}' does not fit the {tense_name[tense or 'fut']} tense", vtok)
        if time_key == "by_tomorrow" and not verb.deadline:
            self.fail(f"'by tomorrow' needs an action with an end, not '{verb.en[0]}'", vtok)
        if tense is not None and tense not in verb.tenses and \
                not tense_fits(lex, verb, tense, [self.an(t, "ADV").key for t in advs]):
            habit = " (in the present only as a habit, with எப்போதும்)" if verb.habit else ""
            self.fail(f"'{verb.en[0]}' is not used in the {tense_name[tense]} tense here{habit}", vtok)
        if verb.no_time and time_key is not None:
            self.fail(f"'{verb.en[0]}' takes no time phrase", vtok)
        if time_key == "soon" and not verb.soon:
            self.fail(f"'soon' does not fit '{verb.en[0]}'", vtok)
        if time_key is not None and tense == "pres" and verb.key == lex.music_verb:     # v8a music
            self.fail(f"{self.word(vtok)} in the present says a skill (plays the guitar), with no time phrase", vtok)
        if time_key is not None and lex.times[time_key].get("habitual") and "obj" in roles:
            self.fail(f"'{' '.join(lex.times[time_key]['en'])}' with an object reads oddly; use it with an action "
                      "that takes no object", vtok)
        if verb.key == "be" and time_key is not None and (lex.times[time_key].get("day") is None
                                                          or time_key in ("soon", "by_tomorrow")) \
                and not state_time_fits(lex, time_key, tense, pred_key):
            self.fail(f"a state holds on a day, not '{' '.join(lex.times[time_key]['en'])}'", vtok)
        if "loc" in roles and verb.key == "be" and pred_key is not None:
            self.fail(f"{self.word(role_tok['loc'])}: a state takes no place; இரு with a place says where "
                      "someone is (ரவி வீட்டில் இருக்கிறான்)", role_tok["loc"])
        if "loc" in roles and verb.where == () and verb.key != "be" and not in_town(lex, verb.key, roles["loc"]) \
                and not ride:
            self.fail(f"{self.word(role_tok['loc'])}: '{verb.en[0]}' takes no place", role_tok["loc"])
        # a place that does not fit the action is a rule of sense (model.language.rules: place-fits)
        if verb.key == "go" and "goal" not in roles and wh != "where" and not (mood == "imperative" and neg) \
                and not ride:
            self.fail(f"{self.word(vtok)} (go) needs a destination in the dative (-க்கு)", vtok)
        if "comit" in roles and "iobj" in roles:
            self.fail(f"{self.word(role_tok['comit'])}: a recipient and a with-phrase in one clause would read "
                      "ambiguously in English", role_tok["comit"])
        if mood != "decl":
            extras = sum((role in roles) for role in ("loc", "comit", "iobj")) + bool({"source", "goal"} & set(roles))
            heavy = any(getattr(roles.get(r), "rc", None) is not None for r in ("obj", "iobj"))
            if extras > 1:
                self.fail(f"the clause ending in {self.word(vtok)} has more than one of place, company, recipient "
                          "and from/to; English would attach them ambiguously", vtok)
            if heavy and (time_key is not None or "loc" in roles or "comit" in roles):
                self.fail(f"the clause ending in {self.word(vtok)} puts a time, place or with-phrase beside a noun with "
                          "a relative clause; English could only attach it to the relative clause", vtok)
        if mood == "rc" and tense not in rc_tenses(matrix_tense):
            self.fail(f"the relative clause ending in {self.word(vtok)} is {tense_name[tense]}, which does not fit "
                      f"its {tense_name.get(matrix_tense, '')} main clause", vtok)
        adv_keys = check_adverbs(lex, [self.an(t, "ADV").key for t in advs], verb, mood, depth, tense, neg, time_key,
                                 any(getattr(r, "rc", None) is not None for r in roles.values())) if advs else ()
        if isinstance(adv_keys, str):
            self.fail(f"{self.word(advs[0])}: {adv_keys}", advs[0])
        if any(lex.adverbs[k].get("place") for k in adv_keys) and {"loc", "goal", "source"} & set(roles):
            self.fail(f"{self.word(advs[0])} already says where: the clause takes no other place", advs[0])
        if degree is not None and degree_problem(degree, mood, wh, neg, pred_key):     # இவ்வளவு: so (v5d)
            self.fail(degree_problem(degree, mood, wh, neg, pred_key), role_tok.get("pred"))
        if habit and (problem := habit_problem(lex, verb, mood, depth, time_key, advs)):
            self.fail(problem, vtok)
        if perfect and (problem := perfect_problem(lex, verb, mood, depth, time_key, advs, neg)):
            self.fail(problem, vtok)
        if prog and (problem := prog_problem(lex, verb, mood, depth, neg) or (advs and "adverbs: not here")):
            self.fail(f"{self.word(vtok)}: {problem}", vtok)
        if time_key is not None and lex.times[time_key].get("duration") and \
                (problem := duration_problem(lex, verb.key, mood, depth, neg, advs, tense)):
            self.fail(problem, vtok)                        # பத்து வருடங்களாக (model.language.duration)
        time_first = time_pos is not None and "subj" in role_tok and time_pos < role_tok["subj"].start_pos
        if time_first and (mood != "decl" or depth or wh is not None):
            self.fail(f"{self.word(first_word(kids[0]))}: a time phrase goes before the subject in a statement only",
                      first_word(kids[0]))
        owner_np = head_np if gap == "subj" else subj                     # தன்: the subject's own
        own = None if owner_np is None else owner(np_agr(lex, owner_np), head if gap == "subj" else nouns.get("subj"))
        kept = roles.pop("subj") if head_np is not None and head_np.det is None and \
            keeps_own(mood, head_np, roles.get("subj")) else None        # தன் on a bare relative's subject (v7h)
        roles, problem = resolve_reflexive(lex, roles, own)
        if kept is not None:
            roles["subj"] = kept
        elif not problem and any(getattr(np_, "rc", None) is not None and np_.det is None for np_ in roles.values()):
            roles, problem = resolve_own(roles, own)     # தன் அப்பா எழுதிய கடிதத்தை அவள் … (model.language.reduced)
        if problem:
            self.fail(problem, vtok)
        cl = Clause(verb=verb.key, tense=tense, pred=pred_key, time=time_key, gap=gap, neg=neg, wh=wh, degree=degree,
                    advs=adv_keys, time_first=time_first, familiar=cat == "VIMP" and "sg" in readings[0].feats,
                    light=bool(light), honour=honour, habit=habit, perfect=perfect, never=never, prog=prog,
                    **{r: roles.get(r) for r in ("subj", "obj", "iobj", "loc", "comit", "source", "goal", "ben", "inst")})
        cl = read_recipient_first(self, cl, role_tok, vtok)            # தன் புத்தகத்தை அவனுக்கு (v7e)
        check_ben(self, cl, role_tok.get("ben", vtok), role_tok.get("subj"))     # தன் மனைவிக்காக (v7e benefactive)
        check_inst(self, cl, role_tok.get("inst", vtok))                # தொலைநோக்கியால் (v7e instrument)
        cl = with_simile(self, cl, simile, vtok) if simile is not None else cl    # like an arrow (v7h)
        cl = with_taste(self, cl, taste, mood) if taste is not None else cl      # tasted great (v7h)
        if pred2 is not None:                                               # long but interesting (v6a)
            cl = replace(cl, pred2=pred2[1])
            if problem := pred2_problem(lex, cl, mood, pred2[0]):
                self.fail(f"{self.word(pred2[2])}: {problem}", pred2[2])
        wh_last = bool(wh_toks) and kids[-2].data == "item" and kids[-2].children[0].data == "wh"
        return read_late_wh(cl, True, lambda c: ta_order(lex, c)) if wh_last else cl   # அவன் என்னை ஏன் அழைத்தான் ?

    def check_wh(self, wh: str | None, tok: Token | None, verb, roles: dict, time_key: str | None,
                 pred_key: str | None) -> None:
        """A question word stands for a role the clause leaves open, and one its verb has."""
        if wh is None:
            return
        lex, word = self.lex, self.word(tok)
        people = [n for n in lex.nouns.values() if n.cls == "person"]
        if wh in ("whom", "what"):
            if not verb.obj or verb.obj_case != "acc" or "obj" in roles:
                self.fail(f"{word} asks for an object, and '{verb.en[0]}' has "
                          + ("it already" if "obj" in roles else "none"), tok)
            person = any(n.fills(verb.obj) for n in people)
            thing = any(n.fills(verb.obj) for n in lex.nouns.values() if n.cls != "person")
            if not (person if wh == "whom" else thing):
                self.fail(f"{word}: '{verb.en[0]}' takes {'a person (யாரை)' if person else 'a thing (என்ன)'}", tok)
        if wh == "where":
            taken = {"goal", "source"} & set(roles) if verb.motion else {"loc"} & set(roles)
            if taken or (verb.where == () and verb.key != "be") or (verb.key == "be" and pred_key is not None):
                self.fail(f"{word} asks for a place the clause already has or its verb does not take", tok)
        if wh == "when" and time_key is not None:
            self.fail(f"{word} asks for the time, and the clause already says it", tok)

    def place(self, roles, role_tok, nouns, np_: NP, case: str, noun: Noun | None, tok: Token,
              verb, front: bool = False) -> None:
        """Assign a noun phrase its role from its case (and, for the dative, the verb); a bare mass noun in
        the nominative is an unmarked object (காபி குடித்தான், drank coffee)."""
        bare_mass = np_.kind == "noun" and np_.det is None and noun is not None and "mass" in noun.tags \
            and "the_bare" not in noun.tags                                  # வானிலை: the weather, a subject
        dish = np_.kind == "noun" and np_.det is None and noun is not None and not bare_mass and \
            unmarked_object(noun, np_.number) and np_.rc is None
        if case == "nom" and dish and verb.obj and noun.fills(verb.obj):        # தோசை சாப்பிட்டான்: ate dosa
            role = "obj"
        elif case == "nom" and "subj" in roles and indefinite_object(np_, noun, verb):
            role, np_ = "obj", replace(np_, unmarked=True)          # ரவி ஒரு புத்தகம் வாங்கினான்: bought a book
        elif case == "nom" and bare_mass and noun.cls in hash_drawn(self.lex):
            role = "subj"                                               # காலம் பறக்கிறது: time flies (v7h simile)
        elif case == "nom" and bare_mass:
            if not verb.obj:
                self.fail(f"{self.word(tok)}: a noun without அந்த/இந்த is an object here, and '{verb.en[0]}' "
                          "takes none", tok)
            role = "obj"
        elif case != "nom" and bare_mass:
            self.fail(f"{self.word(tok)}: with a case suffix the noun needs அந்த or இந்த (அந்தக் காபியை); "
                      "without one it stands alone (காபி குடித்தான்)", tok)
        elif case == "nom":
            role = "subj"
        elif case == "dat":
            if verb.obj_case == "dat" and noun is not None and noun.cls == "person" and "obj" not in roles:
                role = "obj"
            else:
                role = "goal" if noun is not None and noun.cls == "place" else "iobj"
        elif case == IDAM:                  # மாணவர்களிடம், செவிலியரிடம்: the one told (telling) or asked (asking)
            self.fail(f"{self.word(tok)}: -இடம் marks the one told what someone did (… மாணவர்களிடம் அவர்கள் "
                      "நன்றாகச் செய்ததாகச் சொன்னார்) or asked to do something (… செவிலியரிடம் தனக்கு உதவுமாறு "
                      "கேட்டார்); -இடம் goes with asking or telling", tok)
        else:
            role = CASE_ROLE[case]
        place_role = role in ("loc", "source", "goal")
        if noun is not None and place_role != (noun.cls == "place" or role == "loc" and is_place_role(noun, role)) and not (role == "subj" and self.where_is) \
                and not (role == "subj" and ((verb.key == "be" and (np_.det is not None or np_.kind == "name"))
                                             or acts_alone(self.lex, verb.key, noun))):   # அந்த நகரம் அழகாக …, கடை திறக்கும்
            need = "a place" if place_role else "a person or thing"
            self.fail(f"{self.word(tok)}: this case needs {need}", tok)
        if noun is not None and "the_bare" in noun.tags and role != "subj" and \
                not (role == "obj" and verb.key == self.lex.music_verb):            # கிட்டார் வாசிக்கிறான் (v8a)
            self.fail(f"{self.word(tok)} (the {noun.en}) is said of as a subject only (வானிலை இதமாக இருக்கிறது, "
                      f"the {noun.en} is nice)", tok)
        if role == "obj" and verb.key == self.lex.music_verb and (why := music_object_problem(self.lex, verb.key, np_)):
            self.fail(f"{self.word(tok)}: {why}", tok)
        if role in ("comit", "iobj") and (noun is None or noun.cls != "person"):
            self.fail(f"{self.word(tok)}: this case needs a person", tok)
        if (placed(np_) or np_.of is not None) and role != "subj":      # model.language.located
            self.fail(f"{self.word(tok)}: a noun says where it is, or a key what it opens, as a subject only", tok)
        if front and role not in ("subj", "obj", "iobj"):
            self.fail(f"{self.word(tok)}: only subjects, objects and recipients take relative clauses", tok)
        if role in roles:
            self.fail(f"{self.word(tok)} is a second {role_name(role)} in one clause", tok)
        if np_.adjs and (why := superlative_problem(self.lex, np_, role)):   # மிகச்சிறந்த காபி: the best (v7b)
            self.fail(why, tok)
        roles[role], role_tok[role], nouns[role] = np_, tok, noun


def find_time(lex: Lexicon, words: str) -> str | None:
    """The time expression whose Tamil words are ``words`` (கடந்த வாரம் → last_week), or ``None``."""
    return next((k for k, t in lex.times.items() if " ".join(t["ta"]) == words), None)


def role_name(role: str) -> str:
    return {"subj": "subject", "obj": "object", "iobj": "recipient", "loc": "place", "comit": "companion",
            "source": "origin", "goal": "destination", "ben": "one it is done for", "inst": "instrument"}[role]

