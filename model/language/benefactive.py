"""For whom (language v7e), shared by both parsers and the generator: *the man bought flowers for his wife*.

The person something is done for is the dative with -ஆக (மனைவிக்கு → மனைவிக்காக), which doubles a following
hard consonant as the adverbial -ஆக does (தன் மனைவிக்காகப் பூக்கள்); English says *for* after the object. It
stands before the object in Tamil, where the recipient would:

    அந்த மனிதன் தன் மனைவிக்காகப் பூக்கள் வாங்கினான் .  ↔  the man bought flowers for his wife .

*his* is the man's own (தன், model.language.reflexive): with no other man in the sentence that is the reading an
English reader takes, and the one Tamil must choose (அவனுடைய would be another man's). *flowers* is bare and
plural: things in general, unmarked in Tamil (``grammar.bare_plural``). The deeds done for someone are the
lexicon's ``benefactive`` verbs (buying, cooking, making, bringing …), the one it is done for a person named by a
noun or a name — a pronoun (for me, எனக்காக) is not in the language yet — and never in the same clause as a
recipient (bought it for him / gave it to him read alike). The one for whom is drawn from the family nouns, his
or her own (the subject's possessive), the wife or husband only of a man or a woman.
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw
from model.language.grammar import NP, Clause, bare_plural
from model.language.lexicon import Lexicon
from model.language.reflexive import owner_of

BEN_RATE = 0.25                     # of the one-clause sentences whose verb can be done for someone
BARE_PLURAL_SHARE = 0.5             # of those, the ones whose object becomes bare and plural (bought flowers)
SPOUSE_OF = {"wife": "m", "husband": "f"}     # whose wife or husband the subject can be


def ben_verbs(lex: Lexicon) -> tuple[str, ...]:
    return tuple(lex.data.get("benefactive", {}).get("verbs", ()))


def ben_problem(lex: Lexicon, cl: Clause) -> str | None:
    """Why this clause cannot say for whom (None when it can)."""
    if cl.ben is None:
        return None
    if cl.verb not in ben_verbs(lex):
        return f"'for' someone goes with a deed done for them ({', '.join(ben_verbs(lex)[:4])} …)"
    if cl.ben.kind == "pron" or lex.nominal(cl.ben.kind, cl.ben.head).cls != "person":
        return "'for' someone: a person named by a noun or a name (for his wife, for ravi)"
    if cl.iobj is not None:
        return "a recipient and 'for' someone in one clause would read alike (gave it to him, bought it for him)"
    return None


def maybe_benefactive(lex: Lexicon, tree):
    """Now and then a one-clause sentence whose verb can be done for someone says for whom: the subject's own
    kin (தன் மனைவிக்காக); drawn from a hash of the tree, so the generator's random stream is unchanged."""
    if len(tree.clauses) != 1 or tree.intj is not None:
        return tree
    cl = tree.clauses[0]
    if cl.verb not in ben_verbs(lex) or cl.iobj is not None or cl.ben is not None or cl.subj is None \
            or cl.wh is not None or cl.some or cl.gap is not None:
        return tree
    draw = hash_draw("ben" + repr(tree))
    if draw >= BEN_RATE:
        return tree
    own = owner_of(lex, cl.subj)
    gender = lex.pronouns[cl.subj.head]["agr"] if cl.subj.kind == "pron" else \
        lex.nominal(cl.subj.kind, cl.subj.head).gender
    used = {np.head for np in (cl.subj, cl.obj, cl.loc, cl.comit, cl.source, cl.goal) if np is not None}
    kin = [n.key for n in lex.nouns.values() if n.cls == "person" and "family" in n.tags and n.key not in used
           and SPOUSE_OF.get(n.key, gender) == gender and not n.key.startswith("younger")]
    if not kin or own is None:
        return tree
    out = replace(cl, ben=NP(kin[int(draw / BEN_RATE * len(kin))], det=own))
    obj = out.obj
    if obj is not None and obj.kind == "noun" and obj.rc is None and not obj.adjs and draw < BEN_RATE * BARE_PLURAL_SHARE \
            and lex.nouns[obj.head].en_pl and lex.nouns[obj.head].cls in ("object", "doc", "food") \
            and "mass" not in lex.nouns[obj.head].tags and "plural_en" not in lex.nouns[obj.head].tags:
        out = replace(out, obj=NP(obj.head, number="pl"))          # bought flowers for his wife
    return replace(tree, clauses=(out,)) if ben_problem(lex, out) is None else tree


def check_ben(p, cl: Clause, tok, subj_tok=None) -> None:
    """Both parsers: fail with the reason when the clause's for-whom is not in the language, or (the Tamil parser,
    which passes ``subj_tok``) when a bare plural thing stands as the subject: it is an object only."""
    subj = cl.subj
    if subj_tok is not None and subj is not None and subj.kind == "noun" and subj.det is None and \
            bare_plural(p.lex.nouns[subj.head], subj.number):
        p.fail(f"the noun {p.word(subj_tok)} needs a determiner before it (அந்த the, இந்த this, or a number); a bare "
               "plural thing is an object (பூக்கள் வாங்கினான், bought flowers)", subj_tok)
    problem = ben_problem(p.lex, cl)
    if problem:
        p.fail(problem, tok)
