"""Bylines and credits: lines that name the journalists, never speakers.

"Anna Meier berichtete aus Minsk.", "Mitarbeit: Hans Schulz", "Hans Schulz hat zu diesem
Bericht beigetragen.", "Von Anna Meier, Minsk" — short lines of their own, usually at the
start or end of an article. Statements found in them would make reporters speak.
"""

from __future__ import annotations

import re

_MAX_LINE = 120
_PATTERNS = [
    re.compile(r"^(mitarbeit|recherche|redaktion|text|fotos?|bilder|übersetzung|quellen?)\s*:", re.IGNORECASE),
    re.compile(r"^[Vv]on\s+[A-ZÄÖÜ][\w.-]+(\s+[A-ZÄÖÜ][\w.-]+){0,3}\s*(,\s*[\w .-]+)?$"),
    re.compile(r"\b(berichtet|berichtete|meldet|meldete)\s+(aus|für)\s+[A-ZÄÖÜ][\w.-]+(\s+[\w.-]+){0,3}\.?$"),
    re.compile(r"\b(hat|haben)\s+(zu\s+diesem\s+(bericht|artikel|beitrag)\s+)?beigetragen\.?$", re.IGNORECASE),
    re.compile(r"^\(?(dpa|afp|ap|reuters|epd|kna|ddp|apa|sda)(/[\w]+)*\)?\.?$", re.IGNORECASE),
]


def find_bylines(text: str) -> list[tuple[int, int]]:
    """Character spans of the lines of `text` that are bylines or credits."""
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        start = pos + (len(line) - len(line.lstrip()))
        pos += len(line)
        if not stripped or len(stripped) > _MAX_LINE or stripped.count(".") > 2:
            continue
        if any(p.search(stripped) for p in _PATTERNS):
            spans.append((start, start + len(stripped)))
    return spans
