"""தன் and தங்கள்: a possessor that is the clause's own subject.

Written Tamil does not say அவன் அவனுடைய குடையை மறந்தான் for "he forgot his umbrella": அவனுடைய there would be
another man's. A possessor that refers back to the subject of its own clause is the reflexive தன் (singular:
ரவி தன் குடையை மறந்தான்) or தங்கள் (plural: அவர்கள் தங்கள் புத்தகங்களைப் படித்தார்கள்). English says *his*,
*her* or *their* either way, and reads a possessive that fits the subject as the subject's own, so the tree
keeps the English possessive (``NP.det`` his / her / their) and this module decides its Tamil form:

* ``owner(agr, noun)`` is the possessive that refers back to a subject (his for a man, her for a woman,
  their for people; for a honorific subject the noun's English pronoun, None where English cannot tell);
* the linearizer writes தன் / தங்கள் for that possessive on every phrase of the clause but the subject;
* the Tamil parser reads தன் / தங்கள் as that possessive, and refuses அவனுடைய (…) where the subject's own
  would be meant, with the reflexive in the message.

A relative clause's subject is its head where the gap is the subject (the boy who lost his umbrella: தன்
குடையைத் தொலைத்த பையன்).
"""

from __future__ import annotations

from model.language.grammar import NP, NP_ROLES, ante_pronoun, np_agr
from model.language.lexicon import Lexicon, Noun

REFLEXIVE = {"sg": "தன்", "pl": "தங்கள்"}            # his/her own, their own
KEYS = {"தன்": "self", "தங்கள்": "selves"}           # their analyses (category DET) in the parser


def owner(agr: str | None, noun: Noun | None) -> str | None:
    """The English possessive that refers back to a subject of agreement ``agr`` (``noun``: what it stands for)."""
    if agr == "m":
        return "his"
    if agr == "f":
        return "her"
    if agr == "pl_r":
        return "their"
    if agr == "h" and noun is not None:
        return {"he": "his", "she": "her"}.get(ante_pronoun(noun) or "")
    return None


def owner_of(lex: Lexicon, subj: NP | None) -> str | None:
    """``owner`` for a subject noun phrase of the linearizer's tree."""
    if subj is None or subj.kind == "pron" and lex.pronouns[subj.head]["agr"] not in ("m", "f", "h", "pl_r"):
        return None
    if subj.kind == "pron":
        noun = lex.nouns.get(subj.ante) if subj.ante else None
    else:
        noun = lex.nominal(subj.kind, subj.head)
    return owner(np_agr(lex, subj), noun)


def tamil_possessive(lex: Lexicon, det: str, own: str | None) -> str:
    """The Tamil word for the possessive ``det`` in a clause whose subject's own possessive is ``own``."""
    if own is not None and det == own:
        return REFLEXIVE["pl" if det == "their" else "sg"]
    return lex.determiners[det]["ta"]


def resolve(lex: Lexicon, roles: dict, own: str | None) -> tuple[dict, str | None]:
    """The parser's side: தன் / தங்கள் on a role other than the subject become the subject's possessive;
    returns the roles and a message when a possessive is used against the rule (else None)."""
    out = dict(roles)
    for role, np_ in roles.items():
        if not isinstance(np_, NP) or np_.det is None:
            continue
        if np_.det in KEYS.values():
            want = "their" if np_.det == "selves" else own if own in ("his", "her") else None
            if role == "subj" or own is None or want != own:
                word = REFLEXIVE["pl" if np_.det == "selves" else "sg"]
                return out, (f"{word} (own) refers back to the subject of its clause, a man or a woman (தன்) or people "
                             f"(தங்கள்): ரவி தன் குடையை மறந்தான், ravi forgot his umbrella")
            out[role] = NP(**{**np_.__dict__, "det": own})
        elif role != "subj" and own is not None and np_.det == own:
            return out, (f"{lex.determiners[own]['ta']} would be someone else's; the subject's own is "
                         f"{REFLEXIVE['pl' if own == 'their' else 'sg']} (ரவி தன் குடையை மறந்தான், ravi forgot his umbrella)")
    return out, None


def unresolved(sentence) -> bool:
    """Whether a தன் / தங்கள் was left without a subject to refer to (a verbless sentence, or on a subject)."""
    from model.language.rules import clauses

    for _, cl, _ in clauses(sentence):
        for role in ("subj", "obj", "iobj", "loc", "comit", "source", "goal", "attr"):
            np_ = getattr(cl, role)
            if np_ is not None and np_.det in KEYS.values():
                return True
    return False


COREF_ROLES = tuple(r for r in NP_ROLES if r != "subj")      # the roles a possessive of the subject's own is in


def own_coref(lz, cl, path: tuple, subj_i: int | None) -> None:
    """*my friend lent me his bicycle*: the English possessive that is the subject's own (Tamil தன்) refers back to
    the subject, a ``coref`` relation from it to the subject's head (language v8d; ``lz`` the linearizer)."""
    own = owner_of(lz.lex, cl.subj)
    if subj_i is None or own is None:
        return
    for role in COREF_ROLES:
        np_ = getattr(cl, role, None)
        if not isinstance(np_, NP) or np_.det != own or np_.mine or path + (role, "det") not in lz.where:
            continue
        at = [lz.where[path + (role, "det")]]
        lz.rel(next((i for i, a in enumerate(lz.align) if a == at and lz.tgt[i] == own), None), subj_i, "coref")
