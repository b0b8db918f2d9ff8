"""The glossary: every term the pages use, one or two plain sentences each, one text for the glossary
page and the pages' help tooltips."""

import re

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT
from ui.glossary import TERMS, by_topic, term, tip

REQUIRED = ["attention weight", "alignment", "AER", "GRU", "encoder", "decoder", "head", "layer", "Q/K/V", "query",
            "key", "value", "softmax", "√d", "masked word", "ablation", "exact match", "BLEU", "Wilson interval",
            "bootstrap", "logit", "sacrebleu", "cross-attention", "self-attention", "causal mask", "beam search",
            "greedy decoding", "gradient saliency", "Spearman rank correlation", "teacher forcing", "temperature",
            "token accuracy", "entropy", "held-out"]


@pytest.mark.parametrize("name", REQUIRED)
def test_every_term_the_pages_use_is_explained(name):
    assert term(name).text
    assert term(name.upper()) is term(name)          # any case


def test_one_or_two_plain_sentences_each():
    for t in TERMS:
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", t.text.strip()) if s]
        assert 1 <= len(sentences) <= 2, (t.name, sentences)
        assert t.text.strip()[-1] in ".!?", t.name
        assert len(t.text) <= 320, (t.name, len(t.text))


def test_names_and_aliases_are_unambiguous():
    keys = [k.casefold() for t in TERMS for k in (t.name, *t.aliases)]
    assert len(keys) == len(set(keys)), sorted({k for k in keys if keys.count(k) > 1})
    assert sum(len(ts) for ts in by_topic().values()) == len(TERMS), "every term has a listed topic"
    with pytest.raises(KeyError):
        term("flux capacitor")


def test_tooltips_are_the_glossary_text():
    assert tip("AER") == f"**AER**: {term('AER').text}"
    assert tip("head", "layer").split("\n\n") == [f"**head**: {term('head').text}", f"**layer**: {term('layer').text}"]


def open_glossary(**query) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for k, v in query.items():
        at.query_params[k] = v
    at.run()
    at.switch_page("pages/glossary.py")
    return at.run()


def test_glossary_page_lists_every_term():
    at = open_glossary()
    assert not at.exception
    text = "\n".join(m.value for m in at.markdown)
    for t in TERMS:
        assert f"**{t.name}**" in text.replace("\\", ""), t.name
    assert [h.value for h in at.header] == [topic for topic, ts in by_topic().items() if ts]


def test_glossary_search_filters_and_says_when_nothing_matches():
    at = open_glossary()
    at.text_input(key="gl_find").input("softmax").run()
    shown = [m.value.replace("\\", "") for m in at.markdown if m.value.startswith("**")]
    assert shown and all("softmax" in s.casefold() for s in shown)
    assert len(shown) < len(TERMS)
    at.text_input(key="gl_find").input("<b>zzz</b>").run()
    assert not at.exception and "No term matches" in at.info[0].value


def test_pages_show_the_glossary_text_as_help():
    """The alignment page's AER metric carries the glossary's words."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    at.switch_page("pages/alignment.py")
    at.run()
    assert not at.exception
    assert any(m.help == tip("AER", "alignment") for m in at.metric)
