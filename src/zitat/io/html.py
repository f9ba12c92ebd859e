"""HTML pages: the article's main text and its metadata, through trafilatura.

Navigation, footers and comments are dropped; the id is the page's canonical URL when it
names one, so the same article fetched twice keeps one id.
"""

from __future__ import annotations

import re
import warnings
from typing import Any

from zitat.errors import ErrorCode, ZitatError
from zitat.text.normalize import decode

# trafilatura's metadata names -> the article fields the archive stores (store.db.ARTICLE_FIELDS).
_FIELDS = {"title": "title", "date": "date", "sitename": "outlet", "url": "url", "author": "author"}


def html_item(data: bytes | str, name: str, url: str | None = None) -> tuple[str, str, dict[str, Any]] | ZitatError:
    """(id, main text, metadata) of one page; `url` (from a WARC record) wins over the page's own."""
    import trafilatura

    try:
        page = data if isinstance(data, str) else decode(data, name)
    except ZitatError as exc:
        return exc
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # lxml deprecation chatter inside trafilatura
        found = trafilatura.bare_extraction(
            page, url=url, with_metadata=True, include_comments=False, include_tables=False, deduplicate=False
        )
    text = (found.text or "") if found is not None else ""
    if not text.strip():
        return ZitatError(ErrorCode.E008, url or name)
    meta = {ours: getattr(found, theirs) for theirs, ours in _FIELDS.items() if getattr(found, theirs, None)}
    if url:
        meta["url"] = url
    meta["source"] = name
    # Paragraphs as blank lines: the quotation-mark logic closes unbalanced quotes there.
    meta["text"] = text = "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
    return meta.get("url") or name, text, meta


_BLOCK_END = re.compile(r"(?i)</(?:p|h[1-6]|li|blockquote|div|tr|section|article)\s*>|<br\s*/?>")


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's content), one paragraph per block element.

    No boilerplate removal: a feed entry is the article body already, often too short for
    trafilatura's main-text detection."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fromstring(f"<div>{_BLOCK_END.sub(chr(10) * 2, fragment)}</div>")
    except (ParserError, ValueError):
        return ""
    for junk in root.xpath("//script|//style"):
        junk.drop_tree()
    blocks = re.split(r"\n\s*\n", root.text_content())
    return "\n\n".join(" ".join(b.split()) for b in blocks if b.strip())
