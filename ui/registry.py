"""Every page of the app, once: file, title, icon, URL path and the navigation section.

Plain data, so tests and benchmarks can list the pages without starting Streamlit; ``app.py``
builds the ``st.Page`` objects from it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageSpec:
    path: str                 # file, relative to the project root
    title: str
    icon: str
    url_path: str             # "" for the default page
    section: str
    inputs: tuple[str, ...] = ()   # shared sidebar inputs the page reads: "sentence", "decoding"


PAGES = (
    PageSpec("pages/home.py", "Home", "🏠", "", "Attention Lab", ("sentence",)),
    PageSpec("pages/bottleneck.py", "The bottleneck", "🍾", "bottleneck", "1 · The compressed summary",
             ("sentence", "decoding")),
    PageSpec("pages/alignment.py", "Alignment and word order", "🔀", "alignment", "2 · Word order",
             ("sentence", "decoding")),
    PageSpec("pages/self_attention.py", "Self-attention and heads", "👀", "self-attention",
             "3 · Self-attention and speed"),
    PageSpec("pages/speed.py", "Speed", "⏱️", "speed", "3 · Self-attention and speed"),
    PageSpec("pages/toy_qkv.py", "Q·K·V by hand", "🧮", "toy-qkv", "Toys you edit by hand"),
    PageSpec("pages/toy_sqrt_d.py", "Why √d", "📐", "toy-sqrt-d", "Toys you edit by hand"),
    PageSpec("pages/toy_multihead.py", "Multi-head by hand", "🎛️", "toy-multihead", "Toys you edit by hand"),
    PageSpec("pages/toy_decay.py", "The decaying summary", "📉", "toy-decay", "Toys you edit by hand"),
    PageSpec("pages/toy_alignment.py", "Alignment by hand", "✏️", "toy-alignment", "Toys you edit by hand"),
    PageSpec("pages/playground.py", "Train your own", "🏋️", "playground", "Train it yourself"),
    PageSpec("pages/models.py", "Models", "🧪", "models", "Under the hood"),
    PageSpec("pages/glossary.py", "Glossary", "📖", "glossary", "Under the hood"),
)


def by_title(title: str) -> PageSpec | None:
    return next((spec for spec in PAGES if spec.title == title), None)

