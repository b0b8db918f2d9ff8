"""Language v7h: a likeness, N போல *like a N*, and the proverb *time flies like an arrow* (both parsers and the
generator).

காலம் அம்பு போலப் பறக்கிறது . → *time flies like an arrow .*

The English sentence is the textbook ambiguity: *time* may be a verb (time the flies, as one times an arrow),
*flies* a noun (time-flies, which like an arrow) and *like* a verb or a preposition. The gold reading here is the
proverb, time passes as swiftly as an arrow flies, which is what the Tamil says: காலம் *time* (class ``abstract``,
tag ``passes``) is the subject of பற *fly* (the lexicon's verb ``fly``, whose subjects now include what passes), and
அம்பு போல *like an arrow* says how. The language has no verb *to time*, no noun *time-flies*, and
*like* before a noun phrase after a verb is the likeness, so the English reads one way and the Tamil says that
way.

* ``Clause.simile`` is the noun phrase of the likeness: Tamil writes it bare before the verb with போல, which
  doubles a following hard consonant (அம்பு போலப் பறக்கிறது); English puts *like a N* after the verb, *like*
  aligned to போல and the generic *a/an* to the noun (Tamil has no word for it); *like* is the ``case`` of the
  noun, the noun an ``obl`` of the verb.
* Which verbs take which likeness is the lexicon's ``simile.verbs`` (fly: a swift thing, so *the bird flew like
  an arrow* too). What time does is a saying, told in the simple present (*time flies*, not *is flying*:
  ``grammar.english_aspect``), and so is a clause with a likeness.
* The generator tells the proverb (in the present or the past) now and then in place of a one-clause statement,
  drawn from a hash of the tree; காலம் is left out of its random choices (lexicon ``simile.drawn``).
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw
from model.language.grammar import NP, Clause, Sentence, indefinite
from model.language.lexicon import Lexicon

SIMILE_RATE = 0.02           # of one-clause statements with a verb, told as the proverb instead


def entry(lex: Lexicon) -> dict:
    """The lexicon's ``simile`` entry: ta (போல), en (like), verbs (verb key -> what a likeness may be)."""
    return lex.data["simile"]


def hash_drawn(lex: Lexicon) -> tuple[str, ...]:
    """The noun classes only this module draws (time), left out of the generator's random choices."""
    return tuple(entry(lex)["drawn"]) if "simile" in lex.data else ()


def simile_problem(lex: Lexicon, cl: Clause) -> str | None:
    """Why the likeness of ``cl`` does not fit (None when it does or there is none)."""
    kinds = entry(lex)["verbs"].get(cl.verb)
    if cl.simile is None:
        return None
    if kinds is None:
        said = ", ".join(lex.verbs[v].en[0] for v in entry(lex)["verbs"])
        return f"'like a …' goes with {said} (time flies like an arrow)"
    np = cl.simile
    if np.kind != "noun" or np.det is not None or np.adjs or np.rc is not None or np.number != "sg" or \
            not lex.nouns[np.head].fills(kinds):
        return "the likeness is one plain swift thing (like an arrow)"
    return None


# ---- tree → Tamil and English --------------------------------------------------------------------------------
def ta_simile(lin, cl: Clause, path: tuple) -> None:
    """அம்பு போல, right before the verb: போல doubles a following hard consonant (போலப் பறக்கிறது)."""
    lex = lin.lex
    lin.ta(lex.nouns[cl.simile.head].ta, path + ("simile", "head"))
    lin.ta(entry(lex)["ta"], path + ("simile", "like"), doubles=True)


def en_simile(lin, cl: Clause, path: tuple, main: int) -> None:
    """*like an arrow* after the verb."""
    noun = lin.lex.nouns[cl.simile.head]
    like = lin.en(entry(lin.lex)["en"], path + ("simile", "like"))
    det = lin.en(indefinite(noun.en), path + ("simile", "head"))
    head = lin.en(noun.en, path + ("simile", "head"))
    lin.rel(like, head, "case")
    lin.rel(det, head, "det")
    lin.rel(head, main, "obl")


# ---- Tamil → tree ----------------------------------------------------------------------------------------------
def read_simile(reader, node, depth: int, seen) -> NP:
    """The Tamil parser's ``simile`` item (அம்பு போல): its bare noun phrase in the nominative."""
    np, case, _, tok = reader.np(node.children[0], depth, bare=True)
    if case != "nom" or seen is not None:
        reader.fail(f"{reader.word(tok)}: a likeness is one bare noun before போல (அம்பு போல)", tok)
    return np


def with_simile(reader, cl: Clause, np: NP, vtok) -> Clause:
    """The clause with its likeness, or a reason it does not fit."""
    out = replace(cl, simile=np)
    if problem := simile_problem(reader.lex, out):
        reader.fail(problem, vtok)
    return out


# ---- English → tree -----------------------------------------------------------------------------------------
def split_simile(reader, items: list) -> tuple[list, object]:
    """The items after an English verb without the likeness (a ``sim`` node: like + a noun phrase), and it."""
    sims = [i for i in items if getattr(i, "data", None) == "sim"]
    if len(sims) > 1:
        reader.fail("a clause has one likeness (like an arrow)", sims[1].children[0])
    return [i for i in items if i not in sims], (sims[0] if sims else None)


def read_english_simile(reader, cl: Clause, node) -> Clause:
    """*like an arrow*: the clause's ``simile``, or a reason it is not one."""
    if node is None:
        return cl
    toks = node.children
    like, det, head = toks[0], toks[1] if len(toks) == 3 else None, toks[-1]
    if like.value != entry(reader.lex)["en"]:
        reader.fail(f"'{like.value}' cannot stand here: after a verb the language has 'like a …' (time flies like "
                    "an arrow)", like)
    r = reader.reading(head, "NOUN")
    noun = reader.lex.nouns[r.key]
    if det is None or det.value != indefinite(noun.en) or r.feat != "sg":
        reader.fail(f"'like {' '.join(t.value for t in toks[1:])}': a likeness is 'like {indefinite(noun.en)} "
                    f"{noun.en}'", det or head)
    out = replace(cl, simile=NP(r.key))
    problem = simile_problem(reader.lex, out)
    if problem:
        reader.fail(problem, like)
    return out


# ---- the generator --------------------------------------------------------------------------------------------
def maybe_simile(lex: Lexicon, tree: Sentence) -> Sentence:
    """Now and then a one-clause statement with a verb is told as the proverb (காலம் அம்பு போலப் பறக்கிறது, time flies
    like an arrow), in its tense where that is the past or the present; drawn from a hash of the tree, so the
    generator's random stream, and every other sentence, is unchanged."""
    if "simile" not in lex.data or tree.mood != "decl" or len(tree.clauses) != 1 or tree.intj is not None:
        return tree
    cl = tree.clauses[0]
    if cl.verb == "be" or cl.neg or cl.tense not in ("past", "pres") or cl.exp or cl.weather or \
            hash_draw("simile" + repr(tree)) >= SIMILE_RATE:
        return tree
    verb, kinds = next(iter(entry(lex)["verbs"].items()))
    subj = next(k for k, n in sorted(lex.nouns.items()) if n.fills(lex.verbs[verb].subj) and n.cls in hash_drawn(lex))
    like = next(k for k, n in sorted(lex.nouns.items()) if n.fills(kinds))
    return replace(tree, clauses=(Clause(verb, cl.tense, subj=NP(subj), simile=NP(like)),))
