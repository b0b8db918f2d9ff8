"""Language v7h: a relative clause without *that* (a bare or reduced relative), in both parsers and the generator.

தன் அப்பா எழுதிய கடிதத்தை அவள் படிக்கிறாள் . → *she is reading the letter her father wrote .*

English may leave out *that/who* before a relative clause whose gap is the object (*the letter [that] her father
wrote*), never where it is the subject. Tamil has no relative pronoun either way; what tells the two English forms
apart in the tree is the determiner: a noun that carries an object relative clause and no determiner (no அந்த) is
definite by its relative clause (and its case), and English says it *the N* with a bare relative clause. With
அந்த the grammar keeps *the N that …* as before. So each Tamil sentence has one English and each English one
Tamil, and every sentence the language had keeps its translation.

* ``NP.det`` is None on such a noun; *the* aligns to the noun (Tamil has no word for it), and the relative clause
  has no *that* (its gap is the object, ``relcl`` as before).
* Only a counted thing or person takes it: a mass noun, dish, kin word, place or language has its own bare forms.
* A possessive on the relative clause's subject that means the main subject's own (*her father*, said of *she*)
  is the reflexive தன் / தங்கள் in Tamil, as written Tamil binds it to the sentence's subject across the relative
  clause, and English gets a ``coref`` from *her* to that subject (the gold reading: her own father). The
  relative with அந்த keeps the grammar's earlier rule (அவளுடைய, no coref); only the bare one says தன், so no
  existing pair changes.
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw
from model.language.grammar import NP, unmarked_object
from model.language.lexicon import Lexicon, Noun
from model.language.reflexive import KEYS, REFLEXIVE

REDUCED_RATE = 0.4           # of the generator's 'the N that …' with an object gap, said without அந்த / that
NO_BARE_TAGS = ("mass", "kin", "kin_mine", "the_bare", "bare_en")    # nouns with bare forms of their own


def takes_reduced(noun: Noun | None) -> bool:
    """Whether ``noun`` may carry a bare relative clause: a counted thing or person, not a mass noun, kin word,
    place or language (which have their own bare forms)."""
    from model.language.loanwords import BARE_CLASSES

    return noun is not None and noun.cls != "place" and noun.cls not in BARE_CLASSES and \
        not set(NO_BARE_TAGS) & set(noun.tags) and not unmarked_object(noun, "sg")    # a dish: bare, no -ஐ


def is_reduced(np: NP | None) -> bool:
    """Whether ``np`` is a noun with a relative clause and no determiner (*the letter her father wrote*)."""
    return np is not None and np.kind == "noun" and np.rc is not None and np.det is None


def reduced_problem(np: NP, noun: Noun | None) -> str | None:
    """Why a noun with a relative clause and no determiner is not a sentence of the language (None when it is)."""
    if not takes_reduced(noun):
        return (f"'{noun.en if noun else np.head}' with a relative clause takes அந்த or இந்த (the one that …); "
                "a bare relative clause is said of a counted thing or person")
    if np.rc.gap != "obj":
        return ("a noun with a relative clause and no அந்த is the object of that clause (தன் அப்பா எழுதிய "
                "கடிதத்தை: the letter her father wrote); where it is the subject, write அந்த (… who …)")
    if np.number != "sg" or np.adjs or np.unmarked:
        return "a relative clause without அந்த is said of one plain thing or person (the letter her father wrote)"
    return None


# ---- Tamil → tree: தன் on the relative clause's subject ---------------------------------------------------
def keeps_own(mood: str, head_np: NP | None, subj: NP | None) -> bool:
    """Whether a relative clause's subject keeps its தன் for the main clause to resolve (a bare relative)."""
    return mood == "rc" and head_np is not None and head_np.det is None and subj is not None and \
        subj.det in KEYS.values()


def resolve_own(roles: dict, own: str | None) -> tuple[dict, str | None]:
    """The main clause's side: a தன் / தங்கள் left on a bare relative clause's subject becomes the main subject's
    possessive ``own``; returns the roles and a message where it cannot (else None)."""
    out = dict(roles)
    for role, np_ in roles.items():
        if not is_reduced(np_) or np_.rc.subj is None or np_.rc.subj.det not in KEYS.values():
            continue
        want = "their" if np_.rc.subj.det == "selves" else own if own in ("his", "her") else None
        if want is None or want != own:
            word = REFLEXIVE["pl" if np_.rc.subj.det == "selves" else "sg"]
            return out, (f"{word} (own) refers to the sentence's subject, a man or a woman (தன்) or people "
                         "(தங்கள்): தன் அப்பா எழுதிய கடிதத்தை அவள் படிக்கிறாள்")
        out[role] = replace(np_, rc=replace(np_.rc, subj=replace(np_.rc.subj, det=own)))
    for np_ in roles.values():
        if is_reduced(np_) and own is not None and np_.rc.subj is not None and np_.rc.subj.det == own:
            return out, (f"the possessive on the relative clause's subject would be someone else's; the sentence "
                         f"subject's own is {REFLEXIVE['pl' if own == 'their' else 'sg']} (தன் அப்பா எழுதிய "
                         "கடிதத்தை அவள் படிக்கிறாள்: she is reading the letter her father wrote)")
    return out, None


# ---- tree → English ----------------------------------------------------------------------------------------
def en_reduced(lin, np: NP, path: tuple, prep: str | None) -> int:
    """*the letter her father wrote*: *the* aligned to the noun, then the relative clause with no *that*."""
    lex = lin.lex
    hp = path + ("head",)
    noun = lex.nouns[np.head]
    prep_i = lin.en(prep, hp) if prep else None
    det_i = lin.en("the", hp)
    head = lin.en(noun.en_form(np.number), hp)
    lin.rel(prep_i, head, "case")
    lin.rel(det_i, head, "det")
    rc_head, _ = lin.en_clause(np.rc, "rc", path + ("rc",), antecedent=(np, head))
    lin.rel(rc_head, head, "relcl")
    _own_coref(lin, path)
    return head


def _own_coref(lin, path: tuple) -> None:
    """*her* → *she*: the relative clause's தன் refers to the main clause's subject, already written in English."""
    det_path, subj_path = path + ("rc", "subj", "det"), path[:-1] + ("subj", "head")
    if det_path not in lin.where or subj_path not in lin.where or \
            lin.src[lin.where[det_path]] not in REFLEXIVE.values():
        return
    own = next((j for j, a in enumerate(lin.align) if a == [lin.where[det_path]]), None)
    ante = [j for j, a in enumerate(lin.align) if a == [lin.where[subj_path]]]
    if own is not None and ante and ante[-1] < own:
        lin.rel(own, ante[-1], "coref")


# ---- English → tree ------------------------------------------------------------------------------------------
def english_reduced(reader, ph, role: str):
    """The English reader's side: *the N* + a relative clause without *that* is a noun with no determiner (the
    relative clause itself is resolved as any other; ``ph.np.rc`` is set)."""
    if ph.np.det != "the":
        reader.fail(f"'{ph.text}': a relative clause without 'that' follows 'the' and one noun (the letter her "
                    "father wrote)", ph.tok)
    np = replace(ph.np, det=None)
    problem = reduced_problem(np, ph.noun)
    if problem:
        reader.fail(problem, ph.tok)
    return replace(ph, np=np)


# ---- the generator ------------------------------------------------------------------------------------------
def maybe_reduced(lex: Lexicon, tree):
    """Now and then a noun with an object relative clause and அந்த loses அந்த (and English its *that*): drawn from
    a hash of the tree, so the generator's random stream, and every other sentence, is unchanged."""
    if tree.intj is not None:
        return tree
    for i, cl in enumerate(tree.clauses):
        for role in ("obj", "iobj"):     # not subjects: a bare relative on a long subject reads as a garden path
            np = getattr(cl, role)
            if np is None or np.kind != "noun" or np.rc is None or np.det != "the":
                continue
            out = replace(np, det=None)
            if reduced_problem(out, lex.nouns[np.head]) is not None:
                continue
            if hash_draw("reduced" + repr(tree)) >= REDUCED_RATE:     # hashed only where there is a candidate
                return tree
            clauses = list(tree.clauses)
            clauses[i] = replace(cl, **{role: out})
            return replace(tree, clauses=tuple(clauses))
    return tree
