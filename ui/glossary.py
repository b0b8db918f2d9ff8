"""Every term the pages use, in one or two plain sentences (plain data; no Streamlit).

The glossary page (``pages/glossary.py``) lists them all; a page shows the same text where the term
appears with ``help=glossary.tip("AER")`` (a tooltip) — one text per term, written once.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    name: str
    text: str
    topic: str
    aliases: tuple[str, ...] = ()


TOPICS = ("Attention", "Models", "Transformers", "Measuring", "Statistics")

TERMS = (
    # ---- attention ---------------------------------------------------------------------------
    Term("attention weight", "How much one word looks at another, between 0 and 1. The weights of one "
         "word over all the words it can see add up to 1, so they say where its attention went.", "Attention",
         ("attention weights", "weight")),
    Term("cross-attention", "Attention from one sequence to another: while writing each English word, the "
         "translator's decoder looks back at the Tamil words it read.", "Attention"),
    Term("self-attention", "Attention inside one sentence: every word looks at every other word of the same "
         "sentence, all in one parallel step.", "Attention"),
    Term("alignment", "Which source word each translated word corresponds to. Every sentence of Mini-Tamil "
         "comes with its gold alignment (the orange boxes), so a model's attention can be scored against it.",
         "Attention", ("gold alignment", "gold link", "word alignment")),
    Term("additive attention", "The attention of the GRU translator (Bahdanau's): a small network scores how "
         "well each encoder state fits the decoder's current state, and softmax turns the scores into weights.",
         "Attention"),
    Term("piece", "A sub-word unit the translator reads: each Tamil word is split into pieces learned from "
         "the training sentences (byte-pair encoding), so a form it never saw, such as போகமாட்டேன், is read "
         "by its stem and endings. Maps show words: a word's attention is the sum of its pieces'.", "Attention",
         ("pieces", "sub-word unit", "BPE")),
    Term("copied name", "A name the translator never saw: it writes a placeholder, and the page puts in the "
         "English spelling of the Tamil word its attention points at while writing it — attention used as a "
         "pointer (Luong et al. 2015).", "Attention", ("copy", "name copy")),
    Term("softmax", "Turns a list of scores into weights between 0 and 1 that add up to 1; bigger scores get "
         "exponentially bigger weights.", "Attention"),
    Term("temperature", "A number the scores are divided by before softmax: above 1 spreads the weights out, "
         "below 1 sharpens them towards the largest score.", "Attention"),
    Term("bottleneck", "A translator without attention must squeeze the whole sentence into one fixed-size "
         "vector before writing a word; long sentences no longer fit.", "Attention",
         ("compressed summary",)),
    # ---- models ------------------------------------------------------------------------------
    Term("token", "One unit the model reads or writes: here a word or a punctuation mark.", "Models",
         ("tokens", "word")),
    Term("embedding", "The vector of numbers a model learns for each word of its vocabulary; it is what the "
         "network actually reads.", "Models"),
    Term("GRU", "Gated recurrent unit: a recurrent network that reads a sentence one word at a time, keeping "
         "a running summary (its hidden state) that gates decide how much to update.", "Models"),
    Term("encoder / decoder", "The encoder reads the source sentence into vectors; the decoder writes the "
         "translation one word at a time from them (and, with attention, looks back at them).", "Models",
         ("encoder", "decoder", "seq2seq")),
    Term("logit", "A model's raw score for a possible next word, before softmax turns all scores into "
         "probabilities.", "Models", ("logits",)),
    Term("greedy decoding", "Writing the translation by always taking the likeliest next word.", "Models",
         ("greedy",)),
    Term("beam search", "Decoding that keeps the best few partial translations (here 4) at each step and "
         "returns the likeliest complete one.", "Models", ("beam", "beam 4")),
    Term("teacher forcing", "Feeding the model the reference translation word by word (instead of its own "
         "guesses) to see where it looks while reading it.", "Models"),
    Term("held-out", "Sentences that were never used in training; metrics on them show how the model "
         "does on new input.", "Models", ("held-out sentences", "test set")),
    # ---- transformers ------------------------------------------------------------------------
    Term("Q/K/V", "Query, key and value: each word's vector is turned into a query (what it looks for), a key "
         "(what it offers) and a value (what it passes on). A query's dot product with each key, through "
         "softmax, gives the weights that mix the values.", "Transformers", ("query", "key", "value", "Q·K·V")),
    Term("√d", "Scores q·k are divided by the square root of the vectors' size d; without it, long vectors "
         "give large scores and softmax puts almost all weight on one word.", "Transformers",
         ("sqrt d", "scaling by √d")),
    Term("head", "One attention pattern of a layer, with its own Q/K/V: several heads let a layer look for "
         "different things at once (a verb's subject, a pronoun's antecedent …).", "Transformers",
         ("attention head", "heads", "multi-head")),
    Term("layer", "One round of self-attention (all its heads) followed by a small per-word network; layers "
         "are stacked, each reading the previous one's output.", "Transformers", ("layers",)),
    Term("causal mask", "A rule that lets each word look only at itself and the words before it, as when "
         "predicting the next word.", "Transformers", ("causal",)),
    Term("masked word", "Training game of the bidirectional encoder: hide a word and predict it from the "
         "words on both sides. Masked-word accuracy is how often the guess is right.", "Transformers",
         ("masked-word accuracy", "mask")),
    Term("ablation", "Switching a part off (here one attention head) and measuring how much accuracy drops; "
         "a large drop means the model relies on that part.", "Transformers", ("head ablation",)),
    # ---- measuring ---------------------------------------------------------------------------
    Term("AER", "Alignment error rate: the model's links (each English word to its most-attended Tamil word) "
         "against the gold links, 1 − 2 × shared ÷ (model's + gold). 0 % when the two sets of links coincide.",
         "Measuring", ("alignment error rate",)),
    Term("exact match", "The share of sentences translated exactly right, every word and in order.",
         "Measuring", ("exact",)),
    Term("token accuracy", "The share of positions where the translation has the reference's word.",
         "Measuring"),
    Term("BLEU", "A 0–100 score of how many word sequences (1 to 4 words long) a translation shares with "
         "the reference, with a penalty for being too short.", "Measuring"),
    Term("sacrebleu", "The standard library for computing BLEU, so scores are comparable across papers; the "
         "app uses it for every BLEU figure and its interval.", "Measuring"),
    Term("gradient saliency", "How much a small change of each source word's embedding would move the "
         "logit of an output word: another view of what the output depends on, besides attention.",
         "Measuring", ("saliency",)),
    Term("Spearman rank correlation", "How similarly two lists rank the same items, from −1 (opposite "
         "order) through 0 to 1 (same order); here, attention against saliency.", "Measuring",
         ("Spearman", "ρ")),
    Term("entropy", "How spread out a row of attention weights is: 0 when all weight is on one word, "
         "larger the more evenly it is spread.", "Measuring"),
    # ---- statistics ----------------------------------------------------------------------------
    Term("Wilson interval", "A 95 % confidence interval for a proportion (like exact match) that stays "
         "sensible with few sentences or proportions near 0 % or 100 %.", "Statistics",
         ("Wilson",)),
    Term("bootstrap", "A 95 % interval found by re-drawing the test sentences at random with replacement "
         "many times and recomputing the metric each time.", "Statistics", ("bootstrap interval",)),
)

_BY_NAME = {key.casefold(): term for term in TERMS for key in (term.name, *term.aliases)}


def term(name: str) -> Term:
    """A term by its name or an alias, any case (``KeyError`` for an unknown one)."""
    return _BY_NAME[name.casefold()]


def tip(*names: str) -> str:
    """Help-tooltip text for one or more terms: "**name**: text", one paragraph each."""
    return "\n\n".join(f"**{term(n).name}**: {term(n).text}" for n in names)


def by_topic() -> dict[str, list[Term]]:
    """The terms grouped by topic (in ``TOPICS`` order), alphabetical within each."""
    return {t: sorted((x for x in TERMS if x.topic == t), key=lambda x: x.name.casefold()) for t in TOPICS}
