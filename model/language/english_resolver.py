"""Second pass of the English parser: from a backbone tree to the abstract ``Sentence``.

Assigns roles (a bare noun phrase after the verb is the object; *to* a person is the recipient and *to*
a place the destination, *from* the origin, *with* the company, *in* the place), reads the verb group
(tense, English aspect, the number it marks), resolves pronouns against the previous clause's subject,
and checks what the Tamil parser checks — agreement, determiners, verb frames, noun classes, tenses —
saying in English terms what is wrong. Noun phrases are resolved in ``english_phrases``.
"""

from __future__ import annotations

from dataclasses import replace

from lark import Token, Tree

from model.language.amounts import age_problem, amount, count_problem, price_problem, some_problem
from model.language.asking import read_english_ask
from model.language.bare import acts_alone, name_predicate_problem, place_in_town_problem
from model.language.because import because_problem
from model.language.benefactive import check_ben
from model.language.bodily import body_subject_problem, state_problem
from model.language.broken import check_english_mine
from model.language.can_have import read_english_can_have
from model.language.clock import read_english_clock
from model.language.comparison import read_english_than, split_english_than
from model.language.consequence import starts_anew, state_participle
from model.language.containers import target_role
from model.language.demonstratives import subject_problem
from model.language.duration import is_duration, read_english_duration
from model.language.english_grammar import readings, time_phrases
from model.language.english_phrases import Phrase, PhraseReader, span
from model.language.everyday import THIS, vless_wh_problem
from model.language.everyday_words import (
    is_home,
    predicate_token,
    state_time_fits,
    tense_fits,
    weather_adverb_problem,
)
from model.language.everyone import read_english_everyone
from model.language.existence import exist_problem
from model.language.experience import read_english_never
from model.language.extent import read_english_extent
from model.language.forest import first_word
from model.language.generator import rc_tenses
from model.language.giving import english_some_items, read_english_some, some_given_problem
from model.language.grammar import (
    NP,
    Clause,
    Sentence,
    english_aspect,
    indefinite,
    is_personal,
    np_agr,
    np_number_en,
)
from model.language.habits import reads_as_habit
from model.language.how_many import read_english_how_many
from model.language.inflection import BE_PAST, BE_PRESENT
from model.language.instrument import check_inst
from model.language.lexicon import load_lexicon
from model.language.light_verbs import light_only
from model.language.mine import read_english_mine
from model.language.modals import read_english_modal
from model.language.music import read_english_music
from model.language.next_event import COMMA_AND
from model.language.origin import read_english_origin
from model.language.parser import AGR_NAMES
from model.language.perfect import is_perfect, perfect_problem
from model.language.possession import owned_english, read_owned
from model.language.price_of import read_english_price_of
from model.language.purpose import read_english_purpose
from model.language.recipients import english_recipient_items, read_english_recipient, recipient_first_problem
from model.language.reference import english_object_reference
from model.language.reported import read_english_elided, read_english_report
from model.language.rides import read_english_ride, rides
from model.language.simile import read_english_simile, split_simile
from model.language.spent import read_english_spent
from model.language.spots import read_english_spot, split_english_spot
from model.language.taste import read_english_taste, taste_group
from model.language.telling import read_english_told, told_that_rnp
from model.language.thinking import read_english_think
from model.language.timetable import english_what_time
from model.language.visiting import read_english_visit, split_english_visit
from model.language.wants import read_english_want_to
from model.language.was_doing import prog_problem

TENSE_NAME = {"past": "past", "pres": "present", "fut": "future", None: "request"}
# the subjects (np_number_en: sg, pl, 1sg) each number-marked word agrees with
BE_FORMS = {"am": ("pres", ("1sg",)), "is": ("pres", ("sg",)), "are": ("pres", ("pl",)),
            "was": ("past", ("sg", "1sg")), "were": ("past", ("pl",))}
DO_FORMS = {"did": ("past", None), "does": ("pres", ("sg",)), "do": ("pres", ("pl", "1sg"))}
BASE_FITS, S3_FITS = ("pl", "1sg"), ("sg",)
RIGHT_FORM = {"be_pres": BE_PRESENT, "be_past": BE_PAST,
              "do": {"sg": "does", "pl": "do", "1sg": "do"}}
SHAPES = "'sang', 'sings', 'is singing', 'will sing', 'was ready'"
RC_HINT = " (a phrase after a noun phrase with a relative clause belongs to the relative clause)"


class Resolver(PhraseReader):
    """Builds the ``Sentence`` for one backbone tree; ``notes`` says how an ambiguity was read."""

    def __init__(self, tokens: list[str]):
        super().__init__(load_lexicon(), tokens)
        self.prev: Phrase | None = None       # the previous main clause's subject (pronoun antecedent)
        self.prev_obj: Phrase | None = None   # … and its object (english_object_reference, v5d)

    def sentence(self, tree: Tree) -> Sentence:
        top = tree.children[-1]
        mood = str(top.data)                 # a plain str in the tree (Lark gives a Token)
        nodes = [c for c in top.children if isinstance(c, Tree) and c.data == "clause"] or [top]
        conjs = [[t.value for t in c.children] if c.data != "andbare" else [COMMA_AND] for c in top.children
                 if isinstance(c, Tree) and c.data in ("conj", "because", "andbare")]     # and: v7f next_event
        familiar = mood == "imperative" and not any(isinstance(c, Token) and c.type == "PLEASE" for c in top.children)
        if familiar:
            first = first_word(top)
            if first.value != "do" and not any(r.cat == "VERB" and r.feat == "base" and r.key in self.lex.verbs
                                               and self.lex.verbs[r.key].imp_sg for r in readings(first.value)):
                self.fail(f"a sentence of the language cannot start with '{first.value}': a statement starts with "
                          "its subject (or a time or place phrase), a question with did/does/is/are/was/were/will, "
                          "a request with 'can you', an imperative with 'please' or with a verb such as 'come'", first)
        clauses = []
        for i, node in enumerate(nodes):
            conj = conjs[i - 1] if i else None
            clauses.append(self.clause(node, mood, 0, conj=conj))
        if familiar:                         # come here . (இங்கே வா .)
            clauses[0] = self.familiar(clauses[0])
        keys = tuple(("then" if c[1:] == ["then"] else "and") if c[0] == "and" else c[0] for c in conjs)
        check_english_mine(self, clauses, conjs)     # … because mine was broken (v8d broken)
        rain = [i for i, c in enumerate(clauses) if c.weather and i]
        if rain:                             # i did not go to school because it rained (மழை பெய்ததால் …)
            problem = "the rain explains one clause" if len(clauses) != 2 else because_problem(self.lex, *clauses)
            if problem:
                self.fail(f"'… because it {self.lex.weather[clauses[rain[0]].verb].en[2]}': {problem}")
        return Sentence(mood=mood, clauses=tuple(clauses), conjs=keys)

    # ---- clauses -------------------------------------------------------------------------
    def familiar(self, cl: Clause) -> Clause:
        """"come here .": an imperative without please is the familiar singular one (இங்கே வா .)."""
        verb = self.lex.verbs.get(cl.verb)
        if cl.neg or verb is None or not verb.imp_sg:
            said = f"'do not {verb.en[0]}'" if cl.neg and verb is not None else "this"
            self.fail(f"an imperative opens with 'please' ('please {verb.en[0] if verb else 'come'} …'); the language "
                      f"has no familiar form of {said}")
        return replace(cl, familiar=True)

    def copular(self, node: Tree, conj: list[str] | None) -> Clause:
        """"she is my sister": a person and a noun predicate, in the present (Tamil has no verb there)."""
        subj_node, attr_node = [c for c in node.children if isinstance(c, Tree) and c.data == "np"]
        be = next(c for c in node.children if isinstance(c, Token))
        neg = any(isinstance(c, Tree) and c.data == "neg" for c in node.children)
        subj = self.phrase(subj_node)
        if subj.pron is not None or conj is not None:
            subj = self.continuing(subj, conj, "decl", 0, True)
        toks = [t for t in attr_node.children if isinstance(t, Token)]
        head = toks[-1]
        if head.type == "NAME" and len(toks) == 1 and be.value == "is":           # my name is ramu
            attr = NP(head=self.reading(head, "NAME").key, kind="name")
            problem = name_predicate_problem(self.lex, subj.np, attr)
            if problem:
                self.fail(f"'{subj.text} is {head.value}': {problem}", head)
            self.prev = subj
            return Clause("be", "pres", subj=subj.np, attr=attr, neg=neg)
        if head.type != "NOUN" or self.lex.nouns[self.reading(head, "NOUN").key].cls != "person":
            self.fail(f"'{be.value} {' '.join(t.value for t in toks)}': after is/are the language has a person's "
                      "role or relation (a doctor, my sister) or a predicate (ready, happy …)", head)
        mods = [t for t in toks if t.type == "ADJ" and self.reading(t, "ADJ").key.startswith("@")]
        r = self.noun_reading(head, mods, toks)                # my younger sister
        following = mods[0].value if mods else head.value
        toks = [t for t in toks if t not in mods]
        det = None
        if toks[0].type in ("DET", "NUM") or len(toks) > 2 or (len(toks) == 2 and toks[0].type == "ADJ"):
            first = toks[0].value
            owner = self.reading(toks[0], "DET").key if toks[0].type == "DET" else None
            if len(toks) != 2 or toks[0].type != "DET" or not (owner in self.lex.possessives or owner == "a"):
                self.fail(f"'{' '.join(t.value for t in toks)}': a noun after is/are takes 'a' or a possessive "
                          "(a doctor, my friend), no other word", toks[0])
            if owner == "a":
                if r.feat != "sg":
                    self.fail(f"'{first} {head.value}': 'a' needs a singular noun", toks[0])
                self.det_fits(toks[0], self.reading(toks[0], "DET"), r.feat, self.lex.nouns[r.key], following)
            else:
                det = owner
                self.note_reading(first)
        elif r.feat == "sg":
            self.fail(f"'{head.value}' needs 'a' before it ('a {head.value}')", head)
        if be.value not in ("am", "is", "are"):
            self.fail(f"'{be.value} …': the language says who someone is in the present only "
                      "(Tamil has no verb there)", be)
        fits = BE_FORMS[be.value][1]
        number = np_number_en(self.lex, subj.np)
        if number not in fits:
            self.fail(f"'{be.value}' does not agree with its subject '{subj.text}': write "
                      f"'{RIGHT_FORM['be_pres'][number]}'", be)
        cl = Clause("be", "pres", subj=subj.np, attr=NP(head=r.key, number=r.feat, det=det), neg=neg)
        self.prev = subj
        return cl

    def clause(self, node: Tree, mood: str, depth: int, conj: list[str] | None = None,
               head: Phrase | None = None, matrix_tense: str | None = None) -> Clause:
        kids = [c for c in node.children if isinstance(c, Tree)]
        if any(isinstance(c, Token) and c.type == "PRICE" for c in node.children):   # the price of this shirt
            return read_english_price_of(self, node, price_problem)
        if any(isinstance(c, Token) and c.type == "FROM" for c in node.children):    # where are you from ?
            return read_english_origin(self, node)
        if any(c.data == "clockn" for c in kids):      # what day is it today ? (model.language.clock)
            return read_english_clock(self, node)
        if (kids and kids[0].data == "owned" or any(isinstance(c, Token) and c.type in ("WHOSE", "DET")
                                                    for c in node.children)) and owned_english(node, kids):        # whose book is this ?, is this your bag ?, this is my bag .
            return read_owned(self, node.children[0] if kids and kids[0].data == "owned" else node, mood)
        if told_that_rnp(node) is not None:      # the teacher told the students that they did well (telling)
            return read_english_told(self, node, mood, depth, conj)
        if kids and kids[0].data == "thinks":    # i think it will rain tonight (model.language.thinking)
            return read_english_think(self, kids[0], conj)
        if kids and kids[0].data == "spent":     # my phone battery is almost dead (model.language.spent)
            return read_english_spent(self, kids[0])
        if kids and kids[0].data in ("full", "qfull"):   # the river bank was full of people (model.language.full)
            from model.language.full import read_english_full
            return read_english_full(self, kids[0])
        if kids and kids[0].data == "canhave":   # can i have a glass of water ? (model.language.can_have)
            return read_english_can_have(self, kids[0])
        if kids and kids[0].data == "asks":        # the doctor asked the nurse to help her (v7d)
            return read_english_ask(self, kids[0], conj)
        if kids and kids[0].data == "extent":      # i am so tired that i could sleep all day (v7d)
            return read_english_extent(self, kids[0], conj)
        if kids and kids[0].data in ("reports", "elided"):   # he said he would come , but he did not (v7d)
            return (read_english_report if kids[0].data == "reports" else read_english_elided)(self, kids[0], conj)
        if kids and kids[0].data in ("mine", "qmine"):   # this book is mine (model.language.mine)
            return read_english_mine(self, kids[0], mood)
        if kids and kids[0].data == "copular":
            return self.copular(kids[0], conj)
        if kids and kids[0].data == "locative":
            return self.locative(kids[0], conj)
        if kids and kids[0].data in ("exist", "qexist", "own", "qown"):
            return self.existence(kids[0], mood)                 # there is a meeting today; i have an exam
        wh = self.question_word(kids)
        if wh == "what":
            wh = english_what_time(node, wh)                        # what time does the train leave ? (v7g)
        adj = next((c for c in node.children if isinstance(c, Token) and c.type == "ADJ"), None)
        if adj is not None:                  # how old is your brother ?
            return self.age(kids, wh, adj)
        if any(isinstance(c, Token) and c.type == "MUCH" for c in node.children):
            return self.price(kids, wh, node)    # how much is this ?
        if any(isinstance(c, Token) and c.type == "MANY" for c in node.children):
            if any(c.data == "vgroup" for c in kids):     # how many books did you buy ? (v8a how_many)
                return read_english_how_many(self, node, kids, wh)
            return self.count(kids, wh)      # how many children do you have ?
        if any(c.data == "cop" for c in kids):
            return self.where_is(kids, wh, node)
        group = next(c for c in kids if c.data == "vgroup")
        auxes = [first_word(c) for c in group.children if c.data == "aux"]
        vmain = group.children[-1]
        main = vmain.children[-1]
        second = None
        if any(isinstance(t, Token) and t.type == "BUT" for t in vmain.children):      # long but interesting (v6a)
            main, second = vmain.children[0], predicate_token(self, vmain.children[-1])
        deg_tok = next((t for t in vmain.children[:-1] if t.type in ("DEG", "SO")), None)    # very hungry, feeling very sleepy
        degree = self.reading(deg_tok, "DEG").key if deg_tok is not None else None
        neg = any(c.data == "neg" for c in group.children)
        never_tok = next((first_word(c) for c in group.children if c.data == "never"), None)   # v6c experience
        if mood == "question" and wh != "who":
            auxes = [first_word(next(c for c in kids if c.data == "aux"))] + auxes
        subj_node = next((c for c in kids if c.data in ("subj", "np", "rnp")), None)
        items = [c.children[0] for c in kids if c.data == "front"]
        tail = next(c for c in kids if c.data == "tail")
        items += [c.children[0] if c.data == "light" else c for c in tail.children]
        items, than_node = split_english_than(items)         # taller than me (model.language.comparison)
        sim_node = None
        if any(getattr(i, "data", None) == "sim" for i in items):
            items, sim_node = split_simile(self, items)      # like an arrow (model.language.simile)
        wea = next((r.key for r in readings(main.value) if r.key in self.lex.weather), None)
        if wea is not None:
            return self.weather(wea, subj_node, auxes, main, items, neg, depth, conj)
        exp = next((r.key for r in readings(main.value) if r.key in self.lex.experiencers), None)
        wants = next((c for c in kids if c.data == "purpose"), None) if exp == "want" else None
        if wants is not None:               # do you want to eat something ? (model.language.wants)
            said = self.experiencer(exp, subj_node, [], neg, depth, conj, degree)
            return read_english_want_to(self, said.subj, wants, items, neg, mood, depth, conj)
        if exp is not None:
            return read_english_than(self, self.experiencer(exp, subj_node, items, neg, depth, conj, degree),
                                     than_node, None, mood, depth)
        adv_nodes = [c for c in group.children if c.data == "preadv"] + [i for i in items if i.data == "adv"]
        advs = tuple(self.reading(first_word(a), "ADV").key for a in adv_nodes)   # checked by the Tamil parser
        items = [i for i in items if i.data != "adv"]
        time = self.time_of([c for c in items if c.data == "time"])
        cmp_tok = main if main.type == "CMP" else None           # taller: the predicate tall, compared
        main = state_participle(self, main, auxes)               # was closed (v7g consequence)
        main = predicate_token(self, main.update(type="PRED") if cmp_tok else main)   # the city is beautiful: அழகாக
        copula = main.type == "PRED"
        subj = None
        if subj_node is not None:
            subj = self.phrase(subj_node.children[0] if subj_node.data == "subj" else subj_node)
            if subj.pron is not None and not any(r.feat != "obj" for r in readings(subj.text)):
                self.fail(f"'{subj.text}' is an object form; a subject is i, we, he, they", subj.tok)
            pred_key = self.reading(main, "PRED").key if copula else None
            acted = None if copula else next((r.key for r in readings(main.value) if r.cat in ("VERB", "VING")), None)
            ref = english_object_reference(self.lex, subj, self.prev, self.prev_obj, pred_key, acted) \
                if conj is not None and not depth and mood == "decl" else None      # … because it was too wide (v5d)
            if ref is not None and pred_key is None and conj == ["and"]:        # v7f: model.language.next_event
                self.fail(f"'{subj.text}' is what the previous clause acted on: the two events are joined by 'and' "
                          "with no comma (he hit the ball and it flew over the wall)", subj.tok)
            if ref is not None:
                subj = ref
            elif subj.pron is not None or conj is not None:
                subj = self.continuing(subj, conj, mood, depth, copula)
        gap_head = head if subj is None else None
        number_of = subj if subj is not None else gap_head
        taste_tok = next((t for t in vmain.children if isinstance(t, Token) and t.type == "TASTE"), None)
        if taste_tok is not None:                    # the cake tasted great (model.language.taste)
            verb, tense, marked, aspect = taste_group(self, auxes, taste_tok, mood, number_of, neg)
        else:
            verb, tense, marked, aspect = self.verb_group(auxes, main, mood, number_of, time, neg,
                                                          asking=wh is not None, advs=advs)
        roles: dict[str, Phrase] = {}
        if subj is not None and ((copula and subj.noun is not None and subj.noun.cls == "place" and
                                  not is_home(self.lex, subj.np)) or acts_alone(self.lex, verb, subj.noun)):
            roles["subj"] = self.with_rc(subj, "subj", depth, tense)       # the city is beautiful; the shop will open
        elif subj is not None:
            self.claim(roles, "subj", self.with_rc(subj, "subj", depth, tense))
        given_to = some_given = None
        if any(i.data == "np" and any(isinstance(t, Token) and t.type == "SOME" for t in i.children) for i in items):
            items, given_to, some_given = english_some_items(items)  # give me some water (model.language.giving)
        items, first_to = english_recipient_items(self, items, verb)     # gave him her book (v7e recipients)
        items, spot_item = split_english_spot(items)      # into the river, outside my window (model.language.spots)
        items, visited = split_english_visit(self, main, items)     # are visiting us (model.language.visiting)
        for item in items:
            if item.data != "time":
                self.place(roles, item, depth, tense)
        verb = read_english_ride(self.lex, verb, roles)           # we took a taxi: going in it (v7g rides)
        verb = read_english_music(self.lex, verb, roles)          # plays the guitar: வாசி (v8a music)
        if some_given is not None:
            read_english_some(self, roles, given_to, some_given, depth, tense)
        if first_to is not None:
            read_english_recipient(self, roles, first_to)
        heavy = [p for p in roles.values() if p.np.rc is not None]
        if len(heavy) > 1:
            self.fail(f"'{heavy[0].text}' and '{heavy[1].text}' both carry a relative clause: a clause has at "
                      "most one (Tamil puts it first in the clause)", heavy[1].tok)
        pred = self.reading(main, "PRED").key if copula else None
        cl = Clause(verb=verb, tense=tense, pred=pred, time=time, neg=neg, wh=wh, degree=degree, advs=advs,
                    pred2=None if second is None else self.reading(second, "PRED").key,
                    light=light_only(verb),                     # lent: இரவல் கொடுத்தான் (v8d light_verbs)
                    **{r: p.np for r, p in roles.items()})
        if spot_item is not None:
            cl = read_english_spot(self, cl, spot_item, mood, depth)
        if some_given is not None:
            cl = replace(cl, some=True)
            problem = some_given_problem(self.lex, cl, mood, depth)
            if problem:
                self.fail(problem, first_word(some_given))
        check_ben(self, cl, roles["ben"].tok if "ben" in roles else main)      # for his wife (v7e)
        check_inst(self, cl, roles["inst"].tok if "inst" in roles else main)   # with a telescope (v7e)
        if first_to is not None and (cl.obj is None or cl.obj.rc is None):     # not before a heavy object (v8e)
            cl = replace(cl, recipient_first=True)
            if problem := recipient_first_problem(self.lex, cl):
                self.fail(problem, first_word(first_to))
        if taste_tok is not None:
            cl = read_english_taste(self, cl, taste_tok, mood if depth == 0 else "rc")
        if sim_node is not None:
            cl = read_english_simile(self, cl, sim_node)
        if mood == "rc":
            cl = self.gap(cl, head, roles, node, main)
        if never_tok is not None:                    # i have never been to madurai (model.language.experience)
            cl = read_english_never(self, cl, never_tok, main, aspect, mood, depth)
        elif is_duration(self.lex, time):            # they have lived in chennai for ten years (model.language.duration)
            cl = read_english_duration(self, cl, main, aspect, mood, depth)
        elif aspect == "perfect" and not neg:        # father has gone to the temple (போயிருக்கிறார்)
            problem = perfect_problem(self.lex, self.lex.verb(verb), mood, depth, time, advs, neg)
            if problem:
                self.fail(f"'{main.value}': {problem}", main)
            cl = _replace(cl, perfect=True)
        elif (aspect == "perfect" or advs) and (aspect == "perfect") != is_perfect(self.lex, advs):
            self.fail(f"'{main.value}': 'yet' goes with 'have/has not' and the participle ('i have not eaten yet'), "
                      "and the perfect otherwise only of coming and going ('has gone')", main)
        if reads_as_habit(self.lex, cl, aspect, mood, depth):
            cl = _replace(cl, habit=True)                    # i do not drink tea: a habit denied (குடிப்பதில்லை)
        if aspect == "progressive" and cl.tense == "past":     # they were laughing (model.language.was_doing)
            problem = prog_problem(self.lex, self.lex.verb(verb), mood, depth, neg)
            if problem or advs:
                self.fail(f"'{main.value}': {problem or 'the past progressive takes no adverb here'}", main)
            cl = _replace(cl, prog=True)
        if aspect == "modal":                        # we should leave early tomorrow (model.language.modals)
            cl = read_english_modal(self, cl, mood, depth, auxes[0])
        self.check(cl, mood, roles, head, marked, aspect, main, auxes, matrix_tense)
        if depth == 0:
            role = target_role({"obj": roles.get("obj"), "loc": roles.get("loc"), "verb": cl.verb},
                               lambda ph: ph.noun)                   # the object, or the suitcase (v6d)
            self.prev, self.prev_obj = roles.get("subj"), roles.get(role) if role else None
        all_tok = next((t for t in vmain.children if isinstance(t, Token) and t.type == "ALL"), None)
        if all_tok is not None:              # we are all happy (model.language.everyone)
            cl = read_english_everyone(self, cl, all_tok, mood, depth)
        purpose = next((c for c in kids if c.data == "purpose"), None)
        if purpose is not None:              # my friend came to see me (model.language.purpose)
            cl = read_english_purpose(self, cl, purpose, mood, depth)
        if visited is not None:
            cl = read_english_visit(self, cl, visited, mood, depth, main)
        return read_english_than(self, cl, than_node, cmp_tok, mood, depth)

    def existence(self, node: Tree, mood: str) -> Clause:
        """"there is no college today", "is there a meeting today ?", "i have an exam tomorrow", "do you have a
        class tomorrow ?" (model.language.existence): the thing, its article, the tense and who has it."""
        lex, words = self.lex, self.lex.data["existence"]
        toks = [c for c in node.children if isinstance(c, Token)]
        held_node = next(c for c in node.children if isinstance(c, Tree) and c.data == "held")
        noun_tok = held_node.children[0]
        if not any(r.cat == "NOUN" for r in readings(noun_tok.value)):
            self.fail(f"'{noun_tok.value}': there is … says there is a thing (a meeting, an exam)", noun_tok)
        toks.append(noun_tok)
        r = self.reading(noun_tok, "NOUN")
        noun = lex.nouns[r.key]
        time = self.time_of([c for c in node.children if isinstance(c, Tree) and c.data == "time"])
        det = next((t for t in toks if t.type in ("DET", "NO")), None)
        owner = None
        if node.data in ("exist", "qexist"):
            be = next(t for t in toks if t.type == "BE")
            if be.value not in ("is", "was"):
                self.fail(f"'{be.value}': there is … is said of one thing ('is' or 'was')", be)
            tense, neg = ("past" if be.value == "was" else "pres"), det is not None and det.type == "NO"
        else:
            phrase = self.phrase(next(c for c in node.children if isinstance(c, Tree) and c.data == "np"))
            if phrase.pron is not None:
                phrase = replace(phrase, np=NP(head=phrase.pron[0], kind="pron"))
                self.note_reading(phrase.text)
            owner, number = phrase.np, np_number_en(lex, phrase.np)
            have = next(t for t in toks if t.type == "HAVE")
            do = next((t for t in toks if t.type == "DO"), None)
            neg = any(t.type == "NOT" for t in toks)
            if do is not None:
                tense = DO_FORMS[do.value][0]
                fits = DO_FORMS[do.value][1]
                if fits is not None and number not in fits:
                    self.fail(f"'{do.value}' does not agree with '{phrase.text}': write '{RIGHT_FORM['do'][number]}'", do)
                if have.value != words["have"]["base"]:
                    self.fail(f"'{do.value} … {have.value}': write '{words['have']['base']}'", have)
            else:
                tense = "past" if have.value == words["have"]["past"] else "pres"
                want = words["have"]["past" if tense == "past" else "3sg" if number == "sg" else "base"]
                if have.value != want:
                    self.fail(f"'{phrase.text} {have.value}': write '{phrase.text} {want}'", have)
        if r.feat != "sg":
            self.fail(f"'{noun_tok.value}': there is … says one thing", noun_tok)
        problem = exist_problem(lex, NP(r.key), owner, time, tense, mood)
        if problem:
            self.fail(problem, noun_tok)
        want = words["no"] if neg and owner is None else None if noun.cls == "place" else indefinite(noun.en)
        if (det.value if det is not None else None) != want:
            said = f"'{want} {noun.en}'" if want else f"'{noun.en}' with no article"
            self.fail(f"'{' '.join(t.value for t in (det, noun_tok) if t is not None)}': the grammar says {said}",
                      det or noun_tok)
        return Clause("be", tense, subj=NP(r.key), iobj=owner, time=time, neg=neg, exist=True)

    def weather(self, key: str, subj_node: Tree | None, auxes: list[Token], main: Token, items: list[Tree],
                neg: bool, depth: int, conj: list[str] | None) -> Clause:
        """"it will rain tomorrow", "will it rain ?", "it rained": மழை பெய் (the round trip checks the forms)."""
        subj = first_word(subj_node) if subj_node is not None else None
        if depth or conj not in (None, ["because"]) or subj is None or subj.value != "it":
            self.fail(f"'{main.value}' is said of the weather, with 'it', in a sentence of its own (it will rain "
                      "tomorrow)", main)
        if any(i.data not in ("time", "adv") for i in items):
            self.fail(f"'{main.value}': the weather takes a time phrase only (it will rain tomorrow)", main)
        adv_toks = [first_word(i) for i in items if i.data == "adv"]
        advs = tuple(self.reading(t, "ADV").key for t in adv_toks)
        problem = weather_adverb_problem(self.lex, advs, neg)
        if problem:
            self.fail(f"'{adv_toks[0].value}': {problem}", adv_toks[0])
        words = [t.value for t in auxes]
        tense = "fut" if "will" in words else "pres" if main.type == "VING" else \
            "past" if "did" in words or main.value == self.lex.weather[key].en[2] else "pres"
        return Clause(key, tense, time=self.time_of([i for i in items if i.data == "time"]), neg=neg,
                      weather=True, advs=advs)

    def experiencer(self, key: str, subj_node: Tree | None, items: list[Tree], neg: bool, depth: int,
                    conj: list[str] | None, degree: str | None = None) -> Clause:
        """"i want coffee", "do you know tamil ?", "i am hungry": the subject is the Tamil dative experiencer
        (எனக்குக் காபி வேண்டும்); the round trip checks the verb forms and the Tamil parser the rest."""
        entry = self.lex.experiencers[key]
        if depth or conj is not None or subj_node is None:
            self.fail(f"'{entry.get('en_pred') or entry['en'][0]}' stands in a sentence of its own with its subject "
                      "(i want coffee, do you know tamil ?, i am hungry)")
        subj = self.phrase(subj_node.children[0] if subj_node.data == "subj" else subj_node)
        if subj.pron is not None:
            subj = replace(subj, np=NP(head=subj.pron[0], kind="pron"))
            self.note_reading(subj.text)
        if "body" in entry or degree is not None:      # i have a headache, i am very hungry (model.language.bodily)
            return self.bodily_state(key, subj, items, neg, degree)
        some = [i for i in items if i.data == "np" and any(isinstance(t, Token) and t.type in ("SOME", "LITTLE")
                                                            for t in i.children)]
        if some:                             # i want some coffee, i know a little tamil (கொஞ்சம்)
            toks = [t for t in some[0].children if isinstance(t, Token)]
            words, head = [t.value for t in toks[:-1]], toks[-1]
            r = self.reading(head, "NOUN")
            noun = self.lex.nouns[r.key]
            want = self.lex.amounts["some"][
                "en_language" if noun.cls == "language" else "en_food"]
            if words != want:
                self.fail(f"'{' '.join(words)} {head.value}': the grammar says '{' '.join(want)} {head.value}'", toks[0])
            obj = NP(r.key, number=r.feat)
            problem = some_problem(self.lex, key, obj, neg)
            if problem:
                self.fail(problem, toks[0])
            if len(items) > 1:
                self.fail(f"'{entry.get('en_pred') or entry['en'][0]}' takes one plain noun at most (i want coffee)")
            return Clause(key, "pres", subj=subj.np, obj=obj, neg=neg, exp=True, some=True)
        objs = [self.phrase(i) for i in items if i.data == "np"]
        if len(objs) != len(items) or len(objs) > 1:
            self.fail(f"'{entry.get('en_pred') or entry['en'][0]}' takes one plain noun at most (i want coffee)")
        return Clause(key, "pres", subj=subj.np, obj=objs[0].np if objs else None, neg=neg, exp=True)

    def bodily_state(self, key: str, subj, items: list[Tree], neg: bool, degree: str | None) -> Clause:
        """"i have a headache", "i am feeling sleepy", "my father is not well", "i am very hungry": a subject,
        no other phrase (the round trip checks the words)."""
        entry = self.lex.experiencers[key]
        if items:
            self.fail(f"'{entry.get('en_pred') or entry['en_obj'][-1]}' takes no other phrase (i have a headache)")
        problem = body_subject_problem(self.lex, key, subj.np) if "body" in entry else None
        problem = problem or state_problem(self.lex, key, entry.get("body"), "neg" if neg else "ta", degree)
        if problem:
            self.fail(problem, subj.tok)
        return Clause(key, "pres", subj=subj.np, neg=neg, exp=True, degree=degree)

    def question_word(self, kids: list[Tree]) -> str | None:
        """The question word's key: who (the subject, "who came ?"), whom ("who did you see ?"), what, where …"""
        node = next((c for c in kids if c.data in ("wh", "whsubj")), None)
        if node is None:
            return None
        word = first_word(node)
        if node.data == "whsubj":
            return "who"
        if word.value == "that":
            self.fail("'that' does not ask a question: who, what, where, when, why, how do", word)
        return {"who": "whom"}.get(word.value, word.value)

    def locative(self, node: Tree, conj: list[str] | None) -> Clause:
        """"ravi is in the office": the copula with a place and no predicate (அலுவலகத்தில் இருக்கிறான்)."""
        be = next(c for c in node.children if isinstance(c, Token))
        kids = [c for c in node.children if isinstance(c, Tree)]
        neg = any(c.data == "neg" for c in kids)
        tense, fits = BE_FORMS[be.value]
        if neg and tense == "pres":
            self.fail(f"'{be.value} not' with a place is not in the language yet (its Tamil, … அலுவலகத்தில் இல்லை, "
                      "has no verb); the past is: 'was not in …'", be)
        subj = self.phrase(next(c for c in kids if c.data == "subj").children[0])
        if subj.rc is not None:
            self.fail(f"'{subj.text}' carries a relative clause; '{be.value}' with a place takes a plain subject",
                      subj.tok)
        if subj.pron is not None or conj is not None:
            subj = self.continuing(subj, conj, "decl", 0, True)
        number = np_number_en(self.lex, subj.np)
        if number not in fits:
            right = RIGHT_FORM["be_pres" if tense == "pres" else "be_past"][number]
            self.fail(f"'{be.value}' does not agree with its subject '{subj.text}': write '{right}'", be)
        items = [c.children[0] for c in kids if c.data in ("front", "light")] + [c for c in kids if c.data == "pp"]
        roles: dict[str, Phrase] = {"subj": subj}
        for item in items:
            if item.data != "time":
                self.place(roles, item, 0, tense)
        if set(roles) != {"subj", "loc"}:
            self.fail(f"'{be.value}' with a place says where someone is ('is in the office'), with no other phrase",
                      be)
        if subj.noun is not None and subj.np.kind == "noun" and subj.noun.cls == "place":    # our house is in chennai
            problem = place_in_town_problem(self.lex, subj.np, roles["loc"].np)
            if problem:
                self.fail(f"'{subj.text}': {problem}", subj.tok)
        self.prev = subj
        return Clause("be", tense, time=self.time_of([c for c in items if c.data == "time"]), neg=neg,
                      subj=subj.np, loc=roles["loc"].np)

    def age(self, kids: list[Tree], wh: str, adj: Token) -> Clause:
        """"how old is your younger brother ?" — உன் தம்பிக்கு எத்தனை வயது ? (model.language.amounts)."""
        word = first_word(next(c for c in kids if c.data == "wh"))
        if [wh, adj.value] != amount(self.lex)["en"]:
            self.fail(f"'{word.value} {adj.value} …' is not in the language; it asks 'how old is …?'", word)
        be = first_word(next(c for c in kids if c.data == "cop"))
        subj = self.phrase(next(c for c in kids if c.data == "subj").children[0])
        if subj.pron is not None:
            subj = self.continuing(subj, None, "question", 0, True)
        number = np_number_en(self.lex, subj.np)
        if be.value not in ("am", "is", "are") or number not in BE_FORMS[be.value][1]:
            self.fail(f"'how old {be.value} …' does not agree with '{subj.text}': write "
                      f"'how old {RIGHT_FORM['be_pres'][number]} …'", be)
        problem = age_problem(self.lex, subj.np)
        if problem:
            self.fail(problem, subj.tok)
        return Clause("be", "pres", subj=subj.np, age=True)

    def price(self, kids: list[Tree], wh: str, node: Tree) -> Clause:
        """"how much is this ?", "how much is this pen ?" — இது எவ்வளவு ?, இந்தப் பேனா எவ்வளவு ?"""
        word = first_word(next(c for c in kids if c.data == "wh"))
        if wh != amount(self.lex, "price")["en"][0]:
            self.fail(f"'{word.value} much …' is not in the language; it asks 'how much is this ?'", word)
        be = first_word(next(c for c in kids if c.data == "cop"))
        this = next((t for t in node.children if isinstance(t, Token) and t.type == "DET"), None)
        if this is not None:
            if this.value != "this":
                self.fail(f"'how much {be.value} {this.value} ?' is not in the language; it asks 'how much is this ?'",
                          this)
            subj = Phrase(NP(head=THIS, kind="pron"), None, this, "this")
        else:
            subj = self.phrase(next(c for c in kids if c.data == "subj").children[0])
        problem = price_problem(self.lex, subj.np)
        if problem:
            self.fail(problem, subj.tok)
        if be.value != "is":
            self.fail(f"'how much {be.value} …': the language asks 'how much is …?' of one thing", be)
        return Clause("be", "pres", subj=subj.np, price=True)

    def count(self, kids: list[Tree], wh: str) -> Clause:
        """"how many children do you have ?" — உங்களுக்கு எத்தனை குழந்தைகள் ? (model.language.amounts)."""
        word = first_word(next(c for c in kids if c.data == "wh"))
        if wh != amount(self.lex, "count")["en"][0]:
            self.fail(f"'{word.value} many …' is not in the language; it asks 'how many … do you have ?'", word)
        toks = [c for c in next(c for c in kids if c.data == "np").children if isinstance(c, Token)]
        aux = first_word(next(c for c in kids if c.data == "aux"))
        subj = self.phrase(next(c for c in kids if c.data == "subj").children[0])
        if subj.pron is not None:
            subj = self.continuing(subj, None, "question", 0, True)
        number = np_number_en(self.lex, subj.np)
        if aux.value != ("does" if number == "sg" else "do"):
            self.fail(f"'how many … {aux.value} {subj.text} have ?': write "
                      f"'{'does' if number == 'sg' else 'do'}'", aux)
        if len(toks) != 1 or toks[0].type != "NOUN":
            self.fail("'how many' counts a plain plural noun ('how many children')", toks[0])
        r = self.reading(toks[0], "NOUN")
        problem = age_problem(self.lex, subj.np) or count_problem(self.lex, "noun", r.key, "nom", r.feat)
        if problem:
            self.fail(problem, toks[0])
        return Clause("be", "pres", subj=subj.np, obj=NP(r.key, number="pl"), count=True)

    def where_is(self, kids: list[Tree], wh: str, node: Tree) -> Clause:
        """"where is ravi ?" — the copula with the question word as its predicate (எங்கே இருக்கிறான்);
        "what is your name ?", "who are you ?" — the same with no Tamil verb (உன் பெயர் என்ன ?, நீ யார் ?)."""
        be = first_word(next(c for c in kids if c.data == "cop"))
        word = first_word(next(c for c in kids if c.data == "wh"))
        if wh in ("what", "whom"):
            return self.what_is(kids, "who" if wh == "whom" else wh, be, word, node)
        if wh not in ("where", "how"):
            self.fail(f"'{word.value} {be.value} …' is not in the language; it asks 'where {be.value} …?', "
                      f"'how {be.value} …?' or uses a verb ('what did … ?')", word)
        if be.value not in ("am", "is", "are"):
            self.fail(f"'{wh} {be.value} …': the language asks {wh} someone is now ('{wh} is …?')", be)
        subj = self.phrase(next(c for c in kids if c.data == "subj").children[0])
        if subj.pron is not None:
            subj = self.continuing(subj, None, "question", 0, True)
        if subj.rc is not None:
            self.fail(f"'{subj.text}' carries a relative clause, which a question subject does not", subj.tok)
        number = np_number_en(self.lex, subj.np)
        if number not in BE_FORMS[be.value][1]:
            self.fail(f"'{be.value}' does not agree with '{subj.text}': write '{RIGHT_FORM['be_pres'][number]}'", be)
        if wh == "how" and (subj.noun is None or subj.noun.cls != "person"):
            self.fail(f"'how {be.value} …' asks after a person ('how are you ?')", subj.tok)
        return Clause("be", "pres", subj=subj.np, wh=wh)

    def what_is(self, kids: list[Tree], wh: str, be: Token, word: Token, node: Tree) -> Clause:
        """"what is this ?", "what is your name ?", "who are you ?": a question without a Tamil verb."""
        this = next((t for t in node.children if isinstance(t, Token) and t.type == "DET"), None)
        if this is not None and (this.value != "this" or wh != "what"):
            self.fail(f"'{word.value} {be.value} {this.value} ?' is not in the language; it asks 'what is this ?'", this)
        if this is not None:
            subj = Phrase(NP(head=THIS, kind="pron"), None, this, "this")
        else:
            subj = self.phrase(next(c for c in kids if c.data == "subj").children[0])
            if subj.pron is not None:
                subj = replace(subj, np=NP(head=subj.pron[0], kind="pron"))
                self.note_reading(subj.text)
        problem = vless_wh_problem(self.lex, subj.np, wh)
        if problem:
            self.fail(f"'{word.value} {be.value} {subj.text} ?': {problem}", word)
        number = np_number_en(self.lex, subj.np)
        if be.value not in ("am", "is", "are") or number not in BE_FORMS[be.value][1]:
            self.fail(f"'{be.value}' does not agree with '{subj.text}': write '{RIGHT_FORM['be_pres'][number]}'", be)
        return Clause("be", "pres", subj=subj.np, wh=wh, vless=True)

    def continuing(self, subj: Phrase, conj: list[str] | None, mood: str, depth: int, copula: bool) -> Phrase:
        """The subject of a clause after ', <conjunction>': a pronoun (or, for the honorific அவர், the
        repeated 'the <noun>') refers to the previous clause's subject."""
        prev = self.prev
        if subject_problem(self.lex, subj.np):                         # that (v7g demonstratives)
            self.fail(subject_problem(self.lex, subj.np), subj.tok)
        if prev is not None and conj is not None and starts_anew(self.lex, prev.np, subj.np):
            return replace(subj, noun=self.lex.pronoun_nouns[subj.np.head])     # … closed , so she … (v7g)
        if subj.pron is not None and is_personal(self.lex, subj.np):
            if prev is not None and prev.np.kind == "pron" and prev.text == subj.text:
                return replace(subj, np=prev.np, noun=prev.noun)       # i … , so i …: the same person
            self.note_reading(subj.text)
            return replace(subj, noun=self.lex.pronoun_nouns[subj.np.head])
        if conj is None or depth or mood != "decl" or prev is None:
            if subj.pron is None:
                return subj
            if conj is None and not depth and subj.np.head in self.lex.pronoun_nouns:
                return replace(subj, noun=self.lex.pronoun_nouns[subj.np.head])   # "she laughed ."
            self.fail(f"the pronoun '{subj.text}' needs an antecedent: it may only be the subject of a "
                      "clause after ', <conjunction>', referring to the previous clause's subject", subj.tok)
        agr = np_agr(self.lex, prev.np)
        want = self.lex.pronoun_by_agr[agr]
        said = want["en"] or f"the {prev.noun.en}"
        also = conj[1:] == ["also"]
        repeated = (subj.np.kind == "noun" and subj.np.det == "the" and not subj.np.adjs and subj.rc is None
                    and subj.np.number == "sg" and agr == "h" and subj.noun.key == prev.noun.key)
        if repeated and (also or conj[0] in ("so", "because") or conj[1:] == ["then"] or (conj[0] == "but" and not copula)):
            self.notes.append(f"read '{subj.text}' after ', {' '.join(conj)}' as the same {prev.noun.en} "
                              "as before (Tamil அவர்)")
            return Phrase(NP(head=want["key"], kind="pron", ante=prev.noun.key), prev.noun, subj.tok, subj.text)
        if subj.pron is None:
            if also:
                self.fail(f"', and also' goes on about the previous clause's subject, so the grammar writes "
                          f"', and also {said} …'", subj.tok)
            return subj
        if want["en"] is None and prev.noun.en_pron == subj.text:
            return Phrase(NP(head=want["key"], kind="pron", ante=prev.noun.key), prev.noun, subj.tok, subj.text)
        if want["en"] is None:
            self.fail(f"'{subj.text}' would refer to '{prev.text}', whose gender the Tamil honorific does not "
                      f"say: English repeats the noun ('{said}')", subj.tok)
        if subj.text != want["en"]:
            self.fail(f"the pronoun '{subj.text}' refers to the previous clause's subject '{prev.text}', which is "
                      f"{AGR_NAMES[agr]}: use '{want['en']}'", subj.tok)
        if conj == ["and"]:
            self.fail(f"after ', and' a pronoun goes on about the same subject: the grammar writes "
                      f"', and also {subj.text} …'", subj.tok)
        return Phrase(NP(head=want["key"], kind="pron"), prev.noun, subj.tok, subj.text)

    def verb_group(self, auxes: list[Token], main: Token, mood: str, subj: Phrase | None,
                   time: str | None, neg: bool = False,
                   asking: bool = False, advs: tuple[str, ...] = ()) -> tuple[str, str | None, tuple[Token, str] | None,
                                                                           str | None]:
        """(verb key, tense, (the number-marked word, sg|pl) or None, observed aspect) of a verb group; ``advs``:
        the clause's adverbs (an adverb of a tense, such as *always*, chooses between *read* past and present)."""
        words = [t.value for t in auxes]
        text = " ".join(words[:1] + ["not"] * neg + words[1:] + [main.value])
        if neg and mood not in ("decl", "imperative") and not (mood == "question" and asking):
            self.fail(f"'{text}': the language negates statements ('did not come'), questions with a question "
                      "word ('why did you not come ?') and polite requests ('please do not come'), not yes/no "
                      "questions or relative clauses", main)
        if neg and not words:
            self.fail(f"'not {main.value}': 'not' needs did/does/do/will/is/are/was/were before it "
                      "('did not come', 'is not ready')", main)
        if neg and mood == "imperative":
            if words != ["do"]:
                self.fail(f"a polite negative request is 'please do not …', not '{text}'", main)
            words, auxes = [], []
        number = np_number_en(self.lex, subj.np) if subj is not None else None
        base = [r for r in readings(main.value) if r.cat == "VERB" and r.feat == "base"]
        lead = {"request": "'can you'", "imperative": "'please'"}.get(mood) or f"'{(words or [''])[0]}'"
        if main.type == "PRED":
            if mood in ("request", "imperative") and words == ["be"]:
                return "be", None, None, None
            if len(words) == 1 and words[0] in BE_FORMS:
                tense, number = BE_FORMS[words[-1]]
                return "be", tense, (auxes[-1], number), None
            if words[-2:] == ["will", "be"]:
                self.fail(f"'{text}': the language tells a state in the present or the past only "
                          f"('is {main.value}', 'was {main.value}')", main)
            self.fail(f"'{main.value}' needs 'is/are/was/were' before it", main)
        if main.type == "VING":
            key = self.reading(main, "VING").key
            if words in (["am"], ["is"], ["are"]):
                return key, "pres", (auxes[-1], BE_FORMS[words[-1]][1]), "progressive"
            if words in (["was"], ["were"]):         # they were laughing (model.language.was_doing)
                return key, "past", (auxes[-1], BE_FORMS[words[-1]][1]), "progressive"
            self.fail(f"'{main.value}' needs 'is' or 'are' before it ('is {main.value}', present progressive)", main)
        if words in (["have"], ["has"]):   # i have not eaten yet (model.language.perfect)
            pp = [r for r in readings(main.value) if r.cat == "VERB" and r.feat in ("pp", "past")]
            if not pp:
                self.fail(f"after '{words[0]}' comes the past participle ('have not eaten yet')", main)
            pp = [r for r in pp if r.feat == "pp"] or pp
            return pp[0].key, "past" if neg else "pres", (auxes[0], S3_FITS if words == ["has"] else BASE_FITS), \
                "perfect"
        if not any(r.feat != "pp" for r in readings(main.value)):
            self.fail(f"'{main.value}' needs 'have/has not' before it ('have not {main.value} yet')", main)
        verb_key = readings(main.value)[0].key
        if words and mood in ("request", "imperative"):
            self.fail(f"after {lead} comes the verb alone: '{self.lex.verbs[verb_key].en[0]}'", auxes[0])
        if mood in ("request", "imperative") or words in (["will"], ["did"], ["does"], ["do"], ["should"]):
            if not base:
                self.fail(f"after {lead} the verb takes its base form "
                          f"('{self.lex.verbs[verb_key].en[0]}'), not '{main.value}'", main)
            if mood in ("request", "imperative"):
                return base[0].key, None, None, None
            if words == ["will"]:
                return base[0].key, "fut", None, None
            if words == ["should"]:                         # we should leave (model.language.modals)
                return base[0].key, "fut", None, "modal"
            if mood != "question" and not neg:
                self.fail(f"'{words[0]}' makes a question ('{words[0]} … ?'); a statement uses the verb alone",
                          auxes[0])
            tense, number = DO_FORMS[words[0]]
            return base[0].key, tense, (auxes[0], number) if number else None, "simple"
        if words:
            self.fail(f"'{text}' is not a verb form of the language (it has forms like {SHAPES})", auxes[0])

        def fits(r) -> bool:
            tense = "past" if r.feat == "past" else "pres"
            if time is not None and tense not in self.lex.times[time]["tense"] and not (
                    main.type == "PRED" and state_time_fits(self.lex, time, tense, "pred")):
                return False
            if any(tense not in self.lex.adverbs[a].get("tense", (tense,)) for a in advs):
                return False                                    # they always read (present), already read (past)
            return r.feat == "past" or number is None or (number != "sg") == (r.feat == "base")

        options = [r for r in readings(main.value) if r.feat == "past"] + \
            [r for r in readings(main.value) if r.feat not in ("past", "pp")]
        r = next((r for r in options if fits(r)), options[0])
        if r.feat == "past":
            return r.key, "past", None, "simple"
        return r.key, "pres", (main, BASE_FITS if r.feat == "base" else S3_FITS), "simple"

    def gap(self, cl: Clause, head: Phrase, roles: dict, node: Tree, main: Token) -> Clause:
        """The role the relative pronoun stands for: the subject when the clause has none, else the object."""
        if node.data == "bare_rc":              # the letter her father wrote: the object is the gap (v7h reduced)
            verb = self.lex.verb(cl.verb)
            if not verb.obj or "obj" in roles:
                self.fail(f"'{span(node, self.tokens)}' after '{head.text}' needs 'that' or 'who': a relative clause "
                          "without it has the noun as its object", first_word(node))
            return _replace(cl, gap="obj")
        rel = first_word(node.children[0])
        person = head.noun.cls == "person"
        if rel.value != ("who" if person else "that"):
            self.fail(f"'{rel.value}' after '{head.text}': the grammar writes '{'who' if person else 'that'}' "
                      f"after {'a person' if person else 'a thing'}", rel)
        if "subj" not in roles:
            return _replace(cl, gap="subj")
        verb = self.lex.verb(cl.verb)
        if not verb.obj:
            self.fail(f"'{rel.value}' would be the object of '{verb.en[0]}', which takes no object", rel)
        if "obj" in roles:
            self.fail(f"the relative clause '{span(node, self.tokens)}' has no gap: its subject and its object are "
                      f"both there, so '{rel.value}' has no role", rel)
        return _replace(cl, gap="obj")

    def check(self, cl: Clause, mood: str, roles: dict, head: Phrase | None, marked, aspect: str | None,
              main: Token, auxes: list[Token], matrix_tense: str | None) -> None:
        """The grammar's conditions on a clause, as the Tamil parser checks them, in English terms."""
        lex = self.lex
        verb = lex.verb(cl.verb)
        subj = head if cl.gap == "subj" else roles.get("subj")
        if marked is not None and subj is not None:
            tok, fits = marked
            number = np_number_en(lex, subj.np)
            if number not in fits:
                kind = {"am": "be_pres", "is": "be_pres", "are": "be_pres", "was": "be_past", "were": "be_past",
                        "do": "do", "does": "do"}.get(tok.value)
                fix = RIGHT_FORM[kind][number] if kind else (verb.en[1] if number == "sg" else verb.en[0])
                what = {"sg": "singular", "pl": "plural", "1sg": "the first person singular"}[number]
                self.fail(f"'{tok.value}' does not agree with its subject '{subj.text}', which is {what}: "
                          f"write '{fix}'", tok)
        if cl.tense == "pres" and aspect is not None and cl.verb != "be":
            want = english_aspect(lex, cl)
            if want != aspect and want == "progressive":
                self.fail(f"'{main.value}': an action happening now is told with the present progressive "
                          f"('is/are {verb.en_ing}'); the simple present is for states and habits ('every day')", main)
            if want != aspect:
                why = "a state" if verb.stative else "a habit"
                self.fail(f"'{' '.join(t.value for t in auxes)} {main.value}': {why} is told with the simple "
                          f"present ('{verb.en[1]}' / '{verb.en[0]}'), not the progressive", main)
        owner = subj.noun if subj is not None else None     # whether it fits: model.language.rules (subject-fits)
        if mood in ("request", "imperative") and cl.verb != "be" and "person" not in verb.subj:
            self.fail(f"'{verb.en[0]}' cannot be asked of a person", main)
        if mood == "imperative" and not verb.imp:
            self.fail(f"'{verb.en[0]}' has no polite imperative in the language (try 'can you {verb.en[0]} …?')", main)
        obj = head if cl.gap == "obj" else roles.get("obj")
        if verb.obj and obj is None and cl.wh not in ("whom", "what") and not verb.obj_optional \
                and not acts_alone(lex, cl.verb, owner):                           # the shop will open
            self.fail(f"'{verb.en[0]}' needs an object", main)
        if obj is not None and not verb.obj:                 # whether it fits: model.language.rules (object-fits)
            self.fail(f"'{verb.en[0]}' takes no object", obj.tok)
        hint = RC_HINT if mood == "rc" else ""
        if "iobj" in roles and not verb.iobj:
            self.fail(f"'{verb.en[0]}' takes no recipient ('to {roles['iobj'].text}'){hint}", roles["iobj"].tok)
        if verb.iobj == "required" and "iobj" not in roles:
            self.fail(f"'{verb.en[0]}' needs a recipient ('to …')", main)
        for role in ("goal", "source"):
            if role in roles and not verb.motion:
                motion = ", ".join(v.en[0] for v in lex.verbs.values() if v.motion)
                self.fail(f"'{roles[role].text}': only verbs of motion ({motion}) take a place with "
                          f"'{'to' if role == 'goal' else 'from'}'; '{verb.en[0]}' does not{hint}", roles[role].tok)
        if "loc" in roles and verb.motion and not rides(lex, cl):
            self.fail(f"'{roles['loc'].text}': verbs of motion take 'to' or 'from' a place, not 'in'{hint}",
                      roles["loc"].tok)
        if "comit" in roles and not (verb.with_ok and (mood in ("request", "imperative") or cl.wh == "who" or
                                                     (owner is not None and owner.cls == "person"))):
            self.fail(f"'{roles['comit'].text}': 'with' needs a person doing something together "
                      f"(not with '{verb.en[0]}'){hint}", roles["comit"].tok)
        if cl.time is not None and (cl.tense or "fut") not in lex.times[cl.time]["tense"] and \
                not state_time_fits(lex, cl.time, cl.tense, cl.pred):
            group = " ".join([t.value for t in auxes] + [main.value])
            what = f"the {TENSE_NAME[cl.tense]} '{group}'" if cl.tense else "a request"
            self.fail(f"'{' '.join(lex.times[cl.time]['en'])}' does not fit {what}{hint}", main)
        if cl.time == "by_tomorrow" and not verb.deadline:
            self.fail(f"'by tomorrow' needs an action with an end, not '{verb.en[0]}'", main)
        if not tense_fits(self.lex, verb, cl.tense, cl.advs):
            habit = ", or the present as a habit with 'always'" if verb.habit else ""
            self.fail(f"'{verb.en[0]}' is not used in the {TENSE_NAME[cl.tense]} tense in the language "
                      f"(only {', '.join(TENSE_NAME[t] for t in verb.tenses)}{habit})", main)
        if mood == "rc" and cl.tense not in rc_tenses(matrix_tense):
            self.fail(f"the relative clause ending in '{main.value}' is in the {TENSE_NAME[cl.tense]} tense, which "
                      f"does not fit its {TENSE_NAME[matrix_tense]} main clause (a past event is told with past "
                      "relative clauses)", main)

    def time_of(self, nodes: list[Tree]) -> str | None:
        if not nodes:
            return None
        if len(nodes) > 1:
            self.fail("a clause has one time phrase", first_word(nodes[1]))
        words = tuple(t.value for t in nodes[0].children)
        key = next((k for k, w in time_phrases().items() if w == words), None)
        if key is None:
            close = [" ".join(w) for w in time_phrases().values() if w[-1] == words[-1]]
            self.fail(f"'{' '.join(words)}' is not a time phrase of the language"
                      + (f" (did you mean '{close[0]}'?)" if close else ""), first_word(nodes[0]))
        return key


def _replace(cl: Clause, **changes) -> Clause:
    from dataclasses import replace

    return replace(cl, **changes)

