"""The API described once: this table drives /openapi.json, the /docs page, and a test that
fails when a route is undocumented."""

from __future__ import annotations

from typing import Any

from zitat.model import SCHEMA_VERSION

ENDPOINTS: list[dict[str, Any]] = [
    {
        "path": "/api/statements",
        "method": "get",
        "summary": "Search statements, newest articles first.",
        "params": [
            ("q", "string", "words in the quote or speaker; inflected forms match"),
            ("speaker", "string", "a person id or a name; a surname alone matches the full name"),
            ("addressee", "string", "statements made to someone: a person id or a name, matched like speaker"),
            ("about", "string", "words the statement is about: in the quote, the sentences around it or the headline"),
            ("type", "string", "direct, indirect, free_indirect, indirect_free_indirect or reported"),
            ("outlet", "string", "the outlet, case-insensitive"),
            ("since", "string", "articles dated on or after (YYYY-MM-DD)"),
            ("until", "string", "articles dated on or before (YYYY-MM-DD)"),
            ("limit", "integer", "page size, 1–200 (default 20)"),
            ("offset", "integer", "results to skip (default 0)"),
        ],
    },
    {"path": "/api/statements/{id}", "method": "get", "summary": "One statement with its article and person.", "params": []},
    {
        "path": "/api/speakers",
        "method": "get",
        "summary": "Speakers (persons and organisations, with their kind) and their statement counts.",
        "params": [("q", "string", "part of the name"), ("limit", "integer", "1–200 (default 50)")],
    },
    {
        "path": "/api/speakers/{id}",
        "method": "get",
        "summary": "A speaker's statements, their count per month, and how many statements were addressed to them.",
        "params": [("limit", "integer", "1–200 (default 50)")],
    },
    {"path": "/api/articles/{id}", "method": "get", "summary": "An article's text and its statements with offsets.", "params": []},
    {
        "path": "/api/extract",
        "method": "post",
        "summary": 'Extract statements from {"text": ..., "title": ...} (the headline is optional); stores nothing; body at most 5 MB.',
        "params": [],
    },
    {
        "path": "/api/articles",
        "method": "post",
        "summary": "Ingest an article {id, text, title, date, outlet, url, author}; needs Bearer ZITAT_API_TOKEN.",
        "params": [],
    },
]

ERROR = {
    "type": "object",
    "properties": {"ok": {"const": False}, "error": {"type": "string"}, "status": {"type": "integer"}},
}


def openapi() -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for e in ENDPOINTS:
        parameters = [
            {"name": name, "in": "query", "schema": {"type": kind}, "description": text} for name, kind, text in e["params"]
        ]
        if "{id}" in e["path"]:
            parameters.insert(0, {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}})
        paths.setdefault(e["path"], {})[e["method"]] = {
            "summary": e["summary"],
            "parameters": parameters,
            "responses": {
                "200": {"description": "ok: true and the result"},
                "default": {"description": "an error", "content": {"application/json": {"schema": ERROR}}},
            },
        }
    return {
        "openapi": "3.1.0",
        "info": {"title": "zitat", "version": SCHEMA_VERSION, "description": "Who said what in German news."},
        "paths": paths,
    }
