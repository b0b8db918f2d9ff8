"""Attention Lab — Streamlit entry point: ``streamlit run app.py``.

Registers every page of ``ui.registry`` with ``st.navigation`` and holds what all pages share: page
config and the sidebar (the current sentence, bound to the URL as ``?s=…``, an example button, the
decoding choice).
"""

import random

import streamlit as st

from model.language.seeds import SEED_SOURCE, example_pair
from ui.navigation import shell
from ui.registry import PAGES

st.set_page_config(page_title="Attention Lab", page_icon="🔍", layout="wide")


def draw_example() -> None:
    """Put a random held-out sentence of the language in the sentence box."""
    st.session_state["s"] = " ".join(example_pair(random.randrange(10**9)).src)


sections: dict[str, list] = {}
for spec in PAGES:
    sections.setdefault(spec.section, []).append(
        st.Page(spec.path, title=spec.title, icon=spec.icon, default=spec.url_path == "",
                **({"url_path": spec.url_path} if spec.url_path else {})))
page = st.navigation(sections)
with st.sidebar:
    st.text_area("Sentence (Mini-Tamil, Tamil script or romanized)", value=SEED_SOURCE, key="s",
                 bind="query-params", height=110, max_chars=2000,
                 help="Type Tamil script, the romanization (e.g. naalaikkul antha rippoarttai anuppa "
                      "mudiyumaa ?) or a mix. The self-attention page takes English instead.")
    st.button("🎲 Example", on_click=draw_example, help="A random held-out sentence of the language",
              key="example")
    st.radio("Decoding", ["greedy", "beam 4"], key="decoding", bind="query-params", horizontal=True,
             help="Greedy picks the likeliest word at each step; beam search keeps 4 hypotheses.")

with shell():
    page.run()
