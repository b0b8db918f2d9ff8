"""Asking someone to do something (language v7d): *asked X to V*, an object-control verb.

Written Tamil asks of a person with -இடம் and puts what is asked in -மாறு (the -உம் future form and ஆறு, "so as
to"): அந்த மருத்துவர் அந்தச் செவிலியரிடம் தனக்கு உதவுமாறு கேட்டார் *the doctor asked the nurse to help her*. The
verb is கேள் in the past. What is asked takes at most an object before its verb; an object that is the asker is
the reflexive தான் in its case (தனக்கு, தன்னை; தங்களுக்கு, தங்களை for people), as written Tamil does for a third
person; i and we are எனக்கு, எங்களுக்கு … as anywhere.

English: *asked* ← கேட்டார்; the one asked is its ``obj`` (← the -இடம் noun), *to* and the verb ← the -மாறு form,
the verb an ``xcomp`` of *asked* (UD object control: the one asked does it), *to* its ``mark``; an object that is
the asker is ``coref`` to the subject (*her* → *the doctor*: *her* cannot be the nurse, who does the helping).

Tamil தனக்கு does not say he or she; English must. The pronoun follows the asker: his gender (ravi → him, a mother →
her, people → them); for a person noun whose gender the lexicon leaves open (a doctor, a nurse, a teacher) the gold
picks *her* (``model.language.reported.EPICENE``, fixed by the everyday sentence this construction was made for)
and the English parser says so when it reads *him* there. *her* is an object pronoun here only (elsewhere it is the possessive *her book*), so
the backbone reads it as a determiner standing alone after the verb.
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw
from model.language.grammar import (
    NP,
    Clause,
    Sentence,
    is_personal,
    np_agr,
    refers_to_person,
    role_case,
)
from model.language.lexicon import Lexicon
from model.language.reported import OBJECT_FORM, object_case, open_gender, read_object, sayer_pronoun
from model.language.telling import IDAM

ASK_VERB = "request"          # கேள்: the Tamil verb of asking (its English 'asked' is this module's)
SELF = "self"                 # the asked clause's object that is the asker (தனக்கு / தன்னை)
ASK_RATE = 0.25               # of the generator's one-clause past statements of an asked verb by a person
SELF_RATE = 0.6               # of those with a person object the verb may leave out, the object the asker (… to call her)
ASKED = ("i", "he", "they", "we")     # who is asked where the clause acted on no person (me, him, them, us)


def ask_entry(lex: Lexicon) -> dict:
    """The lexicon's ``ask`` entry: 'en' asked, 'to', 'case' -இடம், 'suffix' -ஆறு, 'self' the reflexive forms, 'verbs'."""
    return lex.data["ask"]


def asked_form(lex: Lexicon, key: str) -> str:
    """உதவுமாறு: the -உம் future and ஆறு."""
    from model.language.script import join

    return join(lex.verb(key).finite("fut", "n"), ask_entry(lex)["suffix"])


def idam_form(lex: Lexicon, np: NP) -> str:
    """The head word of the one asked, in -இடம் (செவிலியரிடம், அவனிடம், என்னிடம்): the accusative without its -ஐ."""
    from model.language.script import join

    if np.kind == "pron":
        entry = lex.pronouns[np.head]
        stem = entry["acc"][:-1] + "\u0bcd" if entry.get("acc") else entry["ta"]
        return join(stem, ask_entry(lex)["case"])
    return lex.nominal(np.kind, np.head).ta_form(IDAM, np.number)      # the case of the one told (telling)


def self_pronoun(lex: Lexicon, subj: NP) -> str:
    """The English object pronoun for the asker: me, us, you; him, her, them (her for the doctor: EPICENE)."""
    if subj.kind == "pron" and is_personal(lex, subj):
        return lex.pronouns[subj.head]["en_obj"]
    return OBJECT_FORM[sayer_pronoun(lex, subj)]


def self_tamil(lex: Lexicon, subj: NP, case: str) -> str:
    """தனக்கு / தன்னை (தங்களுக்கு / தங்களை for people); the pronoun itself for i, we, you (எனக்கு)."""
    if subj.kind == "pron" and is_personal(lex, subj):
        return lex.pronouns[subj.head][case]
    return ask_entry(lex)["self"][case]["pl" if np_agr(lex, subj) == "pl_r" else "sg"]


def ask_problem(lex: Lexicon, cl: Clause, mood: str, depth: int) -> str | None:
    """Why ``cl`` (asked someone to do something) is not in the language (None when it is)."""
    asked, who = cl.asked, cl.iobj
    verb = lex.verb(asked.verb)
    if mood != "decl" or depth or cl.neg or cl.tense != "past" or cl.time or cl.advs:
        return "asking someone to do something is told in a past statement (the doctor asked the nurse to help her)"
    if asked.verb not in ask_entry(lex)["verbs"]:
        return f"the language asks someone to come, help, wait, call … ('{verb.en[0]}' is not one of them)"
    if not refers_to_person(lex, cl.subj) or cl.subj.rc is not None or sayer_pronoun(lex, cl.subj) is None:
        return "a person asks (the doctor asked …), with no relative clause"
    if not refers_to_person(lex, who) or who.rc is not None or who == cl.subj or \
            who.kind == "pron" and not lex.pronouns[who.head].get("acc"):
        return "one asks another person (the nurse, me, him), with no relative clause"
    obj = asked.obj
    if obj is None:
        return None if not verb.obj or verb.obj_optional else f"'to {verb.en[0]}' needs its object"
    if not verb.obj:
        return f"'{verb.en[0]}' takes no object"
    if obj.kind == "pron" and obj.head != SELF and not is_personal(lex, obj):
        return "a pronoun after the verb refers to the one who asks (… to help her); say who else is meant"
    if obj == who or obj.kind == "pron" and obj.head == SELF and who == cl.subj:
        return "the one asked does it, so the object is someone else"
    if obj.rc is not None or obj.kind == "noun" and obj.det in ("his", "her", "their"):
        return "the object of what is asked has no relative clause and no his/her/their"
    target = cl.subj if obj.head == SELF else obj
    noun = lex.pronoun_nouns.get(target.head) if target.kind == "pron" else lex.nominal(target.kind, target.head)
    if noun is None or not noun.fills(verb.obj):
        return f"'{noun.en if noun else obj.head}' is not something one can {verb.en[0]}"
    return None


def maybe_ask(lex: Lexicon, tree: Sentence) -> Sentence:
    """Now and then a one-clause past statement by a person who did something to or for another person becomes
    asking someone to do it (… செவிலியரிடம் தனக்கு உதவுமாறு கேட்டார்); hash draws of the tree."""
    if tree.mood != "decl" or len(tree.clauses) != 1 or tree.intj is not None:
        return tree
    cl = tree.clauses[0]
    if cl.tense != "past" or cl.verb not in ask_entry(lex)["verbs"] or cl.neg or cl.subj is None or \
            any(getattr(cl, r) is not None for r in ("pred", "attr", "wh", "degree", "purpose", "modal", "comp",
                                                     "said", "result", "iobj")) or \
            cl.exp or cl.weather or cl.habit or cl.perfect or cl.never or cl.light or cl.some:
        return tree
    if hash_draw("ask" + repr(tree)) >= ASK_RATE:
        return tree
    verb = lex.verb(cl.verb)
    if cl.obj is not None and refers_to_person(lex, cl.obj):
        # the person the clause acted on is asked, to do it for the asker: … செவிலியரிடம் தனக்கு உதவுமாறு
        who = replace(cl.obj, unmarked=False)
        keep = not verb.obj_optional or hash_draw("ask-self" + repr(tree)) < SELF_RATE
        obj = NP(SELF, "pron") if keep else None
    else:                               # someone else is asked to do it: … என்னிடம் அந்தப் புத்தகத்தை வாங்குமாறு
        who = NP(ASKED[int(hash_draw("ask-who" + repr(tree)) * len(ASKED))], "pron")
        obj = cl.obj
    out = Clause(ASK_VERB, "past", subj=cl.subj, iobj=who, asked=Clause(cl.verb, None, obj=obj))
    return tree if ask_problem(lex, out, "decl", 0) else replace(tree, clauses=(out,))


# ---- linearization
def ta_ask(lz, cl: Clause, path: tuple) -> None:
    """அந்த மருத்துவர் அந்தச் செவிலியரிடம் தனக்கு உதவுமாறு கேட்டார்."""
    lex, asked = lz.lex, cl.asked
    lz.ta_np(cl.subj, "nom", path + ("subj",))
    who = cl.iobj
    if who.kind == "pron":
        lz.ta(idam_form(lex, who), path + ("iobj", "head"))
    else:
        lz.ta_np(who, "nom", path + ("iobj",))                             # determiner and adjectives as usual …
        lz.src[-1] = idam_form(lex, who)                                   # … and the head in -இடம்
    if asked.obj is not None:
        case = role_case(lex, asked, "obj")
        if asked.obj.kind == "pron" and asked.obj.head == SELF:
            lz.ta(self_tamil(lex, cl.subj, case), path + ("asked", "obj", "head"), doubles=True)
        else:
            lz.ta_np(asked.obj, object_case(lex, asked), path + ("asked", "obj"))
    lz.ta(asked_form(lex, asked.verb), path + ("asked", "verb"))
    lz.ta(lex.verb(ASK_VERB).finite("past", np_agr(lex, cl.subj)), path + ("verb",))


def en_ask(lz, cl: Clause, path: tuple) -> tuple[int, int]:
    """*the doctor asked the nurse to help her*: asked ← கேட்டார்; to, help ← உதவுமாறு; her ← தனக்கு."""
    lex, asked = lz.lex, cl.asked
    ap = path + ("asked", "verb")
    subj_i = lz.en_np(cl.subj, path + ("subj",), subject=True)
    ask_i = lz.en(ask_entry(lex)["en"], path + ("verb",))
    who_i = lz.en_np(cl.iobj, path + ("iobj",), objective=True)
    to_i = lz.en(ask_entry(lex)["to"], ap)
    verb_i = lz.en(lex.verb(asked.verb).en[0], ap)
    obj = asked.obj
    if obj is not None and obj.kind == "pron" and obj.head == SELF:
        obj_i = lz.en(self_pronoun(lex, cl.subj), path + ("asked", "obj", "head"))
        lz.rel(obj_i, subj_i, "coref")
    elif obj is not None:
        obj_i = lz.en_np(obj, path + ("asked", "obj"), objective=True)
        if obj.kind == "pron" and obj == cl.subj:                         # i asked her to help me
            lz.rel(obj_i, subj_i, "coref")
    lz.rel(subj_i, ask_i, "nsubj")
    lz.rel(who_i, ask_i, "obj")
    lz.rel(verb_i, ask_i, "xcomp")
    lz.rel(to_i, verb_i, "mark")
    if obj is not None:
        lz.rel(obj_i, verb_i, "obj")
    return ask_i, subj_i


# ---- the Tamil parser's side: clause: np np(-இடம்) (np)? ask vfin, ask: REFL_? vasked
def read_ask(r, node, mood: str, depth: int) -> Clause:
    """The asker, the one asked (-இடம்), the object (or தனக்கு …), the -மாறு form and கேட்ட- agreeing."""
    from model.language.forest import first_word

    lex, kids = r.lex, node.children
    items = [k.children[0] for k in kids[:-1]]
    at = next(i for i, k in enumerate(items) if k.data == "ask")
    atok, vtok = first_word(items[at]), first_word(kids[-1])
    if at not in (2, 3) or at != len(items) - 1 or any(k.data != "np" for k in items[:at]):
        r.fail(f"{r.word(atok)}: asking someone is the asker, the one asked (-இடம்), the object (if any), the -மாறு "
               "form and கேட்டான் (அந்த மருத்துவர் அந்தச் செவிலியரிடம் தனக்கு உதவுமாறு கேட்டார்)", atok)
    subj, case, noun, stok = r.np(items[0], depth)
    if case != "nom":
        r.fail(f"{r.word(stok)}: the one who asks takes no case suffix", stok)
    who, wcase, _, wtok = r.np(items[1], depth)
    if wcase != IDAM:
        r.fail(f"{r.word(wtok)}: the one asked takes -இடம் ({idam_form(lex, who)})", wtok)
    ask_kids = items[at].children
    vkey = r.an(first_word(ask_kids[-1]), "VASKED").key
    asked = Clause(vkey, None)
    case_want = role_case(lex, asked, "obj")
    if len(ask_kids) == 2:                                 # தனக்கு உதவுமாறு
        refl = first_word(ask_kids[0])
        a = r.an(refl, "REFL")
        if at == 3:
            r.fail(f"{r.word(refl)}: what is asked takes one object", refl)
        if a.feats[0] != case_want or a.feats[1] != ("pl" if np_agr(lex, subj) == "pl_r" else "sg") or \
                subj.kind == "pron" and is_personal(lex, subj):
            r.fail(f"{r.word(refl)}: the asker as the object is {self_tamil(lex, subj, case_want)} here", refl)
        asked = replace(asked, obj=NP(SELF, "pron"))
    elif at == 3:
        asked = read_object(r, items[2], depth, asked, atok)
    forms = [a for a in r.table[vtok.value] if a.cat == "VFIN" and a.key == ASK_VERB]
    agr = np_agr(lex, subj)
    if not any(a.feats == ("past", agr) for a in forms):
        r.fail(f"{r.word(vtok)}: asking is told with கேள் in the past, agreeing with its subject "
               f"({lex.verb(ASK_VERB).finite('past', agr)})", vtok)
    r.prev_noun, r.prev_obj = noun, (None, None)
    cl = Clause(ASK_VERB, "past", subj=subj, iobj=who, asked=asked)
    problem = ask_problem(lex, cl, mood, depth)
    if problem:
        r.fail(f"{r.word(atok)}: {problem}", atok)
    return cl


# ---- the English parser's side: asks: subj ASK np TO VERB (np | DET)?
def read_english_ask(r, node, conj) -> Clause:
    """"the doctor asked the nurse to help her": the asker, asked, the one asked, to, the verb and its object."""
    from lark import Token, Tree

    from model.language.english_grammar import readings

    trees = [c for c in node.children if isinstance(c, Tree)]
    toks = [c for c in node.children if isinstance(c, Token)]
    ask_tok = next(t for t in toks if t.type == "ASK")
    verb_tok = next(t for t in toks if t.type == "VERB")
    if conj is not None:
        r.fail("'asked … to' opens its sentence (the doctor asked the nurse to help her)", ask_tok)
    subj = r.phrase(trees[0].children[0] if trees[0].data == "subj" else trees[0])
    if subj.pron is not None:
        subj = r.continuing(subj, None, "decl", 0, False)
    who = r.phrase(trees[1]).np
    reading = next((x for x in readings(verb_tok.value) if x.cat == "VERB" and x.key in r.lex.verbs
                    and x.feat == "base"), None)
    if reading is None:
        r.fail(f"'to {verb_tok.value}': after 'to' the verb is in its base form (to help)", verb_tok)
    obj, obj_tok = None, None
    det = next((t for t in toks if t.type == "DET"), None)
    if det is not None or len(trees) > 2:
        obj_tok = det if det is not None else next(t for t in trees[2].children if isinstance(t, Token))
        word = obj_tok.value
        want = self_pronoun(r.lex, subj.np)
        if det is not None and word != "her":
            r.fail(f"'to {verb_tok.value} {word}': '{word}' needs a noun after it", det)
        if word in ("him", "her", "them") or word == want:
            if word != want:
                gender = "Tamil தனக்கு does not say he or she; for a person of open gender the gold writes 'her'" \
                    if open_gender(r.lex, subj.np) else f"the asker is '{subj.text}'"
                r.fail(f"'{word}' after 'to {verb_tok.value}' refers to the one who asks: write '{want}' ({gender})",
                       obj_tok)
            obj = NP(SELF, "pron") if not (subj.np.kind == "pron" and is_personal(r.lex, subj.np)) else subj.np
        else:
            obj = r.phrase(trees[2]).np
    cl = Clause(ASK_VERB, "past", subj=subj.np, iobj=who, asked=Clause(reading.key, None, obj=obj))
    problem = ask_problem(r.lex, cl, "decl", 0)
    if problem:
        r.fail(problem, verb_tok)
    r.prev = subj
    return cl
