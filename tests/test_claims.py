"""Every comparison a page states is recomputed here from the same data, so a caption that the data
contradicts fails a test (the sentences come from ``model.evaluation.claims``)."""

import re

import numpy as np

from model.checkpoints import checkpoint_path, load_checkpoint
from model.evaluation.claims import SAME_SIZE_MARGIN, own_share_summary, pair_description


def payload(name: str) -> dict:
    return load_checkpoint(checkpoint_path(name), name)


def test_pair_description_states_the_checkpoints_numbers():
    plain, attention = payload("plain"), payload("attention")
    text = pair_description(plain, attention)
    pp, pa = plain["meta"]["params"], attention["meta"]["params"]
    assert f"{pp:,}" in text and f"{pa:,}" in text
    assert ("about the same size" in text) == (abs(pa / pp - 1) <= SAME_SIZE_MARGIN)
    assert ("the same" in text.split("trained on")[1]) == (plain["meta"]["train_pairs"] == attention["meta"]["train_pairs"])
    minutes = [int(x) for x in re.findall(r"for (\d+) and (\d+) minutes", text)[0]]
    assert minutes == [round(plain["meta"]["train_seconds"] / 60), round(attention["meta"]["train_seconds"] / 60)]


def test_bottleneck_caption_follows_the_measurement():
    bp = list(payload("plain")["metrics"]["bottleneck"].values())
    ba = list(payload("attention")["metrics"]["bottleneck"].values())
    text = own_share_summary(bp, ba)
    measured = [(a["own_share"], p["own_share"]) for a, p in zip(ba, bp)
                if a["own_share"] is not None and p["own_share"] is not None]
    higher = sum(a > p for a, p in measured)
    if higher == len(measured):
        assert "higher at every measured length" in text
    else:
        assert f"higher in {higher} of" in text
    assert f"{ba[0]['own_share']:.0%}" in text and f"{bp[0]['own_share']:.0%}" in text


def test_own_share_summary_changes_with_the_data():
    def rows(values):
        return [{"lo": 5 * i + 1, "hi": 5 * i + 5, "own_share": v} for i, v in enumerate(values)]

    assert "higher at every measured length" in own_share_summary(rows([0.2, 0.1]), rows([0.5, 0.4]))
    assert "higher in 1 of 2 length buckets" in own_share_summary(rows([0.2, 0.5]), rows([0.5, 0.4]))


def test_home_caption_counts_the_gold_hits():
    from model.language.parser import parse
    from model.language.seeds import SEED_SOURCE
    from tests.test_app import figures, open_page

    at = open_page()
    caption = " ".join(c.value for c in at.caption)
    hits = int(re.search(r"For (\d+) of the (\d+) English words", caption).group(1))
    heat = np.array(figures(at)[0]["data"][0]["z"], dtype=float)
    gold = parse(SEED_SOURCE).pair.align
    assert hits == sum(int(heat[i].argmax()) in links for i, links in enumerate(gold))


def test_home_headline_states_the_length_curves():
    from model.evaluation.claims import bottleneck_headline

    mp, ma = payload("plain")["metrics"], payload("attention")["metrics"]
    text = bottleneck_headline(mp, ma)
    L = ma["max_train_len"]
    inside_p = [b for b in mp["buckets"] if b["hi"] <= L]
    assert f"from {inside_p[0]['exact']:.0%}" in text and f"to {inside_p[-1]['exact']:.0%}" in text
    assert f"stay at {min(b['exact'] for b in ma['buckets'] if b['hi'] <= L):.0%} or more" in text


def test_one_head_label_everywhere():
    from model.evaluation.claims import head_label

    assert head_label(0, 0) == "L1H1" and head_label(2, 7) == "L3H8"
