"""UIMA CAS XMI for INCEpTION (dkpro-cassis): statements out for correction by hand, and the
corrected files back in as WikiNews documents for `zitat evaluate` and `zitat train`.

Layers: DKPro's Sentence and Token, which INCEpTION knows, and two custom span layers that an
INCEpTION project defines once from TypeSystem.xml (written beside the XMI files):
`webanno.custom.Statement` (one annotation per quote span; statementId, statementType, medium,
confidence, nestedIn) and `webanno.custom.StatementRole` (role speaker/cue/frame/addressee,
statementId, canonical). A discontinuous quote is several Statement spans with one statementId.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from zitat.errors import ErrorCode, ZitatError
from zitat.model import DocumentResult, Part, SpeakerRef, Statement

SENTENCE = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence"
TOKEN = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token"
METADATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData"
STATEMENT = "webanno.custom.Statement"
ROLE = "webanno.custom.StatementRole"
ROLES = ("speaker", "cue", "frame", "addressee")


def _cassis() -> Any:
    try:
        import cassis
    except ImportError as exc:
        raise ZitatError(ErrorCode.E012, package="dkpro-cassis", extra="xmi") from exc
    return cassis


@lru_cache(maxsize=1)
def type_system() -> Any:
    cassis = _cassis()
    ts = cassis.TypeSystem()
    ts.create_type(SENTENCE)
    ts.create_type(TOKEN)
    meta = ts.create_type(METADATA, supertypeName="uima.tcas.DocumentAnnotation")
    for name in ("documentId", "documentTitle", "documentUri"):
        ts.create_feature(meta, name, "uima.cas.String")
    statement = ts.create_type(STATEMENT)
    for name in ("statementId", "statementType", "medium", "nestedIn"):
        ts.create_feature(statement, name, "uima.cas.String")
    ts.create_feature(statement, "confidence", "uima.cas.Float")
    role = ts.create_type(ROLE)
    for name in ("role", "statementId", "canonical"):
        ts.create_feature(role, name, "uima.cas.String")
    return ts


def to_cas(result: DocumentResult, text: str) -> Any:
    from zitat import segment

    ts = type_system()
    cas = _cassis().Cas(typesystem=ts)
    cas.sofa_string = text
    meta = ts.get_type(METADATA)
    cas.add(
        meta(
            begin=0,
            end=len(text),
            language="de",
            documentId=str(result.id),
            documentTitle=str(result.meta.get("title") or result.id),
            documentUri=result.meta.get("url"),
        )
    )
    doc = segment(text)
    sentence, token = ts.get_type(SENTENCE), ts.get_type(TOKEN)
    for sent in doc.sents:
        cas.add(sentence(begin=sent.start_char, end=sent.end_char))
    for t in doc:
        if not t.is_space:
            cas.add(token(begin=t.idx, end=t.idx + len(t.text)))
    statement, role = ts.get_type(STATEMENT), ts.get_type(ROLE)
    for s in result.quotes:
        for start, end in s.quote.spans:
            cas.add(
                statement(
                    begin=start,
                    end=end,
                    statementId=s.id,
                    statementType=s.type,
                    medium=s.medium,
                    nestedIn=s.nested_in,
                    confidence=float(s.confidence),
                )
            )
        for name in ROLES:
            part = getattr(s, name)
            canonical = part.canonical if isinstance(part, SpeakerRef) else None
            for start, end in part.spans if part is not None else ():
                cas.add(role(begin=start, end=end, role=name, statementId=s.id, canonical=canonical))
    return cas


def write_xmi(result: DocumentResult, text: str, path: Path) -> None:
    to_cas(result, text).to_xmi(str(path))
    type_file = path.parent / "TypeSystem.xml"
    if not type_file.exists():
        type_system().to_xml(str(type_file))


def read_xmi(path: Path) -> tuple[DocumentResult, str]:
    """A result from an XMI file, corrected or not. Roles an annotator added without a
    statementId belong to the nearest statement; statements without one stand alone."""
    cassis = _cassis()
    name = Path(path).name
    try:
        with open(path, "rb") as handle:
            cas = cassis.load_cas_from_xmi(handle, typesystem=type_system(), lenient=True)
    except Exception as exc:  # lxml, cassis and type errors alike mean a bad file
        raise ZitatError(ErrorCode.E009, name, kind="XMI file", reason=str(exc)[:200]) from exc
    text = cas.sofa_string or ""
    metas = list(cas.select(METADATA))
    doc_id = metas[0].documentId if metas and metas[0].documentId else Path(path).stem
    spans: dict[str, list[tuple[int, int]]] = {}
    info: dict[str, Any] = {}
    for n, fs in enumerate(cas.select(STATEMENT)):
        key = fs.statementId or f"new{n}"
        spans.setdefault(key, []).append((fs.begin, fs.end))
        info.setdefault(key, fs)
    roles: dict[str, dict[str, list[tuple[int, int]]]] = {key: {} for key in spans}
    canonicals: dict[tuple[str, str], str] = {}
    for fs in cas.select(ROLE):
        key = fs.statementId if fs.statementId in spans else _nearest(spans, fs.begin)
        if key is None or fs.role not in ROLES:
            continue
        roles[key].setdefault(fs.role, []).append((fs.begin, fs.end))
        if fs.role in {"speaker", "addressee"} and fs.canonical:
            canonicals[key, fs.role] = fs.canonical
    quotes = []
    for key in sorted(spans, key=lambda k: min(spans[k])):
        fs = info[key]
        parts = {name: Part.from_spans(text, found) for name, found in roles[key].items()}
        speaker, addressee = parts.pop("speaker", None), parts.pop("addressee", None)
        quotes.append(
            Statement(
                id=key,
                type=fs.statementType or "direct",
                medium=fs.medium or None,
                quote=Part.from_spans(text, spans[key]),
                speaker=SpeakerRef(speaker.text, speaker.spans, canonicals.get((key, "speaker"))) if speaker else None,
                addressee=SpeakerRef(addressee.text, addressee.spans, canonicals.get((key, "addressee"))) if addressee else None,
                nested_in=fs.nestedIn or None,
                confidence=float(fs.confidence) if fs.confidence is not None else 1.0,
                **parts,
            )
        )
    return DocumentResult(doc_id, quotes=tuple(quotes)), text


def _nearest(spans: dict[str, list[tuple[int, int]]], offset: int) -> str | None:
    def distance(key: str) -> int:
        return min(0 if s <= offset < e else min(abs(offset - s), abs(offset - e)) for s, e in spans[key])

    return min(spans, key=distance) if spans else None
