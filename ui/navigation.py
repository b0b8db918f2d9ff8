"""The one workaround for deep links: every page calls ``ensure_navigation()`` first."""

from __future__ import annotations

import streamlit as st


def ensure_navigation() -> None:
    """Make a deep link work on a fresh server. Until ``app.py`` has run once, Streamlit treats a
    project with a ``pages/`` folder as a v1 multipage app and runs ``pages/<name>.py`` on its own
    for ``/<name>`` (without the shared sidebar). Streamlit flips this process-wide flag itself the
    first time ``app.py`` calls ``st.navigation``; flipping it here and rerunning routes the very
    first visitor through ``app.py`` too. (Private API: the only place the app touches it.)"""
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
