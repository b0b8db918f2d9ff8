"""AppTest for every page: default render, typed and hostile input, widgets moved, content checks."""

import json

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from benchmarks.sentences import SEED_SOURCE as SEED
from benchmarks.sentences import SOURCE_40 as ROMAN_40
from benchmarks.sentences import long_pair
from tests.conftest import ROOT
from ui.registry import PAGES as REGISTRY

APP = str(ROOT / "app.py")
PAGES = [spec.path for spec in REGISTRY]


def open_page(page: str | None = None, **query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    for k, v in query.items():
        at.query_params[k] = v
    at.run()
    if page:
        at.switch_page(page)
        at.run()
    return at


def type_sentence(at: AppTest, text: str) -> AppTest:
    """Type into the sidebar sentence box. AppTest drops the entry file's sidebar from its element
    tree after ``switch_page`` (the widget still runs), so there the text goes in through Session
    State, which is the widget's own state; the real-browser tests type into the box itself."""
    try:
        at.text_area(key="s").input(text)
    except KeyError:
        at.session_state["s"] = text
    return at.run()


def typed_arrays(obj):
    """Plotly sends numpy arrays as typed arrays ({"dtype", "bdata", "shape"}); decode them to lists."""
    if isinstance(obj, dict):
        if "bdata" in obj and "dtype" in obj:
            import base64

            a = np.frombuffer(base64.b64decode(obj["bdata"]), dtype=obj["dtype"])
            shape = obj.get("shape")
            if shape:
                a = a.reshape([int(n) for n in str(shape).split(",")])
            return a.tolist()
        return {k: typed_arrays(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [typed_arrays(v) for v in obj]
    return obj


def figures(at: AppTest) -> list[dict]:
    return [typed_arrays(json.loads(c.proto.spec)) for c in at.get("plotly_chart")]


def cells(heat: dict, axis: str) -> list[str]:
    """The words of a heatmap's rows or columns (categories are "N: word" or "N: word (romanized)")."""
    return [c.split(": ", 1)[1].split(" (")[0] for c in heat["data"][0][axis]]


def no_exception(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def messages(at: AppTest) -> str:
    """Every info, warning and error box of the page, as one text."""
    return "\n".join(m.value for m in [*at.info, *at.warning, *at.error])


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders(page):
    """Each page runs without an exception and shows its own title (the registry's icon; Home: the app's)."""
    at = open_page(page)
    no_exception(at)
    icon = "🔍" if page == "pages/home.py" else next(spec.icon for spec in REGISTRY if spec.path == page)
    assert len(at.title) == 1 and at.title[0].value.startswith(icon + " "), [t.value for t in at.title]
    assert page == "pages/home.py" or at.title[0].value != "🔍 Attention Lab"


def test_home_heatmap_carries_the_models_attention():
    from model.runners.translator import Translator

    at = open_page()
    no_exception(at)
    t = Translator.load("attention").translate(SEED)
    heat = figures(at)[0]["data"][0]
    assert np.allclose(np.array(heat["z"]), np.array(t.attention), atol=1e-6)
    assert "mudiyumaa" in " ".join(c.value for c in at.caption)


@pytest.mark.parametrize("page", ["pages/bottleneck.py", "pages/alignment.py"])
def test_translation_pages_take_typed_input(page):
    """A 40-token sentence typed in the old romanization: the bottleneck page shows the grammar's reference,
    the alignment page scores the attention against the gold alignment (hostile strings:
    tests/test_hostile.py)."""
    at = open_page(page)
    type_sentence(at, ROMAN_40)
    no_exception(at)
    if page.endswith("bottleneck.py"):
        assert any("Reference" in s.value for s in at.success)
    else:
        assert any(m.label.startswith("AER of argmax") for m in at.metric)
        assert cells(figures(at)[0], "x")[0] == "அந்த"


@pytest.mark.parametrize("page", ["pages/bottleneck.py", "pages/alignment.py"])
@pytest.mark.slow
def test_translation_pages_take_a_long_sentence_of_the_language(page):
    pair = long_pair()
    at = open_page(page)
    type_sentence(at, " ".join(pair.roman))
    no_exception(at)
    assert not messages(at), messages(at)
    if page.endswith("bottleneck.py"):
        ref = next(s.value for s in at.success if "Reference" in s.value)
        assert ref.endswith(" ".join(pair.tgt)) and f"{len(pair.src)} source tokens" in ref
    else:
        heat = figures(at)[0]
        assert cells(heat, "x") == pair.src and cells(heat, "y") == pair.tgt
        assert any(m.label.startswith("AER of argmax") for m in at.metric)


@pytest.mark.slow
def test_home_follows_the_sentence_and_carries_it_to_every_page():
    from model.runners.translator import Translator

    pair = long_pair()
    at = open_page()
    type_sentence(at, " ".join(pair.roman))
    no_exception(at)
    heat = figures(at)[0]
    assert cells(heat, "x") == pair.src                                     # the chart follows the sentence
    t = Translator.load("attention").translate(" ".join(pair.roman))
    assert np.allclose(np.array(heat["data"][0]["z"]), np.array(t.attention), atol=1e-6)
    at.switch_page("pages/bottleneck.py").run()
    no_exception(at)
    assert any(s.value.endswith(" ".join(pair.tgt)) for s in at.success)


def test_english_in_the_tamil_box_points_to_the_english_page():
    at = open_page("pages/alignment.py")
    type_sentence(at, "the report that the client requested is ready .")
    no_exception(at)
    assert "This looks like English" in messages(at)
    at = open_page("pages/self_attention.py")
    at.text_input(key="en").input("naalaikkul andha reportai anuppa mudiyumaa ?").run()
    no_exception(at)
    assert "This looks like Mini-Tamil" in messages(at)


def test_alignment_aer_matches_model_and_widgets_move():
    from model.evaluation.metrics import aer_score
    from model.language.parser import parse
    from model.runners.translator import Translator

    at = open_page("pages/alignment.py")
    no_exception(at)
    pair = parse(SEED).pair
    att = np.array(Translator.load("attention").translate(SEED).attention)
    expected = aer_score(att.argmax(1).tolist(), pair.align)
    shown = next(m for m in at.metric if m.label.startswith("AER of argmax"))
    assert shown.value == f"{expected:.1%}"
    heat = figures(at)[0]["data"][0]
    assert np.allclose(np.array(heat["z"]), att, atol=1e-6)
    at.slider(key="step").set_value(3).run()
    no_exception(at)
    assert "Step 3" in json.dumps(figures(at)[2]["layout"]["title"])
    at.radio(key="al_start").set_value("one word").run()
    at.selectbox(key="al_onehot").set_value(2).run()
    no_exception(at)


def test_query_params_round_trip():
    at = open_page("pages/alignment.py", s=ROMAN_40, step="4")
    no_exception(at)
    assert at.session_state["s"] == ROMAN_40
    assert at.slider(key="step").value == 4
    home = open_page(None, s=ROMAN_40)
    assert home.text_area(key="s").value == ROMAN_40
    home.text_area(key="s").input(SEED).run()
    assert home.session_state["s"] == SEED
    odd = open_page("pages/alignment.py", s=SEED, step="99", decoding="nonsense")
    no_exception(odd)


def test_self_attention_page_widgets_and_content():
    from model.runners.encoder_runner import EncoderRunner

    at = open_page("pages/self_attention.py")
    no_exception(at)
    runner = EncoderRunner.load()
    tokens = at.text_input(key="en").value.lower().replace(".", " .").split()
    grid = figures(at)[0]["data"]
    assert np.allclose(np.array(grid[0]["z"]), runner.attention_maps(tokens)[0, 0], atol=1e-4)   # shown to 4 decimals
    rel = runner.payload["metrics"]["heads"]["relations"]
    table = at.dataframe[0].value
    assert list(table["accuracy %"]) == [round(100 * v["best_accuracy"], 1) for v in rel.values()]
    at.toggle(key="causal").set_value(True).run()
    no_exception(at)
    at.multiselect(key="off").set_value(["L1H1", "L2H3"]).run()
    no_exception(at)
    assert any(m.label.startswith("Guesses changed") for m in at.metric)
    at.text_input(key="en").input("the reports that the client requested are ready .").run()
    no_exception(at)
    assert len(figures(at)[0]["data"][0]["z"]) == 9                      # the grid follows the new sentence


@pytest.mark.slow
def test_self_attention_page_takes_a_long_sentence_of_the_language():
    from model.errors import LIMITS
    from model.runners.encoder_runner import EncoderRunner

    # the longest English the page reads whole (a 56–60-token Tamil sentence often says more), in words the
    # committed encoder learned (the language may have grown since)
    vocab = EncoderRunner.load().vocab
    pair = next(p for seed in range(1000, 1200) if len((p := long_pair(seed=seed)).tgt) <= LIMITS.english_tokens
                and not vocab.unknown(p.tgt))
    assert len(pair.tgt) > 60
    at = open_page("pages/self_attention.py")
    at.text_input(key="en").input(" ".join(pair.tgt)).run()
    no_exception(at)
    assert not messages(at), messages(at)
    grid = [trace for fig in figures(at)[:4] for trace in fig["data"]]      # four figures of two heads each
    att = EncoderRunner.load().attention_maps(pair.tgt)
    assert len(grid) == att.shape[0] * att.shape[1] and len(grid[0]["z"]) == len(pair.tgt)
    assert np.allclose(np.array(grid[-1]["z"]), att[-1, -1], atol=1e-4)
    assert len(at.dataframe[-1].value) == len(pair.tgt)          # one masked-word guess per word


def speed_rows() -> list[dict]:
    """Made-up timings in the measurement's shape (one real measurement: tests/test_toys.py and the
    browser test): attention 2 ms at every length, the GRUs growing with n."""
    from model.evaluation.speed import ARCHS, LENGTHS

    per_word = {"gru_fused": 0.05, "gru_steps": 0.2, "attention": 0.0}
    return [{"arch": a, "n": n, "batch": b, "mode": mode, "threads": t, "ms": 2.0 + per_word[a] * n * t * (1 + b)}
            for a in ARCHS for n in LENGTHS for b in (1, 32) for t in (1, 2)
            for mode in ("forward", "forward + backward")]


def test_speed_page_measures_on_demand_and_shows_the_rows(monkeypatch):
    import model.evaluation.speed as speed
    from model.evaluation.claims import speed_summary
    from ui import cache

    threads = sorted({1, speed.available_threads()})
    rows = [r for r in speed_rows() if r["threads"] in threads]

    def part(n_threads, backward, **_):                      # one child process's share of the rows
        mode = "forward + backward" if backward else "forward"
        return [r for r in rows if r["threads"] == n_threads and r["mode"] == mode]

    monkeypatch.setattr(speed, "measure_in_subprocess", part)
    cache.speed_timings.clear()
    try:
        at = open_page("pages/speed.py")
        assert not at.get("plotly_chart")
        at.button(key="speed_run").click().run()
        no_exception(at)
        shown = {t["name"]: t["y"] for t in figures(at)[0]["data"]}          # forward, batch 1, all threads
        expected = {speed.ARCH_LABELS[a]: [r["ms"] for r in rows if r["arch"] == a and r["mode"] == "forward"
                                           and r["batch"] == 1 and r["threads"] == threads[-1]] for a in speed.ARCHS}
        assert shown == expected
        summary = speed_summary(rows)
        shown_text = [m.value for m in at.markdown]
        assert f"**{summary[0]}**" in shown_text                               # batch 1 first
        assert all(any(s in m for m in shown_text) for s in summary[1:])
        assert len(at.dataframe[-1].value) == len(rows)
        if len(threads) > 1:
            at.radio(key="speed_threads").set_value(1).run()
            no_exception(at)
            assert figures(at)[0]["data"][0]["y"] != next(iter(expected.values()))
    finally:
        cache.speed_timings.clear()


@pytest.mark.slow
def test_toys_keep_last_valid_values_on_hostile_edits():
    at = open_page("pages/toy_qkv.py")
    at.session_state["qkv_X"] = np.array([[np.nan, 1.0, 2.0]] * 4)
    at.run()
    no_exception(at)
    assert any("NaN" in e.value for e in at.error)
    at.slider(key="qkv_temp").set_value(2.0).run()
    at.toggle(key="qkv_causal").set_value(True).run()
    no_exception(at)
    at.button(key="qkv_load").click().run()
    no_exception(at)
    assert any("Loaded from the trained encoder" in i.value for i in at.info)

    at = open_page("pages/toy_alignment.py")
    at.session_state["ta_matrix"] = np.zeros((8, 6))
    at.run()
    no_exception(at)
    assert at.error
    at = open_page("pages/toy_decay.py")
    at.slider(key="decay_lambda").set_value(0.5).run()
    no_exception(at)
    at = open_page("pages/toy_sqrt_d.py")
    at.select_slider(key="sqrt_d").set_value(1024).run()
    no_exception(at)
    at = open_page("pages/toy_multihead.py")
    at.session_state["mh_syntax_WQ"] = np.full((8, 2), np.inf)
    at.run()
    no_exception(at)
    assert at.error


@pytest.mark.slow
def test_missing_checkpoint_names_file_and_command(tmp_path, monkeypatch):
    import streamlit as st

    import model.checkpoints as ck

    monkeypatch.setattr(ck, "CHECKPOINT_DIR", tmp_path)
    st.cache_resource.clear()
    st.cache_data.clear()
    try:
        at = open_page()
        no_exception(at)
        errors = " ".join(e.value for e in at.error)
        assert "python -m model train --only attention" in errors and "seq2seq_attention.pt" in errors
        assert at.title[0].value.startswith("🔍")
        at = open_page("pages/toy_sqrt_d.py")
        no_exception(at)
        assert figures(at)                          # toys keep working without checkpoints
    finally:
        st.cache_resource.clear()
        st.cache_data.clear()


def test_alignment_replays_training_snapshots():
    from model.runners.translator import Translator

    snaps = Translator.load("attention").payload["snapshots"]
    at = open_page("pages/alignment.py")
    no_exception(at)
    slider = at.select_slider(key="al_snap_step")
    assert slider.value == snaps["steps"][-1] and len(snaps["steps"]) > 5

    def shown() -> np.ndarray:
        fig = next(f for f in figures(at) if "At training step" in json.dumps(f["layout"].get("title")))
        return np.array(fig["data"][0]["z"], dtype=float)

    assert np.allclose(shown(), np.array(snaps["attention"][-1][0]), atol=1e-6)
    slider.set_value(snaps["steps"][0]).run()
    no_exception(at)
    assert np.allclose(shown(), np.array(snaps["attention"][0][0]), atol=1e-6)
    assert "at step 0" in " ".join(c.value for c in at.caption)


def test_the_animal_example_names_the_head_that_links_it_to_animal():
    """The 🐾 button loads the best-known picture of self-attention; the page names the head that puts
    the most weight from "it" on "animal", with that weight, read from the encoder."""
    from model.evaluation.claims import head_label
    from model.language.seeds import ANIMAL_ENGLISH
    from model.runners.encoder_runner import EncoderRunner

    at = open_page("pages/self_attention.py")
    at.button(key="en_animal").click().run()
    no_exception(at)
    tokens = ANIMAL_ENGLISH.split()
    it, animal = tokens.index("it"), tokens.index("animal")
    att = EncoderRunner.load().attention_maps(tokens)                       # (L, H, T, T)
    a, b = np.unravel_index(att[:, :, it, animal].argmax(), att.shape[:2])
    text = " ".join(m.value for m in at.markdown)
    assert f"“it” → “animal” (coref): {head_label(a, b)} puts {att[a, b, it, animal]:.0%}" in text
    assert at.selectbox(key="tok").value == f"{it + 1}: it"            # the word to follow is "it"


@pytest.mark.parametrize("key, meant, nouns", [("en_animal", "animal", ("animal", "street")),
                                               ("en_street", "street", ("animal", "street")),
                                               ("en_trophy", "trophy", ("trophy", "suitcase")),
                                               ("en_suitcase", "suitcase", ("trophy", "suitcase"))])
def test_the_twin_sentences_say_where_the_coref_head_puts_it(key, meant, nouns):
    """🐾 and 🛣️ load the Winograd twins; the page says how the best coref head (stored metrics) splits
    “it”'s attention between the two nouns, recomputed here from the encoder, and names the one meant."""
    from model.checkpoints import checkpoint_path, load_checkpoint
    from model.runners.encoder_runner import EncoderRunner

    at = open_page("pages/self_attention.py")
    at.button(key=key).click().run()
    no_exception(at)
    tokens = at.text_input(key="en").value.split()
    coref = load_checkpoint(checkpoint_path("encoder"), "encoder")["metrics"]["heads"]["relations"]["coref"]
    a, b = coref["best_layer"], coref["best_head"]
    att = EncoderRunner.load().attention_maps(tokens)
    row = att[a, b, tokens.index("it")]
    text = " ".join(m.value for m in at.markdown)
    assert f"“it” means the {meant} here" in text
    first, second = nouns
    assert f"{row[tokens.index(first)]:.0%} of “it”'s attention on “{first}” and " \
           f"{row[tokens.index(second)]:.0%} on “{second}”" in text
    better = first if row[tokens.index(first)] > row[tokens.index(second)] else second
    assert (f"it prefers the one meant, “{meant}”" in text) == (better == meant)
