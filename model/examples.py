"""The two seed sentences of the product, as trees of the grammar (so their gold data is exact)."""

from __future__ import annotations

from model.syntax import NP, Clause, Pair, Sentence, linearize

SEED_SOURCE = "நாளைக்குள் அந்த ரிப்போர்ட்டை அனுப்ப முடியுமா ?"
SEED_ENGLISH = "the report that the client who called yesterday requested is ready ."


def seed_english_tree() -> Sentence:
    """“the report that the client who called yesterday requested is ready .”"""
    inner = Clause("call", "past", time="yesterday", gap="subj")
    outer = Clause("request", "past", subj=NP("client", det="the", rc=inner), gap="obj")
    return Sentence("decl", (Clause("be", "pres", subj=NP("report", det="the", rc=outer), pred="ready"),))


def seed_english_pair() -> Pair:
    return linearize(seed_english_tree())
