"""The past progressive (language v7a), shared by both parsers and the generator.

Tamil says what was going on with the verbal participle, கொண்டு and the past of இரு in one word:
சிரித்துக்கொண்டிருந்தார்கள் (*were laughing*), தூங்கிக்கொண்டிருந்தான் (*was sleeping*). The tree keeps the past
tense and marks the clause ``prog``; English says *was/were* and the -ing form, both aligned to the Tamil verb. A
statement of an action (not a state), not negated: the negative and the question are not in the language yet.
The present progressive stays what it was (model.language.progressive: the grammar's present already says *is
sleeping*).
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw
from model.language.lexicon import Lexicon, Verb
from model.language.progressive import verbal_participle

PROG_RATE = 0.08            # of the generator's one-clause past statements of an action


def was_doing_form(lex: Lexicon, verb: Verb, agr: str) -> str | None:
    """சிரித்துக்கொண்டிருந்தார்கள்: the participle, (க்)கொண்டு and இருந்தார்கள் in one word (உ + இ → இ)."""
    stem = verbal_participle(verb)
    if stem is None or verb.stative or "past" not in verb.tenses:
        return None
    # க் doubles after -இ and after a doubled hard consonant (தூங்கிக், படித்துக், சாப்பிட்டுக்), not after a
    # nasal, a vowel or ய் (வந்துகொண்டிருந்தான், அழுதுகொண்டிருந்தாள், செய்துகொண்டிருந்தார்)
    hard = "க்" if stem.endswith(("\u0bbf", "ட்டு", "த்து", "ற்று", "க்கு", "ப்பு", "ச்சு")) else ""
    return stem + hard + "கொண்டி" + lex.copula.finite("past", agr)[1:]


def prog_problem(lex: Lexicon, verb: Verb, mood: str, depth: int, neg: bool) -> str | None:
    """Why a clause cannot be told in the past progressive (None when it can)."""
    if verb.key == "be" or verb.stative:
        return f"'{verb.en[0]}' is a state: it has no progressive"
    if mood != "decl" or depth or neg:
        return "the past progressive (was laughing) is said in statements, not negated"
    return None


def _involuntary(lex: Lexicon) -> set[str]:
    """Verbs of what happens rather than goes on (fall, forget, break): no *was falling* is drawn."""
    return {v["key"] for v in lex.data["verbs"] if v.get("involuntary")}


def maybe_was_doing(lex: Lexicon, tree):
    """Now and then a past statement of an action is told as going on (they were laughing), from a hash of the tree
    (the random stream is unchanged)."""
    if len(tree.clauses) != 1 or tree.mood != "decl" or tree.intj is not None:
        return tree
    cl = tree.clauses[0]
    if cl.tense != "past" or cl.verb not in lex.verbs or cl.neg or cl.pred is not None or cl.exp or cl.perfect \
            or cl.never or cl.habit or cl.modal or cl.comp is not None or cl.wants is not None or cl.purpose \
            or cl.light or cl.advs or cl.owned or cl.exist or cl.weather or cl.attr is not None or cl.subj is None:
        return tree
    verb = lex.verbs[cl.verb]
    if prog_problem(lex, verb, tree.mood, 0, cl.neg) or was_doing_form(lex, verb, "n") is None \
            or cl.verb in _involuntary(lex) or hash_draw("prog" + repr(tree)) >= PROG_RATE:
        return tree
    return replace(tree, clauses=(replace(cl, prog=True),))
