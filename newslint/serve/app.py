"""The routes of ``newslint serve``: the native JSON API (/v1), LanguageTool's (/v2), health and schema."""

from __future__ import annotations

import json
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from newslint import __version__
from newslint.output.json_format import render
from newslint.output.report import Report
from newslint.serve import languagetool_api as lt
from newslint.serve.limits import HTTPError, Limits, Pool, check_token, read_body
from newslint.api import applied_edits
from newslint.serve.linting import FORMATS, Article, BadRequest, Engine, article_name
from newslint.serve.openapi import SCHEMA

#: Routes anyone may call without the token (a liveness probe reads no text).
OPEN_PATHS = ("/health",)


def create_app(limits: Limits | None = None, config_file: Path | None = None) -> Starlette:
    """The service; the engine is built here (a bad --config fails now) and warmed when the server starts."""
    limits = limits or Limits()
    engine = Engine(config_file)

    @asynccontextmanager
    async def lifespan(app: Starlette):
        engine.warm_up()
        app.state.pool = Pool(limits)
        try:
            yield
        finally:
            app.state.pool.close()

    async def guarded(request: Request) -> bytes:
        """Auth, then the body within the size limit."""
        check_token(request, limits.token)
        return await read_body(request, limits.max_bytes)

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", "newslint": __version__, "rules": len(engine.rules())})

    async def rules(request: Request) -> Response:
        await guarded(request)
        return JSONResponse({"rules": engine.rules()})

    async def openapi(request: Request) -> Response:
        await guarded(request)
        return JSONResponse(SCHEMA)

    async def check(request: Request) -> Response:
        article = _article(await guarded(request))
        result = await request.app.state.pool.run(engine.check, article)
        return Response(render(Report([result], {})), media_type="application/json")

    async def fix(request: Request) -> Response:
        article = _article(await guarded(request))
        first, fixed = await request.app.state.pool.run(engine.fix, article)
        payload = json.loads(render(Report([fixed], {})))
        return JSONResponse({"text": fixed.source, "changed": fixed.source != article.text,
                             "edits": _edits(article.text, fixed.source, first), **payload})

    async def lt_check(request: Request) -> Response:
        body = await guarded(request)
        params = _form(request, body)
        dialect, language = lt.dialect_for(params.get("language"))
        if "data" in params:
            annotated = lt.Annotated.parse(params["data"])
        elif "text" in params:
            annotated = lt.Annotated.plain_text(params["text"])
        else:
            raise BadRequest("missing parameter 'text' or 'data'")
        article = Article(annotated.plain, "article.txt", "text", None, None)
        selection = lt.selection(params)
        result = await request.app.state.pool.run(lambda: engine.check(article, engine.linter_with(*selection, dialect)))
        rule_info = {rule_id: engine.rule(rule_id) for rule_id in {f.rule for f in result.findings}}
        return JSONResponse(lt.check_response(result.findings, annotated, language, rule_info))

    async def lt_languages(request: Request) -> Response:
        await guarded(request)
        return JSONResponse(lt.languages())

    routes = [
        Route("/health", health, methods=["GET"]),
        Route("/openapi.json", openapi, methods=["GET"]),
        Route("/v1/rules", rules, methods=["GET"]),
        Route("/v1/check", check, methods=["POST"]),
        Route("/v1/fix", fix, methods=["POST"]),
        Route("/v2/check", lt_check, methods=["GET", "POST"]),
        Route("/v2/languages", lt_languages, methods=["GET"]),
    ]
    handlers = {HTTPError: _http_error, BadRequest: _bad_request, HTTPException: _starlette_error}
    return Starlette(routes=routes, exception_handlers=handlers, lifespan=lifespan)


# -- reading requests ---------------------------------------------------------------------

def _article(body: bytes) -> Article:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as error:
        raise BadRequest(f"the body is not valid JSON: {error}") from None
    if not isinstance(data, dict):
        raise BadRequest("the body must be a JSON object like {\"text\": \"…\", \"format\": \"markdown\"}")
    unknown = set(data) - {"text", "format", "path", "metadata", "config"}
    if unknown:
        raise BadRequest(f"unknown field(s): {', '.join(sorted(unknown))} (known: text, format, path, metadata, config)")
    text, fmt = data.get("text"), data.get("format")
    if not isinstance(text, str):
        raise BadRequest("'text' is required and must be a string")
    if fmt is not None and fmt not in FORMATS:
        raise BadRequest(f"'format' must be one of {', '.join(FORMATS)}, not {fmt!r}")
    metadata = data.get("metadata")
    if metadata is not None and not (isinstance(metadata, dict) and all(isinstance(v, str) for v in metadata.values())):
        raise BadRequest("'metadata' must be an object of strings, e.g. {\"headline\": \"…\", \"byline\": \"…\"}")
    config = data.get("config")
    if config is not None and not isinstance(config, dict):
        raise BadRequest("'config' must be an object with the keys of .newslint.yaml")
    return Article(text, article_name(data.get("path"), fmt), fmt, metadata or None, config or None)


def _form(request: Request, body: bytes) -> dict[str, str]:
    """LanguageTool's parameters: the query string, then an urlencoded body (as its clients send them)."""
    params = dict(request.query_params)
    if body:
        kind = request.headers.get("content-type", "application/x-www-form-urlencoded").split(";")[0].strip().lower()
        if kind != "application/x-www-form-urlencoded":
            raise HTTPError(415, f"send the parameters as application/x-www-form-urlencoded, not {kind}")
        try:
            params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False))
        except UnicodeDecodeError:
            raise BadRequest("the form body is not UTF-8") from None
    return params


def _edits(before: str, after: str, first) -> list[dict[str, Any]]:
    """The changes the fixes made, in the request text's code points, with the rules that made them."""
    return [edit.to_dict() for edit in applied_edits(before, after, first.findings)]


# -- errors -------------------------------------------------------------------------------

def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message}}, status_code=status, headers=headers)


async def _http_error(request: Request, error: HTTPError) -> Response:
    return _error(error.status, error.message, error.headers)


async def _bad_request(request: Request, error: BadRequest) -> Response:
    return _error(400, str(error))


async def _starlette_error(request: Request, error: HTTPException) -> Response:
    return _error(error.status_code, error.detail, getattr(error, "headers", None))
