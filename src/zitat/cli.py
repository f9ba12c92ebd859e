"""The command line: thin wrappers that check arguments and call plain functions."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from zitat.errors import ZitatError
from zitat.io.readers import FORMATS

OUTPUT_FORMATS = ["jsonl", "csv", "parquet", "wikinews", "xmi"]
_RULES_ONLY = "leave out the learned sentence-type model (CC BY-NC-SA 4.0): rules only, Apache-2.0"


def _input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", help="files or directories (recursive); '-' reads stdin")
    parser.add_argument(
        "--format",
        dest="fmt",
        choices=["auto", *FORMATS],
        default="auto",
        help="input format; auto: by extension (.jsonl .csv .html .rss .atom .warc[.gz]), else by content",
    )
    parser.add_argument("--jsonl", action="store_true", help="same as --format jsonl")
    parser.add_argument("--glob", default="*", help="files to read inside directories (default: *)")
    parser.add_argument("--text-field", default="text", help="JSONL/CSV field holding the text (default: text)")
    parser.add_argument(
        "--title",
        help="the headline of an article given as text (records take theirs from a title or headline field); "
        "speaker names are read from it",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="zitat", description="Who said what in German news.")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="print the statements of articles as JSON")
    _input_options(ex)
    ex.add_argument("-o", "--output", default="-", help="output file or, for wikinews/xmi, directory (default: stdout)")
    ex.add_argument(
        "--output-format",
        choices=OUTPUT_FORMATS,
        default=None,
        help="jsonl (one document per line); csv or parquet (one statement per row); wikinews or xmi "
        "(a directory, one file per document); default: by -o's extension (.csv, .parquet, else jsonl)",
    )
    ex.add_argument("--resume", action="store_true", help="skip documents already in -o and append to it")
    ex.add_argument("--workers", type=int, default=1, help="processes to use (default: 1)")
    ex.add_argument("--errors", help="write one JSON line per failed document to this file")
    ex.add_argument("--rules-only", action="store_true", help=_RULES_ONLY)
    ex.add_argument(
        "--scheduler",
        help="run on a Dask cluster (tcp://host:8786, or 'local' for one with --workers processes); "
        "writes partitioned Parquet into the directory -o",
    )

    ev = sub.add_parser("evaluate", help="score the system on WikiNews gold documents")
    ev.add_argument("gold_dir", help="e.g. ../shared/data/wikinews-quotes/dev")
    ev.add_argument("--json", dest="json_out", help="also write the scores as JSON to this file")
    ev.add_argument("--rules-only", action="store_true", help=_RULES_ONLY)
    ev.add_argument(
        "--speakers", action="store_true", help="also score speaker resolution on the hand-annotated dev mentions"
    )
    ev.add_argument(
        "--speaker-gold",
        help="score speaker resolution on this annotation file instead (its documents must be in GOLD_DIR), "
        "e.g. tests/evaluate/data/speaker_heldout_train.json with the train directory",
    )
    ev.add_argument(
        "--system",
        help="score these WikiNews files (e.g. `zitat extract --output-format wikinews` output) instead of running zitat",
    )

    im = sub.add_parser("import-xmi", help="turn XMI files corrected in INCEpTION into WikiNews training/gold files")
    im.add_argument("inputs", nargs="+", help="XMI files or directories of them")
    im.add_argument("-o", "--output", required=True, help="directory for the WikiNews JSON files")

    ing = sub.add_parser("ingest", help="extract articles and store them in the statement archive")
    _input_options(ing)
    ing.add_argument("--db", default=None, help="database URL (default: sqlite:///zitat.db)")
    ing.add_argument("--workers", type=int, default=1, help="processes to use (default: 1)")
    ing.add_argument("--errors", help="write one JSON line per failed document to this file")
    ing.add_argument("--rules-only", action="store_true", help=_RULES_ONLY)

    se = sub.add_parser("search", help="search the statement archive")
    se.add_argument("query", nargs="?", default=None, help="words to find (inflected forms match)")
    se.add_argument("--db", default=None, help="database URL (default: sqlite:///zitat.db)")
    se.add_argument("--speaker", help="a speaker's name or surname, or a person id")
    se.add_argument("--addressee", help="whom the statements were made to: a name or surname, or a person id")
    se.add_argument("--about", help="words the statement is about: in the quote, the sentences around it or the headline")
    se.add_argument("--type", dest="type_", help="statement type, e.g. direct")
    se.add_argument("--limit", type=int, default=20)

    sv = sub.add_parser("serve", help="serve the archive's JSON API")
    sv.add_argument("--db", default=None, help="database URL (default: sqlite:///zitat.db)")
    sv.add_argument("--host", default="127.0.0.1")
    sv.add_argument("--port", type=int, default=8000)

    tr = sub.add_parser("train", help="train the sentence-type model from WikiNews train data")
    tr.add_argument("train_dir", help="e.g. ../shared/data/wikinews-quotes/train")
    tr.add_argument("-o", "--output", default=str(Path(__file__).parent / "models" / "sentence_types"))
    tr.add_argument("--l2", type=float, default=1.0, help="L2 regularisation (default: 1.0)")
    tr.add_argument("--threshold", type=float, default=0.4, help="least probability to report a statement")

    args = parser.parse_args(argv)
    if args.command == "extract":
        out_fmt = args.output_format or {".csv": "csv", ".parquet": "parquet"}.get(Path(args.output).suffix, "jsonl")
        if args.scheduler:
            return cluster_cli(Batch.from_args(args), args.output, args.scheduler)
        return extract_cli(Batch.from_args(args), args.output, out_fmt, args.resume)
    if args.command == "ingest":
        return ingest_cli(Batch.from_args(args), args.db)
    if args.command == "search":
        return search_cli(args.query, args.db, args.speaker, args.type_, args.limit, args.addressee, args.about)
    if args.command == "serve":
        return serve_cli(args.db, args.host, args.port)
    if args.command == "train":
        return train_cli(args.train_dir, args.output, args.l2, args.threshold)
    if args.command == "import-xmi":
        return import_xmi_cli(args.inputs, args.output)
    return evaluate_cli(args.gold_dir, args.json_out, not args.rules_only, args.speaker_gold or args.speakers, args.system)


@dataclass(frozen=True)
class Batch:
    """What `extract` and `ingest` read, and how: the options they share."""

    inputs: list[str]
    fmt: str = "auto"
    text_field: str = "text"
    pattern: str = "*"
    workers: int = 1
    errors: str | None = None
    with_model: bool = True
    title: str | None = None

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Batch:
        fmt = "jsonl" if args.jsonl else args.fmt
        return cls(args.inputs, fmt, args.text_field, args.glob, args.workers, args.errors, not args.rules_only, args.title)

    def items(self, failures: list[ZitatError]) -> Iterator:
        """The input records; unreadable ones go to `failures`."""
        from zitat.io.readers import read_inputs

        items = _split_errors(read_inputs(self.inputs, self.fmt, self.text_field, self.pattern), failures)
        return items if self.title is None else (_titled(item, self.title) for item in items)


def _titled(item: tuple, title: str) -> tuple:
    """An input record with `--title` as its headline, unless it brings one of its own."""
    meta = item[2] if len(item) > 2 else {}
    return item if meta.get("title") or meta.get("headline") else (item[0], item[1], {**meta, "title": title})


def _split_errors(items: Iterable, failures: list[ZitatError]) -> Iterator:
    for item in items:
        if isinstance(item, ZitatError):
            failures.append(item)
        else:
            yield item


def _progress(results: Iterable, failures: list[ZitatError]) -> Iterator:
    """A batch's results with a progress bar on a terminal; its errors go to `failures`."""
    from tqdm import tqdm

    with tqdm(unit="doc", disable=None, file=sys.stderr) as bar:
        shown = 0
        for result in results:
            bar.update(1)
            if isinstance(result, ZitatError):
                failures.append(result)
            if len(failures) != shown:  # unreadable records are counted by the reader as well
                shown = len(failures)
                bar.set_postfix(errors=shown, refresh=False)
            if not isinstance(result, ZitatError):
                yield result


def _bad_workers(workers: int) -> bool:
    if workers < 1:
        print("zitat: --workers must be at least 1", file=sys.stderr)
    return workers < 1


def extract_cli(batch: Batch, output: str, out_fmt: str = "jsonl", resume: bool = False) -> int:
    from zitat.api import extract_with_texts
    from zitat.io.writers import done_ids, drop_torn_line

    if _bad_workers(batch.workers):
        return 2
    if output == "-" and out_fmt not in ("jsonl", "csv"):
        print(f"zitat: --output-format {out_fmt} needs -o (a file or directory)", file=sys.stderr)
        return 2
    if resume and out_fmt not in ("jsonl", "csv"):
        print("zitat: --resume works with jsonl and csv output", file=sys.stderr)
        return 2
    skip = done_ids(output, out_fmt) if resume else set()
    if resume and out_fmt == "jsonl":
        drop_torn_line(output)
    failures: list[ZitatError] = []
    items = (i for i in batch.items(failures) if str(i[0]) not in skip)
    paired = (
        r if isinstance(r, ZitatError) else (r, t)
        for r, t in extract_with_texts(items, batch.workers, batch.with_model)
    )
    try:
        writer = _writer(batch, output, out_fmt, appending=resume and output != "-" and Path(output).exists())
    except ZitatError as exc:
        print(f"zitat: {exc}", file=sys.stderr)
        return 2
    done = 0
    try:
        for result, text in _progress(paired, failures):
            done += 1
            writer.write(result, text)
    finally:
        writer.close()
    if skip:
        print(f"zitat: {len(skip)} documents already in {output}, skipped", file=sys.stderr)
    return _report(failures, done, batch.errors)


def cluster_cli(batch: Batch, output: str, scheduler: str) -> int:
    from zitat.distributed import extract_files_to_parquet

    if output == "-":
        print("zitat: --scheduler needs -o, a directory for the Parquet partitions", file=sys.stderr)
        return 2
    if batch.title is not None:
        print("zitat: --title is for articles read here; on a cluster give records a title field", file=sys.stderr)
        return 2
    try:
        summary = extract_files_to_parquet(
            batch.inputs, output, scheduler, batch.fmt, batch.text_field, batch.pattern, batch.with_model, batch.workers
        )
    except (ZitatError, OSError) as exc:
        print(f"zitat: {exc}", file=sys.stderr)
        return 2
    errors = summary.pop("errors")
    print(json.dumps({**summary, "failed": len(errors)}))
    if batch.errors:
        with open(batch.errors, "w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(e, ensure_ascii=False) + "\n" for e in errors)
    for error in errors:
        print(f"zitat: {error['error']}", file=sys.stderr)
    return 1 if errors else 0


def _writer(batch: Batch, output: str, out_fmt: str, appending: bool) -> Any:
    """The writer for an output format: write(result, text), close()."""
    from zitat.io.readers import detect_format
    from zitat.io.writers import CsvWriter, DirectoryWriter, JsonlWriter, ParquetWriter

    if out_fmt in ("wikinews", "xmi"):
        return DirectoryWriter(output, out_fmt)
    if out_fmt == "parquet":
        return ParquetWriter(output)
    out: TextIO = sys.stdout if output == "-" else open(output, "a" if appending else "w", encoding="utf-8", newline="")  # noqa: SIM115
    if out_fmt == "csv":
        return CsvWriter(out, header=not appending)
    inputs, fmt = batch.inputs, batch.fmt
    one_text = (
        len(inputs) == 1
        and not Path(inputs[0]).is_dir()
        and (fmt == "text" or fmt == "auto" and detect_format(inputs[0]) in ("text", "html"))
    )
    return JsonlWriter(out, 2 if one_text else None)  # one article: pretty-printed JSON


def _report(failures: list[ZitatError], done: int, errors: str | None) -> int:
    for failure in failures:
        print(f"zitat: {failure}", file=sys.stderr)
    if errors:
        with open(errors, "w", encoding="utf-8") as handle:
            for failure in failures:
                handle.write(json.dumps(failure.to_dict(), ensure_ascii=False) + "\n")
    if failures:
        print(f"zitat: {done} documents done, {len(failures)} failed", file=sys.stderr)
        return 1
    return 0


def evaluate_cli(
    gold_dir: str, json_out: str | None, with_model: bool = True, speakers: bool | str = False, system: str | None = None
) -> int:
    """`speakers`: True to also score speaker resolution on the dev annotations, or the path of another annotation file."""
    from zitat.evaluate.run import evaluate, format_report, system_output

    try:
        ev = evaluate(gold_dir, system_output(system) if system else None, with_model)
    except ZitatError as exc:
        print(f"zitat: {exc}", file=sys.stderr)
        return 2
    print(format_report(ev))
    if speakers:
        from zitat.evaluate.speakers import evaluate_speakers

        result = evaluate_speakers(gold_dir, speakers) if isinstance(speakers, str) else evaluate_speakers(gold_dir)
        if not result["mentions"]:
            print(f"zitat: no annotated speaker mention is in a document of {gold_dir}", file=sys.stderr)
            return 2
        print(
            f"\nspeaker resolution: {result['mentions']} mentions, accuracy {result['accuracy']:.3f}, "
            f"named entities resolved to a name {result['proper_name_rate']:.3f}"
        )
        for kind, accuracy in result["accuracy_by_kind"].items():
            print(f"  {kind:10} {accuracy:.3f}  ({result['counts_by_kind'][kind]} mentions)")
        print("  by what the mention refers to:")
        for kind, accuracy in result["accuracy_by_entity"].items():
            print(f"  {kind:12} {accuracy:.3f}  ({result['counts_by_entity'][kind]} mentions)")
    if json_out:
        Path(json_out).write_text(json.dumps(ev.to_dict(), indent=2), encoding="utf-8")
    return 0


def import_xmi_cli(inputs: list[str], output: str) -> int:
    from zitat.io.writers import DirectoryWriter
    from zitat.io.xmi import read_xmi

    files = [p for i in inputs for p in (sorted(Path(i).rglob("*.xmi")) if Path(i).is_dir() else [Path(i)])]
    writer = DirectoryWriter(output, "wikinews")
    failures: list[ZitatError] = []
    for path in files:
        try:
            writer.write(*read_xmi(path))
        except ZitatError as exc:
            failures.append(exc)
    return _report(failures, len(files) - len(failures), None)


def ingest_cli(batch: Batch, db: str | None) -> int:
    from collections import Counter

    from zitat.api import ingest

    if _bad_workers(batch.workers):
        return 2
    failures: list[ZitatError] = []
    stream = ingest(batch.items(failures), db, batch.workers, batch.with_model)
    outcomes: Counter[str] = Counter(outcome for _, outcome in _progress(stream, failures))
    print(
        json.dumps(
            {
                "added": outcomes["added"],
                "replaced": outcomes["replaced"],
                "unchanged": outcomes["unchanged"],
                "failed": len(failures),
            }
        )
    )
    return _report(failures, sum(outcomes.values()), batch.errors)


def search_cli(
    query: str | None,
    db: str | None,
    speaker: str | None,
    type_: str | None,
    limit: int,
    addressee: str | None = None,
    about: str | None = None,
) -> int:
    from zitat.store import open_store

    found = open_store(db).search(q=query, speaker=speaker, addressee=addressee, about=about, type_=type_, limit=limit)
    print(json.dumps(found, ensure_ascii=False, indent=2))
    return 0


def serve_cli(db: str | None, host: str, port: int) -> int:
    import uvicorn

    from zitat.store import open_store
    from zitat.web import create_app

    uvicorn.run(create_app(open_store(db)), host=host, port=port, log_level="info")
    return 0


def train_cli(train_dir: str, output: str, l2: float, threshold: float) -> int:
    from zitat.train.sentence_types import train

    try:
        meta = train(train_dir, output, l2, threshold)
    except ZitatError as exc:
        print(f"zitat: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(meta, indent=2))
    return 0


def run() -> None:
    sys.exit(main())


if __name__ == "__main__":
    run()
