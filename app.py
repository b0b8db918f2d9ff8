"""Attention Lab — Streamlit entry point: ``streamlit run app.py``.

Registers every page of ``ui.registry`` with ``st.navigation`` and holds what all pages share: page
config and the sidebar (the current sentence, bound to the URL as ``?s=…``, an example button, the
decoding choice). Its first statement applies the deployment's process settings (``ui.startup``).
"""

from ui.startup import configure_process

configure_process()      # one torch thread per process, before any page imports torch (ui/startup.py)

import random  # noqa: E402

import streamlit as st  # noqa: E402

from model.language.seeds import EXAMPLE_LENGTHS, LONG_LENGTHS, SEED_SOURCE, example_pair  # noqa: E402
from ui.glossary import tip  # noqa: E402
from ui.navigation import shell  # noqa: E402
from ui.registry import PAGES, by_title  # noqa: E402
from ui.widgets import word_list  # noqa: E402

st.set_page_config(page_title="Attention Lab", page_icon="🔍", layout="wide")


def draw_example(lengths: tuple[int, int] = EXAMPLE_LENGTHS) -> None:
    """Put a random held-out sentence of the language, one the attention model can read, in the box."""
    from ui.cache import known_words

    st.session_state["s"] = " ".join(example_pair(random.randrange(10**9), lengths, known_words("attention")).src)


sections: dict[str, list] = {}
for spec in PAGES:
    sections.setdefault(spec.section, []).append(
        st.Page(spec.path, title=spec.title, icon=spec.icon, default=spec.url_path == "",
                **({"url_path": spec.url_path} if spec.url_path else {})))
page = st.navigation(sections)
spec = by_title(page.title)
uses = spec.inputs if spec is not None else ()
st.session_state.setdefault("s", SEED_SOURCE)
st.session_state["s"] = st.session_state["s"]      # keep the sentence while pages without the box are open
if "sentence" in uses:
    with st.sidebar:
        st.text_area("Sentence (Mini-Tamil, Tamil script or romanized)", key="s", bind="query-params", height=110,
                     max_chars=2000,
                     help="Type Tamil script, the romanization (e.g. naalaikkul andha reportai anuppa mudiyumaa ?) "
                          "or a mix. The self-attention page takes English instead.")
        row = st.container(horizontal=True)      # wraps instead of cutting a label ("Long exa…")
        row.button("🎲 Example", on_click=draw_example, help="A random held-out sentence of the language",
                   key="example")
        row.button("📏 Long example", on_click=draw_example, args=(LONG_LENGTHS,), key="long_example",
                   help="A random held-out sentence of 40–60 words, where the models differ")
        word_list("sidebar_words")
if "sentence" in uses:                               # on a phone the sidebar starts closed: the box at the top too
    st.session_state["s_top"] = st.session_state["s"]
    with st.container(key="phone_sentence"):
        st.text_area("Sentence (Mini-Tamil)", key="s_top", height=90, max_chars=2000,
                     on_change=lambda: st.session_state.update(s=st.session_state["s_top"]),
                     help="The same sentence as the sidebar's box (which a phone keeps closed); press Ctrl+Enter or "
                          "tap outside to apply.")
    st.html("<style>@media (min-width: 768px) { .st-key-phone_sentence { display: none; } }</style>")
if "decoding" in uses:
    with st.sidebar:
        st.radio("Decoding", ["greedy", "beam 4"], key="decoding", bind="query-params", horizontal=True,
                 help=tip("greedy decoding", "beam search"))

with shell():
    page.run()
