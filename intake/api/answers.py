"""Turning what the structured intake did into the HTTP answer a partner gets."""

from __future__ import annotations

import re
from urllib.parse import quote

from intake.api.errors import ApiError
from intake.structured_intake import IntakeAnswer

# What we promise a partner (docs/partner-integration-guide.md): an order is picked up by
# planning within minutes; one a validator must look at within a working day.
ESTIMATES_S = {"received": 5 * 60, "review": 8 * 3600, "processing": 15 * 60}
_REASON = re.compile(r"^(?:orders\[\d+\] )?([a-z_]+): (.*)$", re.DOTALL)
REPROCESS_RETRY_AFTER_S = 60


def iso_duration(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes = rest // 60
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes or not hours else "")


def reason_objects(reasons: list[str]) -> list[dict]:
    out = []
    for reason in reasons:
        match = _REASON.match(reason)
        out.append({"code": match.group(1), "message": match.group(2)} if match
                   else {"code": "needs_review", "message": reason})
    return out


def status_url(partner_order_id: str) -> str:
    return f"/orders/{quote(partner_order_id, safe='')}/status"


def order_answer(answer: IntakeAnswer, partner_order_id: str, sandbox: bool) -> tuple[int, dict]:
    """(HTTP status, body) for an answer that is not an error."""
    order = answer.order
    if answer.outcome in ("created", "duplicate"):
        status, code = order.status, (201 if answer.outcome == "created" else 200)
        estimate = ESTIMATES_S["received"]
    else:  # review | processing
        status, code = answer.outcome, 202
        estimate = ESTIMATES_S[answer.outcome]
    return code, {
        "status": status,
        "order_number": order.order_number if order else None,
        "partner_order_id": partner_order_id,
        "duplicate": answer.outcome == "duplicate",
        "estimated_processing_time": iso_duration(estimate),
        "estimated_processing_seconds": estimate,
        "reasons": reason_objects(answer.reasons),
        "flags": list(order.flags or []) if order else [],
        "sandbox": bool(order.sandbox) if order else sandbox,
        "message_id": answer.message_id,
        "status_url": status_url(partner_order_id),
    }


SYNTAX_MESSAGES = {
    "invalid_json": "the body is not valid JSON (UTF-8, at most 200 levels deep)",
    "invalid_form": "the body is not a readable form (urlencoded or multipart)",
}


def raise_for_failure(answer: IntakeAnswer, errors: list[dict], syntax_error: str | None) -> None:
    """The error answers: the request was stored (``message_id``) but made no order."""
    if answer.outcome == "invalid":
        if syntax_error:
            detail = f": {errors[0]['message']}" if errors else ""
            raise ApiError(syntax_error, SYNTAX_MESSAGES[syntax_error] + detail,
                           extra={"message_id": answer.message_id})
        raise ApiError("validation_failed", f"{len(errors)} problem(s) in the request; "
                       "nothing was created", fields=errors,
                       extra={"message_id": answer.message_id})
    if answer.outcome == "failed":
        raise ApiError(
            "processing_failed", "the request is stored but could not be processed; send it "
            "again after Retry-After seconds (it is not duplicated) or wait: ChargeCars "
            "replays it", headers={"Retry-After": str(REPROCESS_RETRY_AFTER_S)},
            extra={"message_id": answer.message_id})
