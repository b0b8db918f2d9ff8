"""What time (language v7g): எத்தனை மணிக்கு asks the clock time of an event.

அந்த ரயில் எத்தனை மணிக்குப் புறப்படுகிறது ? → *what time does the train leave ?*

எத்தனை மணிக்கு is *at how many o'clock*: மணி (the hour of இப்போது மணி என்ன ?, *what time is it now ?*) in the dative,
after எத்தனை (how many). The question word is மணிக்கு (lexicon ``wh`` what_time, role time, like எப்போது when), with
எத்தனை said before it (``pre``) and the dative's doubling after it (மணிக்குப் புறப்படுகிறது); English says *what*
(``det``) *time* (``tmod`` of the verb). Asked in the present, a clock time is a timetable, not something
happening now, so English takes the simple present with *do*-support (*does the train leave*), where other actions
in the present take the progressive (``timetable``). A vehicle that comes also leaves by itself (lexicon
``self_acting``: புறப்படு with the tag ride). The generator asks it of some questions with எப்போது (when).
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw

WHAT_TIME = "what_time"
WHEN = "when"
TIMETABLE_RATE = 0.3          # of the questions with எப்போது (when) the generator asks what time instead


def timetable(lex, cl) -> bool:
    """A clock time asked in the present is a timetable: the English simple present (*does … leave*)."""
    return cl.wh == WHAT_TIME and cl.tense == "pres"


def pre_word_problem(lex, wh: str, items: list[str]) -> str | None:
    """The Tamil parser: மணிக்கு asks with எத்தனை before it, and எத்தனை before a question word only with மணிக்கு."""
    pre = lex.wh[wh].get("pre")
    if pre and "whn" not in items:
        return f"{lex.wh[wh]['ta']} asks what time with {pre['ta']} before it ({pre['ta']} {lex.wh[wh]['ta']})"
    if not pre and "whn" in items:
        return f"எத்தனை before {lex.wh[wh]['ta']} is not a question of the language (எத்தனை மணிக்கு: what time)"
    return None


def english_what_time(node, wh: str | None) -> str | None:
    """The English reader: *what* followed by *time* (CLOCK) and a verb is the question word what_time."""
    from lark import Token

    if wh == "what" and any(isinstance(c, Token) and c.type == "CLOCK" for c in node.children):
        return WHAT_TIME
    return wh


def maybe_what_time(lex, tree):
    """Now and then a question with எப்போது (when) about an action asks the clock time instead; drawn from a hash of
    the tree, so the generator's random stream, and with it every other sentence, is unchanged."""
    if WHAT_TIME not in lex.wh or tree.mood != "question" or len(tree.clauses) != 1:
        return tree
    cl = tree.clauses[0]
    if cl.wh != WHEN or cl.verb == "be" or cl.verb not in lex.verbs or cl.habit or cl.neg or cl.exp:
        return tree
    if hash_draw("what-time" + repr(tree)) >= TIMETABLE_RATE:
        return tree
    return replace(tree, clauses=(replace(cl, wh=WHAT_TIME),))
