"""Parquet, WikiNews and XMI output: written from real runs, read back with their own libraries."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import pyarrow.parquet as pq
import pytest
from cassis import load_cas_from_xmi, load_typesystem

from zitat.evaluate.gold import read_document

TEXTS = [
    "„Wir bauen neue Schulen“, sagte Bildungsministerin Anna Berg. Sie räumte ein, dass es teuer werde.",
    "Der Bürgermeister Karl Huber sagte: „Die Brücke bleibt gesperrt.“ Laut Polizei gab es keine Verletzten.",
    "Heute regnet es in Bremen.",
]


def zitat(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zitat.cli", *args], capture_output=True, timeout=180, check=False)


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [{"id": f"d{n}", "text": t, "outlet": "taz", "date": "2024-05-0{n}"} for n, t in enumerate(TEXTS, 1)]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    return path


def test_parquet_has_the_csv_rows_with_typed_spans(source, tmp_path):
    assert zitat("extract", str(source), "-o", str(tmp_path / "out.parquet")).returncode == 0
    assert zitat("extract", str(source), "-o", str(tmp_path / "out.csv")).returncode == 0
    table = pq.read_table(tmp_path / "out.parquet")
    rows = table.to_pylist()
    with open(tmp_path / "out.csv", encoding="utf-8") as handle:
        flat = list(csv.DictReader(handle))
    assert len(rows) == len(flat) >= 4 and {r["document"] for r in rows} == {"d1", "d2"}
    for row, line in zip(rows, flat):
        assert row["quote"] == line["quote"] and row["quote_spans"] == json.loads(line["quote_spans"])
        assert row["outlet"] == "taz" and row["date"] == line["date"]
    first = rows[0]
    start, end = first["quote_spans"][0]
    assert TEXTS[0][start:end] == first["quote"] == "„Wir bauen neue Schulen“"
    assert first["speaker_canonical"] == "Anna Berg"
    assert str(table.schema.field("quote_spans").type) == "list<element: list<element: int64>>"


def test_parquet_cannot_resume_or_go_to_stdout(source, tmp_path):
    done = zitat("extract", str(source), "-o", str(tmp_path / "o.parquet"), "--resume")
    assert done.returncode == 2 and b"--resume works with jsonl and csv" in done.stderr
    done = zitat("extract", str(source), "--output-format", "parquet")
    assert done.returncode == 2 and b"needs -o" in done.stderr


def test_wikinews_output_reads_as_gold_and_scores_perfectly_against_itself(source, tmp_path):
    out = tmp_path / "wikinews"
    assert zitat("extract", str(source), "--output-format", "wikinews", "-o", str(out)).returncode == 0
    files = sorted(out.glob("*.json"))
    assert [f.name for f in files] == ["d1.json", "d2.json", "d3.json"]
    doc = read_document(files[0])
    assert doc.text == TEXTS[0] and len(doc.groups) >= 2
    data = json.loads(files[0].read_text(encoding="utf-8"))
    for token in data["tokens"]:
        assert TEXTS[0][token["charBegin"] : token["charEnd"]] == token["text"]
    first = data["annotations"][0]
    assert first["type"] == "Direct" and first["speaker"]["text"] == "Bildungsministerin Anna Berg"
    assert [data["tokens"][i]["text"] for i in first["quote"]["tokenIds"]][:2] == ["„", "Wir"]
    report = zitat("evaluate", str(out), "--system", str(out), "--json", str(tmp_path / "s.json"))
    assert report.returncode == 0
    scores = json.loads((tmp_path / "s.json").read_text())
    assert scores["overall"]["published"]["joint"] == [1.0, 1.0, 1.0]
    empty = tmp_path / "empty"
    empty.mkdir()
    zitat("evaluate", str(out), "--system", str(empty), "--json", str(tmp_path / "e.json"))
    assert json.loads((tmp_path / "e.json").read_text())["overall"]["published"]["joint"][1] == 0.0


def test_scoring_wikinews_output_equals_evaluate_on_dev(dev_dir, tmp_path):
    from zitat.evaluate.run import evaluate, system_output

    source = tmp_path / "dev.jsonl"
    with open(source, "w", encoding="utf-8") as out:
        for path in sorted(dev_dir.glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            out.write(json.dumps({"id": data["documentName"], "text": data["originalText"]}) + "\n")
    assert zitat("extract", str(source), "--output-format", "wikinews", "-o", str(tmp_path / "sys")).returncode == 0
    direct = evaluate(dev_dir)
    scored = evaluate(dev_dir, system_output(tmp_path / "sys"))
    assert scored.overall.summary() == direct.overall.summary()


def test_xmi_opens_with_its_type_system_and_corrections_come_back_as_training_data(source, tmp_path):
    out = tmp_path / "xmi"
    assert zitat("extract", str(source), "--output-format", "xmi", "-o", str(out)).returncode == 0
    assert sorted(f.name for f in out.iterdir()) == ["TypeSystem.xml", "d1.xmi", "d2.xmi", "d3.xmi"]
    with open(out / "TypeSystem.xml", "rb") as handle:
        ts = load_typesystem(handle)
    with open(out / "d1.xmi", "rb") as handle:
        cas = load_cas_from_xmi(handle, typesystem=ts)
    tokens = cas.select("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token")
    assert [t.get_covered_text() for t in tokens][:3] == ["„", "Wir", "bauen"]
    statements = cas.select("webanno.custom.Statement")
    assert statements[0].get_covered_text() == "„Wir bauen neue Schulen“" and statements[0].statementType == "direct"
    roles = {(r.role, r.get_covered_text()) for r in cas.select("webanno.custom.StatementRole")}
    assert ("speaker", "Bildungsministerin Anna Berg") in roles and ("cue", "sagte") in roles

    # An annotator deletes the second statement and marks "Sie" as the first one's addressee,
    # forgetting the statement id: it belongs to the nearest statement.
    for fs in list(statements[1:]):
        cas.remove(fs)
    for fs in list(cas.select("webanno.custom.StatementRole")):
        if fs.statementId != statements[0].statementId:
            cas.remove(fs)
    role = ts.get_type("webanno.custom.StatementRole")
    start = TEXTS[0].index("Sie")
    cas.add(role(begin=start, end=start + 3, role="addressee"))
    cas.to_xmi(str(out / "d1.xmi"))
    gold = tmp_path / "gold"
    assert zitat("import-xmi", str(out), "-o", str(gold)).returncode == 0
    corrected = json.loads((gold / "d1.json").read_text(encoding="utf-8"))
    (annotation,) = corrected["annotations"]
    assert annotation["quote"]["text"] == "„Wir bauen neue Schulen“" and annotation["addressee"]["text"] == "Sie"
    assert annotation["speaker"]["canonical"] == "Anna Berg"
    assert len(read_document(gold / "d2.json").groups) >= 2  # untouched files come back unchanged


def test_import_xmi_reports_a_broken_file_and_goes_on(source, tmp_path):
    out = tmp_path / "xmi"
    zitat("extract", str(source), "--output-format", "xmi", "-o", str(out))
    (out / "d2.xmi").write_text("<xmi:XMI broken", encoding="utf-8")
    done = zitat("import-xmi", str(out), "-o", str(tmp_path / "gold"))
    assert done.returncode == 1 and b"E009" in done.stderr and b"d2.xmi" in done.stderr
    assert sorted(f.name for f in (tmp_path / "gold").iterdir()) == ["d1.json", "d3.json"]


def test_wikinews_and_xmi_keep_the_addressees_canonical(tmp_path):
    import zitat as z
    from zitat.io.wikinews import from_wikinews, to_wikinews
    from zitat.io.xmi import read_xmi, write_xmi

    text = "Angela Merkel sprach in Berlin. „Wir müssen handeln“, sagte Thomas de Maizière dem „Spiegel“."
    result = z.extract(text, "d1")
    (quote,) = [q for q in result.quotes if q.type == "direct"]
    assert (quote.addressee.canonical, quote.addressee.kind) == ("Spiegel", "organisation")
    back, _ = from_wikinews(to_wikinews(result, text))
    assert [(q.addressee.text, q.addressee.canonical) for q in back.quotes if q.addressee] == [("dem „Spiegel“", "Spiegel")]
    write_xmi(result, text, tmp_path / "d1.xmi")
    back, _ = read_xmi(tmp_path / "d1.xmi")
    assert [(q.addressee.text, q.addressee.canonical) for q in back.quotes if q.addressee] == [("dem „Spiegel“", "Spiegel")]
