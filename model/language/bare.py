"""Language v4c: bare nouns, pronouns and things as subjects, shared by the parser and the generator.

A pronoun with no antecedent: அவர் (honorific he/she) alone in a sentence without a verb takes its English
pronoun from the noun it is said to be (அவர் என் அப்பா → *he is my father*, அவர் என் நண்பர் → *he is my
friend*). Elsewhere அவர் still needs a noun before it to say who it is.

A name as a predicate: என் பெயர் ராமு (*my name is ramu*), with the noun tagged 'says_name' and an owner.
"""

from __future__ import annotations

from model.language.grammar import NP, Clause, Sentence, ante_pronoun
from model.language.lexicon import Lexicon, Noun

HON_VLESS_RATE = 0.12                        # verbless sentences the generator opens with அவர்


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


NAME_VLESS_RATE = 0.06                       # verbless sentences the generator draws as என் பெயர் ராமு
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
