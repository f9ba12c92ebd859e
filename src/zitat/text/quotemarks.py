"""Find quoted stretches of text in every mark style, including unbalanced ones.

German news uses „…“, »…«, «…», ‚…‘ and, after machine translation or copy-paste, "…",
“…”, '…' and any mixture. Journalists reopen a quote at every paragraph of a long statement
and often drop a closing mark; translation drops opening ones. The scanner walks the marks
of each paragraph once with a bounded stack, so its time is linear in the text whatever the
marks, and it reports what it had to repair (`open_start`, `open_end`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Opening mark -> the closing marks that end it.
_PAIRS: dict[str, str] = {
    "„": "“”\"",
    "»": "«",
    "«": "»",
    "‚": "‘’'",
    "“": "”\"",
    '"': '"“”',
    "'": "'’",
    "‘": "’",
}
QUOTE_MARKS = "„“”»«‚‘’\"'"  # every mark that may open or close a quotation
_MARKS = re.compile(f"[{QUOTE_MARKS}]")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_MAX_DEPTH = 4
_SPACE_BEFORE = " \t\r\n([{/–—-:;,>"
_WORDCHARS = re.compile(r"\w")
# `…, sagte der Trainer.` inside a quote never closed: where its closing mark was lost
_INVERTED_FRAME = re.compile(r",\s+(?:(?:sagte|sagt|sagten|erklärte|erklärt|betonte|betont|meinte|meint)\s+\w|so\s+(?:der|die|das|ein|eine|[A-ZÄÖÜ]))")


@dataclass
class QuoteSpan:
    """One quotation: its spans (one per paragraph) including the marks, and its repairs."""

    spans: list[tuple[int, int]]
    depth: int = 0
    open_start: bool = False
    open_end: bool = False

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: split on blank lines, or on single newlines when there are none."""
    splitter = _BLANK_LINE if _BLANK_LINE.search(text) else re.compile(r"\n")
    out: list[tuple[int, int]] = []
    pos = 0
    for m in splitter.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [_strip(text, s, e) for s, e in out if text[s:e].strip()]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_word(ch: str) -> bool:
    return bool(_WORDCHARS.match(ch))


def _role(text: str, i: int, start: int, end: int) -> str:
    """Classify an ambiguous mark by its neighbours: 'open', 'close', 'both' or 'none'."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    opens = (before in _SPACE_BEFORE or before in "„»«\"") and not after.isspace()
    closes = not before.isspace() and (not _is_word(after) or after in "s")
    if text[i] in "'’" and _is_word(before) and _is_word(after):
        return "none"  # an apostrophe inside a word: Michael's, geht's
    if opens and closes:
        return "both"
    if opens:
        return "open"
    if closes:
        return "close"
    return "none"


def _scan_paragraph(text: str, start: int, end: int) -> list[QuoteSpan]:
    stack: list[tuple[str, int]] = []
    found: list[QuoteSpan] = []
    floor = start  # an orphan closing mark's quote begins after the last outer quote
    for m in _MARKS.finditer(text, start, end):
        ch, i = m.group(), m.start()
        closed_at = _closing_index(stack, ch)
        if ch in "\"'’‘“”":
            role = _role(text, i, start, end)
            if ch == "’" and closed_at is None:
                continue
            if role == "none" or (role == "open" and ch in "”’"):
                continue
            if role == "open" and closed_at is not None and stack[closed_at][0] == ch:
                closed_at = None  # the same ASCII mark opening again, nested
            if role == "close" and closed_at is None:
                if not stack and ch in "\"“”":
                    floor = _orphan(text, found, floor, i)
                continue
        if closed_at is not None:
            opener_pos = stack[closed_at][1]
            del stack[closed_at:]
            found.append(QuoteSpan([(opener_pos, i + 1)], len(stack)))
            if not stack:
                floor = i + 1
        elif ch in _PAIRS and ch not in "”’":
            if len(stack) < _MAX_DEPTH:
                stack.append((ch, i))
        elif ch in "“”" and not stack:
            # A German closing mark with nothing open: the quote began before this paragraph
            # or its opening mark was lost.
            floor = _orphan(text, found, floor, i)
    if stack:
        opener_pos = stack[0][1]
        found.append(QuoteSpan([_strip(text, opener_pos, end)], 0, open_end=True))
    found.sort(key=lambda q: (q.start, -q.end))
    return found


def _orphan(text: str, found: list[QuoteSpan], floor: int, i: int) -> int:
    """Record a quote closed at i whose opening mark is missing; return the new floor."""
    begin, _ = _strip(text, floor, i)
    if begin < i and any(ch.isalnum() for ch in text[begin:i]):
        found.append(QuoteSpan([(begin, i + 1)], 0, open_start=True))
    return i + 1


def _closing_index(stack: list[tuple[str, int]], ch: str) -> int | None:
    for k in range(len(stack) - 1, -1, -1):
        if ch in _PAIRS[stack[k][0]]:
            return k
    return None


def find_quotes(text: str) -> list[QuoteSpan]:
    """All quotations in `text`, outermost ones with depth 0, multi-paragraph ones merged."""
    result: list[QuoteSpan] = []
    carry: QuoteSpan | None = None  # an outer quote left open at the previous paragraph end
    for p_start, p_end in paragraphs(text):
        quotes = _scan_paragraph(text, p_start, p_end)
        outer = [q for q in quotes if q.depth == 0]
        if carry is not None:
            first = outer[0] if outer else None
            if first is not None and (first.open_start or first.start == p_start):
                # Continued quote: reopened at the paragraph start, or closed without opening.
                carry.spans.extend(first.spans)
                carry.open_end = first.open_end
                quotes.remove(first)
                if not carry.open_end:
                    result.append(carry)
                    carry = None
            else:
                result.append(_closed_by_frame(text, carry))
                carry = None
        for q in quotes:
            if q.depth == 0 and q.open_end:
                carry = q
            else:
                result.append(q)
    if carry is not None:
        result.append(_closed_by_frame(text, carry))
    result.sort(key=lambda q: (q.start, -q.end))
    return result


def _closed_by_frame(text: str, quote: QuoteSpan) -> QuoteSpan:
    """A quote opened and never closed, in a paragraph that goes on `…, sagte der Trainer.`:
    it ends before that frame, as if its closing mark had been lost there, and the frame
    names its speaker. A quote that runs on into the next paragraph is left whole."""
    if len(quote.spans) != 1:
        return quote
    start, end = quote.spans[0]
    frame = _INVERTED_FRAME.search(text, start + 1, end)
    return quote if frame is None else QuoteSpan([(start, frame.start())], quote.depth, quote.open_start, open_end=True)
