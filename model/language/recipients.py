"""The recipient first (language v7e), shared by both parsers and the generator: *she gave him her book*.

English says a pronoun recipient either before the object with no *to* (gave him her book) or after it with *to*
(gave her book to him). Written Tamil says either with either order of the dative and the accusative, both standard
(அவள் அவனுக்குத் தன் புத்தகத்தைக் கொடுத்தாள், அவள் தன் புத்தகத்தை அவனுக்குக் கொடுத்தாள்). A synchronous grammar
needs one Tamil per English, so it pairs them: the order the language has always had, dative first, keeps its
English with *to* (ravi gave a book to me, as in v3 to v6), and the thing first, the recipient right before the verb,
is the English with the recipient first:

    அவள் தன் புத்தகத்தை அவனுக்குக் கொடுத்தாள் .  ↔  she gave him her book .

The gold of *her book* is the reflexive தன் (her own book): English *her* after *she* with no other woman in the
sentence is most naturally the subject's, and the language reads a possessive that refers to the subject as தன்
everywhere (model.language.reflexive). The recipient is a personal pronoun (me, him, her, us, them, you) and the
object a noun phrase with no relative clause, in a clause with no question word: English puts a heavier recipient
or a pronoun object after the verb with *to* (gave it to him). A bare object (water, dosa), which Tamil leaves
unmarked and keeps next to the verb, keeps *to* as in v5c (please give water to me).

An object with a relative clause goes last in English (the Tamil puts it first, as ever), and the recipient before
it takes no *to*, pronoun or noun (language v8e; review 7 flagged *tell to the salesperson an old plan that …*):

    தயாராக இருந்த ஒரு பழைய திட்டத்தை அந்த விற்பனையாளருக்குச் சொல்ல முடியுமா ?  ↔
    can you tell the salesperson an old plan that was ready ?

This is the order English has anyway with a heavy object, not the recipient first of the Tamil order above
(``recipient_first`` stays False); the recipient is the ``iobj``, as with *to*.
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw
from model.language.grammar import NP, Clause, unmarked_object
from model.language.lexicon import Lexicon

RECIPIENT_FIRST_RATE = 0.3          # of the one-clause sentences with a recipient (and a noun object)


def recipient_first_problem(lex: Lexicon, cl: Clause) -> str | None:
    """Why this clause cannot say its recipient first (None when it can)."""
    if cl.iobj is None or cl.obj is None or not lex.verb(cl.verb).iobj:
        return "the recipient goes first with a verb of giving, showing or telling that has an object too"
    if cl.iobj.kind != "pron" or cl.iobj.rc is not None:
        return "only a pronoun recipient goes before the object (gave him the book); otherwise 'to' (gave the " \
               "book to the teacher)"
    if cl.obj.kind == "pron" or cl.obj.rc is not None or cl.some:
        return "a pronoun object or one with a relative clause takes 'to' for its recipient (gave it to him)"
    if cl.obj.kind == "noun" and (cl.obj.unmarked or cl.obj.det is None and
                                  unmarked_object(lex.nouns[cl.obj.head], cl.obj.number)):
        return "a bare object stays next to the Tamil verb (எனக்குத் தண்ணீர் கொடுங்கள்), and in English a recipient " \
               "takes 'to' (give water to me) unless the object says how much (give me some water)"
    if cl.wh is not None:
        return "a question word and a recipient before the object do not go together here"
    return None


def can_put_first(lex: Lexicon, cl: Clause) -> bool:
    return recipient_first_problem(lex, cl) is None


def maybe_recipient_first(lex: Lexicon, tree):
    """Now and then a one-clause sentence with a recipient says it as a pronoun, first (gave him the book; Tamil:
    the thing first); drawn from a hash of the tree, so the generator's random stream is unchanged. The pronoun is
    me, or him when the subject is i or we or the sentence asks (as in model.language.giving)."""
    if len(tree.clauses) != 1 or tree.clauses[0].iobj is None or tree.clauses[0].iobj.rc is not None:
        return tree
    if hash_draw("recipient" + repr(tree)) >= RECIPIENT_FIRST_RATE:
        return tree
    cl = tree.clauses[0]
    if cl.iobj.kind != "pron":
        first = cl.subj is not None and cl.subj.kind == "pron" and lex.pronouns[cl.subj.head]["agr"] in ("1sg", "1pl")
        cl = replace(cl, iobj=NP("he" if first or tree.mood == "question" else "i", kind="pron"))
    cl = replace(cl, recipient_first=True)
    return replace(tree, clauses=(cl,)) if can_put_first(lex, cl) else tree


def ta_roles(cl: Clause, order: list[str]) -> list[str]:
    """The Tamil order with the object before the recipient (தன் புத்தகத்தை அவனுக்குக் கொடுத்தாள்)."""
    if not cl.recipient_first or "obj" not in order or "iobj" not in order:
        return order
    i, j = order.index("iobj"), order.index("obj")
    out = list(order)
    out[i], out[j] = out[j], out[i]
    return out


def read_recipient_first(p, cl: Clause, role_tok: dict, vtok) -> Clause:
    """The Tamil parser's reading: an accusative before the dative puts the English recipient first."""
    if "obj" not in role_tok or "iobj" not in role_tok or role_tok["obj"].start_pos > role_tok["iobj"].start_pos:
        return cl
    from model.language.grammar import fronted_order

    order = fronted_order(cl)
    if order.index("obj") < order.index("iobj"):  # an object with a relative clause goes first anyway
        return cl
    problem = recipient_first_problem(p.lex, cl)
    if problem:
        p.fail(f"{p.word(role_tok['obj'])} before {p.word(role_tok['iobj'])}: {problem}", role_tok["obj"])
    return replace(cl, recipient_first=True)


def english_recipient_items(r, items: list, verb: str):
    """(the items with a pronoun recipient said right before the object taken out, that recipient item); the item
    is None when there is none (gave him her book)."""
    from lark import Token

    bare = [i for i, item in enumerate(items) if item.data == "np"
            and not any(isinstance(t, Token) and t.type == "SOME" for t in item.children)
            or item.data == "heavy" and item.children[0].data != "prep"]     # a noun phrase with a relative clause
    if len(bare) < 2 or bare[1] != bare[0] + 1 or not r.lex.verb(verb).iobj or items[bare[0]].data != "np":
        return items, None
    first = items[bare[0]]
    if r.phrase(first).pron is None and items[bare[1]].data != "heavy":
        return items, None              # a noun recipient goes first only before a heavy object (v8e, above)
    return items[:bare[0]] + items[bare[0] + 1:], first


def read_english_recipient(r, roles: dict, item) -> None:
    """Claim the recipient of "gave him her book": an object pronoun; before an object with a relative clause, any
    noun phrase (tell the salesperson a plan that was ready)."""
    from model.language.english_grammar import readings
    from model.language.english_phrases import Phrase

    ph = r.phrase(item)
    if ph.pron is None:
        r.claim(roles, "iobj", ph)
        return
    keys = [x.key for x in readings(ph.text) if x.feat == "obj"]
    if not keys:
        r.fail(f"'{ph.text}' before the object is the recipient: write me, him, her, us or them", ph.tok)
    r.note_reading(ph.text)
    r.claim(roles, "iobj", Phrase(NP(head=keys[0], kind="pron"), r.lex.pronoun_nouns.get(keys[0]), ph.tok, ph.text))
