"""Glossary: every term the pages use, in plain words (the text lives in ``ui.glossary``, which the
pages also show as help tooltips)."""

import streamlit as st

from ui.glossary import TERMS, by_topic
from ui.navigation import ensure_navigation
from ui.widgets import md

ensure_navigation()
st.title("📖 Glossary")
st.markdown(f"The {len(TERMS)} terms the pages use, each in a sentence or two. The same text appears as the "
            "help (the ? icon) beside a metric or a control where the term is used.")
query = st.text_input("Find a term", key="gl_find", max_chars=60, placeholder="e.g. softmax, AER, head",
                      bind="query-params").strip().casefold()
found = 0
for topic, terms in by_topic().items():
    shown = [t for t in terms if not query or query in t.name.casefold() or query in t.text.casefold()
             or any(query in a.casefold() for a in t.aliases)]
    if not shown:
        continue
    st.header(topic)
    for t in shown:
        also = f" *(also: {md(', '.join(t.aliases))})*" if t.aliases else ""
        st.markdown(f"**{md(t.name)}**{also} — {md(t.text)}")
    found += len(shown)
if not found:
    st.info(f"No term matches “{md(query)}”. Clear the box to see them all.")
