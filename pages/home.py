"""Home page (placeholder until the dashboard lands)."""

import streamlit as st

st.title("Attention Lab")
st.write("See attention work in small, real, trained models.")
