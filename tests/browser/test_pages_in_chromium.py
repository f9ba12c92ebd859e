"""The web app in a real browser: Debian's Chromium driven by Playwright, against `zitat
serve`'s app on loopback over real HTTP. Screenshots of each page go to artifacts/screens/."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from zitat.api import ingest
from zitat.store import open_store
from zitat.web import create_app

CHROMIUM = "/usr/bin/chromium"
SCREENS = Path(__file__).resolve().parents[2] / "artifacts" / "screens"
ARTICLES = [
    (
        "minsk",
        (
            "Der belarussische Präsident Alexander Lukaschenko sprach am Montag in Minsk. "
            "„Wir werden die Gefängnisse nicht öffnen“, sagte er. Er räumte ein, dass die Proteste zugenommen hätten."
        ),
        {"date": "2024-01-02", "outlet": "taz", "title": "Lukaschenko lehnt Gespräche ab"},
    ),
    (
        "evil",
        "„Das ist <script>window.hacked=1</script><img src=x onerror=\"window.hacked=2\"> gefährlich“, sagte Lukaschenko.",
        {"date": "2024-02-03", "outlet": "FAZ", "title": "<script>window.hacked=3</script>", "url": "javascript:window.hacked=4"},
    ),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        pytest.skip(f"{CHROMIUM} not found: install Debian's chromium for the browser tests (.ci/run does)")
    pytest.importorskip("playwright.sync_api", reason="the playwright Python package is needed for browser tests")
    import uvicorn

    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('web') / 'archive.db'}")
    list(ingest(ARTICLES, store=store))
    port = _free_port()
    config = uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    for _ in range(100):
        if instance.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    SCREENS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        page = browser.new_page()
        yield page
        browser.close()


def _search_form(server, page, field: str, words: str) -> str:
    """Fill one field of the search page, submit, and return the results' text."""
    page.goto(f"{server}/")
    page.fill(f"input[name={field}]", words)
    page.click("button[type=submit]")
    page.wait_for_selector("li.result")
    return page.inner_text("ul.results")


def test_browser_search_article_highlight_and_speaker(server, page):
    assert "„Wir werden die Gefängnisse nicht öffnen“" in _search_form(server, page, "q", "Gefängnis")
    page.screenshot(path=str(SCREENS / "search.png"), full_page=True)

    page.click("li.result a.article")
    page.wait_for_selector("mark.st")
    marks = page.locator("mark.st")
    assert marks.count() >= 2
    first = marks.first
    first.focus()
    tip = page.evaluate("el => getComputedStyle(el, '::after').content", first.element_handle())
    assert "Alexander Lukaschenko" in tip and "Cue" in tip
    page.screenshot(path=str(SCREENS / "article.png"), full_page=True)

    page.click("ul.speakers a")
    page.wait_for_selector("svg.chart rect.bar")
    assert "Alexander Lukaschenko" in page.inner_text("h1")
    page.screenshot(path=str(SCREENS / "speaker.png"), full_page=True)


def test_browser_nothing_from_an_article_executes(server, page):
    page.goto(f"{server}/articles/evil")
    page.wait_for_selector("#text")
    assert page.evaluate("() => window.hacked") is None
    assert "<script>" in page.inner_text("h1")  # shown as text, not run
    assert page.locator("a[href^='javascript:']").count() == 0
    page.goto(f"{server}/?q=gef%C3%A4hrlich")
    assert page.evaluate("() => window.hacked") is None
    page.screenshot(path=str(SCREENS / "escaped.png"), full_page=True)


def test_browser_paste_page_analyses_at_once(server, page):
    page.goto(f"{server}/analyse")
    page.fill("textarea[name=text]", "„Wir bleiben hier“, sagte die Ministerin.")
    page.click("button[type=submit]")
    page.wait_for_selector("mark.st")
    assert "1 Aussagen" in page.inner_text("body")
    page.screenshot(path=str(SCREENS / "analyse.png"), full_page=True)


def test_browser_search_by_topic(server, page):
    # `Minsk` is named in the sentence before the quote, not in it: only the topic finds it
    assert "„Wir werden die Gefängnisse nicht öffnen“" in _search_form(server, page, "about", "Minsk")
    assert page.input_value("input[name=about]") == "Minsk"
    page.goto(f"{server}/?q=Minsk")
    assert page.locator("li.result").count() == 0
