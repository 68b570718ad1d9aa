"""The HTTP server of `newslint serve`: the page, newslint's JSON API and LanguageTool's.

Every error is JSON, `{"error": ...}`: 400 for a malformed body or a missing field, 404, 405,
409 when no project can take an accepted word, 413 over the body limit, 415 for newslint's
API without a JSON media type. Checks run in worker
threads, so a long article does not hold up other requests. One log line per request."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from newslint import api
from newslint.config.accept_file import term_problem
from newslint.errors import NewslintError
from newslint.input.decode import DEFAULT_MAX_FILE_SIZE
from newslint.server import languagetool
from newslint.server.workspace import Refused, Workspace, article_name

STATIC = Path(__file__).with_name("static")
log = logging.getLogger("newslint.server")


def create_app(workspace: Workspace, max_body: int = DEFAULT_MAX_FILE_SIZE) -> RequestLog:
    """The application; `max_body` in bytes (0: no limit), by default `check`'s file limit."""

    async def body(request: Request) -> bytes:
        """The request's body, refused (413) as soon as it is over the limit."""
        declared = request.headers.get("content-length", "")
        if max_body and declared.isdigit() and int(declared) > max_body:
            raise HTTPException(413, f"body over the limit of {max_body} bytes")
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if max_body and size > max_body:
                raise HTTPException(413, f"body over the limit of {max_body} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    async def json_body(request: Request) -> dict:
        # JSON only by its media type: a web page elsewhere can send a form or text/plain to
        # this address without asking, but not JSON (the browser asks first, and is refused:
        # no CORS), so no other site can add words to the accept list.
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            raise HTTPException(415, "send JSON with Content-Type: application/json")
        try:
            data = json.loads(await body(request))
        except (json.JSONDecodeError, UnicodeDecodeError) as err:
            raise HTTPException(400, f"malformed JSON: {err}") from None
        if not isinstance(data, dict):
            raise HTTPException(400, "expected a JSON object")
        return data

    def article(data: dict) -> tuple[str, str]:
        text = data.get("text")
        if not isinstance(text, str):
            raise HTTPException(400, "missing field: text (a string)")
        try:
            return text, article_name(data.get("filename", "article.txt"))
        except ValueError as err:
            raise HTTPException(400, str(err)) from None

    def selection(data: dict, *names: str) -> list[list[str]]:
        lists = []
        for name in names:
            value = data.get(name, [])
            if isinstance(value, str):
                value = [item.strip() for item in value.split(",") if item.strip()]
            if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                raise HTTPException(400, f"{name}: a list of rule ids or categories")
            lists.append(value)
        return lists

    async def in_thread(function, *args):
        """Run a check off the event loop; newslint's own errors are the client's (400)."""
        try:
            return await run_in_threadpool(function, *args)
        except Refused as err:
            raise HTTPException(409, str(err)) from None
        except NewslintError as err:
            raise HTTPException(400, str(err)) from None

    async def page(request: Request):
        return FileResponse(STATIC / "index.html")

    async def check(request: Request):
        data = await json_body(request)
        text, name = article(data)
        select, ignore = selection(data, "select", "ignore")
        config = await in_thread(workspace.config, select, ignore)
        return JSONResponse(await in_thread(api.check_report, text, name, config))

    async def fix(request: Request):
        data = await json_body(request)
        text, name = article(data)
        select, ignore = selection(data, "select", "ignore")
        config = await in_thread(workspace.config, select, ignore)
        if "rule" in data or "offset" in data:  # one finding's fix
            rule, offset = data.get("rule"), data.get("offset")
            if not isinstance(rule, str) or not isinstance(offset, int):
                raise HTTPException(400, "rule (a string) and offset (a number) go together")
            fixed = await in_thread(api.fix_one, text, name, rule, offset, config)
            return JSONResponse({"text": fixed, "fixed": 1})
        unsafe = data.get("unsafe", False) is True
        fixed, applied = await in_thread(api.fixed_text, text, name, config, unsafe)
        return JSONResponse({"text": fixed, "fixed": applied})

    async def rules(request: Request):
        try:
            name = article_name(request.query_params.get("filename", "article.txt"))
        except ValueError as err:
            raise HTTPException(400, str(err)) from None
        found = await in_thread(workspace.rules, workspace.base, name)
        return JSONResponse(
            {
                "accept": workspace.base.source is not None,
                "rules": [api.rule_info(rule) for rule in found.values()],
            }
        )

    async def accept(request: Request):
        word = (await json_body(request)).get("word")
        if not isinstance(word, str):
            raise HTTPException(400, "word: a string")
        if problem := term_problem(word):
            raise HTTPException(400, f"word: {problem}")
        written = await in_thread(workspace.accept, word.strip())
        return JSONResponse({"word": word.strip(), "file": str(written)})

    async def lt_check(request: Request):
        raw = await body(request)
        if request.headers.get("content-type", "").startswith("multipart/"):
            raise HTTPException(400, "send the fields form-encoded, not as multipart")
        try:
            fields = dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
            asked = languagetool.check_request(dict(request.query_params) | fields)
        except UnicodeDecodeError:
            raise HTTPException(400, "the body is not UTF-8") from None
        except languagetool.BadRequest as err:
            raise HTTPException(400, str(err)) from None
        config = await in_thread(workspace.config, asked.select, asked.ignore, asked.language)
        report = await in_thread(api.check_report, asked.text.plain, languagetool.FILENAME, config)
        found = await in_thread(workspace.rules, config, languagetool.FILENAME)
        return JSONResponse(await in_thread(languagetool.answer, asked, report, found))

    async def lt_languages(request: Request):
        return JSONResponse(languagetool.languages())

    async def error(request: Request, exc: Exception):
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        detail = exc.detail if isinstance(exc, HTTPException) else "internal error"
        if status == 500:
            log.exception("internal error on %s %s", request.method, request.url.path)
        return JSONResponse({"error": detail}, status, headers=getattr(exc, "headers", None))

    app = Starlette(
        routes=[
            Route("/", page, methods=["GET"]),
            Route("/api/check", check, methods=["POST"]),
            Route("/api/fix", fix, methods=["POST"]),
            Route("/api/rules", rules, methods=["GET"]),
            Route("/api/accept", accept, methods=["POST"]),
            Route("/v2/check", lt_check, methods=["POST"]),
            Route("/v2/languages", lt_languages, methods=["GET"]),
            Mount("/static", StaticFiles(directory=STATIC), name="static"),
        ],
        exception_handlers={HTTPException: error, Exception: error},
    )
    return RequestLog(app)


class RequestLog:
    """One line per request: method, path, status, milliseconds (ASGI middleware)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started, status = time.perf_counter(), 500

        async def sending(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            took = (time.perf_counter() - started) * 1000
            client = (scope.get("client") or ("-",))[0]
            log.info("%s %s %s %d %.1fms", client, scope["method"], scope["path"], status, took)
