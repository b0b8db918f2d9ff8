"""Noun phrases of the English parser: determiners, adjectives, nouns, names, pronouns and the roles
that prepositions give them (the first half of the resolver; ``english_resolver`` adds clauses)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from lark import Token, Tree

from model.language.containers import is_place_role, is_task
from model.language.demonstratives import demonstrative_phrase
from model.language.english_grammar import Reading, readings
from model.language.everyday_words import home_word_problem, is_home
from model.language.forest import first_word
from model.language.generator import MAX_RC_DEPTH
from model.language.grammar import NP, Clause, indefinite, unmarked_object
from model.language.instrument import english_instrument, instruments
from model.language.lexicon import Lexicon, Noun
from model.language.loanwords import BARE_CLASSES, kind_only
from model.language.next_door import is_next_door, next_door_phrase
from model.language.parser import NotInLanguage, role_name
from model.language.superlative import english_best_problem, superlative_problem
from model.language.tokenizer import shorten

PERSONAL_READINGS = {
    "you": "read 'you' as நீங்கள் (polite or plural); நீ, the informal singular, reads the same in English",
    "we": "read 'we' as நாங்கள் (we, not you); நாம், which includes the listener, reads the same in English",
    "your": "read 'your' as உங்கள் (polite or plural); உன், the informal singular, reads the same in English",
    "our": "read 'our' as எங்கள் (ours, not yours); நம், which includes the listener, reads the same in English",
}


@dataclass(frozen=True)
class Phrase:
    """A resolved noun phrase: the tree's ``NP``, its noun (for classes), its head word and text (for
    messages), its relative clause still to resolve, and for a pronoun its possible keys."""

    np: NP
    noun: Noun | None
    tok: Token
    text: str
    rc: Tree | None = None
    pron: tuple[str, ...] | None = None


def article(word: str) -> str:
    """'a doc', 'an object'."""
    return indefinite(word) + " " + word


def span(node: Tree, tokens: list[str], width: int = 60) -> str:
    """The words under ``node``, cut for a message."""
    pos = [t.start_pos for t in node.scan_values(lambda v: isinstance(v, Token))]
    return shorten(" ".join(tokens[min(pos): max(pos) + 1]), width)


class PhraseReader:
    """Noun phrases and their roles; ``clause`` (for relative clauses) comes from the subclass."""

    def __init__(self, lex: Lexicon, tokens: list[str]):
        self.lex, self.tokens = lex, tokens
        self.notes: list[str] = []

    def fail(self, message: str, tok: Token | None = None):
        raise NotInLanguage(message, tok.start_pos if tok is not None else None)

    def reading(self, tok: Token, cat: str) -> Reading:
        return next(r for r in readings(tok.value) if r.cat == cat)

    def clause(self, node: Tree, mood: str, depth: int, conj=None, head=None, matrix_tense=None) -> Clause:
        raise NotImplementedError

    def phrase(self, node: Tree) -> Phrase:
        """A noun phrase (``np`` or ``rnp`` node) with its determiner and adjectives checked."""
        if node.data == "possnp":               # mine (was broken) as a subject (v8d, model.language.broken)
            from model.language.broken import read_english_mine_subject

            return read_english_mine_subject(self, node)
        if node.data == "cnp":                  # my sister and her husband (v8b coordination)
            from model.language.coordination import read_english_cnp
            return read_english_cnp(self, node)
        if node.data == "pnp":                  # the book on the table, the keys to the cabinet (v7a)
            from model.language.located import read_english_pnp

            return read_english_pnp(self, node)
        toks = [c for c in node.children if isinstance(c, Token)]
        rc = next((c for c in node.children if isinstance(c, Tree)), None)
        head, text = toks[-1], " ".join(t.value for t in toks)
        if any(t.type in ("SOME", "LITTLE") for t in toks):
            self.fail(f"'{text}': 'some' and 'a little' go with want and know (i want some coffee, i know a "
                      "little tamil)", toks[0])
        if head.type == "REL":                  # please do not touch that (model.language.demonstratives, v7g)
            return demonstrative_phrase(self, head, text, rc)
        if head.type in ("PRON", "YOU"):
            keys = tuple(r.key for r in readings(head.value))
            return Phrase(NP(head=keys[0], kind="pron"), None, head, text, rc, keys)
        if (door := next_door_phrase(self, toks, text, rc)) is not None:    # lives next door (v8a)
            return door
        r = self.reading(head, head.type)
        if head.type == "NAME":
            if len(toks) > 1:
                self.fail(f"the name '{head.value}' takes no determiner or adjective", toks[0])
            return Phrase(NP(head=r.key, kind="name"), self.lex.names[r.key], head, text, rc)
        det_tok = toks[0] if toks[0].type in ("DET", "NUM") else None
        adj_toks = [t for t in toks if t.type == "ADJ"]
        mods = [t for t in adj_toks if self.reading(t, "ADJ").key.startswith("@")]
        adj_toks = [t for t in adj_toks if t not in mods]
        r = self.noun_reading(head, mods, toks)
        noun = self.lex.nouns[r.key]
        why = home_word_problem(self.lex, head.value, noun, det_tok is not None, bool(adj_toks or mods))
        if why:
            self.fail(why, head)
        kinds = tuple(self.reading(t, "ADJ").key for t in adj_toks) if adj_toks else ()
        if any(self.lex.adjectives[k].get("superlative") for k in kinds):   # the best coffee: மிகச்சிறந்த (v7b)
            if why := english_best_problem(self.lex, det_tok.value if det_tok else None, kinds, noun):
                self.fail(why, det_tok or head)
            return Phrase(NP(head=r.key, kind="noun", number=r.feat, det=None, adjs=kinds), noun, head, text, rc)
        if "the_bare" in noun.tags and (det_tok is None or det_tok.value == "the") and kind_only(self.lex, kinds):
            if det_tok is None:                                           # the weather: வானிலை, no அந்த
                self.fail(f"'{noun.en}' takes 'the' here (the {noun.en})", head)
            return Phrase(NP(head=r.key, kind="noun", number="sg", det=None, adjs=kinds), noun, head, text, rc)
        if det_tok is None and head.value == noun.en_bare:                    # home: the bare house
            return Phrase(NP(head=r.key, kind="noun", number="sg", det=None), noun, head, text, rc)
        if det_tok is None and ("mass" in noun.tags or "kin" in noun.tags and r.feat == "sg" and not adj_toks
                                or "bare_en" in noun.tags and r.feat == "sg" and not adj_toks    # to school
                                or unmarked_object(noun, r.feat) and rc is None):    # eat (hot) dosa
            adjs = tuple(self.reading(t, "ADJ").key for t in adj_toks)
            return Phrase(NP(head=r.key, kind="noun", number=r.feat, det=None, adjs=adjs), noun, head, text, rc)
        if det_tok is None:
            self.fail(f"the noun '{head.value}' needs a determiner before it (the, a, this/these or a number)", head)
        if noun.cls in BARE_CLASSES:
            self.fail(f"a {noun.cls} takes no determiner: '{noun.en}' stands alone", det_tok)
        det = self.reading(det_tok, det_tok.type)
        if "mass" in noun.tags and (det.cat == "NUM" or det.key == "a" and "serving" not in noun.tags):   # a coffee
            self.fail(f"'{noun.en}' takes no 'a' and no number ('{noun.en}', 'the {noun.en}')", det_tok)
        self.det_fits(det_tok, det, r.feat, noun, toks[1].value)
        self.note_reading(det_tok.value)
        adjs: list[str] = []
        for t in adj_toks:
            key = self.reading(t, "ADJ").key
            adj = self.lex.adjectives[key]
            if not noun.fills(adj["for"]):
                self.fail(f"the adjective '{t.value}' does not describe {article(noun.cls)} like '{noun.en}'", t)
            clash = set(adj.get("clash", ())) & set(adjs)
            if clash:
                self.fail(f"'{t.value}' contradicts '{self.lex.adjectives[clash.pop()]['en']}'", t)
            adjs.append(key)
        np = NP(head=r.key, kind="noun", number=r.feat, det=det.key, adjs=tuple(adjs))
        return Phrase(np, noun, head, text, rc)

    def noun_reading(self, head: Token, mods: list[Token], toks: list[Token]) -> Reading:
        """The noun a word names with the modifier it takes ('younger sister' தங்கை, 'sister' அக்கா)."""
        if len(mods) > 1 or (mods and toks[-2] is not mods[0]):
            self.fail(f"'{mods[-1].value}' stands right before the noun it belongs to", mods[-1])
        mod = mods[0].value if mods else None
        fits = [r for r in readings(head.value) if r.cat == "NOUN" and self.lex.nouns[r.key].en_mod == mod]
        if not fits:
            self.fail(f"'{mod}' does not go with '{head.value}'" if mod else
                      f"'{head.value}' needs the word that goes with it here", mods[0] if mods else head)
        return fits[0]

    def note_reading(self, word: str) -> None:
        """Say how a word with two Tamil counterparts was read (you: நீங்கள் or நீ; our: எங்கள் or நம்)."""
        reading = PERSONAL_READINGS.get(word)
        if reading and reading not in self.notes:
            self.notes.append(reading)

    def det_fits(self, tok: Token, det: Reading, number: str, noun: Noun, following: str) -> None:
        """A determiner agrees with its noun's number; 'a' is 'an' before a vowel."""
        sg, pl = noun.en, noun.en_pl or noun.en
        if "plural_en" in noun.tags:            # glasses: one thing, plural in English (v7e)
            if det.key == "a" or det.cat == "NUM":
                self.fail(f"'{noun.en}' is plural in English and one thing in Tamil: write 'the {noun.en}', "
                          f"'these {noun.en}' or 'my {noun.en}'", tok)
            number = "pl"
        if det.cat == "NUM" and number != "pl":
            self.fail(f"a number needs a plural noun: '{tok.value} {pl}', not '{tok.value} {sg}'", tok)
        if det.cat == "DET" and det.feat not in ("any", number):
            fix = {("a", "pl"): f"'the {pl}' or a number", ("this", "pl"): f"'these {pl}'",
                   ("this", "sg"): f"'this {sg}'"}[det.key, number]
            self.fail(f"'{tok.value}' does not go with the {'plural' if number == 'pl' else 'singular'} "
                      f"'{pl if number == 'pl' else sg}': write {fix}", tok)
        if det.key == "a" and tok.value != indefinite(following):
            want = "an" if tok.value == "a" else "a"
            self.fail(f"'{tok.value} {following}': the grammar writes '{want} {following}'", tok)

    def with_rc(self, ph: Phrase, role: str, depth: int, tense: str | None) -> Phrase:
        """Resolve the phrase's relative clause (its clause has ``depth`` and ``tense``)."""
        if ph.rc is None:
            return ph
        if role not in ("subj", "obj", "iobj"):
            self.fail(f"'{ph.text}': only subjects, objects and recipients take relative clauses", ph.tok)
        if ph.np.kind != "noun":
            self.fail(f"only a common noun can carry a relative clause, not the name '{ph.text}'", ph.tok)
        if depth >= MAX_RC_DEPTH:
            self.fail(f"relative clauses nest at most {MAX_RC_DEPTH} deep", first_word(ph.rc))
        rc = self.clause(ph.rc, "rc", depth + 1, head=ph, matrix_tense=tense)
        if ph.rc.data == "bare_rc":             # the letter her father wrote (model.language.reduced)
            from model.language.reduced import english_reduced

            return english_reduced(self, replace(ph, np=replace(ph.np, rc=rc)), role)
        return replace(ph, np=replace(ph.np, rc=rc))

    def place(self, roles: dict[str, Phrase], item: Tree, depth: int, tense: str | None) -> None:
        """Give a phrase after the verb (or fronted) its role: bare = object, 'to' a person = recipient,
        'to' a place = destination, 'from' = origin, 'with' = company, 'in' = place."""
        kids = item.children
        prep = first_word(kids[0]) if item.data in ("pp", "heavy") and kids[0].data == "prep" else None
        node = kids[-1] if item.data in ("pp", "heavy") else item
        ph = self.phrase(node)
        if ph.pron is not None:
            objects = [r.key for r in readings(ph.text) if r.feat == "obj"]
            if not objects:
                subject = self.lex.pronouns[ph.pron[0]]
                fix = f"write '{subject['en_obj']}'" if subject.get("en_obj") else "the language has no such object"
                self.fail(f"the pronoun '{ph.text}' is a subject form; as an object {fix}", ph.tok)
            key = objects[0]
            self.note_reading(ph.text)
            noun = self.lex.pronoun_nouns.get(key) or self.lex.pronoun_things[key]     # that (v7g)
            ph = Phrase(NP(head=key, kind="pron"), noun, ph.tok, ph.text)
        where = f"'{prep.value} {ph.text}'" if prep else f"'{ph.text}'"
        cls = ph.noun.cls
        if prep is None:
            role = "goal" if is_home(self.lex, ph.np) else "loc" if is_next_door(self.lex, ph.np) else "obj"   # went home
        elif prep.value == "to" and is_home(self.lex, ph.np):
            self.fail(f"{where}: English goes '{ph.text}' with no 'to' (went {ph.text})", prep)
        elif prep.value == "for":                   # for his wife (model.language.benefactive)
            role = "ben"
        elif prep.value == "to":
            if cls not in ("person", "place"):
                self.fail(f"{where}: 'to' takes a person (a recipient) or a place (a destination)", prep)
            role = "iobj" if cls == "person" else "goal"
        else:
            role = {"from": "source", "with": "comit"}.get(prep.value, "loc")
            if prep.value == "with" and is_task(ph.noun):
                role = "loc"                                            # help me with my homework (v6d)
            elif prep.value == "with" and ph.noun.cls != "person" and ph.np.kind == "noun" and \
                    any(ph.noun.key in tools for tools in instruments(self.lex).values()):
                role = "inst"                                           # with a telescope (v7e instrument)
                ph = replace(ph, np=english_instrument(self.lex, ph.np))
            need = "person" if role == "comit" else "place"
            if cls != need and not is_place_role(ph.noun, role) and role != "inst":   # in the suitcase (v6d)
                self.fail(f"{where}: '{prep.value}' takes a {need}", prep)
            want = "at" if ph.np.det is None and "bare_en" in ph.noun.tags or is_home(self.lex, ph.np) \
                else ph.noun.loc_prep
            if role == "loc" and prep.value != want:
                self.fail(f"{where}: the grammar says '{want} {ph.text}'", prep)
        self.claim(roles, role, self.with_rc(ph, role, depth, tense))

    def claim(self, roles: dict[str, Phrase], role: str, ph: Phrase) -> None:
        """Record a role once; a place can only be a place, destination or origin."""
        if is_place_role(ph.noun, role) != (role in ("loc", "source", "goal")):
            self.fail(f"'{ph.text}' is a place: it can only follow 'in', 'to' or 'from'", ph.tok)
        if ph.np.adjs and (why := superlative_problem(self.lex, ph.np, role)):    # the best coffee (v7b)
            self.fail(why, ph.tok)
        if role in roles:
            self.fail(f"'{ph.text}' is a second {role_name(role)} in one clause"
                      + (" (a recipient takes 'to')" if role == "obj" else ""), ph.tok)
        roles[role] = ph

