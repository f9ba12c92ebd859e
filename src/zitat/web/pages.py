"""Server-rendered HTML pages over the same store and queries as the JSON API."""

from __future__ import annotations

from collections import Counter
from urllib.parse import parse_qs, urlparse

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

from zitat.errors import ZitatError
from zitat.model import TYPES
from zitat.store import Store
from zitat.web.highlight import highlight

MAX_FORM = 1_000_000
PAGE = 50

_templates = Environment(loader=PackageLoader("zitat.web", "templates"), autoescape=select_autoescape(["html"]))


def render(template: str, **context: object) -> HTMLResponse:
    return HTMLResponse(_templates.get_template(template).render(**context))


def _safe_url(url: str | None) -> str | None:
    """Only http(s) links from article metadata become links (`javascript:` never does)."""
    if not url:
        return None
    return url if urlparse(url).scheme in {"http", "https"} else None


def _offset(request: Request) -> int:
    try:
        return max(0, int(request.query_params.get("offset", 0)))
    except ValueError:
        raise HTTPException(400, "'offset' must be an integer") from None


def _pages(request: Request, found: dict) -> dict[str, str | None]:
    """Links to the previous and next page of results, keeping every other parameter."""

    def link(offset: int) -> str:
        return str(request.url.include_query_params(offset=offset))

    offset = found["offset"]
    return {
        "previous": link(max(0, offset - PAGE)) if offset > 0 else None,
        "next": link(offset + PAGE) if offset + PAGE < found["total"] else None,
    }


def page_routes(store: Store) -> list[Route]:
    async def search(request: Request) -> HTMLResponse:
        p = request.query_params
        params = {k: p.get(k) for k in ("q", "about", "speaker", "addressee", "type", "outlet", "since", "until")}
        type_ = params["type"] if params["type"] in TYPES else None
        offset = _offset(request)
        found = store.search(
            q=params["q"],
            speaker=params["speaker"],
            addressee=params["addressee"],
            about=params["about"],
            type_=type_,
            outlet=params["outlet"],
            since=params["since"],
            until=params["until"],
            limit=PAGE,
            offset=offset,
        )
        return render("search.html", found=found, params=params, types=TYPES, pages=_pages(request, found))

    async def article(request: Request) -> HTMLResponse:
        found = store.article(request.path_params["id"])
        if found is None:
            raise HTTPException(404, "no article with this id")
        counts: Counter = Counter()
        for s in found["statements"]:
            person = s.get("person") or {}
            name = person.get("name") or (s.get("speaker") or {}).get("text") or "unbekannt"
            counts[(name, person.get("id"))] += 1
        speakers = [(name, person, n) for (name, person), n in counts.most_common()]
        marked = highlight(found["text"], found["statements"])
        return render("article.html", article=found, marked=marked, speakers=speakers, safe_url=_safe_url(found["url"]))

    async def speaker(request: Request) -> HTMLResponse:
        page = store.person_statements(int(request.path_params["id"]), limit=PAGE, offset=_offset(request))
        if page is None:
            raise HTTPException(404, "no speaker with this id")
        person, found = page
        months = store.months(person["id"])
        outlets = store.outlets(person["id"])
        return render(
            "speaker.html",
            person=person,
            found=found,
            months=list(months.items()),
            top=max(months.values(), default=1),
            outlets=outlets,
            pages=_pages(request, found),
        )

    async def analyse(request: Request) -> HTMLResponse:
        if request.method == "GET":
            return render("analyse.html")
        body = await request.body()
        if len(body) > MAX_FORM:
            raise HTTPException(413, f"the text is longer than {MAX_FORM} bytes")
        text = parse_qs(body.decode("utf-8", errors="replace")).get("text", [""])[0]
        import zitat

        try:
            result = zitat.extract(text)
        except ZitatError as exc:
            return render("analyse.html", text=text, error=str(exc))
        statements = [q.to_dict() for q in result.quotes]
        return render("analyse.html", text=text, marked=highlight(text, statements), count=len(statements))

    return [
        Route("/", search),
        Route("/articles/{id}", article),
        Route("/speakers/{id:int}", speaker),
        Route("/analyse", analyse, methods=["GET", "POST"]),
    ]
