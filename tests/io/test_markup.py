"""HTML pages, RSS/Atom feeds and web archives: real files in, articles with metadata out."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from zitat.errors import ZitatError
from zitat.io.html import fragment_text
from zitat.io.readers import detect_format, read_inputs, sniff

DATA = Path(__file__).parent / "data"
PAGE = (DATA / "article.html").read_bytes()


def items(*paths: Path | str, fmt: str = "auto") -> list:
    return list(read_inputs([str(p) for p in paths], fmt))


def write_warc(path: Path, records: list[tuple[str, str, int, bytes]], gzipped: bool = True) -> None:
    """A web archive with one response per (url, content type, status, body), as a crawler writes it."""
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzipped)
        for url, mime, status, body in records:
            reason = "OK" if status == 200 else "Not Found"
            http = StatusAndHeaders(f"{status} {reason}", [("Content-Type", mime)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
            writer.write_record(record)


def test_html_page_gives_main_text_and_metadata_without_boilerplate():
    (item,) = items(DATA / "article.html")
    doc_id, text, meta = item
    assert doc_id == "https://beispielzeitung.de/politik/lukaschenko-droht"
    assert "„Wir werden uns das nicht gefallen lassen“, sagte er" in text
    assert "Impressum" not in text and "Start" not in text.split()
    assert meta["title"] == "Lukaschenko droht der EU" and meta["author"] == "Anna Schmidt"
    assert meta["date"] == "2024-03-05" and meta["outlet"] == "Beispielzeitung" and meta["source"] == "article.html"
    assert meta["text"] == text  # offsets refer to this text, so the output carries it


def test_html_without_article_text_is_a_coded_error(tmp_path):
    page = tmp_path / "nav.html"
    page.write_text("<html><body><script>var x = 1;</script>\n  </body></html>", encoding="utf-8")
    (error,) = items(page)
    assert isinstance(error, ZitatError) and error.code.name == "E008" and "nav.html" in str(error)


def test_rss_and_atom_give_one_article_per_entry_with_stable_ids():
    found = items(DATA / "feed.rss", DATA / "feed.atom")
    articles = [i for i in found if not isinstance(i, ZitatError)]
    errors = [i for i in found if isinstance(i, ZitatError)]
    assert [a[0] for a in articles] == [
        "https://beispielzeitung.de/politik/scholz-haushalt",
        "bahn-streik-2024-03-05",
        "https://nachrichtenportal.de/reform",
    ]
    scholz, bahn, reform = (a[2] for a in articles)
    assert scholz["outlet"] == "Beispielzeitung – Politik" and scholz["date"] == "2024-03-05"
    assert scholz["author"] == "Anna Schmidt" and scholz["title"] == "Scholz verteidigt Haushalt"
    assert articles[0][1].startswith("Bundeskanzler Olaf Scholz") and "\n\n„Wir sparen" in articles[0][1]
    assert "<p>" not in articles[1][1] and bahn["date"] == "2024-03-05"
    assert reform["author"] == "Jonas Weber" and reform["outlet"] == "Nachrichtenportal"
    assert [e.code.name for e in errors] == ["E001"] and "politik/leer" in str(errors[0])


def test_warc_gives_html_and_text_pages_and_passes_over_the_rest(tmp_path):
    archive = tmp_path / "crawl.warc.gz"
    write_warc(
        archive,
        [
            ("https://example.org/a", "text/html; charset=utf-8", 200, PAGE),
            ("https://example.org/logo.png", "image/png", 200, b"\x89PNG\r\n\x1a\n" + bytes(range(256))),
            ("https://example.org/gone", "text/html", 404, b"<html><body>Nicht gefunden</body></html>"),
            ("https://example.org/b.txt", "text/plain; charset=utf-8", 200, "„Ja“, sagte sie.".encode()),
        ],
    )
    found = items(archive)
    assert [i[0] for i in found] == ["https://example.org/a", "https://example.org/b.txt"]
    page_meta = found[0][2]
    assert page_meta["url"] == "https://example.org/a" and page_meta["title"] == "Lukaschenko droht der EU"
    assert found[1][1] == "„Ja“, sagte sie."


def test_truncated_warc_keeps_the_records_before_the_damage(tmp_path):
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole, [(f"https://example.org/{n}", "text/html", 200, PAGE) for n in range(3)])
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) * 5 // 6])  # inside the last record
    found = items(cut)
    assert [i[0] for i in found if not isinstance(i, ZitatError)] == ["https://example.org/0", "https://example.org/1"]
    assert isinstance(found[-1], ZitatError) and found[-1].code.name == "E009" and "cut.warc.gz" in str(found[-1])


def test_formats_are_detected_by_name_then_by_content():
    names = ("a.html", "a.HTM", "f.rss", "f.atom", "c.warc", "c.warc.gz", "x.jsonl", "x.txt")
    assert [detect_format(n) for n in names] == ["html", "html", "feed", "feed", "warc", "warc", "jsonl", "text"]
    assert sniff((DATA / "feed.rss").read_bytes()) == "feed" and sniff((DATA / "feed.atom").read_bytes()) == "feed"
    assert sniff(PAGE) == "html" and sniff(b"WARC/1.1\r\n") == "warc" and sniff("„Ja“, sagte er.".encode()) == "text"


def test_feed_named_xml_and_format_override(tmp_path):
    renamed = tmp_path / "news.xml"
    renamed.write_bytes((DATA / "feed.atom").read_bytes())
    assert [i[0] for i in items(renamed)] == ["https://nachrichtenportal.de/reform"]
    as_text = items(DATA / "article.html", fmt="text")
    assert as_text[0][0] == "article.html" and as_text[0][1].startswith("<!DOCTYPE html>")


def test_fragment_text_keeps_paragraphs_and_drops_scripts():
    html = "<p>Erster Satz.</p><script>alert(1)</script><p>Zweiter &amp; letzter<br>Satz.</p>"
    assert fragment_text(html) == "Erster Satz.\n\nZweiter & letzter\n\nSatz."


def test_cli_extracts_a_directory_of_mixed_formats_from_disk_and_stdin(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.html").write_bytes(PAGE)
    (folder / "feed.rss").write_bytes((DATA / "feed.rss").read_bytes())
    write_warc(folder / "crawl.warc.gz", [("https://example.org/a", "text/html", 200, PAGE)])
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    cmd = [sys.executable, "-m", "zitat.cli", "extract", str(folder), "-o", str(out), "--errors", str(errors)]
    done = subprocess.run(cmd, capture_output=True, timeout=120, check=False)
    assert done.returncode == 1  # the empty feed entry is reported
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    ids = {d["id"] for d in docs}
    assert ids == {
        "https://example.org/a",
        "https://beispielzeitung.de/politik/scholz-haushalt",
        "bahn-streik-2024-03-05",
        "https://beispielzeitung.de/politik/lukaschenko-droht",
    }
    page = next(d for d in docs if d["id"] == "https://example.org/a")
    (quote,) = [q for q in page["quotes"] if q["type"] == "direct"]
    start, end = quote["quote"]["spans"][0]
    assert page["text"][start:end] == "„Wir werden uns das nicht gefallen lassen“"
    assert quote["speaker"]["canonical"] == "Alexander Lukaschenko"
    assert [json.loads(line)["code"] for line in errors.read_text(encoding="utf-8").splitlines()] == ["E001"]
    piped = subprocess.run(
        [sys.executable, "-m", "zitat.cli", "extract", "-"], input=PAGE, capture_output=True, timeout=120, check=False
    )
    assert json.loads(piped.stdout)["id"] == "https://beispielzeitung.de/politik/lukaschenko-droht"


def test_ingest_keeps_feed_and_page_metadata(tmp_path):
    from zitat.store import open_store

    db = f"sqlite:///{tmp_path / 'archive.db'}"
    cmd = [sys.executable, "-m", "zitat.cli", "ingest", str(DATA / "feed.rss"), str(DATA / "article.html"), "--db", db]
    done = subprocess.run(cmd, capture_output=True, timeout=120, check=False)
    assert done.returncode == 1 and json.loads(done.stdout)["added"] == 3  # and the empty entry reported
    store = open_store(db)
    article = store.article("https://beispielzeitung.de/politik/scholz-haushalt")
    assert article["title"] == "Scholz verteidigt Haushalt" and article["date"] == "2024-03-05"
    assert article["outlet"] == "Beispielzeitung – Politik" and article["author"] == "Anna Schmidt"
    page = store.article("https://beispielzeitung.de/politik/lukaschenko-droht")
    assert "Wir werden uns das nicht gefallen lassen" in page["text"]
    assert any(s["speaker"] and "Lukaschenko" in (s["speaker"].get("canonical") or "") for s in page["statements"])


def test_broken_feed_and_binary_page_are_coded_errors_and_the_batch_goes_on(tmp_path):
    broken, binary = tmp_path / "broken.rss", tmp_path / "junk.html"
    broken.write_text("<rss><channel><item><title>x</title><description>abgebrochen", encoding="utf-8")
    binary.write_bytes(bytes(range(256)) * 10)
    found = items(broken, binary, DATA / "feed.atom")
    assert [type(i).__name__ if isinstance(i, ZitatError) else i[0] for i in found] == [
        "ZitatError",
        "ZitatError",
        "https://nachrichtenportal.de/reform",
    ]
    assert found[0].code.name == "E009" and "broken.rss" in str(found[0])
    assert found[1].code.name == "E002" and "junk.html" in str(found[1])
