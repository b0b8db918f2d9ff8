"""Parse the English side of Mini-Tamil → English back into the abstract syntax, so that gold relations
exist for any sentence of the language a learner types — or say exactly why a sentence is not in it.

Design (three stages and a check, like the Tamil parser):

1. **Backbone** (``english_grammar``): a Lark Earley grammar over English word categories derived from
   the lexicon. It fixes the structure — clauses, coordination, noun phrases, relative clauses, verb
   groups, time phrases — and is strict about one thing only: a noun phrase with a relative clause is
   the last phrase of its clause, so a phrase after it belongs to the relative clause (the grammar's
   heavy-NP convention). On the language it has exactly one parse.
2. **Resolver** (``english_phrases``, ``english_resolver``): roles from prepositions, tense and aspect
   from the verb group, pronouns against the previous clause's subject, and the grammar's conditions
   (agreement, determiners, frames, classes, tenses) with a message in English terms.
3. **Round trip**: the tree is linearized and must give the input tokens exactly; otherwise the message
   shows the grammar's English for the same tree (adjective order, *a/an*, the phrase order).
4. **Tamil check**: the tree's Tamil side must be accepted by the Tamil parser and parse back to a tree
   with the same English, so the English and Tamil parsers agree on what is in the language, and the
   returned tree is the Tamil parser's own (``linearize(tree).tgt == tokens`` always holds).

**Where English loses what Tamil says.** Several trees can have the same English. Where they differ only
in Tamil-side detail that the tree does not encode, any one would do. Where they differ in the tree,
the parser reads the English one way, by fixed rules:

* *read* (base and past): the past, unless the clause says present (a habit such as *every day*, with a
  plural subject).
* *they*: அவர்கள் (people) or அவை (things), whichever the antecedent is.
* a repeated *the <noun>* as the subject after ", so", "because", ", and then", ", and also" or ", but" + an action,
  where the previous subject is that honorific noun: the honorific pronoun அவர் (a ``coref`` relation);
  after ", and" (without *also*) and after ", but" + a state — where the grammar contrasts two people — a
  new noun phrase. A note says when the first reading was chosen.

Input is bounded: at most ``EnglishParserConfig.max_tokens`` tokens (the encoder reads 160) after the
tokenizer's 2,000-character cap, so the Earley parse stays well under a second.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from model.errors import LIMITS, InputError
from model.language.alone import alone_sentence, english_alone
from model.language.demonstratives import case_problem
from model.language.english_grammar import backbone, word_category
from model.language.english_resolver import Resolver
from model.language.grammar import Pair, Sentence, linearize
from model.language.interjections import english_interjection, interjections
from model.language.located import settle
from model.language.parser import NotInLanguage, parse_tokens
from model.language.rules import notes as sense_notes
from model.language.tokenizer import Tokens, tokenize_english

QUESTION_STARTS = ("do", "does", "did", "am", "is", "are", "was", "were", "will", "can",
                   "who", "what", "where", "when", "why", "how", "whose")


@dataclass(frozen=True)
class EnglishParserConfig:
    """Limits of the English parser."""

    max_tokens: int = LIMITS.parse_tokens   # the self-attention encoder reads at most 160 tokens


@dataclass
class EnglishParse:
    """A parsed English sentence: its tree, the pair it linearizes to (gold relations) and notes."""

    sentence: Sentence
    pair: Pair
    notes: list[str]
    odd: list[str] = field(default_factory=list)    # sense rules the sentence breaks (model.language.rules)


def parse_english(text: str, config: EnglishParserConfig = EnglishParserConfig()) -> EnglishParse:
    """Parse English text of the language. Raises ``InputError`` (unusable text) or ``NotInLanguage``."""
    return parse_english_tokens(tokenize_english(text), config)


def parse_english_tokens(toks: Tokens, config: EnglishParserConfig = EnglishParserConfig()) -> EnglishParse:
    """Parse English already tokenized (``tokenize_english``): the self-attention page parses the same
    tokens the encoder reads. Raises ``NotInLanguage`` with the reason."""
    tokens, notes = list(toks.tokens), list(toks.notes)
    if len(tokens) > config.max_tokens:
        raise NotInLanguage(f"the text has {len(tokens)} words and punctuation marks; a sentence here has at "
                            f"most {config.max_tokens} (the longest input the encoder reads)")
    if toks.unknown:
        raise NotInLanguage(toks.describe_unknown(), toks.unknown[0])
    if english_alone(tokens) is not None:             # thank you very much . (model.language.alone)
        finish_english(tokens, notes)
        sentence = alone_sentence(english_alone(tokens))
        return EnglishParse(sentence, linearize(sentence), notes, sense_notes(sentence))
    intj, skip = english_interjection(tokens)         # sorry , … / thank you , …
    rest = tokens[skip:]
    opener = next((e["en"] for e in interjections().values() if rest[:len(e["en"])] == e["en"]), None)
    if intj is None and opener:
        raise NotInLanguage(f"'{' '.join(opener)}' opens a sentence and a comma follows it "
                            f"('{' '.join(opener)} , i came late .')", 0)
    finish_english(rest, notes)
    try:
        sentence, more = english_tree(rest)
    except NotInLanguage as err:
        raise NotInLanguage(str(err), None if err.position is None else err.position + skip) from None
    if intj is not None:
        sentence = replace(sentence, intj=intj)
    return EnglishParse(sentence, linearize(sentence), notes + more, sense_notes(sentence))


def finish_english(tokens: list[str], notes: list[str]) -> None:
    """Give the sentence the final mark its first word calls for (in place, with a note): '?' after a
    question or request (did/is/will/can …), '.' otherwise."""
    want = "?" if tokens[0] in QUESTION_STARTS else "."
    if tokens[-1] not in ".?":
        tokens.append(want)
        notes.append(f"added the final '{want}' the sentence needs")
    elif tokens[-1] != want and tokens.count(".") + tokens.count("?") == 1:
        what = "a question or request ends with '?'" if want == "?" else "a statement ends with '.'"
        notes.append(f"{what}: read the final '{tokens[-1]}' as '{want}'")
        tokens[-1] = want


def english_tree(tokens: list[str]) -> tuple[Sentence, list[str]]:
    """The tree whose English is exactly ``tokens`` (lower case, final mark included), and notes on
    how an ambiguous word was read. Raises ``NotInLanguage`` with the reason."""
    if not tokens or any(word_category(w) is None for w in tokens):
        raise InputError("the text has words outside the language")
    resolver = Resolver(tokens)
    sentence = settle(resolver.sentence(backbone(tokens)))      # the book on the table: its tense (v7a)
    if case_problem(resolver.lex, sentence):                   # ravi helped that (v7g demonstratives)
        raise NotInLanguage(case_problem(resolver.lex, sentence))
    pair = linearize(sentence)
    if pair.tgt != tokens:
        raise NotInLanguage(order_message(tokens, pair.tgt), _first_difference(tokens, pair.tgt))
    src = pair.src
    try:
        again = parse_tokens(src)
    except NotInLanguage as err:
        raise NotInLanguage(f"not in the language: {err} (the Tamil would be: {' '.join(src)})") from None
    if linearize(again).tgt != tokens:
        raise NotInLanguage(f"not in the language: its Tamil ({' '.join(src)}) reads back as "
                            f"'{' '.join(linearize(again).tgt)}'")
    return again, resolver.notes


TAMIL_ONLY = {"you_sg": "you", "we_incl": "we", "your_sg": "your", "our_incl": "our"}


def english_view(tree: Sentence) -> Sentence:
    """The tree as its English tells it, which is what the English parser can recover: நீ and நீங்கள் are
    both *you* (also *your*, *we*, *our*), a place with no determiner is *the* place (அந்த), and so is a bare
    thing (a subject); தயவுசெய்து and the imperative alone are both *please*; என் கைப்பேசி எங்கே ? is … எங்கே
    இருக்கிறது ?."""
    from dataclasses import fields, replace

    from model.language.everyday import BARE_SUBJECTS
    from model.language.everyday_words import is_home
    from model.language.grammar import NP, Clause, ante_pronoun
    from model.language.lexicon import load_lexicon

    lex = load_lexicon()

    def view(node):
        if isinstance(node, NP):
            changes = {f.name: view(getattr(node, f.name)) for f in fields(node) if f.name == "rc"}
            head = TAMIL_ONLY.get(node.head, node.head) if node.kind == "pron" else node.head
            det = TAMIL_ONLY.get(node.det, node.det)
            if node.kind == "noun" and det is None and lex.nouns[node.head].cls == "place" and \
                    "bare_en" not in lex.nouns[node.head].tags and not is_home(lex, node):
                det = "the"
            noun = lex.nouns.get(node.head) if node.kind == "noun" else None
            if noun is not None and det is None and node.number == "sg" and noun.cls in BARE_SUBJECTS and \
                    "mass" not in noun.tags:
                det = "the"                             # பேருந்து வரும்: the bus will come (அந்தப் பேருந்து)
            if noun is not None and det is None and "kin_mine" in noun.tags:
                det = "my"                              # தம்பி வந்தான்: my younger brother came (என் தம்பி)
            return replace(node, head=head, det=det, unmarked=False, **changes)   # ஒரு புத்தகம்(ஐ): a book
        if isinstance(node, Clause):
            plain = {"please": False, "vless": node.vless and node.wh != "where",   # தயவுசெய்து; … எங்கே ?
                     "familiar": node.familiar and not node.please,              # தயவுசெய்து வா: please come
                     "time_first": False, "age_much": False,      # இன்று நான் …: English reads நான் இன்று; எவ்வளவு வயது
                     "wh_late": False, "light": False, "honour": False,   # v5b: என்னை ஏன்; வேலை செய்; அண்ணன் … -ஆர்
                     "dropped": False}            # v6b: … என்று நினைக்கிறேன் leaves out நான், English says i
            out = replace(node, **plain, **{f.name: view(getattr(node, f.name)) for f in fields(node)
                                            if isinstance(getattr(node, f.name), (NP, Clause))})
            if node.obj is not None and node.obj.kind == "noun" and node.obj.det is None and \
                    "kin_mine" not in lex.nouns[node.obj.head].tags:      # (தங்கையை: my younger sister, above)
                out = replace(out, obj=replace(out.obj, det=None))         # தோசை சாப்பிட்டான்: ate dosa
            s = node.subj
            if node.attr is not None and s is not None and s.kind == "pron" and s.ante and \
                    lex.pronouns[s.head]["en"] is None:                      # அவர் என் அப்பா: he (அவன்) is my father
                out = replace(out, subj=NP(head=ante_pronoun(lex.nouns[s.ante]), kind="pron"))
            return out
        return node

    return replace(tree, mood=str(tree.mood), clauses=tuple(view(c) for c in tree.clauses))


def _first_difference(a: list[str], b: list[str]) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))


def order_message(tokens: list[str], produced: list[str]) -> str:
    """Why the words are right but not their English: adjective order, or the phrase order of the
    grammar (a noun phrase with a relative clause last, time and place phrases fronted)."""
    i = _first_difference(tokens, produced)
    found = tokens[i] if i < len(tokens) else "the end"
    wanted = produced[i] if i < len(produced) else "the end"
    head = f"word order: at word {i + 1} the grammar writes '{wanted}' where the sentence has '{found}'"
    j = i
    while j < min(len(tokens), len(produced)) and word_category(tokens[j]) == "ADJ":
        j += 1
    if j > i + 1 and sorted(tokens[i:j]) == sorted(produced[i:j]):
        return (f"{head}: adjectives go in the order opinion, size, age, colour "
                f"('{' '.join(produced[i:j])}')")
    hint = ""
    if sorted(tokens) == sorted(produced):
        rc = "a noun phrase with a relative clause comes last in its clause, and a statement then puts " \
             "its time and place phrases first; " if {"who", "that"} & set(tokens) else ""
        hint = f" ({rc}a statement puts its place phrase first when a 'to', 'from' or 'with' phrase follows)"
    return f"{head}; the grammar's order is: {' '.join(produced)}{hint}"
