"""The archive on a real SQLite file: storing, idempotency, replacement, search, speakers."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest
from sqlalchemy import text

import zitat
from zitat.api import ingest
from zitat.store import migrations, open_store, schema
from zitat.store.migrations import MIGRATIONS, current_version

ARTICLES = [
    (
        "a1",
        (
            "Der belarussische Präsident Alexander Lukaschenko sprach am Montag in Minsk. "
            "„Wir werden die Gefängnisse nicht öffnen“, sagte er."
        ),
        {"date": "2024-01-02", "outlet": "taz", "title": "Minsk"},
    ),
    ("a2", "„Das Gefängnis bleibt geschlossen“, sagte Lukaschenko am Dienstag.", {"date": "2024-01-03", "outlet": "FAZ"}),
    ("a3", "„Die Straße wird gesperrt“, sagte Angela Merkel.", {"date": "2024-02-01", "outlet": "taz"}),
    ("a4", "„Die Ernte war schlecht“, sagte der Landwirt Thomas Merkel.", {"date": "2024-02-02", "outlet": "taz"}),
]


@pytest.fixture()
def store(db_url):
    assert [r for r in ingest(ARTICLES, db_url)] == [(a[0], "added") for a in ARTICLES]
    return open_store(db_url)


def test_db_stores_articles_statements_and_identities(store):
    assert store.counts() == {"articles": 4, "statements": 4, "persons": 3}
    article = store.article("a1")
    assert article["outlet"] == "taz" and article["text"].startswith("Der belarussische")
    (statement,) = article["statements"]
    start, end = statement["quote"]["spans"][0]
    assert article["text"][start:end] == statement["quote"]["text"]


def test_db_reingest_is_idempotent_and_a_new_model_replaces(db_url):
    url = db_url
    list(ingest(ARTICLES[:1], url))
    assert list(ingest(ARTICLES[:1], url)) == [("a1", "unchanged")]
    store = open_store(url)
    result = zitat.extract(ARTICLES[0][1], "a1", ARTICLES[0][2])
    assert store.add(result, ARTICLES[0][1], "another-model") == "replaced"
    assert store.counts()["statements"] == 1


def test_db_search_matches_inflected_forms_and_filters(store):
    found = store.search(q="Gefängnis")
    assert found["total"] == 2
    assert store.search(q="strasse")["total"] == 1  # ß folds to ss
    assert store.search(q="Gefängnis", outlet="FAZ")["total"] == 1
    assert store.search(q="Gefängnis", since="2024-01-03")["total"] == 1
    assert store.search(type_="indirect")["total"] == 0


def test_db_speaker_filter_uses_identities(store):
    lukaschenko = store.search(speaker="Lukaschenko")
    assert lukaschenko["total"] == 2  # one of them was "er" in the text
    assert {s["person"]["name"] for s in lukaschenko["statements"]} == {"Alexander Lukaschenko"}
    assert store.search(speaker="angela merkel")["total"] == 1
    assert store.search(speaker="Thomas Merkel")["total"] == 1
    names = {s["name"]: s["statements"] for s in store.speakers()}
    assert names == {"Alexander Lukaschenko": 2, "Angela Merkel": 1, "Thomas Merkel": 1}


def test_db_search_query_with_fts_syntax_is_safe(store):
    assert store.search(q='"; DROP TABLE statements; -- OR *')["total"] == 0
    assert store.counts()["statements"] == 4


def test_db_cli_ingest_reports_bad_records_and_keeps_the_rest_and_search_finds_them(tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": a, "text": t, **m}, ensure_ascii=False) for a, t, m in ARTICLES[:2]] + ["{broken"]
    src.write_text("\n".join(lines), encoding="utf-8")
    db = tmp_path / "cli.db"
    cmd = [sys.executable, "-m", "zitat.cli", "ingest", "--jsonl", str(src), "--db", str(db)]
    proc = subprocess.run(cmd, capture_output=True, check=False, timeout=120)
    assert proc.returncode == 1
    assert json.loads(proc.stdout) == {"added": 2, "replaced": 0, "unchanged": 0, "failed": 1}
    assert b"E004" in proc.stderr
    assert open_store(str(db)).counts()["articles"] == 2
    search = [sys.executable, "-m", "zitat.cli", "search", "--db", str(db)]
    about = subprocess.run([*search, "--about", "Minsk"], capture_output=True, check=True, timeout=120)
    assert [s["article"]["id"] for s in json.loads(about.stdout)["statements"]] == ["a1"]
    words = subprocess.run([*search, "Minsk"], capture_output=True, check=True, timeout=120)
    assert json.loads(words.stdout)["total"] == 0  # the place is named around the quote, not in it


def test_db_slow_queries_are_stopped_at_the_time_limit(store):
    from sqlalchemy import text

    from zitat.store.db import QueryTimeout, time_limit

    slow = (
        "SELECT pg_sleep(2)"
        if store.dialect == "postgresql"
        else "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000000) SELECT count(*) FROM n"
    )
    started = time.monotonic()
    with store.engine.connect() as conn, pytest.raises(QueryTimeout), time_limit(conn, 0.2):
        conn.execute(text(slow)).all()
    assert time.monotonic() - started < 1.5
    assert store.search(q="Gefängnis")["total"] == 2  # the store still answers


def test_db_killed_ingest_keeps_whole_articles_and_resumes(tmp_path):
    """SIGKILL an ingest half-way: every stored article is complete, and a second run adds
    exactly the rest."""
    import signal

    from sqlalchemy import text

    texts = [f"„Wir bauen {n} neue Schulen im Land“, sagte die Ministerin {n}. Er räumte ein, dass es teuer sei." for n in range(400)]
    src = tmp_path / "many.jsonl"
    src.write_text("\n".join(json.dumps({"id": f"n{n}", "text": t}, ensure_ascii=False) for n, t in enumerate(texts)), encoding="utf-8")
    db = tmp_path / "kill.db"
    cmd = [sys.executable, "-m", "zitat.cli", "ingest", "--jsonl", str(src), "--db", str(db)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and stored < 50:
        time.sleep(0.2)
        if db.exists():
            try:
                stored = open_store(str(db)).counts()["articles"]
            except Exception:  # noqa: BLE001 - the schema may not exist yet
                stored = 0
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    store = open_store(str(db))
    first = store.counts()["articles"]
    assert 0 < first < len(texts), "the run should have been killed half-way"
    with store.engine.connect() as conn:
        per_article = conn.execute(text("SELECT article_id, count(*) FROM statements GROUP BY article_id")).all()
    assert {n for _, n in per_article} == {2} and len(per_article) == first  # no half-written article
    again = subprocess.run(cmd, capture_output=True, check=True, timeout=300)
    assert json.loads(again.stdout) == {"added": len(texts) - first, "replaced": 0, "unchanged": first, "failed": 0}
    assert open_store(str(db)).counts()["statements"] == 2 * len(texts)


def test_db_speakers_say_person_or_organisation(db_url):
    articles = [
        ("o1", "Laut der Nachrichtenagentur Reuters wurden drei Menschen verletzt.", {"date": "2024-03-01"}),
        ("o2", "„Wir prüfen das“, sagte Innenministerin Anna Berg.", {"date": "2024-03-02"}),
    ]
    assert [outcome for _, outcome in ingest(articles, db_url)] == ["added", "added"]
    kinds = {s["name"]: s["kind"] for s in open_store(db_url).speakers()}
    assert kinds == {"Reuters": "organisation", "Anna Berg": "person"}
    (statement,) = open_store(db_url).article("o1")["statements"]
    assert statement["speaker"]["kind"] == "organisation"
    found = open_store(db_url).search(speaker="Reuters")["statements"]
    assert [f["article"]["id"] for f in found] == ["o1"]


ADDRESSED = [
    (
        "m1",
        "Bundeskanzlerin Angela Merkel traf den französischen Präsidenten Emmanuel Macron. Sie versicherte ihm: „Wir stehen an Ihrer Seite.“",
        {"date": "2024-05-01", "outlet": "taz"},
    ),
    ("m2", "„Wir brauchen mehr Zeit“, sagte Merkel zu Macron.", {"date": "2024-05-02", "outlet": "FAZ"}),
    ("m3", "„Die Ernte war gut“, sagte der Landwirt Thomas Merkel seiner Frau Sabine Merkel.", {"date": "2024-05-03"}),
]


def test_db_addressees_share_the_identities_of_speakers(db_url):
    """Whom a statement was made to is stored as an identity, as its speaker is: the pronoun
    `ihm` and the surname `Macron` are one person, whom a search by addressee finds."""
    assert [outcome for _, outcome in ingest(ADDRESSED, db_url)] == ["added"] * 3
    store = open_store(db_url)
    to_macron = store.search(addressee="Emmanuel Macron")
    assert to_macron["total"] == 2
    assert {s["addressee_person"]["name"] for s in to_macron["statements"]} == {"Emmanuel Macron"}
    assert {s["person"]["name"] for s in to_macron["statements"]} == {"Angela Merkel"}
    macron = to_macron["statements"][0]["addressee_person"]["id"]
    assert store.search(addressee=str(macron))["total"] == 2
    assert store.person(macron) == {"id": macron, "name": "Emmanuel Macron", "kind": "person", "addressed": 2}
    assert store.search(speaker=str(macron))["total"] == 0
    assert store.search(addressee="Macron", speaker="Thomas Merkel")["total"] == 0
    assert [s["article"]["id"] for s in store.search(addressee="Sabine Merkel")["statements"]] == ["m3"]
    assert store.search(addressee="Angela Merkel")["total"] == 0  # a namesake's wife is not the chancellor
    assert store.person(424242) is None


def _reopened_from_version(db_url, version, column, drop=None):
    """The archive turned back into one an older version made, without `column` in its
    statements table (SQLite drops no column with a key, so the table is copied without it)
    and without the SQLite table `drop`, then opened again: all migrations since run."""
    store = open_store(db_url)
    old_columns = ", ".join(c.name for c in schema.statements.columns if c.name != column)
    with store.engine.begin() as conn:
        conn.execute(text(f"CREATE TABLE statements_old AS SELECT {old_columns} FROM statements"))
        conn.execute(text("DROP TABLE statements"))
        conn.execute(text("ALTER TABLE statements_old RENAME TO statements"))
        if drop and store.dialect == "sqlite":
            conn.execute(text(f"DROP TABLE {drop}"))
        conn.execute(text(f"UPDATE schema_version SET version = {int(version)}"))
    store.engine.dispose()
    reopened = open_store(db_url)
    with reopened.engine.connect() as conn:
        assert current_version(conn) == MIGRATIONS[-1][0]
    return reopened


def test_db_migration_gives_stored_addressees_their_identities(db_url):
    """An archive from before addressee identities (schema version 3) gets them when opened."""
    list(ingest(ADDRESSED, db_url))
    reopened = _reopened_from_version(db_url, 3, "addressee_id")
    assert reopened.search(addressee="Macron")["total"] == 2
    assert reopened.counts()["statements"] == 3


TOPICS = [
    (
        "t1",
        "Die Schuldenkrise in Griechenland hält Europa in Atem. „Wir werden helfen“, sagte Angela Merkel am Montag.",
        {"date": "2024-06-01", "title": "Gipfel in Brüssel"},
    ),
    ("t2", "„Wir werden helfen“, sagte Olaf Scholz.", {"date": "2024-06-02", "title": "Hochwasser im Osten"}),
    (
        "t3",
        (
            "In Griechenland scheint die Sonne. Das Wetter war schön. Später regnete es. "
            "„Wir werden helfen“, sagte Merkel."
        ),
        {"date": "2024-06-03"},
    ),
]


def test_db_search_by_topic_finds_words_around_the_quote_and_in_the_headline(db_url):
    """`about` matches the quote, the sentence before it and its own, and the headline; the
    words of the quote alone (`q`) do not hold the topic."""
    list(ingest(TOPICS, db_url))
    store = open_store(db_url)
    assert store.search(q="Griechenland")["total"] == 0
    assert [s["article"]["id"] for s in store.search(about="Griechenland")["statements"]] == ["t1"]
    assert [s["article"]["id"] for s in store.search(about="Schuldenkrisen")["statements"]] == ["t1"]  # inflected
    assert [s["article"]["id"] for s in store.search(about="Brüssel")["statements"]] == ["t1"]  # the headline
    assert [s["article"]["id"] for s in store.search(about="helfen", speaker="Scholz")["statements"]] == ["t2"]
    assert store.search(about="Hochwasser Griechenland")["total"] == 0  # every word must occur
    assert [s["article"]["id"] for s in store.search(q="helfen", about="Griechenland")["statements"]] == ["t1"]
    # a replaced article leaves no stale index entries behind
    result = zitat.extract(TOPICS[0][1], "t1", TOPICS[0][2])
    assert store.add(result, TOPICS[0][1], "another-model") == "replaced"
    assert store.search(about="Griechenland")["total"] == 1


def test_db_migration_indexes_the_topics_of_stored_statements(db_url, monkeypatch):
    """An archive from before topic search (schema version 4) indexes its statements' topics
    when opened, from the stored article texts, a batch at a time (here two statements)."""
    monkeypatch.setattr(migrations, "_BATCH", 2)
    list(ingest(TOPICS, db_url))
    reopened = _reopened_from_version(db_url, 4, "topic_terms", drop="statement_topics")
    assert [s["article"]["id"] for s in reopened.search(about="Griechenland")["statements"]] == ["t1"]
    assert [s["article"]["id"] for s in reopened.search(about="regnete")["statements"]] == ["t3"]  # the second batch
    assert reopened.search(about="Brüssel")["total"] == 1
