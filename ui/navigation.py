"""The one workaround for deep links: every page calls ``ensure_navigation()`` first, and ``app.py``
runs the page inside ``shell()``."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st

_run = threading.local()          # per script thread: is app.py running the page right now?


@contextmanager
def shell() -> Iterator[None]:
    """``app.py`` runs the selected page inside this, so the page knows the shared shell ran."""
    _run.shell = True
    try:
        yield
    finally:
        _run.shell = False


def ensure_navigation() -> None:
    """Make a deep link work on a fresh server. Until ``app.py`` has run once, Streamlit treats a
    project with a ``pages/`` folder as a v1 multipage app and runs ``pages/<name>.py`` on its own
    for ``/<name>`` (without the shared sidebar). Streamlit flips this process-wide flag itself the
    first time ``app.py`` calls ``st.navigation``; flipping it here and rerunning routes the very
    first visitor through ``app.py`` too. Visitors whose run had already been routed to the page
    file before the flag flipped (several first visitors at once) are rerun as well: a page that
    did not run inside ``app.py``'s ``shell()`` reruns. (Private API: the only place the app
    touches it.)"""
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
    if not getattr(_run, "shell", False):
        st.rerun()
