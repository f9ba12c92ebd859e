"""Score speaker resolution against hand annotations of mentions that are not full names.

Each annotation file in tests/evaluate/data records, for mentions in WikiNews documents, the
canonical name each refers to (null where the article names no one) and whether it is a person
or an organisation; it stores offsets, never the texts. `speaker_gold.json` holds dev mentions
(read while tuning since stop 22), `speaker_names_train.json` and `speaker_blind2_train.json`
train mentions annotated blind, each scored once before its errors were read to write rules
(development sets since), and `speaker_heldout_train.json` and `speaker_heldout2_train.json`
train mentions in other documents that no rule was written from: the clean measures.
`speaker_blind3.json` and `speaker_heldout3.json` (stop 28) are the last unannotated WikiNews
mentions, in train and dev documents, split by document into a half developed on and a half
held out.

`speaker_written_dev.jsonl` to `speaker_written_dev16.jsonl` and `speaker_written_heldout.jsonl`
hold news articles written for this project (stops 26 to 40) by helpers who annotated every
speaker mention of their own articles with the same guidelines, texts included (ours, under the
code's licence; the quotes of real people in them are invented): 60 articles by six writers
developed on (stops 26 and 27); 30 by three more in the style of Wikinews, with many
organisations speaking, developed on since stop 28; 30 more so (international, science and
disasters, German domestic news) scored fresh at stop 29 and developed on since; 30 more (sports
and culture, economy and justice, mixed news) scored fresh at stop 29's end and developed on
since stop 30; 30 more (regional news; international news; economy, labour and sports) written
at stop 30, kept fresh then and developed on since stop 31; 30 more of the same three kinds
written at stop 31, kept fresh then and developed on since stop 32; 30 more (domestic politics and
justice of Germany, Austria and Switzerland; international news; economy, science, sports and
culture) written at stop 32, kept fresh then and developed on since stop 33; 30 more of those
three kinds written at stop 33, kept fresh then and developed on since stop 34; 30 more (regional
news; international news with many agencies; economy, transport, energy and environment) written
at stop 34, kept fresh then and developed on since stop 35; 30 more (national and state politics;
international news of wars, diplomacy, elections and courts; sport, culture, science and health)
written at stop 35, kept fresh then and developed on since stop 36; 30 more (regional news;
economy and business; international news from Africa, Latin America, Asia and Oceania, some in
the style of machine translation) written at stop 36, kept fresh then and developed on since stop
37; 30 more (national politics and justice of Germany, Austria and Switzerland; international
news of Europe, the Middle East and North America; religion, society, media and science) written
at stop 37, kept fresh then and developed on since stop 38; 30 more (sport; crime, courts, police
and accidents; culture, media, transport and climate) written at stop 37's end, kept fresh
through stop 38 and developed on since stop 39; 30 more (economy, business and labour; local and
regional news with datelines; international politics and conflict) written at stop 38, kept
fresh through stop 39 (only their totals read) and developed on since stop 40; 30 more (courts, police and crime; sport, culture, science and
health; politics of Germany, Austria and Switzerland with authorities named as common nouns,
some in the style of machine translation) written at stop 39, meant to be kept fresh, but their
errors were printed when they were added, so developed on since; 30 more (business and labour;
local news of small towns; international politics and diplomacy, some in the style of machine
translation) written at stop 40 and kept fresh, only their totals read; and 30 by three
more writers that no rule was written from (the last ten, international news in the style of
Wikinews, since stop 28).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from zitat.evaluate.gold import read_gold_dir

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from spacy.tokens import Doc

    from zitat.pipeline.speakers import SpeakerResolver

_DATA = Path(__file__).resolve().parents[3] / "tests" / "evaluate" / "data"
DEFAULT_GOLD = _DATA / "speaker_gold.json"  # dev mentions; tuned on since stop 22
HELDOUT = _DATA / "speaker_heldout_train.json"  # train mentions no rule was written from: the clean measure
NAMES = _DATA / "speaker_names_train.json"  # first blind train set, developed on since stop 23
BLIND2 = _DATA / "speaker_blind2_train.json"  # second blind train set, developed on since stop 24
HELDOUT2 = _DATA / "speaker_heldout2_train.json"  # a second clean measure, annotated after stop 24's rules
BLIND3 = _DATA / "speaker_blind3.json"  # third blind set, train and dev documents: developed on since stop 28
HELDOUT3 = _DATA / "speaker_heldout3.json"  # its other half by document: a third clean measure
WRITTEN = _DATA / "speaker_written_dev.jsonl"  # news written for the purpose by six helpers: developed on
WRITTEN2 = _DATA / "speaker_written_dev2.jsonl"  # 30 more in the style of Wikinews by three more: developed on since stop 28
WRITTEN3 = _DATA / "speaker_written_dev3.jsonl"  # 30 more in that style by three more, scored fresh at stop 29: developed on since
WRITTEN4 = _DATA / "speaker_written_dev4.jsonl"  # 30 more by three more, scored fresh at stop 29's end: developed on since stop 30
WRITTEN5 = _DATA / "speaker_written_dev5.jsonl"  # 30 more by three more, written at stop 30 and kept fresh then: developed on since stop 31
WRITTEN6 = _DATA / "speaker_written_dev6.jsonl"  # 30 more by three more, written at stop 31 and kept fresh then: developed on since stop 32
WRITTEN7 = _DATA / "speaker_written_dev7.jsonl"  # 30 more by three more, written at stop 32 and kept fresh then: developed on since stop 33
WRITTEN8 = _DATA / "speaker_written_dev8.jsonl"  # 30 more by three more, written at stop 33 and kept fresh then: developed on since stop 34
WRITTEN9 = _DATA / "speaker_written_dev9.jsonl"  # 30 more by three more, written at stop 34 and kept fresh then: developed on since stop 35
WRITTEN10 = _DATA / "speaker_written_dev10.jsonl"  # 30 more by three more, written at stop 35 and kept fresh then: developed on since stop 36
WRITTEN11 = _DATA / "speaker_written_dev11.jsonl"  # 30 more by three more, written at stop 36 (fresh then), developed on at stop 37
WRITTEN12 = _DATA / "speaker_written_dev12.jsonl"  # 30 more by three more, written at stop 37 (fresh then), developed on at stop 38
WRITTEN13 = _DATA / "speaker_written_dev13.jsonl"  # 30 more by three more, written at stop 37's end (fresh then), developed on at stop 39
WRITTEN14 = _DATA / "speaker_written_dev14.jsonl"  # 30 more by three more, written at stop 38 (fresh then), developed on at stop 40
WRITTEN15 = _DATA / "speaker_written_dev15.jsonl"  # 30 more by three more, written at stop 39 and developed on (its errors were seen when added)
WRITTEN16 = _DATA / "speaker_written_dev16.jsonl"  # 30 more by three more, written at stop 40 and kept fresh: no error read
WRITTEN_HELDOUT = _DATA / "speaker_written_heldout.jsonl"  # by three more, the same way: no rule written from it


def _same(predicted: str | None, gold: str | None) -> bool:
    """Equal names, ignoring case and a leading article (`Der Spiegel` = `Spiegel`)."""
    if predicted is None or gold is None:
        return predicted is gold

    def norm(name: str) -> str:
        words = name.casefold().split()
        return " ".join(words[1:] if words and words[0] in {"der", "die", "das"} else words)

    return norm(predicted) == norm(gold)


def evaluate_speakers(gold_dir: str | Path | Sequence[str | Path], gold_file: str | Path = DEFAULT_GOLD) -> dict:
    """Score the resolver on annotations of mentions in the WikiNews documents of `gold_dir`
    (or of several folders: the third blind sets hold train and dev documents)."""
    import zitat

    annotations = json.loads(Path(gold_file).read_text(encoding="utf-8"))["annotations"]
    folders = [gold_dir] if isinstance(gold_dir, (str, Path)) else gold_dir
    gold = {d.name: d for folder in folders for d in read_gold_dir(folder)}
    nlp = zitat.load()
    docs: dict[str, Doc] = {}

    def annotated() -> Iterator[tuple[Doc, dict]]:
        for a in annotations:
            if a["document"] in gold:
                source = gold[a["document"]]
                yield docs.get(a["document"]) or docs.setdefault(a["document"], zitat.annotate(nlp, source.text, source.title)), a

    return _score(nlp.get_pipe("zitat_speakers"), annotated())


def evaluate_written(path: str | Path) -> dict:
    """Score the resolver on articles written for the purpose, their texts in the file (JSON
    lines: id, title, text, and mentions with character offsets, canonical name and kinds)."""
    import zitat

    nlp = zitat.load()

    def annotated() -> Iterator[tuple[Doc, dict]]:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                article = json.loads(line)
                doc = zitat.annotate(nlp, article["text"], article.get("title"))
                for mention in article["mentions"]:
                    yield doc, {"document": article["id"], **mention}

    return _score(nlp.get_pipe("zitat_speakers"), annotated())


def _score(resolver: SpeakerResolver, annotated: Iterable[tuple[Doc, dict]]) -> dict:
    total, correct, named, proper = Counter(), Counter(), Counter(), Counter()
    entity_total, entity_correct = Counter(), Counter()  # by what the mention refers to: person, organisation, unknown
    errors = []
    for doc, a in annotated:
        predicted = resolver.canonical_for(doc, a["start"], a["end"])
        kind = a["mention_kind"]
        total[kind] += 1
        entity_total[a["entity_kind"]] += 1
        if _same(predicted, a["canonical"]):
            correct[kind] += 1
            entity_correct[a["entity_kind"]] += 1
        else:
            errors.append({**a, "predicted": predicted, "mention": doc.text[a["start"] : a["end"]]})
        if a["canonical"] is not None and kind in ("pronoun", "role"):
            named[kind] += 1
            proper[kind] += predicted is not None and predicted != doc.text[a["start"] : a["end"]]
    n = sum(total.values())
    return {
        "mentions": n,
        "accuracy": sum(correct.values()) / n if n else 0.0,
        "accuracy_by_kind": {k: correct[k] / total[k] for k in total},
        "counts_by_kind": dict(total),
        "accuracy_by_entity": {k: entity_correct[k] / entity_total[k] for k in entity_total},
        "counts_by_entity": dict(entity_total),
        "proper_name_rate": sum(proper.values()) / sum(named.values()) if named else 0.0,
        "errors": errors,
    }
