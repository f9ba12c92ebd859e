"""Reading real files of every supported format, and resuming an interrupted extraction."""

from __future__ import annotations

import csv
import json
import signal
import subprocess
import sys
import time

from zitat.io.readers import detect_format, read_inputs
from zitat.model import DocumentResult

TEXT = "„Wir bauen neue Schulen“, sagte die Ministerin."


def zitat(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zitat.cli", *args], capture_output=True, timeout=timeout, check=False)


def test_readers_csv_directory_glob_and_detection(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.jsonl").write_text(json.dumps({"id": "j1", "text": TEXT, "outlet": "taz"}) + "\n", encoding="utf-8")
    with open(sub / "c.csv", "w", encoding="cp1252", newline="") as handle:
        rows = csv.writer(handle)
        rows.writerow(["id", "text", "date"])
        rows.writerow(["c1", TEXT, "2024-01-01"])
    (sub / "notes.md").write_text("no", encoding="utf-8")
    assert [detect_format(p) for p in ("x.jsonl", "x.NDJSON", "x.csv", "x.txt")] == ["jsonl", "jsonl", "csv", "text"]
    items = list(read_inputs([str(tmp_path)], pattern="*.[tjc]*"))
    assert [(i[0], i[2]) for i in items] == [("a.txt", {}), ("j1", {"outlet": "taz"}), ("c1", {"date": "2024-01-01"})]
    assert all(i[1] == TEXT for i in items)


def test_readers_csv_without_text_column_is_an_error(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("id,body\n1,Hallo\n", encoding="utf-8")
    (error,) = list(read_inputs([str(path)]))
    assert error.code.name == "E005"


def test_readers_csv_output_has_one_row_per_statement(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        "\n".join(json.dumps({"id": f"d{n}", "text": TEXT + " Er räumte ein, dass es teuer sei."}) for n in range(3)),
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    assert zitat("extract", str(src), "-o", str(out)).returncode == 0
    with open(out, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 6 and {r["document"] for r in rows} == {"d0", "d1", "d2"}
    assert rows[0]["quote"] == "„Wir bauen neue Schulen“" and json.loads(rows[0]["quote_spans"]) == [[0, 24]]


def test_readers_killed_extraction_resumes_without_duplicates_or_losses(tmp_path):
    src = tmp_path / "many.jsonl"
    src.write_text("\n".join(json.dumps({"id": f"n{n}", "text": f"{TEXT} Nummer {n}."}) for n in range(3000)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "zitat.cli", "extract", str(src), "-o", str(out)])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < 20_000):
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    before = out.read_text(encoding="utf-8").count("\n")
    assert 0 < before < 3000, "the run should have been killed half-way"
    assert zitat("extract", str(src), "-o", str(out), "--resume", timeout=300).returncode == 0
    ids = [DocumentResult.from_dict(json.loads(line)).id for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(ids) == sorted(f"n{n}" for n in range(3000))
