"""The baseline for the load benchmarks: one chart and the same sidebar sentence box as ``app.py``.

``streamlit run benchmarks/trivial_app.py`` — what any Streamlit app with a Plotly chart costs per
rerun on this machine, so the Attention Lab figures can be read as a ratio.
"""

import plotly.graph_objects as go
import streamlit as st

st.set_page_config(page_title="Trivial one-chart app", layout="wide")
with st.sidebar:
    text = st.text_area("Sentence", value="naalaikkul antha rippoarttai anuppa mudiyumaa ?", key="s",
                        bind="query-params", height=110, max_chars=2000)
words = text.split()[:80]
st.title("One chart")
fig = go.Figure(go.Bar(x=list(range(len(words))), y=[len(w) for w in words], hovertext=words))
fig.update_layout(height=300, xaxis_title="word", yaxis_title="letters")
st.plotly_chart(fig, width="stretch", key="chart")
