"""What pages show besides chart figures: charts on screen, downloads, feedback on typed input,
the matrix editor of the toys, and the box that names a missing checkpoint and its fix."""

from __future__ import annotations

import io
import json

import numpy as np
import plotly.graph_objects as go
import streamlit as st

from model.checkpoints import CheckpointError, checkpoint_path, rebuild_command
from model.language.seeds import SEED_SOURCE
from model.language.tokenizer import shorten
from model.registry import TITLES
from ui import cache, charts
from ui.charts import FONT_FAMILY

PLOT_CONFIG = {"displaylogo": False, "toImageButtonOptions": {"format": "png", "scale": 2}}
_MARKDOWN_SPECIALS = "\\`*_{}[]()#+-.!|<>~$:"


def plot(fig: go.Figure | dict, key: str) -> None:
    """Show a figure with the Tamil-first font stack and the PNG export button."""
    if isinstance(fig, dict):                           # a per-run copy
        fig["layout"].setdefault("font", {"family": FONT_FAMILY})
    elif fig.layout.font.family is None:                # built by the page this run (cached figures have it)
        fig.update_layout(font={"family": FONT_FAMILY})
    st.plotly_chart(fig, width="stretch", config=PLOT_CONFIG, key=key)


def on_phone() -> bool:
    """Whether this session's browser says it is a phone (``Mobi`` in its User-Agent, the test MDN
    recommends); AppTest and scripts have no browser: a desktop."""
    try:
        agent = st.context.headers.get("User-Agent") or ""
    except Exception:                                  # no session (a bare script run)
        agent = ""
    return "Mobi" in agent


def plot_width(share: float = 1.0) -> float | None:
    """Expected plot-area width of a chart taking ``share`` of the page on this session's screen (px);
    ``None`` on a phone. Charts use it to label every word that fits (``ui.charts.heatmap``)."""
    return charts.plot_width(share, phone=on_phone())


def md(text: str) -> str:
    """Escape Markdown so user text is shown, never interpreted."""
    out = str(text)
    for ch in _MARKDOWN_SPECIALS:
        out = out.replace(ch, "\\" + ch)
    return out


def model_or_error(name: str):
    """The loaded model, or ``None`` after showing an error box that names the file and the fix."""
    try:
        return cache.load(name)
    except CheckpointError as err:
        st.error(f"**{TITLES[name]} unavailable.** {err}\n\nRebuild: `{rebuild_command(name)}` "
                 f"(writes `{checkpoint_path(name).name}` in `checkpoints/`).", icon="🚫")
        return None


def beam_width() -> int:
    """The sidebar's decoding choice as a beam width (0 = greedy)."""
    return 4 if st.session_state.get("decoding") == "beam 4" else 0


def guard_text(text: str, what: str = "a sentence", where: str = "in the sidebar", button: str = "🎲 Example",
               example: str = SEED_SOURCE) -> None:
    """Stop the page with a hint when the box is empty."""
    if not text or not text.strip():
        st.info(f"Type {what} {where}, or press **{button}**. Try: `{example}`", icon="✍️")
        st.stop()


def refuse(message: str) -> None:
    """Show why the input cannot be used (user text inside it is escaped)."""
    st.info(md(message), icon="✍️")


def show_odd(odd: list[str]) -> None:
    """A sentence of the language that breaks a rule of sense (``model.language.rules``): it keeps its reference, and
    the page says the models never saw such a combination."""
    if odd:
        st.info("A sentence of the language, but an odd one: " + "; ".join(md(n) for n in odd) + ". The grammar still "
                "gives its reference and gold links; the training sentences all keep these rules, so the models never "
                "saw a combination like this.", icon="🤔")


def show_input_feedback(raw: list[str], unknown: list[int], suggestions: dict, notes: list[str],
                        reads: str = "the rest is still translated", tamil: bool = True,
                        copied: dict | None = None, pieces: bool = False) -> None:
    """Unknown words highlighted with suggestions (Mini-Tamil ones with their romanization and English
    gloss, forms of the same word first) and the word list; tokenizer notes as a caption. Words a
    translator copied as names (``copied``: output → source position) are said to be read as names;
    with ``pieces`` the model read unknown words by their sub-word pieces, not as `<unk>`."""
    names = set((copied or {}).values())              # still outside the language: named below as copied
    if unknown:
        from model.language.glosses import describe

        def hint(s: str) -> str:
            if not tamil:
                return md(s)
            word, rom, en = describe(s)
            return f"{md(word)} ({md(rom)}, *{md(en)}*)"

        from model.language.tokenizer import in_language

        shown = [f":red-background[{md(shorten(w))}]" if i in unknown else md(w) for i, w in enumerate(raw)]
        learned_later = [i for i in unknown if in_language(raw[i], english=not tamil)]
        hints = [f"**{md(shorten(raw[i]))}** → "
                 + (", ".join(hint(s) for s in (suggestions.get(i) or suggestions.get(str(i)) or [])) or "no close word")
                 + (" (the translator copied it as a name)" if i in names else "")
                 for i in unknown[:8] if i not in learned_later]
        later = ("\n\n" + ", ".join(f"**{md(shorten(raw[i]))}**" for i in learned_later[:12])
                 + (" are words" if len(learned_later) > 1 else " is a word") + " of the language that this model "
                 "has not learned: the language grew after the model was trained, and retraining "
                 "(`python -m model train`) will teach them.") if learned_later else ""
        how = ("read by their pieces, so what the model makes of them is a guess" if pieces else "read as `<unk>`")
        st.warning(f"Words outside the model's vocabulary are {how} ({reads}): " + " ".join(shown)
                   + later + ("\n\nDid you mean: " + "; ".join(hints) if hints else ""), icon="⚠️")
        if tamil:
            word_list("feedback_words")
    for note in notes or []:
        if "only the first" in note:
            st.warning(f"Too long for the models: {md(note)}.", icon="✂️")
        else:
            st.caption(f"ℹ️ {md(note)}")


def marked_tokens(hyp: list[str], ref: list[str] | None, unreliable: list[int] = ()) -> str:
    """Markdown of the output tokens; with a reference, wrong positions are highlighted in red; words
    written while attending mostly to unknown input words are marked orange and italic."""
    out = []
    for i, w in enumerate(hyp):
        ok = ref is None or (i < len(ref) and ref[i] == w)
        word = md(w) if ok else f":red-background[{md(w)}]"
        out.append(f":orange-background[*{md(w)}*]" if i in unreliable and ok else word)
    return " ".join(out)


def unreliable_note(words: list[str], unreliable: list[int]) -> None:
    """Say which output words the model wrote while looking mostly at words it does not know."""
    if unreliable:
        shown = ", ".join(f"“{md(words[i])}”" for i in unreliable[:10])
        st.warning(f"Written while attending mostly to unknown words, so unreliable: {shown}.", icon="❓")


def downloads(matrix, rows: list[str], cols: list[str], stem: str, key: str) -> None:
    """CSV and JSON download buttons for a labelled matrix. The files are written only when a button
    is clicked (deferred data), and a click does not rerun the page."""
    m = np.asarray(matrix, dtype=float)

    def csv() -> str:
        import pandas as pd  # only when a download is clicked (cold start)

        df = pd.DataFrame(m, index=[f"{i}:{r}" for i, r in enumerate(rows)],
                          columns=[f"{j}:{c}" for j, c in enumerate(cols)])
        buf = io.StringIO()
        df.to_csv(buf)
        return buf.getvalue()

    def as_json() -> str:
        return json.dumps({"rows": rows, "columns": cols, "values": m.round(6).tolist()}, ensure_ascii=False)

    row = st.container(horizontal=True)               # side by side where they fit, wrapped where not: never squashed
    row.download_button("⬇ CSV", csv, file_name=f"{stem}.csv", mime="text/csv", key=f"{key}_csv", on_click="ignore")
    row.download_button("⬇ JSON", as_json, file_name=f"{stem}.json", mime="application/json", key=f"{key}_json",
                       on_click="ignore")


def matrix_editor(default: np.ndarray, key: str, name: str, rows: list[str], cols: list[str]) -> np.ndarray:
    """An editable numeric matrix. Bad cells (empty, NaN, ±inf, absurd) → a clear message and
    the last valid matrix is kept, so the toy never throws."""
    import pandas as pd  # the toys only: Home starts without pandas

    from model.networks.toys import ToyInputError, check_matrix

    df = pd.DataFrame(np.asarray(default, dtype=float), index=rows, columns=cols)
    edited = st.data_editor(df, key=key, width="stretch",
                            column_config={c: st.column_config.NumberColumn(format="%.3f") for c in cols})
    try:
        value = check_matrix(edited.apply(pd.to_numeric, errors="coerce").to_numpy(dtype=float), name,
                             tuple(np.shape(default)))
    except ToyInputError as err:
        st.error(f"{err} — keeping the last valid values.", icon="🚫")
        return np.asarray(st.session_state.get(f"{key}__valid", default), dtype=float)
    st.session_state[f"{key}__valid"] = value
    return value


def toy_badge() -> None:
    st.caption("🧸 **Toy** — hand-made numbers and exact math (numpy), not a trained model.")


def language_pointer(english: bool) -> None:
    """Point a sentence typed in the other language to the page that takes it."""
    if english:
        st.info("This looks like English. This box translates Mini-Tamil (Tamil script or romanized); English "
                "sentences of the language go to the self-attention page.", icon="🔤")
        st.page_link("pages/self_attention.py", label="Self-attention and heads (English) →", icon="👀")
    else:
        st.info("This looks like Mini-Tamil. This page reads English; Mini-Tamil sentences go in the sidebar box of "
                "the translation pages.", icon="🔤")
        st.page_link("pages/alignment.py", label="Alignment and word order (Mini-Tamil) →", icon="🔀")


def word_list(key: str) -> None:
    """A button that opens the searchable list of the language's words (Tamil, romanized, English gloss)
    in a wide dialog (a sidebar popover was too narrow for three columns)."""
    if st.button("📖 Words of the language", key=key, help="Every word form the models know, with its "
                 "romanization and English gloss; type to filter."):
        _word_dialog(key)


@st.dialog("Words of the language", width="large")
def _word_dialog(key: str) -> None:
    import pandas as pd  # only when the list is opened (cold start)

    from model.language.glosses import search_words

    query = st.text_input("Search (Tamil, romanized or English)", key=f"{key}_q", max_chars=40,
                          placeholder="e.g. send, anupp, அனுப்")
    rows = cache.word_rows()
    hits = search_words(rows, query)
    st.caption(f"{len(hits):,} of {len(rows):,} word forms. Glosses: ACC, DAT … are cases (object, to …), PST/PRS/FUT "
               "tenses, 3SG.M he, 3SG.F she, 3SG.HON he or she (polite), 3PL they, N things, Q a question.")
    table = pd.DataFrame(hits[:2000], columns=["Tamil", "romanized", "English gloss"])
    st.dataframe(table[["Tamil", "English gloss", "romanized"]], hide_index=True, height=360, width="stretch")


def glossary_link() -> None:
    """A link to the Glossary page where the app registers one."""
    from ui.registry import by_title

    spec = by_title("Glossary")
    if spec is not None:
        st.page_link(spec.path, label="Glossary: the terms used here →", icon="📚")
