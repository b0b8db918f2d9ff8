"""ஏன் (why) right before the verb (language v5b): Tamil asks why where the answer would stand (அவன் ஏன் என்னை
அழைத்தான் ?) and, as often, right before the verb (அவன் என்னை ஏன் அழைத்தான் ? → *why did he call me ?*). The clause
marks the second order ``wh_late``; English is the same, and reads back in the first order. Only where the two
orders differ (a phrase stands between them), so each sentence has one reading; not before இரு with a predicate
(ஏன் மகிழ்ச்சியாக இருந்தான், why was he happy, only).
"""

from __future__ import annotations

from dataclasses import replace

LATE_WH = ("why",)              # question words that may stand right before the verb
LATE_WH_RATE = 0.3              # how often the generator's why-question puts ஏன் right before the verb


def late_wh_differs(cl, order) -> bool:
    """Whether ஏன் right before the verb is another order than the usual one (``order``: the clause's usual
    Tamil order, where the question word is 'wh')."""
    return cl.wh in LATE_WH and cl.pred is None and bool(order) and order[-1] != "wh"   # not மகிழ்ச்சியாக ஏன்


def read_late_wh(cl, wh_is_last: bool, order_of):
    """The clause a parser read, with ``wh_late`` when its question word stood last before the verb and the usual
    order (``order_of(clause)``) puts it elsewhere."""
    if wh_is_last and late_wh_differs(cl, order_of(cl)):
        return replace(cl, wh_late=True)
    return cl


def draw_late_wh(rng, cl, order_of):
    """Now and then a why-question with ஏன் right before the verb (the generator's frozen clause)."""
    if not cl.light and late_wh_differs(cl, order_of(cl)) and rng.random() < LATE_WH_RATE:   # not inside வேலை செய்
        return replace(cl, wh_late=True)
    return cl
