"""The Streamlit layer between the pages and ``model/``.

- ``registry`` — the page list (plain data; ``app.py`` turns it into ``st.Page`` objects).
- ``cache`` — the only module that touches ``st.cache_*``: loaded models and everything derived
  from one typed sentence.
- ``charts`` — Plotly figure builders that take arrays and labels, never models.
- ``widgets`` — what pages show besides charts: input feedback, downloads, the matrix editor, the
  missing-checkpoint box.
- ``navigation`` — the one workaround for deep links on a fresh server.
"""
