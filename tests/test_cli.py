"""The CLI as a user runs it: a real subprocess, real files, real exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ARTICLE = "Der Minister sagte: „Wir werden die Steuern nicht erhöhen.“ Die Opposition widersprach."


def zitat(*args: str, stdin: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "zitat.cli", *args], input=stdin, capture_output=True, timeout=timeout, check=False
    )


def test_cli_extract_one_article_prints_json(tmp_path):
    path = tmp_path / "artikel.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    proc = zitat("extract", str(path))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["id"] == "artikel.txt"
    assert data["quotes"][0]["speaker"]["text"] == "Der Minister"
    assert proc.stderr == b""  # no progress bar when not on a terminal


def test_cli_extract_reads_stdin_in_cp1252():
    proc = zitat("extract", "-", stdin=ARTICLE.encode("cp1252"))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["quotes"][0]["quote"]["text"] == "„Wir werden die Steuern nicht erhöhen.“"


def test_cli_extract_batch_goes_on_past_bad_lines_and_reports_them(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": ARTICLE, "outlet": "taz"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"id": "notext", "body": "x"}),
        json.dumps({"id": "b", "text": ARTICLE}, ensure_ascii=False),
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    proc = zitat("extract", "--jsonl", str(src), "-o", str(out), "--errors", str(errors))
    assert proc.returncode == 1
    results = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in results] == ["a", "b"]
    assert results[0]["outlet"] == "taz"
    failed = [json.loads(line) for line in errors.read_text().splitlines()]
    assert sorted(f["code"] for f in failed) == ["E001", "E004", "E005"]
    assert b"in.jsonl:2" in proc.stderr and b"'empty'" in proc.stderr


def test_cli_extract_batch_reads_names_from_each_headline(tmp_path):
    text = "„Wir müssen zusammenstehen“, sagte der Papst am Sonntag."
    lines = [json.dumps({"id": i, "text": text, "title": title}, ensure_ascii=False) for i, title in enumerate(
        ["Papst Franziskus mahnt zur Einheit", "Papst Benedikt XVI. mahnt zur Einheit", ""]
    )]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = zitat("extract", "--jsonl", str(src), "-o", str(tmp_path / "out.jsonl"))
    assert proc.returncode == 0, proc.stderr
    results = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["quotes"][0]["speaker"]["canonical"] for r in results] == ["Franziskus", "Benedikt XVI", None]


def test_cli_extract_binary_file_fails_with_clear_error(tmp_path):
    path = tmp_path / "bild.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    proc = zitat("extract", str(path))
    assert proc.returncode == 1
    assert b"E002" in proc.stderr and b"bild.png" in proc.stderr


def test_cli_extract_huge_article_with_stray_marks_finishes(tmp_path):
    text = (ARTICLE + " „ » ' \" ") * 40_000 + "„" * 10_000
    path = tmp_path / "gross.txt"
    path.write_text(text, encoding="utf-8")
    proc = zitat("extract", str(path), "-o", str(tmp_path / "out.json"), timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads((tmp_path / "out.json").read_text())["quotes"]) >= 1


def test_cli_extract_with_two_workers_equals_one(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": str(i), "text": ARTICLE}) for i in range(20)), encoding="utf-8")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert zitat("extract", "--jsonl", str(src), "-o", str(one)).returncode == 0
    assert zitat("extract", "--jsonl", str(src), "-o", str(two), "--workers", "2").returncode == 0
    assert one.read_text() == two.read_text()


def test_cli_evaluate_on_dev_prints_tables(dev_dir):
    proc = zitat("evaluate", str(dev_dir))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode()
    for needle in ("published", "token-micro", "joint", "speaker", "documents/s", "indirect_free_indirect"):
        assert needle in out


def test_cli_evaluate_speakers_on_an_annotation_file(dev_dir):
    data = Path(__file__).resolve().parent / "evaluate" / "data"
    proc = zitat("evaluate", str(dev_dir), "--speaker-gold", str(data / "speaker_gold.json"))
    assert proc.returncode == 0, proc.stderr
    assert "speaker resolution: 187 mentions" in proc.stdout.decode()
    # a file whose documents are all elsewhere (train) is an error, not a score of 0
    proc = zitat("evaluate", str(dev_dir), "--speaker-gold", str(data / "speaker_heldout_train.json"))
    assert proc.returncode == 2
    assert b"no annotated speaker mention" in proc.stderr


def test_cli_evaluate_missing_dir_is_an_error(tmp_path):
    proc = zitat("evaluate", str(tmp_path))
    assert proc.returncode == 2
    assert b"E010" in proc.stderr


def test_cli_readme_first_run_gives_the_shown_output():
    root = Path(__file__).resolve().parents[1]
    proc = zitat("extract", str(root / "examples" / "artikel.txt"))
    assert proc.returncode == 0, proc.stderr
    shown = json.loads((root / "examples" / "artikel.json").read_text(encoding="utf-8"))
    assert json.loads(proc.stdout) == shown
    readme = (root / "README.md").read_text(encoding="utf-8")
    for quote in shown["quotes"]:
        assert quote["quote"]["text"] in readme


def test_cli_extract_title_option_names_the_role_noun_speaker(tmp_path):
    path = tmp_path / "artikel.txt"
    path.write_text("„Wir müssen zusammenstehen“, sagte der Papst am Sonntag.", encoding="utf-8")
    proc = zitat("extract", str(path), "--title", "Papst Franziskus mahnt zur Einheit")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["quotes"][0]["speaker"]["canonical"] == "Franziskus"
    proc = zitat("extract", str(path), "--title", "x", "--scheduler", "local", "-o", str(tmp_path / "parts"))
    assert proc.returncode == 2 and b"--title" in proc.stderr
