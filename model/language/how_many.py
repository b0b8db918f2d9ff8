"""How many (language v8a): எத்தனை before the counted object of a verb.

நீங்கள் எத்தனை மொழிகள் பேசுவீர்கள் ? → *how many languages do you speak ?*
நீங்கள் எத்தனை புத்தகங்கள் வாங்கினீர்கள் ? → *how many books did you buy ?*

Tamil asks the number where the answer would stand: the subject, எத்தனை, the counted noun — plural, bare and
unmarked, as Tamil writes a counted object (எத்தனை மொழிகள், not மொழிகளை) — and the verb with no -ஆ (the question
word asks). English fronts the object with *how many* and asks with *do/does/did/will*: *how* (``advmod`` of *many*)
and *many* (``amod`` of the noun) ← எத்தனை, the noun the verb's ``obj``, the auxiliary ← the verb, as in every
English question of the language. The tree is the verb's clause with its object and the flag ``how_many``.

What one can do is said in Tamil with the -உம் form (அவர் ஐந்து மொழிகள் பேசுவார், *he speaks five languages*),
so speaking languages (lexicon ``how_many.ability``) is asked with பேசுவீர்கள், and English asks it in the simple
present: *do you speak*. The present பேசுகிறீர்கள் would be an action going on now in this grammar (*are you
speaking*), and *will you speak* is not the question the English asks, so the gold has the one reading. Other verbs
(lexicon ``how_many.verbs``: buy, read, write, send, bring, sell) ask how many in the past or the future (*did you
buy*, *will you buy*). மொழி (*language*, class ``speech``) is a language counted; தமிழ் and ஆங்கிலம் stay the named
languages. The clause says nothing else (no place, time or recipient): the question is the count. The generator turns
some yes/no questions of these verbs into how-many questions, from a hash of the tree.
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw

HOW_MANY_RATE = 0.5           # of the one-clause yes/no questions of a verb that counts
OTHER_ROLES = ("iobj", "loc", "comit", "source", "goal", "ben", "inst", "pred", "time", "wh", "attr", "purpose")


def _entry(lex) -> dict:
    return lex.data["how_many"]


def is_ability(lex, cl) -> bool:
    """Whether the clause asks what one can do (the -உம் form, English simple present: do you speak)."""
    return cl.verb in _entry(lex)["ability"]


def counted_things(lex, verb_key: str) -> list[str]:
    """The nouns a how-many question of ``verb_key`` may count: countable, of the verb's objects or the listed ones."""
    wanted = _entry(lex)["verbs"][verb_key] or lex.verb(verb_key).obj
    return sorted(k for k, n in lex.nouns.items() if n.en_pl and "mass" not in n.tags and n.fills(wanted)
                  and n.cls not in ("person", "place"))


def how_many_problem(lex, cl) -> str | None:
    """Why ``cl`` cannot ask how many (None when it can)."""
    from model.language.grammar import refers_to_person

    entry = _entry(lex)
    if cl.verb not in entry["verbs"] or cl.verb not in lex.verbs:
        said = ", ".join(lex.verb(v).en[0] for v in entry["verbs"] if v in lex.verbs)
        return f"{entry['ta']} (how many) asks of what one does with things: {said}"
    verb = lex.verb(cl.verb)
    obj = cl.obj
    if obj is None or obj.kind != "noun" or obj.det is not None or obj.adjs or obj.rc is not None or obj.number != "pl":
        return f"{entry['ta']} counts a plain plural noun right after it ({entry['ta']} புத்தகங்கள், how many books)"
    if obj.head not in counted_things(lex, cl.verb):
        return f"one does not {verb.en[0]} {lex.nouns[obj.head].en_pl or lex.nouns[obj.head].en} in the language"
    if cl.subj is None or not refers_to_person(lex, cl.subj):
        return f"{entry['ta']} … asks what a person does"
    if any(getattr(cl, r) for r in OTHER_ROLES) or cl.advs or cl.neg:
        return "a how-many question has its subject, what is counted and the verb only"
    if is_ability(lex, cl) and cl.tense != "fut":
        return f"how many … one {verb.en[0]}s is asked with the -உம் form ({verb.finite('fut', '2pl')}: do you " \
            f"{verb.en[0]})"
    if not is_ability(lex, cl) and cl.tense not in ("past", "fut"):
        return f"how many … asks what one did or will do ({verb.en[2]}, will {verb.en[0]})"
    return None


def ta_how_many(lin, cl, path: tuple) -> None:
    """நீங்கள் எத்தனை மொழிகள் பேசுவீர்கள்: subject, எத்தனை, the counted noun (nominative), the verb (no -ஆ)."""
    from model.language.grammar import np_agr

    lin.ta_np(cl.subj, "nom", path + ("subj",))
    lin.ta(_entry(lin.lex)["ta"], path + ("how_many",))
    lin.ta_np(cl.obj, "nom", path + ("obj",))
    lin.ta(lin.lex.verb(cl.verb).finite(cl.tense, np_agr(lin.lex, cl.subj)), path + ("verb",))


def en_how_many(lin, cl, path: tuple) -> tuple[int, int]:
    """*how many languages do you speak*: how, many ← எத்தனை; the auxiliary and the verb ← the Tamil verb."""
    from model.language.grammar import np_number_en

    lex = lin.lex
    how_word, many_word = _entry(lex)["en"]
    how, many = lin.en(how_word, path + ("how_many",)), lin.en(many_word, path + ("how_many",))
    obj_i = lin.en_np(cl.obj, path + ("obj",), objective=True)
    number = np_number_en(lex, cl.subj)
    word = "did" if cl.tense == "past" else ("does" if number == "sg" else "do") if is_ability(lex, cl) else "will"
    aux = lin.en(word, path + ("verb",))
    subj_i = lin.en_np(cl.subj, path + ("subj",), subject=True)
    main = lin.en(lex.verb(cl.verb).en[0], path + ("verb",))
    lin.rel(how, many, "advmod")
    lin.rel(many, obj_i, "amod")
    lin.rel(obj_i, main, "obj")
    lin.rel(aux, main, "aux")
    lin.rel(subj_i, main, "nsubj")
    if word in ("do", "does"):
        lin.rel(aux, subj_i, "agr")
    return main, subj_i


def split_how_many(kids: list):
    """The Tamil clause's children without the எத்தனை item, the item's noun phrase node and its எத்தனை token;
    None when there is none."""
    at = next((i for i, k in enumerate(kids[:-1]) if getattr(k, "data", None) == "item"
               and k.children[0].data == "howmany"), None)
    if at is None:
        return None
    tok, np_node = kids[at].children[0].children
    return kids[:at] + kids[at + 1:], np_node, tok


def read_how_many(r, node, mood: str, depth: int, clause_of):
    """The Tamil reader: the clause without எத்தனை and its noun read as any other (its object left out), then the
    counted noun put back as the object."""
    from lark import Tree

    from model.language.forest import first_word
    from model.language.grammar import NP

    rest, np_node, tok = split_how_many(node.children)
    if mood != "question" or depth or node.data != "wclause":
        r.fail(f"{r.word(tok)} (how many) asks a question: the verb takes no -ஆ and the sentence ends with '?'", tok)
    ntok = first_word(np_node.children[-1])
    if any(a.cat == "N" and a.feats[1] != "nom" for a in r.table[ntok.value]):
        r.fail(f"{r.word(ntok)}: what {r.word(tok)} counts has no case suffix (எத்தனை மொழிகள், எத்தனை புத்தகங்கள்)",
               ntok)
    r.counting = True                       # the verb's object is the counted noun, read below
    try:
        cl = clause_of(Tree("clause", rest))
    finally:
        r.counting = False
    np_, _, _, ntok = r.np(np_node, depth)
    cl = replace(cl, obj=NP(np_.head, number=np_.number) if np_.kind == "noun" and not np_.adjs and np_.det is None
                 else np_, how_many=True)
    if problem := how_many_problem(r.lex, cl):
        r.fail(f"{r.word(tok)}: {problem}", tok)
    return cl


def read_english_how_many(reader, node, kids: list, wh: str):
    """The English reader: *how many N do/does/did/will S V ?* (a verb, no other phrase)."""
    from lark import Token

    from model.language.english_grammar import readings
    from model.language.english_phrases import first_word
    from model.language.grammar import NP, Clause, np_number_en

    lex = reader.lex
    word = first_word(next(c for c in kids if c.data == "wh"))
    if wh != _entry(lex)["en"][0]:
        reader.fail(f"'{word.value} many …' is not in the language; it asks 'how many …'", word)
    toks = [c for c in next(c for c in kids if c.data == "np").children if isinstance(c, Token)]
    if len(toks) != 1 or toks[0].type != "NOUN":
        reader.fail("'how many' counts a plain plural noun ('how many books')", toks[0])
    noun = reader.reading(toks[0], "NOUN")
    aux = first_word(next(c for c in kids if c.data == "aux"))
    subj = reader.phrase(next(c for c in kids if c.data == "subj").children[0])
    if subj.pron is not None:
        subj = reader.continuing(subj, None, "question", 0, True)
    group = next(c for c in kids if c.data == "vgroup")
    tail = next(c for c in kids if c.data == "tail")
    main = group.children[-1].children[-1]
    if len(group.children) != 1 or tail.children:
        reader.fail("a how-many question has its subject, what is counted and the verb only "
                    "('how many books did you buy ?')", main)
    base = [r for r in readings(main.value) if r.cat == "VERB" and r.feat == "base"]
    if not base:
        reader.fail(f"after '{aux.value}' the verb takes its base form", main)
    verb = base[0].key
    number = np_number_en(lex, subj.np)
    tense = {"did": "past", "will": "fut", "do": "fut", "does": "fut"}.get(aux.value)
    if tense is None:
        reader.fail(f"'how many … {aux.value}': the language asks with do/does, did or will", aux)
    cl = Clause(verb, tense, subj=subj.np, obj=NP(noun.key, number=noun.feat), how_many=True)
    if verb in lex.verbs and (aux.value in ("do", "does")) != is_ability(lex, cl):
        if is_ability(lex, cl):
            reader.fail(f"'how many … {aux.value} … {main.value}': what one can {main.value} is asked in the present "
                        f"('{'does' if number == 'sg' else 'do'} … {main.value}')", aux)
        reader.fail(f"'how many … {aux.value} … {main.value}': the language asks what one did or will do "
                    "(did, will)", aux)
    if aux.value in ("do", "does") and aux.value != ("does" if number == "sg" else "do"):
        reader.fail(f"'{aux.value}' does not agree with '{subj.text}': write '{'does' if number == 'sg' else 'do'}'",
                    aux)
    if problem := how_many_problem(lex, cl):
        reader.fail(problem, toks[0])
    return cl


def maybe_how_many(lex, tree):
    """Now and then a yes/no question of a verb that counts asks how many instead (did you buy a book ? → how many
    books did you buy ?; a question of speaking → how many languages do you speak ?); drawn from hashes of the tree,
    so the generator's random stream, and with it every other sentence, is unchanged."""
    if "how_many" not in lex.data or tree.mood != "question" or len(tree.clauses) != 1 or tree.intj is not None:
        return tree
    cl = tree.clauses[0]
    if cl.verb not in _entry(lex)["verbs"] or cl.verb not in lex.verbs or cl.wh or cl.subj is None:
        return tree
    draw = hash_draw("how_many" + repr(tree))
    things = counted_things(lex, cl.verb)
    if draw >= HOW_MANY_RATE or not things:
        return tree
    from model.language.grammar import NP, Clause

    if cl.obj is not None and cl.obj.kind == "noun" and cl.obj.head in things:
        thing = cl.obj.head
    else:
        thing = things[int(draw / HOW_MANY_RATE * len(things))]
    tense = "fut" if is_ability(lex, cl) else cl.tense if cl.tense in ("past", "fut") else "past"
    asked = Clause(cl.verb, tense, subj=cl.subj, obj=NP(thing, number="pl"), how_many=True)
    return tree if how_many_problem(lex, asked) else replace(tree, clauses=(asked,))
