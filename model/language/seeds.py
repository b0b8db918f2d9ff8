"""The seed sentences of the product (the English one as a tree of the grammar, so its gold data is
exact) and the example sentences the 🎲 buttons draw."""

from __future__ import annotations

from model.language.grammar import NP, Clause, Pair, Sentence, linearize

SEED_SOURCE = "நாளைக்குள் அந்த ரிப்போர்ட்டை அனுப்ப முடியுமா ?"
SEED_ENGLISH = "the report that the client who called yesterday requested is ready ."
COREF_SOURCE = "முருகன் சோர்வாக இருந்தான் , ஆனால் அவன் அந்த அலுவலகத்துக்குச் சென்றான் ."
COREF_ENGLISH = "murugan was tired , but he went to the office ."     # a pronoun and its antecedent


def seed_english_tree() -> Sentence:
    """“the report that the client who called yesterday requested is ready .”"""
    inner = Clause("call", "past", time="yesterday", gap="subj")
    outer = Clause("request", "past", subj=NP("client", det="the", rc=inner), gap="obj")
    return Sentence("decl", (Clause("be", "pres", subj=NP("report", det="the", rc=outer), pred="ready"),))


def seed_english_pair() -> Pair:
    return linearize(seed_english_tree())


EXAMPLE_LENGTHS = (6, 24)         # source lengths of the 🎲 example buttons (Mini-Tamil and English)
LONG_LENGTHS = (40, 60)           # source lengths of the 📏 long example (where the models differ)


def example_pair(seed: int, lengths: tuple[int, int] = EXAMPLE_LENGTHS) -> Pair:
    """One held-out (test split) sentence pair of the language, drawn with ``seed``."""
    from model.language.generator import sample_pairs

    (_, pair), = sample_pairs(1, seed, *lengths, split="test")
    return pair
