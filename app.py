"""Attention Lab — Streamlit entry point: ``streamlit run app.py``.

Registers every page with ``st.navigation`` and holds what all pages share: page config and the
sidebar (the current sentence, bound to the URL as ``?s=…``, an example button, decoding choice).
"""

import random

import streamlit as st

from pages.common import SEED_SENTENCE

st.set_page_config(page_title="Attention Lab", page_icon="🔍", layout="wide")


def draw_example() -> None:
    """Put a random held-out sentence of the language in the sentence box."""
    from model.generate import sample_pairs

    (_, pair), = sample_pairs(1, random.randrange(10**9), 6, 24, split="test")
    st.session_state["s"] = " ".join(pair.src)


PAGES = {
    "Attention Lab": [st.Page("pages/home.py", title="Home", icon="🏠", default=True)],
    "1 · The compressed summary": [st.Page("pages/bottleneck.py", title="The bottleneck", icon="🍾",
                                           url_path="bottleneck")],
    "2 · Word order": [st.Page("pages/alignment.py", title="Alignment and word order", icon="🔀",
                               url_path="alignment")],
    "3 · Self-attention and speed": [
        st.Page("pages/self_attention.py", title="Self-attention and heads", icon="👀", url_path="self-attention"),
        st.Page("pages/speed.py", title="Speed", icon="⏱️", url_path="speed")],
    "Toys you edit by hand": [
        st.Page("pages/toy_qkv.py", title="Q·K·V by hand", icon="🧮", url_path="toy-qkv"),
        st.Page("pages/toy_sqrt_d.py", title="Why √d", icon="📐", url_path="toy-sqrt-d"),
        st.Page("pages/toy_multihead.py", title="Multi-head by hand", icon="🎛️", url_path="toy-multihead"),
        st.Page("pages/toy_decay.py", title="The decaying summary", icon="📉", url_path="toy-decay"),
        st.Page("pages/toy_alignment.py", title="Alignment by hand", icon="✏️", url_path="toy-alignment")],
    "Under the hood": [st.Page("pages/models.py", title="Models", icon="🧪", url_path="models")],
}

page = st.navigation(PAGES)
with st.sidebar:
    st.text_area("Sentence (Mini-Tamil, Tamil script or romanized)", value=SEED_SENTENCE, key="s",
                 bind="query-params", height=110, max_chars=2000,
                 help="Type Tamil script, the romanization (e.g. naalaikkul antha rippoarttai anuppa "
                      "mudiyumaa ?) or a mix. The self-attention page takes English instead.")
    st.button("🎲 Example", on_click=draw_example, help="A random held-out sentence of the language",
              key="example")
    st.radio("Decoding", ["greedy", "beam 4"], key="decoding", bind="query-params", horizontal=True,
             help="Greedy picks the likeliest word at each step; beam search keeps 4 hypotheses.")

page.run()
