"""Web archives (WARC, WARC.gz): one document per archived HTML page or plain-text resource.

Images, scripts, redirects and error pages in the archive are not articles and are passed
over silently; a truncated archive yields an error after the records that could be read.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from zitat.errors import ErrorCode, ZitatError
from zitat.io.html import html_item
from zitat.text.normalize import decode


def warc_items(handle: BinaryIO, name: str) -> Iterator[tuple[str, str, dict[str, Any]] | ZitatError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        for record in ArchiveIterator(handle):
            if record.rec_type not in ("response", "resource"):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or name
            if record.rec_type == "response":
                if record.http_headers is None or record.http_headers.get_statuscode() != "200":
                    continue
                mime = record.http_headers.get_header("Content-Type") or ""
            else:
                mime = record.rec_headers.get_header("Content-Type") or ""
            payload = record.content_stream().read()
            if "html" in mime:
                item = html_item(payload, name, url=url)
            elif mime.startswith("text/plain"):
                try:
                    item = url, decode(payload, url), {"url": url, "source": name}
                except ZitatError as exc:
                    item = exc
            else:
                continue
            if not isinstance(item, ZitatError):
                date = record.rec_headers.get_header("WARC-Date")
                if date and "date" not in item[2]:
                    item[2]["date"] = date[:10]
            yield item
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        yield ZitatError(ErrorCode.E009, name, kind="web archive", reason=str(exc)[:200])
        return
    if not _gzip_intact(handle):
        yield ZitatError(ErrorCode.E009, name, kind="web archive", reason="it ends inside a record (truncated)")


def _gzip_intact(handle: BinaryIO) -> bool:
    """False when a gzipped archive ends inside a member: warcio then stops without a word,
    and the records after the cut would be lost unreported."""
    handle.seek(0)
    if handle.read(2) != b"\x1f\x8b":
        return True
    handle.seek(0)
    member, fed = zlib.decompressobj(31), False
    while chunk := handle.read(1 << 20):
        while chunk:
            try:
                member.decompress(chunk, 1 << 16)  # output is thrown away; bounded to keep memory flat
            except zlib.error:
                return False
            fed = True
            if member.eof:
                chunk, member, fed = member.unused_data, zlib.decompressobj(31), False
            else:
                chunk = member.unconsumed_tail
    return not fed or member.eof
