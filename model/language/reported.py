"""What someone said they would do (language v7d), and the verb phrase English then leaves out after *but*.

Tamil reports a promise with the future verbal noun in -ஆக before சொல் (say): அவன் வருவதாகச் சொன்னான் *he said
he would come*; the reported clause has no subject of its own (it is the sayer's) and may take an object before its
verb (அவள் எனக்கு உதவுவதாகச் சொன்னாள், *she said she would help me*). The -வதாக form doubles a following hard
consonant like any adverbial -ஆக (வருவதாகச் சொன்னான்). English repeats the subject as a pronoun, aligned with
*would* and the verb to the -வதாக form; the reported verb is the ``ccomp`` of *said* and its pronoun is ``coref``
to the sayer.

A promise not kept: … , ஆனால் அவன் வரவில்லை. Tamil says the verb again; English leaves it out, *…, but he did
not*. The elided clause is headed by *did* (UD promotes the auxiliary of an elided verb phrase), which is ``conj``
of *said*; *did* and *not* align to the Tamil negative verb. Both parsers read a negated past clause after
ஆனால்/but whose verb is the reported one, with the same subject and nothing else, as elided: the gold picks the
English a person writes (*but he did not*, not *but he did not come*), so the Tamil has one reading.

The sayer is a person English repeats as a pronoun (i, you, he, she, we, they, ravi → he, my mother → she). Tamil
does not say whether *the doctor* is a man or a woman; English must, and the gold picks *she* (``EPICENE``, shared
with ``model.language.asking``, whose everyday sentence *the doctor asked the nurse to help her* fixed it). Said
is in the past statement only, with no time phrase (*he said yesterday …* would be ambiguous between the saying
and the coming). The lexicon's ``say`` entry holds the English words and the verbs one reports.
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw
from model.language.grammar import (
    NP,
    Clause,
    Sentence,
    ante_pronoun,
    np_agr,
    refers_to_person,
    role_case,
    unmarked_object,
)
from model.language.lexicon import Lexicon

REPORT_RATE = 0.25          # of the generator's one-clause past statements of a reported verb, made a promise (its
                            # object kept, its time, place and company left out: the promise is the point)
BROKEN_RATE = 0.7           # of those, the promise not kept: … , but he did not
THIRD_OWNERS = ("his", "her", "their")
# Tamil does not say whether the doctor is a man or a woman (மருத்துவர், -ஆர்), English must: for a person noun of open
# gender the gold says she / her (the everyday sentence 'the doctor asked the nurse to help her' fixed the choice, and
# every v7d construction follows it); the parsers say so when another pronoun is written
EPICENE = "she"
OBJECT_FORM = {"he": "him", "she": "her", "they": "them"}
SAY_VERB = "tell"           # சொல்: the Tamil verb of saying (its English 'said' is this module's)


def say_entry(lex: Lexicon) -> dict:
    """The lexicon's ``say`` entry: 'en' (said), 'would', 'suffix' (-அதாக), 'verbs' one reports."""
    return lex.data["say"]


def report_form(lex: Lexicon, key: str) -> str:
    """வருவதாக: the future stem and -அதாக."""
    from model.language.script import join

    return join(lex.verb(key).fut, say_entry(lex)["suffix"])


def open_gender(lex: Lexicon, subj: NP) -> bool:
    """Whether ``subj`` is a person of a gender neither the Tamil nor the lexicon says (the doctor, the nurse)."""
    if subj.kind == "pron" or subj.number == "pl":
        return False
    noun = lex.nominal(subj.kind, subj.head)
    return noun.cls == "person" and ante_pronoun(noun) is None


def sayer_pronoun(lex: Lexicon, subj: NP) -> str | None:
    """The English pronoun that repeats a person (he, i, she for my mother, EPICENE for the doctor), or None where
    English has none (a thing, the honorific அவர் with no antecedent)."""
    if subj.kind == "pron":
        entry = lex.pronouns[subj.head]
        if entry["en"] is None and subj.ante:                    # அவர் said of someone before
            return ante_pronoun(lex.nouns[subj.ante]) or EPICENE
        return entry["en"] if subj.head in lex.pronoun_nouns else None
    noun = lex.nominal(subj.kind, subj.head)
    if noun.cls != "person":
        return None
    return "they" if subj.number == "pl" else ante_pronoun(noun) or EPICENE       # ravi → he, my mother → she


def object_case(lex: Lexicon, cl: Clause) -> str:
    """The Tamil case of the object of a reported or asked verb: its frame's (-ஐ, -க்கு), or none for an object
    Tamil leaves unmarked (பால் வாங்குவதாக, as பால் வாங்கினான்)."""
    obj = cl.obj
    if obj.kind == "noun" and obj.det is None and unmarked_object(lex.nouns[obj.head], obj.number):
        return "nom"
    return role_case(lex, cl, "obj")


def read_object(r, node, depth: int, cl: Clause, vtok) -> Clause:
    """The Tamil parser's side: ``cl`` with the object read from ``node``, in the case ``object_case`` says."""
    obj, case, _, otok = r.np(node, depth, bare=True)
    want = object_case(r.lex, replace(cl, obj=obj))
    if case != want:
        said = {"nom": "without a case suffix (பால் வாங்க)", "dat": "in the dative (-க்கு)",
                "acc": "in the accusative (-ஐ), with அந்த or இந்த where it is a known thing"}[want]
        r.fail(f"{r.word(otok)}: the object of {r.word(vtok)} is {said}", otok)
    best = any(r.lex.adjectives[a].get("superlative") for a in obj.adjs)     # மிகச்சிறந்த பாடலை: the best song (v7b)
    if obj.kind == "noun" and obj.det is None and want != "nom" and r.lex.nouns[obj.head].cls != "person" and not best:
        r.fail(f"the noun {r.word(otok)} needs a determiner before it (அந்த the, இந்த this, ஒரு a, or a number)", otok)
    return replace(cl, obj=obj)


def report_problem(lex: Lexicon, cl: Clause, mood: str, depth: int) -> str | None:
    """Why ``cl`` (said with a reported clause) is not in the language (None when it is)."""
    said = cl.said
    verb = lex.verb(said.verb)
    if mood != "decl" or depth or cl.neg or cl.tense != "past" or cl.time or cl.advs:
        return "what someone said they would do is told in a past statement with no time phrase (he said he would come)"
    if said.verb not in say_entry(lex)["verbs"]:
        return f"the language reports a promise to come, help, buy … ('{verb.en[0]}' is not one of them)"
    if not refers_to_person(lex, cl.subj) or cl.subj.rc is not None or sayer_pronoun(lex, cl.subj) is None:
        return "the one who says is a person (i, he, she, they, my mother, the doctor), with no relative clause"
    obj = said.obj
    if obj is None:
        return None if not verb.obj or verb.obj_optional else f"'{verb.en[0]}' needs its object"
    if not verb.obj:
        return f"'{verb.en[0]}' takes no object"
    if obj.rc is not None:
        return "the reported object has no relative clause"
    if obj.det in THIRD_OWNERS:     # அவனுடைய there would be someone else's, English 'his' the sayer's as well
        return f"whose the thing is stays out of a reported promise ('{lex.determiners[obj.det]['en']}' would be ambiguous)"
    noun = lex.pronoun_nouns.get(obj.head) if obj.kind == "pron" else lex.nominal(obj.kind, obj.head)
    if noun is None or not noun.fills(verb.obj):
        return f"'{noun.en if noun else obj.head}' is not something one can {verb.en[0]}"
    if obj == cl.subj:
        return "the object is the sayer again"
    return None


def elides(lex: Lexicon, before: Clause, conj: str, cl: Clause) -> bool:
    """Whether ``cl`` after ``before`` and ``conj`` is the broken promise English says without its verb."""
    said = before.said
    return (said is not None and conj == "but" and cl.verb == said.verb and cl.neg and cl.tense == "past"
            and cl.subj is not None and cl.subj.kind == "pron" and cl.subj.head == _pronoun_key(lex, before.subj)
            and said.obj is None and not any(getattr(cl, r) is not None for r in
                                             ("obj", "iobj", "loc", "comit", "source", "goal", "time", "pred"))
            and not cl.advs and not cl.habit and not cl.perfect)


def _pronoun_key(lex: Lexicon, subj: NP) -> str:
    """The pronoun key that continues ``subj`` in a later clause (அவன் for அவன், நான் for நான், அவள் for அம்மா)."""
    if subj.kind == "pron":
        return subj.head
    return lex.pronoun_by_agr[np_agr(lex, subj)]["key"]


def mark_elided(lex: Lexicon, clauses: list[Clause], conjs: tuple) -> list[Clause]:
    """The clauses with the broken promise marked (the Tamil parser's and the English resolver's last step)."""
    return [replace(cl, elided=True) if i and elides(lex, clauses[i - 1], conjs[i - 1], cl) else cl
            for i, cl in enumerate(clauses)]


def maybe_report(lex: Lexicon, tree: Sentence) -> Sentence:
    """Now and then a one-clause past statement by a person becomes what they said they would do (அவன் வருவதாகச்
    சொன்னான்), and half of those the promise not kept (…, ஆனால் அவன் வரவில்லை); hash draws of the tree, so the
    generator's random stream is unchanged."""
    if tree.mood != "decl" or len(tree.clauses) != 1 or tree.intj is not None:
        return tree
    cl = tree.clauses[0]
    if cl.tense != "past" or cl.verb not in say_entry(lex)["verbs"] or cl.neg or cl.subj is None or \
            any(getattr(cl, r) is not None for r in ("pred", "attr", "wh", "degree", "purpose", "modal", "comp")) or \
            cl.exp or cl.weather or cl.habit or cl.perfect or cl.never or cl.light or cl.some:
        return tree
    if hash_draw("report" + repr(tree)) >= REPORT_RATE:
        return tree
    said = Clause(cl.verb, "fut", obj=cl.obj)
    main = Clause(SAY_VERB, "past", subj=cl.subj, said=said)
    if report_problem(lex, main, "decl", 0):
        return tree
    if said.obj is None and hash_draw("broken" + repr(tree)) < BROKEN_RATE:
        subj = cl.subj if cl.subj.kind == "pron" else NP(_pronoun_key(lex, cl.subj), "pron", ante=cl.subj.head
                                                          if np_agr(lex, cl.subj) == "h" else None)     # அவர்: the doctor
        if subj.head not in lex.pronoun_nouns and (subj.ante is None or subj.ante not in lex.nouns):
            return replace(tree, clauses=(main,))
        broken = Clause(cl.verb, "past", subj=subj, neg=True, elided=True)
        return replace(tree, clauses=(main, broken), conjs=("but",))
    return replace(tree, clauses=(main,))


# ---- linearization
def ta_report(lz, cl: Clause, path: tuple) -> None:
    """அவன் (எனக்கு) வருவதாகச் சொன்னான்: the sayer, the reported object, the -வதாக form and சொல்."""
    lex, said = lz.lex, cl.said
    lz.ta_np(cl.subj, "nom", path + ("subj",))
    if said.obj is not None:
        lz.ta_np(said.obj, object_case(lex, said), path + ("said", "obj"))
    lz.ta(report_form(lex, said.verb), path + ("said", "verb"), doubles=True)
    lz.ta(lex.verb(SAY_VERB).finite("past", np_agr(lex, cl.subj)), path + ("verb",))


def en_report(lz, cl: Clause, path: tuple) -> tuple[int, int]:
    """*he said he would come*: said ← சொன்னான்; he, would, come ← வருவதாக; the reported verb is the ccomp."""
    lex, said = lz.lex, cl.said
    sp = path + ("said", "verb")
    subj_i = lz.en_np(cl.subj, path + ("subj",), subject=True)
    said_i = lz.en(say_entry(lex)["en"], path + ("verb",))
    pron_i = lz.en(sayer_pronoun(lex, cl.subj), sp)
    would_i = lz.en(say_entry(lex)["would"], sp)
    verb_i = lz.en(lex.verb(said.verb).en[0], sp)
    if said.obj is not None:
        lz.rel(lz.en_np(said.obj, path + ("said", "obj"), objective=True), verb_i, "obj")
    lz.rel(subj_i, said_i, "nsubj")
    lz.rel(verb_i, said_i, "ccomp")
    lz.rel(pron_i, verb_i, "nsubj")
    lz.rel(would_i, verb_i, "aux")
    lz.rel(pron_i, subj_i, "coref")
    return said_i, subj_i


def en_elided(lz, cl: Clause, path: tuple) -> tuple[int, int]:
    """*he did not*: did (the head, as UD has it where the verb is left out) and not ← the Tamil negative verb."""
    subj_i = lz.en_np(cl.subj, path + ("subj",), subject=True)
    did_i = lz.en("did", path + ("verb",))
    not_i = lz.en("not", path + ("verb",))
    lz.rel(subj_i, did_i, "nsubj")
    lz.rel(not_i, did_i, "advmod")
    return did_i, subj_i


# ---- the Tamil parser's side: clause: np (np) report vfin, report: vrep
def read_report(r, node, mood: str, depth: int) -> Clause:
    """The sayer (nominative), the reported object, the -வதாக form and சொன்ன- in the past, agreeing."""
    from model.language.forest import first_word

    lex, kids = r.lex, node.children
    items = [k.children[0] for k in kids[:-1]]
    at = next(i for i, k in enumerate(items) if k.data == "report")
    rtok, vtok = first_word(items[at]), first_word(kids[-1])
    if at not in (1, 2) or at != len(items) - 1 or any(k.data != "np" for k in items[:at]):
        r.fail(f"{r.word(rtok)}: what someone said they would do is the sayer, the object (if any), the -வதாக form "
               "and சொன்னான் (அவன் வருவதாகச் சொன்னான்)", rtok)
    subj, case, noun, stok = r.np(items[0], depth)
    r.prev_noun, r.prev_obj = noun, (None, None)     # அவர் in the next clause: my mother again
    if case != "nom":
        r.fail(f"{r.word(stok)}: the one who says takes no case suffix (அவன் வருவதாகச் சொன்னான்)", stok)
    key = r.an(rtok, "VREP").key
    said = Clause(key, "fut")
    if at == 2:
        said = read_object(r, items[1], depth, said, rtok)
    forms = [a for a in r.table[vtok.value] if a.cat == "VFIN" and a.key == SAY_VERB]
    agr = np_agr(lex, subj)
    if not any(a.feats == ("past", agr) for a in forms):
        r.fail(f"{r.word(vtok)}: a promise is reported with சொல் in the past, agreeing with its subject "
               f"({lex.verb(SAY_VERB).finite('past', agr)})", vtok)
    cl = Clause(SAY_VERB, "past", subj=subj, said=said)
    problem = report_problem(lex, cl, mood, depth)
    if problem:
        r.fail(f"{r.word(rtok)}: {problem}", rtok)
    return cl


# ---- the English parser's side: reports: subj SAY subj WOULD VERB np? ; elided: subj DO neg
def read_english_report(r, node, conj) -> Clause:
    """"he said he would come": the sayer, said, the same person again as a pronoun, would, the verb, its object."""
    from lark import Token, Tree

    from model.language.english_grammar import readings

    subj_node, pron_node, *rest = [c for c in node.children if isinstance(c, Tree)]
    said_tok = next(c for c in node.children if isinstance(c, Token) and c.type == "SAY")
    verb_tok = next(c for c in node.children if isinstance(c, Token) and c.type == "VERB")
    if conj is not None:
        r.fail("'said … would' opens its sentence (he said he would come , but he did not)", said_tok)
    subj = r.phrase(subj_node.children[0] if subj_node.data == "subj" else subj_node)
    if subj.pron is not None:
        subj = r.continuing(subj, None, "decl", 0, False)
    pron = r.phrase(pron_node.children[0] if pron_node.data == "subj" else pron_node)
    want = sayer_pronoun(r.lex, subj.np) if refers_to_person(r.lex, subj.np) else None
    if want is None or subj.np.rc is not None:
        r.fail(report_problem(r.lex, Clause(SAY_VERB, "past", subj=subj.np, said=Clause("come", "fut")), "decl", 0)
               or f"'{subj.text}' cannot say this", said_tok)
    if pron.text != want:
        gender = " (Tamil does not say he or she; for a person of open gender the gold writes 'she')" \
            if open_gender(r.lex, subj.np) else ""
        r.fail(f"'{subj.text} said {pron.text} would …': the language reports what the sayer would do, so the "
               f"pronoun is '{want}'{gender}", pron.tok)
    reading = next((x for x in readings(verb_tok.value) if x.cat == "VERB" and x.key in r.lex.verbs
                    and x.feat == "base"), None)
    if reading is None:
        r.fail(f"'would {verb_tok.value}': after 'would' the verb is in its base form (would come)", verb_tok)
    said = Clause(reading.key, "fut", obj=r.phrase(rest[0]).np if rest else None)
    cl = Clause(SAY_VERB, "past", subj=subj.np, said=said)
    problem = report_problem(r.lex, cl, "decl", 0)
    if problem:
        r.fail(problem, verb_tok)
    r.prev, r.reported = subj, cl
    return cl


def read_english_elided(r, node, conj) -> Clause:
    """"…, but he did not": the same person, did not, and the verb of the promise before (left out)."""
    from lark import Token, Tree

    subj_node = next(c for c in node.children if isinstance(c, Tree) and c.data in ("subj", "np", "rnp"))
    do_tok = next(c for c in node.children if isinstance(c, Token) and c.type == "DO")
    before = getattr(r, "reported", None)
    if conj != ["but"] or before is None:
        r.fail(f"'{do_tok.value} not' with no verb after it follows 'he said he would …, but' "
               "(he said he would come , but he did not)", do_tok)
    subj = r.phrase(subj_node.children[0] if subj_node.data == "subj" else subj_node)
    subj = r.continuing(subj, conj, "decl", 0, False)
    if do_tok.value != "did":
        r.fail(f"'{do_tok.value} not': a promise not kept is told in the past ('did not')", do_tok)
    cl = Clause(before.said.verb, "past", subj=subj.np, neg=True, elided=True)
    if not elides(r.lex, before, "but", cl):
        r.fail("'… but he did not' leaves out the verb of a promise with no object, said by the same person "
               "(he said he would come , but he did not)", do_tok)
    return cl
