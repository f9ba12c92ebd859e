"""The HTML pages through the in-process client: content, highlights, and escaping."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from zitat.api import ingest
from zitat.store import open_store
from zitat.web import create_app

EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)">'
ARTICLES = [
    (
        "a1",
        "Präsident Alexander Lukaschenko sprach in Minsk. „Wir werden die Gefängnisse nicht öffnen“, sagte er.",
        {"date": "2024-01-02", "outlet": "taz", "title": "Minsk"},
    ),
    (
        "evil",
        f"„{EVIL} ist gefährlich“, sagte Lukaschenko.",
        {"date": "2024-02-03", "outlet": "FAZ", "title": EVIL, "url": "javascript:alert(3)"},
    ),
]


@pytest.fixture()
def client(db_url):
    store = open_store(db_url)
    list(ingest(ARTICLES, store=store))
    return TestClient(create_app(store), raise_server_exceptions=False)


def test_pages_search_lists_quotes_with_speaker_links(client):
    html = client.get("/", params={"q": "Gefängnis"}).text
    assert "„Wir werden die Gefängnisse nicht öffnen“" in html
    assert 'class="speaker" href="/speakers/' in html


def test_pages_search_by_topic_keeps_the_field(client):
    html = client.get("/", params={"about": "Minsk"}).text
    assert "„Wir werden die Gefängnisse nicht öffnen“" in html
    assert 'name="about" value="Minsk"' in html
    assert "Gefängnisse" not in client.get("/", params={"about": "Brüssel"}).text


def test_pages_show_to_whom_it_was_said(db_url):
    store = open_store(db_url)
    text = "Innenminister Thomas de Maizière sprach in Berlin. „Wir müssen handeln“, sagte de Maizière dem „Spiegel“."
    list(ingest([("s1", text, {"date": "2024-03-04", "outlet": "taz", "title": "Berlin"})], store=store))
    client = TestClient(create_app(store), raise_server_exceptions=False)
    (spiegel,) = [s["addressee_person"] for s in store.search(q="handeln")["statements"]]
    html = client.get("/", params={"q": "handeln"}).text
    link = f'href="/speakers/{spiegel["id"]}"'
    assert f'<span class="addressee">an <a {link}>Spiegel</a></span>' in html
    assert "Cue: sagte · an: Spiegel" in client.get("/articles/s1").text
    # the addressee's page, though Spiegel said nothing, and the search for what was said to it
    page = client.get(f"/speakers/{spiegel['id']}")
    assert page.status_code == 200 and "1 Aussagen an Spiegel" in page.text and "0 Aussagen in 0 Medien" in page.text
    addressed = client.get("/", params={"addressee": str(spiegel["id"])}).text
    assert "„Wir müssen handeln“" in addressed and 'value="' + str(spiegel["id"]) + '"' in addressed


def test_pages_article_highlights_each_statement_in_place(client):
    html = client.get("/articles/a1").text
    assert '<mark class="st" tabindex="0"' in html
    assert 'data-tip="Alexander Lukaschenko · direct · Cue: sagte"' in html
    assert ">„Wir werden die Gefängnisse nicht öffnen“</mark>" in html


def test_pages_speaker_page_has_chart_and_outlets(client):
    speaker_id = client.get("/api/speakers").json()["speakers"][0]["id"]
    html = client.get(f"/speakers/{speaker_id}").text
    assert "<svg" in html and "2024-01" in html and "taz" in html and "FAZ" in html


def test_pages_analyse_shows_a_pasted_text_at_once(client):
    stored = client.get("/api/statements").json()["total"]
    html = client.post("/analyse", data={"text": "„Wir bleiben“, sagte die Ministerin."}).text
    assert "1 Aussagen" in html and "<mark" in html
    assert client.get("/api/statements").json()["total"] == stored  # nothing stored


@pytest.mark.parametrize("path", ["/articles/evil", "/?q=gefährlich", "/analyse"])
def test_pages_article_text_is_always_escaped(client, path):
    response = client.post("/analyse", data={"text": ARTICLES[1][1]}) if path == "/analyse" else client.get(path)
    html = response.text
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html
    assert 'href="javascript:' not in html
    assert "&lt;script&gt;" in html
    assert "script-src 'none'" in html  # and the page forbids scripts altogether


def test_pages_unknown_pages_are_html_errors(client):
    response = client.get("/articles/nope")
    assert response.status_code == 404 and response.headers["content-type"].startswith("text/html")


def test_pages_search_pages_through_all_results(db_url):
    store = open_store(db_url)
    many = [(f"m{n}", f"„Wir bauen {n} Schulen“, sagte Anna Schmidt.", {"date": f"2024-01-{1 + n % 28:02d}"}) for n in range(60)]
    list(ingest(many, store=store))
    client = TestClient(create_app(store))
    first = client.get("/", params={"q": "Schulen"}).text
    assert first.count('class="result"') == 50 and 'rel="next"' in first
    second = client.get("/", params={"q": "Schulen", "offset": 50}).text
    assert second.count('class="result"') == 10 and 'rel="prev"' in second and 'rel="next"' not in second
    speaker_id = client.get("/api/speakers").json()["speakers"][0]["id"]
    page = client.get(f"/speakers/{speaker_id}", params={"offset": 50}).text
    assert page.count('class="result"') == 10
