"""The partner REST API application: orders, webhooks, forms and status polling.

``create_app`` is what ``intake api`` runs (uvicorn's factory); tests pass their settings.
"""

from __future__ import annotations

import gc
import inspect
from contextlib import asynccontextmanager

from fastapi import FastAPI

from intake.api.body_limit import BodyLimitMiddleware
from intake.api.errors import install_error_handlers
from intake.api.in_flight_limit import InFlightLimitMiddleware
from intake.api.openapi_docs import install_openapi
from intake.api.rate_limits import RateLimits
from intake.api.request_ids import RequestIdMiddleware
from intake.api.store_access import StoreAccess
from intake.settings import Settings, get_settings

DESCRIPTION = """Partners send ChargeCars their orders here: by API (`POST
/partners/{partner_id}/orders`), by signed webhook (`POST /webhooks/{partner_id}/orders`)
or from a form (`POST /forms/{partner_id}/orders`), and poll an order's status
(`GET /orders/{partner_order_id}/status`). Authentication: your API key in `X-API-Key`
(or `Authorization: Bearer`); webhooks are signed (Standard Webhooks). Every error answer
carries a code from the error reference (docs/errors.md); the integration guide is
docs/partner-integration-guide.md."""


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        # What startup made (modules, the app, SQLAlchemy's and pydantic's structures) is
        # set aside while we serve: the collector's full passes no longer walk it, which
        # took pauses of ~100 ms out of requests under load.
        gc.collect()
        gc.freeze()
        yield
        app.state.store.close()
        gc.unfreeze()  # a process that goes on (tests) collects it again

    app = FastAPI(title="ChargeCars Intake", version="0.1.0", description=DESCRIPTION,
                  lifespan=lifespan, **_NO_TELEMETRY)
    app.state.settings = settings
    app.state.store = StoreAccess(settings)
    app.state.limits = RateLimits(settings.api_rate_limit, settings.api_status_rate_limit,
                                  settings.api_auth_failure_limit)
    install_error_handlers(app)
    _include_routes(app)
    install_openapi(app)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.api_max_body_bytes)
    app.add_middleware(InFlightLimitMiddleware, limit=settings.api_limit_concurrency)
    app.add_middleware(RequestIdMiddleware)  # added last: outermost, so 413s carry it too
    return app


# No OpenTelemetry provider is set up here (our metrics: /metrics), yet FastAPI's own
# telemetry (newer FastAPI) would look for one in the environment on every request.
_NO_TELEMETRY = (
    {"telemetry": {"tracing": False, "metrics": False, "logs": False}}
    if "telemetry" in inspect.signature(FastAPI.__init__).parameters else {})


def _include_routes(app: FastAPI) -> None:
    from intake.api import (
        form_routes,
        operations_routes,
        orders_routes,
        status_routes,
        webhook_routes,
    )

    app.include_router(orders_routes.router)
    app.include_router(webhook_routes.router)
    app.include_router(form_routes.router)
    app.include_router(status_routes.router)  # internal status changes (issue 7)
    app.include_router(operations_routes.router)  # /healthz, /readyz, /metrics
