"""The seed sentences of the product (the English one as a tree of the grammar, so its gold data is
exact) and the example sentences the 🎲 buttons draw."""

from __future__ import annotations

from collections.abc import Collection

from model.language.grammar import NP, Clause, Pair, Sentence, linearize

SEED_SOURCE = "நாளைக்குள் அந்த ரிப்போர்ட்டை அனுப்ப முடியுமா ?"
SEED_ENGLISH = "the report that the client who called yesterday requested is ready ."
COREF_SOURCE = "முருகன் சோர்வாக இருந்தான் , ஆனால் அவன் அந்த அலுவலகத்துக்குச் சென்றான் ."
COREF_ENGLISH = "murugan was tired , but he went to the office ."     # a pronoun and its antecedent
ANIMAL_ENGLISH = "the animal did not cross the street because it was too tired ."   # the best-known picture (it → animal)
STREET_ENGLISH = "the animal did not cross the street because it was too wide ."    # its twin: one word, it → street
TROPHY_ENGLISH = "the trophy did not fit in the suitcase because it was too big ."       # Winograd's own pair (it → trophy)
SUITCASE_ENGLISH = "the trophy did not fit in the suitcase because it was too small ."   # its twin: it → suitcase
WINOGRAD = (((ANIMAL_ENGLISH, STREET_ENGLISH), ("animal", "street")),    # twin sentences, one word apart, and the
            ((TROPHY_ENGLISH, SUITCASE_ENGLISH), ("trophy", "suitcase")))  # two nouns "it" may mean in them


def winograd_twins(tokens: list[str]) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """The Winograd pair ``tokens`` belongs to: (its two sentences, the two nouns "it" may mean), or None."""
    return next((pair for pair in WINOGRAD if tokens in (pair[0][0].split(), pair[0][1].split())), None)


def seed_english_tree() -> Sentence:
    """“the report that the client who called yesterday requested is ready .”"""
    inner = Clause("call", "past", time="yesterday", gap="subj")
    outer = Clause("request", "past", subj=NP("client", det="the", rc=inner), gap="obj")
    return Sentence("decl", (Clause("be", "pres", subj=NP("report", det="the", rc=outer), pred="ready"),))


def seed_english_pair() -> Pair:
    return linearize(seed_english_tree())


EXAMPLE_LENGTHS = (6, 24)         # source lengths of the 🎲 example buttons (Mini-Tamil and English)
LONG_LENGTHS = (40, 60)           # source lengths of the 📏 long example (where the models differ)


EXAMPLE_TRIES = 400               # draws an example may take to find one a model's vocabulary covers


def example_pair(seed: int, lengths: tuple[int, int] = EXAMPLE_LENGTHS, known: Collection[str] | None = None,
                 side: str = "src") -> Pair:
    """One held-out (test split) sentence pair of the language, drawn with ``seed``; with ``known`` (a
    model's vocabulary), the first of a bounded number of draws whose ``side`` ("src" or "tgt") it covers,
    so a checkpoint trained before the language grew is shown sentences of the kind it learned."""
    from model.language.generator import lexicon_for, sample_pairs

    first, kind = None, {}
    if known is not None:
        lex, version = lexicon_for(frozenset(known), side)
        kind = {"lex": lex, "version": version}
    for _, pair in sample_pairs(EXAMPLE_TRIES if known is not None else 1, seed, *lengths, split="test", **kind):
        first = first or pair
        if known is None or all(w in known for w in getattr(pair, side)):
            return pair
    return first
