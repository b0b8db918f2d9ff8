"""A simulated learner that speaks Streamlit's own websocket protocol.

It connects to ``ws://HOST/_stcore/stream`` with the subprotocol ``streamlit``, sends ``BackMsg``
protobufs (``rerun_script`` with a ``ClientState``: query string, page name, widget states, the
fragment a widget belongs to) and reads ``ForwardMsg`` replies until ``script_finished`` — what the
browser does, without a browser, so a measurement is the server's cost.

Widget ids are read from the deltas the server sends (each widget element carries its ``id``,
which ends with the widget's key), so a user can set a widget by its key, like the browser does
after a click.
"""

from __future__ import annotations

import asyncio
import time
import urllib.parse
from dataclasses import dataclass, field

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ClientState
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

EARLY = ForwardMsg.ScriptFinishedStatus.FINISHED_EARLY_FOR_RERUN
COMPILE_ERROR = ForwardMsg.ScriptFinishedStatus.FINISHED_WITH_COMPILE_ERROR


class ProtocolError(RuntimeError):
    """The run ended without ``script_finished``, or the page showed an exception."""


@dataclass
class Widget:
    id: str
    kind: str                     # the element's proto field, e.g. "slider", "text_area"
    fragment: str                 # fragment id of the delta that carried it ("" = whole script)
    proto: object = None


@dataclass
class RunResult:
    seconds: float
    messages: int
    bytes: int
    exceptions: list[str] = field(default_factory=list)
    fragments: set[str] = field(default_factory=set)    # fragment ids of the deltas received
    elements: list[str] = field(default_factory=list)   # kinds of the elements received ("progress", …)


def widget_key(widget_id: str) -> str | None:
    """The user key at the end of a widget id (``$$ID-<hash>-<key>``), or ``None``."""
    if not widget_id.startswith("$$ID-"):
        return None
    parts = widget_id.split("-", 2)
    return parts[2] if len(parts) == 3 and parts[2] != "None" else None


class Client:
    """One browser tab's worth of protocol: one websocket, one session, the widget states it holds."""

    def __init__(self, base_url: str, user: str = "", timeout: float = 120.0):
        parsed = urllib.parse.urlparse(base_url)
        scheme = "wss" if parsed.scheme == "https" else "ws"
        self.ws_url = f"{scheme}://{parsed.netloc}{parsed.path.rstrip('/')}/_stcore/stream"
        self.user = user
        self.timeout = timeout
        self.ws = None
        self.page = ""                              # URL path of the current page ("" = default)
        self.query: dict[str, str] = {}             # the URL's query arguments, as the browser keeps them
        self.states: dict[str, WidgetState] = {}    # widget id → value the user has set
        self.widgets: dict[str, Widget] = {}        # key → widget seen in the latest run

    async def connect(self) -> None:
        from websockets.asyncio.client import connect

        # The cookie is what a sticky load balancer keys on (see benchmarks/cluster.py); a plain
        # Streamlit server ignores it.
        headers = {"Cookie": f"attention_lab_route={self.user}"} if self.user else {}
        self.ws = await connect(self.ws_url, subprotocols=["streamlit"], additional_headers=headers,
                                max_size=None, open_timeout=self.timeout, ping_interval=None)

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
            self.ws = None

    # ---- what a learner does ---------------------------------------------------------------
    async def open(self, page: str, **query: str) -> RunResult:
        """Navigate to a page (its URL path), as a click in the sidebar or a typed URL does."""
        self.page = page
        self.query.update(query)
        self.states = {wid: s for wid, s in self.states.items() if self._persists(wid)}
        return await self.rerun()

    def has(self, key: str) -> bool:
        return key in self.widgets

    def prime(self, key: str, **value) -> Widget:
        """Give the widget with ``key`` a value without rerunning (sent with the next rerun)."""
        w = self.widgets[key]
        state = WidgetState(id=w.id)
        for name, v in value.items():
            target = getattr(state, name)
            if hasattr(target, "data"):
                target.data.extend(v)
            else:
                setattr(state, name, v)
        self.states[w.id] = state
        return w

    async def set(self, key: str, **value) -> RunResult:
        """Set the widget with ``key`` (e.g. ``string_value="…"``, ``double_array_value=[3]``) and rerun
        what the browser reruns: the widget's fragment, or the whole script."""
        w = self.prime(key, **value)
        return await self.rerun(fragment=w.fragment)

    async def rerun(self, fragment: str = "", auto: bool = False) -> RunResult:
        """Rerun the script, or only ``fragment`` (``auto``: as the browser does for ``run_every``)."""
        cs = ClientState(query_string=urllib.parse.urlencode(self.query), page_name=self.page,
                         fragment_id=fragment, is_auto_rerun=auto)
        cs.widget_states.widgets.extend(self.states.values())
        msg = BackMsg()
        msg.rerun_script.CopyFrom(cs)
        t0 = time.perf_counter()
        await self.ws.send(msg.SerializeToString())
        seen: dict[str, Widget] = {}
        n = size = 0
        exceptions: list[str] = []
        fragments: set[str] = set()
        elements: list[str] = []
        while True:
            raw = await asyncio.wait_for(self.ws.recv(), self.timeout)
            n += 1
            size += len(raw)
            fm = ForwardMsg()
            fm.ParseFromString(raw)
            kind = fm.WhichOneof("type")
            if kind == "delta" and fm.delta.fragment_id:
                fragments.add(fm.delta.fragment_id)
            if kind == "delta" and fm.delta.WhichOneof("type") == "new_element":
                el = fm.delta.new_element
                ek = el.WhichOneof("type")
                elements.append(ek or "")
                if ek == "exception":
                    exceptions.append(f"{el.exception.type}: {el.exception.message}"[:300])
                elif ek is not None:
                    inner = getattr(el, ek)
                    wid = getattr(inner, "id", "") if "id" in inner.DESCRIPTOR.fields_by_name else ""
                    key = widget_key(wid) if wid else None
                    if key:
                        seen[key] = Widget(wid, ek, fm.delta.fragment_id, inner)
            elif kind == "page_info_changed":
                self.query = dict(urllib.parse.parse_qsl(fm.page_info_changed.query_string))
            elif kind == "script_finished":
                if fm.script_finished == EARLY:
                    continue                        # the script asked for a rerun; another run follows
                if fm.script_finished == COMPILE_ERROR:
                    exceptions.append("compile error")
                break
        if fragment:
            self.widgets.update(seen)
        else:
            self.widgets = seen
        active = {w.id for w in self.widgets.values()}
        self.states = {wid: s for wid, s in self.states.items() if wid in active}
        return RunResult(time.perf_counter() - t0, n, size, exceptions, fragments, elements)

    def _persists(self, widget_id: str) -> bool:
        """Widgets of the shared sidebar keep their state across pages (like in the browser)."""
        return any(w.id == widget_id and w.fragment == "" and widget_key(widget_id) in SIDEBAR_KEYS
                   for w in self.widgets.values())


SIDEBAR_KEYS = {"s", "decoding"}
