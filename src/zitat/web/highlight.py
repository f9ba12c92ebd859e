"""Mark every statement in its source text: the HTML a journalist uses to check a quote.

The text is cut at every span boundary; each piece is escaped and wrapped in a <mark> for
the innermost statement covering it, coloured by speaker, focusable, with speaker, cue and
type in its tooltip. Nothing from the article reaches the page unescaped.
"""

from __future__ import annotations

import zlib
from itertools import pairwise
from typing import Any

from markupsafe import Markup, escape


def speaker_colour(key: str) -> str:
    """A stable, readable background colour per speaker."""
    hue = zlib.crc32(key.encode("utf-8")) % 360
    return f"hsl({hue}, 70%, 85%)"


def highlight(text: str, statements: list[dict[str, Any]]) -> Markup:
    cuts = {0, len(text)}
    covering: list[tuple[int, int, dict[str, Any]]] = []
    for s in statements:
        for start, end in s["quote"]["spans"]:
            start, end = max(0, start), min(len(text), end)
            if start < end:
                cuts.update((start, end))
                covering.append((start, end, s))
    bounds = sorted(cuts)
    parts: list[str] = []
    for a, b in pairwise(bounds):
        inside = [s for start, end, s in covering if start <= a and b <= end]
        piece = escape(text[a:b])
        if not inside:
            parts.append(str(piece))
            continue
        s = min(inside, key=lambda st: st["quote"]["spans"][-1][1] - st["quote"]["spans"][0][0])
        parts.append(_mark(piece, s))
    return Markup("".join(parts))


def _mark(piece: Markup, s: dict[str, Any]) -> str:
    speaker = s.get("speaker") or {}
    who = speaker.get("canonical") or speaker.get("text") or "unbekannt"
    cue = (s.get("cue") or {}).get("text") or "–"
    tip = f"{who} · {s['type']} · Cue: {cue}"
    addressee = s.get("addressee") or {}
    if addressee:
        tip += f" · an: {addressee.get('canonical') or addressee.get('text')}"
    key = str((s.get("person") or {}).get("id") or who)
    return str(
        Markup(
            '<mark class="st" tabindex="0" style="background:{}" data-speaker="{}" data-type="{}" data-tip="{}">{}</mark>'
        ).format(speaker_colour(key), who, s["type"], tip, piece)
    )
