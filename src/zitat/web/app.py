"""The ASGI application: `create_app(store)` builds the JSON API under /api/ and the pages.

Every error, from a bad parameter to an unknown route, has one shape:
`{"ok": false, "error": "...", "status": 404}`.
"""

from __future__ import annotations

import json
import os
from functools import partial
from typing import Any

from markupsafe import escape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from zitat.errors import ZitatError
from zitat.model import TYPES
from zitat.store import Store
from zitat.store.db import ARTICLE_FIELDS, QueryTimeout
from zitat.web.openapi import ENDPOINTS, openapi
from zitat.web.pages import page_routes, render

MAX_BODY = 5_000_000  # bytes of text accepted by POST endpoints


def error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"ok": False, "error": message, "status": status}, status_code=status)


def _int(request: Request, name: str, default: int, low: int, high: int) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise HTTPException(400, f"'{name}' must be an integer") from None
    if not low <= value <= high:
        raise HTTPException(400, f"'{name}' must be between {low} and {high}")
    return value


async def _text_body(request: Request) -> dict[str, Any]:
    size = int(request.headers.get("content-length") or 0)
    if size > MAX_BODY:
        raise HTTPException(413, f"the request body is larger than {MAX_BODY} bytes")
    body = await request.body()
    if len(body) > MAX_BODY:
        raise HTTPException(413, f"the request body is larger than {MAX_BODY} bytes")
    try:
        data = json.loads(body)
    except ValueError:
        raise HTTPException(400, 'the body must be JSON: {"text": ...}') from None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise HTTPException(400, "the body must be a JSON object with a string field 'text'")
    return data


def create_app(store: Store, token: str | None = None) -> Starlette:
    """The API over `store`. Writing (POST /api/articles) needs `token` (or ZITAT_API_TOKEN).

    Handlers run on the event loop: measured with 50 clients, running the short SQLite
    queries in Starlette's thread pool was slower (connection-pool waits, GIL) than not."""
    token = token if token is not None else os.environ.get("ZITAT_API_TOKEN")

    async def statements(request: Request) -> JSONResponse:
        p = request.query_params
        type_ = p.get("type")
        if type_ and type_ not in TYPES:
            raise HTTPException(400, f"'type' must be one of {list(TYPES)}")
        search = partial(
            store.search,
            q=p.get("q"),
            speaker=p.get("speaker"),
            addressee=p.get("addressee"),
            about=p.get("about"),
            type_=type_,
            outlet=p.get("outlet"),
            since=p.get("since"),
            until=p.get("until"),
            limit=_int(request, "limit", 20, 1, 200),
            offset=_int(request, "offset", 0, 0, 10_000_000),
        )
        try:
            found = search()
        except QueryTimeout as exc:
            raise HTTPException(503, f"{exc}; narrow the search") from None
        return JSONResponse({"ok": True, **found})

    async def statement(request: Request) -> JSONResponse:
        found = store.statement(int(request.path_params["id"]))
        if found is None:
            raise HTTPException(404, "no statement with this id")
        return JSONResponse({"ok": True, "statement": found})

    async def speakers(request: Request) -> JSONResponse:
        limit = _int(request, "limit", 50, 1, 200)
        return JSONResponse({"ok": True, "speakers": store.speakers(request.query_params.get("q"), limit)})

    async def speaker(request: Request) -> JSONResponse:
        page = store.person_statements(int(request.path_params["id"]), limit=_int(request, "limit", 50, 1, 200))
        if page is None:
            raise HTTPException(404, "no speaker with this id")
        person, found = page
        return JSONResponse(
            {
                "ok": True,
                "id": person["id"],
                "name": person["name"],
                "kind": person["kind"],
                "addressed": person["addressed"],
                "over_time": store.months(person["id"]),
                **found,
            }
        )

    async def article(request: Request) -> JSONResponse:
        found = store.article(request.path_params["id"])
        if found is None:
            raise HTTPException(404, "no article with this id")
        return JSONResponse({"ok": True, "article": found})

    async def extract(request: Request) -> JSONResponse:
        import zitat

        data = await _text_body(request)
        try:
            result = zitat.extract(data["text"], data.get("id"), {k: data[k] for k in ("title", "headline") if k in data})
        except ZitatError as exc:
            raise HTTPException(422, str(exc)) from None
        return JSONResponse({"ok": True, "result": result.to_dict()})

    async def add_article(request: Request) -> JSONResponse:
        if not token:
            raise HTTPException(403, "writing through the API is off: set ZITAT_API_TOKEN on the server")
        if request.headers.get("authorization") != f"Bearer {token}":
            raise HTTPException(401, "a valid bearer token is needed")
        data = await _text_body(request)
        if not data.get("id"):
            raise HTTPException(400, "the article needs an 'id'")
        from zitat.api import ingest

        meta = {k: data[k] for k in ARTICLE_FIELDS if k in data}
        (outcome,) = list(ingest([(str(data["id"]), data["text"], meta)], store=store))
        if isinstance(outcome, ZitatError):
            raise HTTPException(422, str(outcome))
        return JSONResponse({"ok": True, "id": outcome[0], "outcome": outcome[1]}, status_code=201)

    async def http_error(request: Request, exc: HTTPException) -> Response:
        if not request.url.path.startswith("/api/"):
            return HTMLResponse(
                f"<h1>{exc.status_code}</h1><p>{escape(str(exc.detail))}</p>", status_code=exc.status_code
            )
        return error(exc.status_code, str(exc.detail))

    async def server_error(request: Request, exc: Exception) -> JSONResponse:
        return error(500, "internal error")

    routes = [
        Route("/api/statements", statements),
        Route("/api/statements/{id:int}", statement),
        Route("/api/speakers", speakers),
        Route("/api/speakers/{id:int}", speaker),
        Route("/api/articles/{id}", article),
        Route("/api/extract", extract, methods=["POST"]),
        Route("/api/articles", add_article, methods=["POST"]),
        Route("/openapi.json", lambda request: JSONResponse(openapi())),
        Route("/docs", lambda request: render("docs.html", endpoints=ENDPOINTS)),
        *page_routes(store),
    ]
    return Starlette(routes=routes, exception_handlers={HTTPException: http_error, Exception: server_error})
