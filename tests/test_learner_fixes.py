"""What a learner met in a full walkthrough (issue 26): each bug with a test that failed before its fix."""

import json

import numpy as np
import pytest

from benchmarks.sentences import SEED_SOURCE as SEED
from tests.test_app import figures, messages, no_exception, open_page, type_sentence

TAMIL_IN_ENGLISH_BOX = "நாளைக்குள் அந்த ரிப்போர்ட்டை அனுப்ப முடியுமா ?"


# ---- the attention-row editor shows the values the decoder uses ------------------------------
def test_percent_never_rounds_a_weight_away():
    from model.evaluation.claims import percent

    assert percent(0.9826) == "98.26 %" and percent(0.0033) == "0.33 %"
    assert percent(0.00001) == "< 0.1 %" and percent(0.00003) == "< 0.1 %" and percent(0.0) == "0 %"


def test_a_row_that_does_not_sum_to_one_is_explained():
    from model.evaluation.claims import renormalised_row

    # the model's row for "can" with முடியுமா set to 0: what is left is divided by its sum
    note = renormalised_row([0.33, 0.0, 0.0, 0.70, 0.0, 0.70], ["a", "b", "c", "d", "e", "f"])
    assert "sums to 1.73 %, not 100 %" in note and "divides every weight by that sum" in note
    assert "d 40.46 %" in note and "a 19.08 %" in note                  # 0.70 / 1.73, 0.33 / 1.73
    assert "as it is" in renormalised_row([50.0, 50.0], ["a", "b"])


def test_alignment_editor_shows_the_models_exact_row():
    from model.evaluation.claims import percent
    from model.runners.translator import Translator

    at = open_page("pages/alignment.py")
    no_exception(at)
    row = np.array(Translator.load("attention").translate(SEED).attention)[0]
    table = at.dataframe[0].value
    assert list(table["model's weight"]) == [percent(v) for v in row]
    tiny = [percent(v) for v in row if 0 < v < 0.001]                      # tiny weights are not shown as 0
    assert all(v == "< 0.1 %" for v in tiny) and ("0.0 %" not in list(table["model's weight"]) or not tiny)
    assert np.allclose(table["your weight %"], np.round(100 * row, 2))
    assert any("divided by its sum" in m.value for m in at.markdown)


# ---- the self-attention page ------------------------------------------------------------------
def test_looks_tamil_reads_tamil_with_vowel_signs_and_pulli():
    from model.language.tokenizer import tokenize_english
    from model.runners.analysis import looks_english, looks_tamil

    def raw(text):
        return tokenize_english(text).raw

    assert not "அனுப்பினான்".isalpha()                         # why str.isalpha() missed these words
    assert looks_tamil(raw(TAMIL_IN_ENGLISH_BOX)) and looks_tamil(raw("அவன் வந்தான் ."))
    assert not looks_tamil(raw("the boy is happy .")) and not looks_english(raw(TAMIL_IN_ENGLISH_BOX))


def test_tamil_in_the_english_box_gets_the_pointer_not_a_list_of_unknown_words():
    at = open_page("pages/self_attention.py")
    at.text_input(key="en").input(TAMIL_IN_ENGLISH_BOX).run()
    no_exception(at)
    shown = messages(at)
    assert "This looks like Mini-Tamil" in shown and "no close word" not in shown, shown
    at.text_input(key="en").input("the report is zzqx ready .").run()
    shown = messages(at)
    assert "the model still reads the rest" in shown and "translated" not in shown, shown


def test_word_to_follow_resets_when_the_sentence_changes():
    at = open_page("pages/self_attention.py")
    at.text_input(key="en").input("ravi is happy .").run()
    assert at.selectbox(key="tok").value == "2: is"
    at.text_input(key="en").input("kumar was tired .").run()           # the same length
    no_exception(at)
    assert at.selectbox(key="tok").value == "2: was"
    assert any("“was”" in h.value for h in at.subheader)
    at.selectbox(key="tok").set_value("3: tired").run()                  # a choice within one sentence stays
    assert at.selectbox(key="tok").value == "3: tired"


def test_switching_heads_off_reports_beside_the_control():
    at = open_page("pages/self_attention.py")
    at.multiselect(key="off").set_value(["L1H1", "L2H3"]).run()
    no_exception(at)
    beside = [m.value for m in at.markdown if "guesses change" in m.value]
    metric = next(m for m in at.metric if m.label.startswith("Guesses changed"))
    assert beside and beside[0].startswith(f"**{metric.value} guesses change**")    # the same count, up top


def test_head_grid_has_fewer_heads_a_figure():
    from ui.charts import head_grid

    fig = head_grid(np.random.default_rng(0).random((3, 8, 5, 5)), list("abcde"), heads=(2, 3))
    assert len(fig["data"]) == 6 and [a["text"] for a in fig["layout"]["annotations"]][:2] == ["L1H3", "L1H4"]


# ---- Home and out-of-language input ------------------------------------------------------------
def test_home_says_when_a_sentence_is_outside_the_language():
    at = open_page()
    type_sentence(at, "ravi vanthaan ravi .")                          # known words, not a sentence of the language
    no_exception(at)
    assert "outside the language the models learned" in messages(at), messages(at)
    assert figures(at)                                                  # a few unknowns: the map is still drawn


def test_home_draws_no_heatmap_when_most_words_are_unknown():
    at = open_page()
    type_sentence(at, "ravi zzqx blorp quux vanthaan .")
    no_exception(at)
    assert "Most of these words are unknown to the model" in messages(at)
    assert not any("cross-attention" in json.dumps(f["layout"].get("title")) for f in figures(at))


def test_home_reads_a_first_person_sentence_with_the_retrained_model():
    at = open_page()
    type_sentence(at, "நான் நேற்று சென்னைக்குச் சென்றேன் .")       # language v3: the committed model learned it
    no_exception(at)
    shown = messages(at)
    assert "outside the model's vocabulary" not in shown and "has not learned" not in shown
    assert any("cross-attention" in json.dumps(f["layout"].get("title")).lower() for f in figures(at))


def test_home_says_when_a_word_model_has_not_learned_words_of_the_language(monkeypatch):
    """A translator that reads whole words and never saw நான் (as a checkpoint trained before v3): the
    page says the word is of the language but new to the model, not "no close word"."""
    from model.runners.translator import Translator

    real = Translator.unknown
    monkeypatch.setattr(Translator, "unknown", lambda self, toks: sorted({*real(self, toks), 0}))
    at = open_page()
    type_sentence(at, "நான் நேற்று மதுரைக்குச் சென்றேன் .")     # not cached by the test before
    no_exception(at)
    shown = messages(at)
    assert "of the language that this model has not learned" in shown and "no close word" not in shown


def test_mostly_unknown_counts_words_not_punctuation():
    from model.runners.analysis import SentenceAnalysis

    assert SentenceAnalysis("", tokens=["a", "b", "c", "d", "."], unknown=[0, 1]).mostly_unknown is False
    assert SentenceAnalysis("", tokens=["a", "b", "c", "d", "."], unknown=[0, 1, 2]).mostly_unknown is True
    assert SentenceAnalysis("", tokens=["a", "?", "?", "."], unknown=[1, 2]).mostly_unknown is False


# ---- suggestions and the word list -----------------------------------------------------------
@pytest.mark.parametrize("typed,lemma", [("paiyanaiku", "boy"), ("pennaiku", "woman"), ("thittatthaiku", "plan"),
                                         ("aappilaiku", "apple"), ("parisey", "gift")])
def test_case_forms_of_the_same_noun_come_before_spelling_neighbours(typed, lemma):
    from model.language.glosses import describe
    from model.language.tokenizer import suggest

    glosses = [describe(w)[2] for w in suggest(typed)[:3]]          # before: "ticket-DAT", "bag-DAT", "fix-INF" …
    assert all(g.split("-")[0] == lemma for g in glosses), glosses


def test_forms_of_the_same_word_come_first():
    from model.language.tokenizer import suggest

    assert {"அனுப்பினான்", "அனுப்பினாள்"} & set(suggest("அனுப்பினா")[:3])   # a cut-off verb → the forms we have
    assert suggest("anuppinaa")[0].startswith("anuppin")
    assert "kadidhatthai" in suggest("kadithamai")[:2]                      # a case form of the same noun
    assert suggest("vxndhaan")[0] == "vandhaan"                             # spelling neighbours still work


def test_suggestions_show_romanization_and_gloss():
    at = open_page("pages/alignment.py")
    type_sentence(at, "ravi anuppinaanu")                                # not a form of the language
    no_exception(at)
    warning = next(w.value for w in at.warning if "outside the model's vocabulary" in w.value)
    assert "அனுப்பினான் (anuppinaan, *send\\-PST\\-3SG\\.M*)" in warning, warning


def test_word_list_is_searchable_in_every_script():
    from model.language.glosses import search_words, word_rows

    rows = word_rows()
    assert ("அனுப்பினான்", "anuppinaan", "send-PST-3SG.M") in rows and len(rows) > 2000
    for query, column in (("send-PST", 2), ("ANUPPIN", 1), ("அனுப்", 0)):
        hits = search_words(rows, query)
        assert len(hits) > 3 and all(query.lower() in r[column].lower() for r in hits), query
    assert search_words(rows, "  ") == rows


def test_word_list_button_on_pages_with_the_sentence():
    at = open_page()
    assert at.button(key="sidebar_words")
    at = open_page("pages/alignment.py")
    type_sentence(at, "ravi anuppinaanu")                                # not a form of the language
    assert at.button(key="feedback_words")                  # beside the unknown words too


# ---- Speed, Bottleneck, Models ---------------------------------------------------------------
ROWS = [{"arch": a, "n": 64, "batch": b, "mode": m, "threads": t, "ms": ms * (1 if b == 1 else 8)}
        for b in (1, 32) for (a, m, t, ms) in [
            ("gru_fused", "forward", 1, 2.0), ("gru_steps", "forward", 1, 9.0), ("attention", "forward", 1, 3.0),
            ("gru_fused", "forward", 2, 1.9), ("gru_steps", "forward", 2, 0.8), ("attention", "forward", 2, 1.6),
            ("gru_fused", "forward + backward", 1, 6.0), ("gru_steps", "forward + backward", 1, 30.0),
            ("attention", "forward + backward", 1, 8.0), ("gru_fused", "forward + backward", 2, 6.5),
            ("gru_steps", "forward + backward", 2, 29.0), ("attention", "forward + backward", 2, 4.0)]]


def test_speed_summary_leads_with_batch_one_and_never_says_less_than_once_as_long():
    import re

    from model.evaluation.claims import as_long, speed_summary

    text = speed_summary(ROWS)
    assert "one sentence at a time (batch 1)" in text[0]
    assert "the attention layer takes 2.0× as long as the GRU" in " ".join(text)     # 1.6 / 0.8, not "0.5×"
    assert all(float(x) >= 1 for x in re.findall(r"([0-9.]+)× as long", " ".join(text)))
    assert "GRU, fused (C++ loop) takes 1.08× as long" in " ".join(text)           # 6.5 / 6.0 with more threads
    assert "one self-attention layer runs 2.00× as fast" in " ".join(text)            # 8.0 / 4.0 with 2 threads
    slower = [{**r, "ms": r["ms"] * (10 if r["threads"] == 2 else 1)} for r in ROWS]
    assert "none runs faster with more threads on this machine" in " ".join(speed_summary(slower))
    assert as_long("A", 1.0, "B", 2.0) == "B takes 2.0× as long as A"


def test_log_axis_ticks_are_plain_decimals():
    from ui.charts import log_ticks

    ticks = log_ticks(0.37, 48.0)
    assert {0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0} <= set(ticks) and 4.0 not in ticks
    assert [f"{v:g}" for v in ticks if 0.5 <= v <= 5] == ["0.5", "1", "2", "5"]


def test_loss_curves_label_the_log_axis_in_decimals():
    from ui.charts import loss_curves

    fig = loss_curves([{"epoch": 1, "train_loss": 2.3, "valid_loss": 1.9}, {"epoch": 9, "train_loss": 0.04, "valid_loss": 0.06}])
    assert {"0.05", "0.1", "0.5", "1", "2"} <= set(fig.layout.yaxis.ticktext)


@pytest.mark.slow
def test_speed_page_leads_with_one_sentence_at_a_time():
    at = open_page("pages/speed.py")
    at.button(key="speed_run").click().run(timeout=300)
    no_exception(at)
    assert at.radio(key="speed_batch").value == 1
    assert "one sentence at a time (batch 1)" in next(m.value for m in at.markdown if m.value.startswith("**"))
    ticks = figures(at)[0]["layout"]["yaxis"]["ticktext"]
    assert "1" in ticks and "2" in ticks and "9" not in ticks


@pytest.mark.parametrize("name", ["GRU without attention", "GRU with additive attention"])
def test_beyond_training_note_is_computed_from_the_buckets(name):
    from model.evaluation.claims import beyond_training

    rows = [{"lo": 56, "hi": 60, "exact": 0.96}, {"lo": 66, "hi": 70, "exact": 0.56}, {"lo": 86, "hi": 90, "exact": 0.0}]
    note = beyond_training({name: rows}, "exact", 60)
    assert "Over 60 words" in note and f"{name}: 96 % at 56–60 words, 0 % at 86–90" in note
    flat = [{"lo": 56, "hi": 60, "exact": 0.0}, {"lo": 86, "hi": 90, "exact": 0.0}]
    assert name not in beyond_training({name: flat}, "exact", 60)          # a curve that does not fall: not named


@pytest.mark.slow
def test_most_test_sentences_past_the_training_lengths_have_one_clause_more():
    """The note's reason, measured: drawn as the held-out 61–65 bucket is, most sentences chain MAX_CLAUSES + 1
    clauses (MAX_CLAUSES commas between them), and no sentence of the training lengths chains more than MAX_CLAUSES."""
    from model.evaluation.claims import beyond_training
    from model.evaluation.lengths import TEST_SEED
    from model.language.generator import MAX_CLAUSES, sample_pairs

    beyond = [p for _, p in sample_pairs(20, TEST_SEED + 61, 61, 65, split="test")]
    assert sum(p.tgt.count(",") == MAX_CLAUSES for p in beyond) > len(beyond) / 2
    inside = [p for _, p in sample_pairs(40, TEST_SEED + 56, 56, 60, split="test")]
    assert max(p.tgt.count(",") for p in inside) <= MAX_CLAUSES - 1
    assert f"most of these test sentences chain {MAX_CLAUSES + 1} clauses, where every training sentence stops " \
           f"at {MAX_CLAUSES}" in beyond_training({}, "exact", 60)


def test_bottleneck_explains_lengths_beyond_training_and_its_intervals():
    at = open_page("pages/bottleneck.py")
    no_exception(at)
    assert any("lengths no training sentence had" in m.value for m in at.markdown)
    caption = next(c for c in at.caption if "95 % intervals" in c.value)
    assert "Wilson" in caption.proto.help and "Bootstrap" in caption.proto.help and "sacrebleu" in caption.proto.help
    assert any("logit (the score" in m.value for m in at.markdown)


def test_jargon_on_home_is_spelled_out():
    at = open_page()
    text = " ".join(m.value for m in [*at.markdown, *at.caption])
    assert "AER ≤ L" not in text and "alignment error rate" in text.lower()


def test_models_table_keeps_length_cells_short():
    at = open_page("pages/models.py")
    table = at.dataframe[0].value
    assert set(table["in training"]) == {"yes", "no"} and all(len(v) <= 5 for v in table["length"])


# ---- the sentence box at the top of the page (a phone keeps the sidebar closed) -----------------
def test_top_sentence_box_is_the_sidebar_sentence():
    at = open_page("pages/alignment.py")
    assert at.text_area(key="s_top").value == at.session_state["s"]
    at.text_area(key="s_top").input("ravi vanthaan .").run()
    no_exception(at)
    assert at.session_state["s"] == "ravi vanthaan ." and at.text_area(key="s").value == "ravi vanthaan ."
    at = open_page("pages/toy_qkv.py")
    assert not [t for t in at.text_area if t.key == "s_top"]
