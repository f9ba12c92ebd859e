"""The JSON API through Starlette's in-process client, over a real SQLite archive."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from zitat.api import ingest
from zitat.store import open_store
from zitat.web import create_app

ARTICLES = [
    (
        "a1",
        "Präsident Alexander Lukaschenko sprach in Minsk. „Wir werden die Gefängnisse nicht öffnen“, sagte er.",
        {"date": "2024-01-02", "outlet": "taz"},
    ),
    ("a2", "„Das Gefängnis bleibt geschlossen“, sagte Lukaschenko.", {"date": "2024-02-03", "outlet": "FAZ"}),
]


@pytest.fixture()
def client(db_url):
    store = open_store(db_url)
    list(ingest(ARTICLES, store=store))
    return TestClient(create_app(store, token="secret"), raise_server_exceptions=False)


def test_app_statements_search_and_speaker_filter(client):
    body = client.get("/api/statements", params={"q": "Gefängnis", "speaker": "lukaschenko"}).json()
    assert body["ok"] and body["total"] == 2
    first = body["statements"][0]
    assert client.get(f"/api/statements/{first['db_id']}").json()["statement"]["quote"] == first["quote"]


def test_app_speakers_and_speaker_page(client):
    (speaker,) = client.get("/api/speakers", params={"q": "lukasch"}).json()["speakers"]
    assert speaker["name"] == "Alexander Lukaschenko" and speaker["statements"] == 2
    page = client.get(f"/api/speakers/{speaker['id']}").json()
    assert page["over_time"] == {"2024-01": 1, "2024-02": 1}


def test_app_statements_by_addressee_and_an_addressee_who_said_nothing(client):
    text = "Lukaschenko empfing den russischen Präsidenten Wladimir Putin. Er versicherte ihm: „Wir bleiben Verbündete.“"
    posted = client.post("/api/articles", json={"id": "a3", "text": text, "date": "2024-03-01"}, headers={"Authorization": "Bearer secret"})
    assert posted.status_code == 201
    body = client.get("/api/statements", params={"addressee": "Putin"}).json()
    assert body["total"] == 1
    (statement,) = body["statements"]
    assert statement["addressee"]["text"] == "ihm" and statement["addressee_person"]["name"] == "Wladimir Putin"
    assert statement["person"]["name"] == "Alexander Lukaschenko"
    putin = client.get(f"/api/speakers/{statement['addressee_person']['id']}").json()
    assert putin["ok"] and putin["name"] == "Wladimir Putin" and putin["total"] == 0 and putin["addressed"] == 1
    assert client.get("/api/statements", params={"addressee": "Lukaschenko"}).json()["total"] == 0


def test_app_statements_about_a_topic_named_around_the_quote(client):
    # `Minsk` stands in the sentence before the quote, not in it
    assert client.get("/api/statements", params={"q": "Minsk"}).json()["total"] == 0
    body = client.get("/api/statements", params={"about": "Minsk"}).json()
    assert body["ok"] and [s["article"]["id"] for s in body["statements"]] == ["a1"]
    assert client.get("/api/statements", params={"about": "Minsk", "speaker": "Putin"}).json()["total"] == 0


def test_app_article_has_text_and_offsets(client):
    article = client.get("/api/articles/a1").json()["article"]
    (statement,) = article["statements"]
    start, end = statement["quote"]["spans"][0]
    assert article["text"][start:end] == statement["quote"]["text"]


def test_app_extract_stores_nothing(client):
    response = client.post("/api/extract", json={"text": "„Wir bleiben“, sagte die Ministerin."})
    assert response.json()["result"]["quotes"][0]["speaker"]["text"] == "die Ministerin"
    assert client.get("/api/statements").json()["total"] == 2
    titled = client.post("/api/extract", json={"text": "„Wir bleiben“, sagte die Ministerin.", "title": "Ministerin Anna Beck bleibt"})
    assert titled.json()["result"]["quotes"][0]["speaker"]["canonical"] == "Anna Beck"


def test_app_writing_needs_the_token(client):
    article = {"id": "a3", "text": "„Neu“, sagte Angela Merkel.", "outlet": "taz"}
    assert client.post("/api/articles", json=article).status_code == 401
    ok = client.post("/api/articles", json=article, headers={"Authorization": "Bearer secret"})
    assert ok.status_code == 201 and ok.json()["outcome"] == "added"


def test_app_writing_is_off_without_a_token(tmp_path):
    client = TestClient(create_app(open_store(f"sqlite:///{tmp_path / 'x.db'}"), token=""))
    response = client.post("/api/articles", json={"id": "x", "text": "Text."})
    assert response.status_code == 403


@pytest.mark.parametrize(
    "method,path,kwargs,status",
    [
        ("get", "/api/statements/999999", {}, 404),
        ("get", "/api/articles/nope", {}, 404),
        ("get", "/api/speakers/424242", {}, 404),
        ("get", "/api/nowhere", {}, 404),
        ("get", "/api/statements", {"params": {"limit": "many"}}, 400),
        ("get", "/api/statements", {"params": {"limit": "5000"}}, 400),
        ("get", "/api/statements", {"params": {"type": "gossip"}}, 400),
        ("post", "/api/extract", {"content": b"not json"}, 400),
        ("post", "/api/extract", {"json": {"text": "   "}}, 422),
        ("post", "/api/extract", {"content": b"x" * 5_000_001}, 413),
        ("delete", "/api/statements", {}, 405),
    ],
)
def test_app_every_error_has_one_shape(client, method, path, kwargs, status):
    response = getattr(client, method)(path, **kwargs)
    assert response.status_code == status
    body = response.json()
    assert body["ok"] is False and body["status"] == status and body["error"]


def test_app_every_api_route_is_documented(client):
    spec = client.get("/openapi.json").json()
    documented = {(path, method) for path, methods in spec["paths"].items() for method in methods}
    routes = {
        (route.path.replace("{id:int}", "{id}"), method.lower())
        for route in client.app.routes
        if route.path.startswith("/api/")
        for method in route.methods - {"HEAD"}
    }
    assert routes == documented
    page = client.get("/docs").text
    for path, _ in documented:
        assert path in page
