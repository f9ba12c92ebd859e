"""Plain functions behind the CLI and the web: batch extraction with per-document errors."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from functools import lru_cache, partial
from typing import Any

from zitat.errors import ZitatError
from zitat.model import DocumentResult

Item = tuple[str, Any] | tuple[str, Any, dict[str, Any]]


class DocumentFailed(ZitatError):
    """The pipeline itself failed on a document; the batch goes on without it."""

    def __init__(self, doc_id: str | None, reason: str) -> None:
        ValueError.__init__(self, f"[E900] document {doc_id!r}: analysis failed: {reason}")
        self.code = None
        self.doc_id = doc_id

    def to_dict(self) -> dict[str, object]:
        return {"id": self.doc_id, "code": "E900", "error": str(self)}


def _one(item: Item, with_model: bool = True) -> DocumentResult | ZitatError:
    from zitat import extract

    doc_id, text = item[0], item[1]
    extra = item[2] if len(item) > 2 else None
    try:
        return extract(text, doc_id, extra, with_model)
    except ZitatError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
        return DocumentFailed(doc_id, f"{type(exc).__name__}: {exc}")


def extract_batch(
    items: Iterable[Item], workers: int = 1, with_model: bool = True
) -> Iterator[DocumentResult | ZitatError]:
    """Extract every item in order; a failing item yields its error instead of a result.

    `with_model=False` runs the rules only, without the CC BY-NC-SA sentence-type model."""
    one = partial(_one, with_model=with_model)
    if workers <= 1:
        yield from map(one, items)
        return
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with ctx.Pool(workers) as pool:
        yield from pool.imap(one, items, chunksize=8)


def extract_with_texts(
    items: Iterable[Item], workers: int = 1, with_model: bool = True
) -> Iterator[tuple[DocumentResult | ZitatError, str]]:
    """Like `extract_batch`, each result paired with the text it came from (for writers that
    store or re-tokenise it). Results keep input order, so a queue pairs them, duplicate ids too."""
    from collections import deque

    texts: deque[str] = deque()

    def remember(stream: Iterable[Item]) -> Iterator[Item]:
        for item in stream:
            texts.append(item[1])
            yield item

    for result in extract_batch(remember(items), workers, with_model):
        yield result, texts.popleft()


@lru_cache(maxsize=2)
def model_version(with_model: bool = True) -> str:
    """The version stored with every extraction: the package version and the model's hash."""
    import hashlib
    from importlib import resources

    from zitat import __version__

    if not with_model:
        return f"{__version__}+rules"
    weights = resources.files("zitat").joinpath("models/sentence_types/weights.npz").read_bytes()
    return f"{__version__}+{hashlib.sha256(weights).hexdigest()[:12]}"


def ingest(
    items: Iterable[Item],
    db_url: str | None = None,
    workers: int = 1,
    with_model: bool = True,
    store: Any = None,
) -> Iterator[tuple[str, str] | ZitatError]:
    """Extract and store each item; yield (document id, 'added'|'replaced'|'unchanged') or its error.

    Each article is committed on its own: an interrupted run keeps what it stored, and running
    it again skips those articles (same text, same model version)."""
    from zitat.store import open_store

    store = store if store is not None else open_store(db_url)
    version = model_version(with_model)
    for result, text in extract_with_texts(items, workers, with_model):
        yield result if isinstance(result, ZitatError) else (str(result.id), store.add(result, text, version))
