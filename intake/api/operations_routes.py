"""For operators and their monitoring: liveness, readiness and Prometheus metrics."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy import text

from intake.metrics import render_metrics
from storage.db import engine_for
from storage.migrate import current_revision, head_revision

router = APIRouter(tags=["operations"])


@router.get("/healthz", summary="The process is alive")
def healthz() -> dict:
    return {"status": "ok"}


@router.get("/readyz", summary="The store answers and its schema is current",
            responses={503: {"description": "Not ready: the reason is in the body"}})
async def readyz(request: Request) -> JSONResponse:
    url = request.app.state.settings.database_url
    problem = await asyncio.get_running_loop().run_in_executor(None, _readiness_problem, url)
    if problem:
        return JSONResponse({"status": "not_ready", "reason": problem}, status_code=503)
    return JSONResponse({"status": "ready"})


def _readiness_problem(url: str) -> str | None:
    try:
        with engine_for(url).connect() as connection:
            connection.execute(text("SELECT 1"))
        current, head = current_revision(url), head_revision()
    except Exception as exc:  # noqa: BLE001 - any failure means: not ready, and why
        return f"store unreachable: {type(exc).__name__}"
    if current != head:
        return f"store schema at {current}, code expects {head}: run `intake db upgrade`"
    return None


@router.get("/metrics", summary="Prometheus metrics", response_class=Response)
async def metrics(request: Request) -> Response:
    url = request.app.state.settings.database_url
    body, content_type = await asyncio.get_running_loop().run_in_executor(
        None, render_metrics, url)
    return Response(content=body, media_type=content_type)
