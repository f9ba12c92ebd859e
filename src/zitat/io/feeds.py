"""RSS and Atom feed files: one document per entry, its text from the entry's content."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from zitat.errors import ErrorCode, ZitatError
from zitat.io.html import fragment_text
from zitat.io.readers import content_id


def feed_items(data: bytes, name: str) -> Iterator[tuple[str, str, dict[str, Any]] | ZitatError]:
    import feedparser

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        reason = str(getattr(feed, "bozo_exception", "not RSS or Atom"))[:200]
        yield ZitatError(ErrorCode.E009, name, kind="feed", reason=reason)
        return
    outlet = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, start=1):
        body = (entry.get("content") or [{}])[0].get("value") or entry.get("summary") or ""
        link = entry.get("link") or entry.get("id")
        where = f"{name}:{number}"
        text = fragment_text(body)
        if not text.strip() and feed.bozo:  # a broken feed, read as far as it goes
            reason = str(getattr(feed, "bozo_exception", "malformed"))[:200]
            yield ZitatError(ErrorCode.E009, link or where, kind="feed entry", reason=reason)
            continue
        if not text.strip():
            yield ZitatError(ErrorCode.E001, link or where)
            continue
        meta: dict[str, Any] = {"source": name, "text": text}
        for ours, theirs in (("title", "title"), ("author", "author"), ("url", "link")):
            if entry.get(theirs):
                meta[ours] = entry.get(theirs)
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        if when:
            meta["date"] = time.strftime("%Y-%m-%d", when)  # ISO like HTML pages, so the archive can sort by it
        if outlet:
            meta["outlet"] = outlet
        yield link or content_id(text), text, meta
