"""Reported speech with *told … that* (language v7c), shared by both parsers, the linearizer and the generator.

Written Tamil reports what someone told someone with the one told in -இடம், what was said as a clause whose verb
is the past participle with -ஆக (செய்ததாக: that … did) and சொல் at the end: அந்த ஆசிரியர் அந்த மாணவர்களிடம்
அவர்கள் நன்றாகச் செய்ததாகச் சொன்னார் *the teacher told the students that they did well*. English has *told*
(aligned to சொன்னார்) with the one told as its ``iobj`` (UD: the clause takes the direct object's place) and the
clause as its ``ccomp``, opened by *that* (``mark``, aligned to செய்ததாக, whose -ஆக makes it what was said).

What was said is one of the lexicon's ``told_that`` verdicts on a person, in the past: *did well* (நன்றாகச்
செய்ததாக) and *was wrong* (தவறு செய்ததாக: written Tamil says that a person was wrong by the mistake made,
தவறு செய்தாள்; தவறாக இருந்தாள் is a calque). Its subject is a noun phrase or a pronoun; a pronoun of the third
person refers back (gold ``coref``), and the Tamil says to whom:

* to the one told when it fits them (*they* → *the students*): அவர்கள், அவள், அவன்;
* else to the teller: the reflexive தான் (தாங்கள் for people), as written Tamil says the speaker inside what
  the speaker said (*the girl told her friend that she was wrong* → அந்தச் சிறுமி தன் நண்பனிடம் தான் தவறு
  செய்ததாகச் சொன்னாள்).

Ambiguity (e043, *the girl told her friend that she was wrong*): English lets *she* be the girl or her friend.
The language's friend is நண்பன் (he; the lexicon's only friend), so *she* can only be the girl, and the gold picks
that reading: she → girl, Tamil தான் (which cannot mean the friend). Where both fit (*the girl told the woman that
she was wrong*) the gold picks the one told, as what one tells someone is most often about them, and the Tamil
அவள், not தான், says so. A pronoun that fits neither is refused, as are he/she for the honorific nouns (the
teacher: English names again what Tamil calls அவர்). The one told is a person noun or name (a pronoun recipient,
*told him that*, is not in the language yet).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from model.language.draws import hash_draw
from model.language.grammar import NP, Clause, Sentence, np_agr, np_number_en, refers_to_person
from model.language.inflection import BE_PAST
from model.language.lexicon import Lexicon

TOLD_RATE = 0.3             # of the generated one-clause statements with a person subject and a person object
IDAM = "idam"               # the case of the one told (-இடம், inflection.CASE_SUFFIX)
SHOWN_TENSE = {"past": 2, "pres3": 1, "pres": 0}     # told, tells, tell: the index into the verb's English forms


def told_entry(lex: Lexicon) -> dict:
    """The lexicon's ``told_that`` entry: the verdicts, the said form's verb and -தாக, the reflexive subjects."""
    return lex.data["told_that"]


@lru_cache(maxsize=2)
def verdicts(lex: Lexicon) -> dict[str, dict]:
    """Verdict key (did_well, was_wrong) → its entry."""
    return {e["key"]: e for e in told_entry(lex)["verdicts"]}


def said_form(lex: Lexicon) -> str:
    """செய்ததாக: the verdict verb's past participle with -தாக (that … did)."""
    return lex.verb(told_entry(lex)["verb"]).participle("past") + told_entry(lex)["said"]


def told_analyses(lex: Lexicon):
    """(word, category, key, feats) for the Tamil words of the construction: the verdict words, the said form,
    தான்/தாங்கள் and the -இடம் forms of the person nouns and names."""
    entry = told_entry(lex)
    for v in entry["verdicts"]:
        yield v["ta"], "VERDICT", v["key"], ()
    yield said_form(lex), "VSAID", entry["verb"], ()
    for number, word in entry["self"].items():
        yield word, "SELF", number, ()
    for kind, table in (("noun", lex.nouns), ("name", lex.names)):
        for k, noun in table.items():
            if noun.cls == "person":
                for number in ("sg", "pl") if noun.ta_pl else ("sg",):
                    yield noun.ta_form(IDAM, number), "N", k, (kind, IDAM, number)


def told_gloss(lex: Lexicon, a) -> str:
    """The gloss of a word of the construction (its analysis ``a``): தவறு mistake, செய்ததாக make-PST-NMLZ-ADV,
    தான் self, தாங்கள் self-PL."""
    if a.cat == "VERDICT":
        return verdicts(lex)[a.key]["gloss"]
    if a.cat == "VSAID":
        return f"{lex.verb(a.key).en[0]}-PST-NMLZ-ADV"
    return "self" + ("-PL" if a.key == "pl" else "")


def pronoun_for(lex: Lexicon, np: NP | None) -> str | None:
    """The third person pronoun (he, she, they) that refers to ``np``, or None (i, you, the honorific, things)."""
    if np is None:
        return None
    agr = np_agr(lex, np)
    if agr not in ("m", "f", "pl_r"):
        return None
    return lex.pronoun_by_agr[agr]["key"]


def reference(lex: Lexicon, cl: Clause) -> str | None:
    """Whom the pronoun subject of what was said refers to: "iobj" (the one told), "self" (the teller, தான்),
    "same" (i … that i), or None (no pronoun, or i/you/we about someone else)."""
    said = cl.comp.subj
    if said.kind != "pron":
        return None
    if said.head in ("he", "she", "they"):
        if pronoun_for(lex, cl.iobj) == said.head:
            return "iobj"
        if pronoun_for(lex, cl.subj) == said.head:
            return "self"
        return None
    return "same" if cl.subj.kind == "pron" and cl.subj.head == said.head else None


def tell_problem(lex: Lexicon, cl: Clause, mood: str, depth: int) -> str | None:
    """Why ``cl`` (told … that) is not in the language (None when it is)."""
    if mood != "decl" or depth or cl.neg:
        return "'told … that' is said in a statement of its own (the teacher told the students that they did well)"
    if not refers_to_person(lex, cl.subj) or cl.subj.rc is not None:
        return "a person tells (the teacher told …), with no relative clause"
    if cl.iobj is None or cl.iobj.kind == "pron" or cl.iobj.rc is not None or not refers_to_person(lex, cl.iobj):
        return "the one told is a person, a noun or a name (told the students that …, told ravi that …)"
    comp = cl.comp
    if comp.verb not in verdicts(lex) or comp.tense != "past" or comp.neg:
        return "what was told is that someone did well or was wrong (… that they did well, … that she was wrong)"
    if not refers_to_person(lex, comp.subj) or comp.subj.rc is not None:
        return "what was told is about a person (… that they did well)"
    if comp.subj.head in ("he", "she", "they") and comp.subj.kind == "pron" and reference(lex, cl) is None:
        return (f"'{lex.pronouns[comp.subj.head]['en']}' refers to no one here: it refers to the one told "
                "(told the students that they …) or else to the teller (the girl told her friend that she …)")
    return None


def told_tree(lex: Lexicon, subj: NP, tense: str, told: NP, said: NP, verdict: str) -> Clause:
    return Clause("tell", tense, subj=subj, iobj=told, comp=Clause(verdict, "past", subj=said))


def maybe_told(lex: Lexicon, tree: Sentence) -> Sentence:
    """Now and then a one-clause statement whose subject and object are people becomes what the subject told the
    object (அந்தச் சிறுமி தன் நண்பனிடம் தான் தவறு செய்ததாகச் சொன்னாள்); drawn from a hash of the tree, so the
    generator's random stream is unchanged."""
    if "told_that" not in lex.data or tree.mood != "decl" or len(tree.clauses) != 1 or tree.intj is not None:
        return tree
    cl = tree.clauses[0]
    told = cl.obj or cl.iobj
    if cl.verb == "be" or cl.neg or told is None or told.kind == "pron" or not refers_to_person(lex, told):
        return tree
    if cl.subj is None or not refers_to_person(lex, cl.subj) or cl.subj.rc is not None or told.rc is not None:
        return tree
    draw = hash_draw("told" + repr(tree))
    if draw >= TOLD_RATE:
        return tree
    keys = sorted(verdicts(lex))
    verdict = keys[int(draw * 1000) % len(keys)]
    said = pronoun_for(lex, told) or pronoun_for(lex, cl.subj)      # they → the one told, else தான் (the teller)
    if said is None:                    # the honorific: English would repeat the noun where Tamil says அவர்
        return tree
    out = told_tree(lex, cl.subj, cl.tense or "past", told, NP(said, "pron"), verdict)
    return tree if tell_problem(lex, out, "decl", 0) else replace(tree, clauses=(out,))


# ---- the linearizer's side
def ta_tell(lz, cl: Clause, path: tuple) -> None:
    """அந்த ஆசிரியர் அந்த மாணவர்களிடம் அவர்கள் நன்றாகச் செய்ததாகச் சொன்னார்."""
    from model.language.reflexive import owner_of

    lex, comp, cp = lz.lex, cl.comp, path + ("comp",)
    lz.ta_np(cl.subj, "nom", path + ("subj",))
    lz.ta_np(cl.iobj, IDAM, path + ("iobj",), own=owner_of(lex, cl.subj))     # தன் நண்பனிடம்: her (own) friend
    if reference(lex, cl) == "self":                                        # தான்: the teller
        lz.ta(told_entry(lex)["self"]["pl" if comp.subj.head == "they" else "sg"], cp + ("subj", "head"))
    else:
        lz.ta_np(comp.subj, "nom", cp + ("subj",))
    verdict = verdicts(lex)[comp.verb]
    lz.ta(verdict["ta"], cp + ("pred",), doubles=verdict.get("doubles", False))
    lz.ta(said_form(lex), cp + ("verb",), doubles=True)                    # செய்ததாகச் சொன்னார்
    lz.ta(lex.verb(told_entry(lex)["tell"]).finite(cl.tense, np_agr(lex, cl.subj)), path + ("verb",))


def en_tell(lz, cl: Clause, path: tuple) -> tuple[int, int]:
    """*the teacher told the students that they did well*: told ← சொன்னார்; the one told its iobj; that ←
    செய்ததாக marks the ccomp, headed by *did* (did well) or by *wrong* (was wrong, was its cop)."""
    lex, comp, cp = lz.lex, cl.comp, path + ("comp",)
    verb = lex.verb(told_entry(lex)["tell"])
    subj_i = lz.en_np(cl.subj, path + ("subj",), subject=True)
    will_i = lz.en("will", path + ("verb",)) if cl.tense == "fut" else None
    number = np_number_en(lex, cl.subj)
    shown = "past" if cl.tense == "past" else "pres3" if cl.tense == "pres" and number == "sg" else "pres"
    verb_i = lz.en(verb.en[SHOWN_TENSE[shown]], path + ("verb",))
    told_i = lz.en_np(cl.iobj, path + ("iobj",), objective=True)
    that_i = lz.en("that", cp + ("verb",))
    said_i = lz.en_np(comp.subj, cp + ("subj",), subject=True)
    verdict = verdicts(lex)[comp.verb]
    if verdict["en_verb"] == "be":                      # she was wrong: wrong heads, was its copula
        aux_i = lz.en(BE_PAST[np_number_en(lex, comp.subj)], cp + ("verb",))
        head_i = lz.en(verdict["en"], cp + ("pred",))
        lz.rel(aux_i, head_i, "cop")
        lz.rel(aux_i, said_i, "agr")
    else:                                               # they did well: did heads, well its adverb
        head_i = lz.en(verdict["en_verb"], cp + ("verb",))
        lz.rel(lz.en(verdict["en"], cp + ("pred",)), head_i, "advmod")
    lz.rel(said_i, head_i, "nsubj")
    lz.rel(that_i, head_i, "mark")
    lz.rel(head_i, verb_i, "ccomp")
    lz.rel(subj_i, verb_i, "nsubj")
    lz.rel(told_i, verb_i, "iobj")
    lz.rel(will_i, verb_i, "aux")
    if cl.tense == "pres":                              # tells, tell: the verb agrees with the teller
        lz.rel(verb_i, subj_i, "agr")
    ref = reference(lex, cl)
    if ref is not None:                                 # they → the students; she → the girl (தான்)
        lz.rel(said_i, told_i if ref == "iobj" else subj_i, "coref")
    return verb_i, subj_i


# ---- the Tamil parser's side: tells: np np (np | SELF_) verdict VSAID_ vfin
def read_tell(r, node, mood: str) -> Clause:
    """The teller (nominative), the one told (-இடம்), what was said and சொல், agreeing with the teller."""
    from lark import Token, Tree

    from model.language.forest import first_word
    from model.language.reflexive import owner
    from model.language.reflexive import resolve as resolve_reflexive

    lex = r.lex
    kids = [c for c in node.children if isinstance(c, Tree)]
    subj, case, noun, stok = r.np(kids[0], 0)
    if case != "nom":
        r.fail(f"{r.word(stok)}: the one who tells takes no case suffix (அந்த ஆசிரியர் … சொன்னார்)", stok)
    told, tcase, _, ttok = r.np(kids[1], 0)
    if tcase != IDAM:
        r.fail(f"{r.word(ttok)}: the one told takes -இடம் (அந்த மாணவர்களிடம்)", ttok)
    roles, why = resolve_reflexive(lex, {"iobj": told}, owner(np_agr(lex, subj), noun))
    if why:
        r.fail(f"{r.word(ttok)}: {why}", ttok)
    told = roles["iobj"]
    self_tok = next((c for c in node.children if isinstance(c, Token) and c.type == "SELF_"), None)
    if self_tok is not None:                            # தான்: the teller
        head = pronoun_for(lex, subj)
        if head is None or (head == "they") != (r.an(self_tok, "SELF").key == "pl"):
            r.fail(f"{r.word(self_tok)} refers back to the one who tells, a man or a woman (தான்) or people "
                   "(தாங்கள்)", self_tok)
        said, sstok = NP(head, "pron"), self_tok
    else:
        said, scase, _, sstok = r.np(kids[2], 0)
        if scase != "nom":
            r.fail(f"{r.word(sstok)}: the subject of what was said takes no case suffix", sstok)
        if said.kind == "pron" and lex.pronouns[said.head]["en"] is None:
            r.fail(f"{r.word(sstok)}: the honorific அவர் is not in what was told yet (English would name the person "
                   "again); write the noun (அந்த ஆசிரியர் நன்றாகச் செய்ததாக)", sstok)
    vtok = first_word(next(k for k in kids if k.data == "verdict"))
    verdict = r.an(vtok, "VERDICT").key
    ftok = first_word(kids[-1])
    forms = [a for a in r.table[ftok.value] if a.cat == "VFIN" and a.key == told_entry(lex)["tell"]]
    agr = np_agr(lex, subj)
    tense = next((a.feats[0] for a in forms if a.feats[1:] == (agr,)), None)
    if tense is None:
        r.fail(f"{r.word(ftok)}: what was told ends with சொல், agreeing with the one who tells "
               f"({lex.verb(told_entry(lex)['tell']).finite('past', agr)})", ftok)
    cl = told_tree(lex, subj, tense, told, said, verdict)
    if self_tok is None and said.kind == "pron" and said.head in ("he", "she", "they") \
            and reference(lex, cl) == "self":
        r.fail(f"{r.word(sstok)} would be the one who tells: written Tamil says "
               f"{told_entry(lex)['self']['pl' if said.head == 'they' else 'sg']} (தான் தவறு செய்ததாகச் சொன்னாள்)",
               sstok)
    problem = tell_problem(lex, cl, mood, 0)
    if problem:
        r.fail(f"{r.word(ftok)}: {problem}", ftok)
    return cl


# ---- the English parser's side: a clause told + the one told + a relative-looking 'that' clause
def told_that_rnp(node):
    """The ``rnp`` node of "… told <person> that <subject> <verb group>" (the backbone reads the that-clause as a
    relative clause, which a person never takes in the language: 'who' does), or None."""
    from lark import Token, Tree

    from model.language.english_grammar import readings

    kids = [c for c in node.children if isinstance(c, Tree)]
    group = next((c for c in kids if c.data == "vgroup"), None)
    tail = next((c for c in kids if c.data == "tail"), None)
    if group is None or tail is None or len(tail.children) != 1 or tail.children[0].data != "heavy":
        return None
    main = group.children[-1].children[-1]
    if not isinstance(main, Token) or not any(r.cat == "VERB" and r.key == "tell" for r in readings(main.value)):
        return None
    rnp = tail.children[0].children[0]
    if not isinstance(rnp, Tree) or rnp.data != "rnp":
        return None
    head = [c for c in rnp.children if isinstance(c, Token)][-1]      # the story that the boy wrote: a relative
    if not any(r.cat in ("NOUN", "NAME") and lex_class(r) == "person" for r in readings(head.value)):
        return None
    rc = rnp.children[-1]
    first = rc.children[0]
    if isinstance(first, Token) and first.value == "that" and isinstance(rc.children[1], Tree) \
            and rc.children[1].data == "np":
        return rnp
    return None


def lex_class(reading) -> str:
    """The class (person, thing, place …) of a noun or name reading."""
    from model.language.lexicon import load_lexicon

    lex = load_lexicon()
    return (lex.nouns if reading.cat == "NOUN" else lex.names)[reading.key].cls


def read_english_told(r, node, mood: str, depth: int, conj) -> Clause:
    """"the teacher told the students that they did well": the teller, told (tells, will tell), the one told and
    what was said (its subject, did well / was wrong)."""
    from lark import Token, Tree

    from model.language.english_grammar import readings
    from model.language.forest import first_word

    lex = r.lex
    kids = [c for c in node.children if isinstance(c, Tree)]
    group = next(c for c in kids if c.data == "vgroup")
    main = group.children[-1].children[-1]
    if conj is not None or depth or mood != "decl":
        r.fail("'told … that' stands in a statement of its own (the teacher told the students that they did well)",
               main)
    subj_node = next((c for c in kids if c.data == "subj"), None)
    if subj_node is None or any(c.data == "front" for c in kids):
        r.fail("'told … that' starts with the one who tells (the teacher told …)", main)
    subj = r.phrase(subj_node.children[0])
    if subj.rc is not None:
        r.fail(f"'{subj.text}' carries a relative clause; the one who tells is a plain noun phrase", subj.tok)
    subj_np = replace(subj.np, head=subj.pron[0]) if subj.pron is not None else subj.np
    verb = lex.verb(told_entry(lex)["tell"])
    auxes = [first_word(c) for c in group.children if c.data == "aux"]
    if any(c.data in ("neg", "never", "preadv") for c in group.children):
        r.fail("'told … that' is said without not, never or an adverb (the teacher told the students that …)", main)
    number = np_number_en(lex, subj_np)
    if [a.value for a in auxes] == ["will"] and main.value == verb.en[0]:
        tense = "fut"
    elif not auxes and main.value == verb.en[2]:
        tense = "past"
    elif not auxes and main.value in verb.en[:2]:
        tense, want = "pres", verb.en[1] if number == "sg" else verb.en[0]
        if main.value != want:
            r.fail(f"'{main.value}' does not agree with its subject '{subj.text}': write '{want}'", main)
    else:
        r.fail(f"'{' '.join(a.value for a in auxes + [main])}': write told, tells or will tell", main)
    rnp = told_that_rnp(node)
    told = r.phrase(Tree("np", [c for c in rnp.children if isinstance(c, Token)]))
    rc = rnp.children[-1]
    that, said_node, said_group, said_tail = rc.children
    if said_tail.children:
        r.fail(f"'{first_word(said_tail.children[0]).value}': what was told ends with its verdict "
               "(… that they did well)", first_word(said_tail.children[0]))
    said = r.phrase(said_node)
    said_np = replace(said.np, head=said.pron[0]) if said.pron is not None else said.np
    if said.pron is not None and not any(x.feat != "obj" for x in readings(said.text)):
        r.fail(f"'{said.text}' is an object form; the subject of what was told is i, we, he, she, they", said.tok)
    said_auxes = [first_word(c) for c in said_group.children if c.data == "aux"]
    said_main = said_group.children[-1].children[-1]
    verdict = next((v for v in verdicts(lex).values() if v["en"] == said_main.value), None)
    if verdict is None or len(said_auxes) != 1 or len(said_group.children) != 2:
        r.fail("what was told is that someone did well or was wrong (… that they did well, … that she was wrong)",
               said_main)
    aux = said_auxes[0].value
    want = BE_PAST[np_number_en(lex, said_np)] if verdict["en_verb"] == "be" else verdict["en_verb"]
    if aux != want:
        r.fail(f"'{aux} {said_main.value}': write '{want} {said_main.value}' (in the past)", said_auxes[0])
    cl = told_tree(lex, subj_np, tense, told.np, said_np, verdict["key"])
    problem = tell_problem(lex, cl, mood, depth)
    if problem:
        r.fail(problem, main if "told" in problem or "person tells" in problem else said.tok)
    return cl
