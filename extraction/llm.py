"""The LLM backend: any OpenAI-compatible endpoint through instructor.

One request per message (instructor retries with the validation error fed back, up to
``llm_max_retries``), a timeout per request, no retries inside the OpenAI client: when the
endpoint is down, rate limited or returns nothing usable, ``LLMUnavailable`` tells the worker
to let the message wait. Every attempt's call and tokens are counted. What the model returns
is only a proposal: ``extraction.verify`` decides what it is worth.
"""

from __future__ import annotations

from dataclasses import dataclass

from extraction.assemble import Reading
from extraction.candidate import MODEL, Candidate, Claim
from extraction.errors import LLMUnavailable
from extraction.fields import FLAT_FIELD_PATHS, normalize_field, set_field
from extraction.llm_schema import LLMExtraction, LLMOrder
from extraction.normalize import normalize_phone, normalize_sku
from extraction.offline.kind import KindDecision
from extraction.parsed import ParsedMessage
from extraction.partners import PartnerProfile
from extraction.prompting import build_messages
from extraction.schema import Order, Product

MAX_COMPLETION_TOKENS = 800  # an answer for two orders takes about 400; a runaway model stops here

# LLMOrder's flat names -> the ORDER's field paths.
FIELD_PATHS = FLAT_FIELD_PATHS


@dataclass
class _Usage:
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def call(self, *args, **kwargs) -> None:
        self.calls += 1

    def response(self, response, *args, **kwargs) -> None:
        usage = getattr(response, "usage", None)
        self.prompt_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
        self.completion_tokens += int(getattr(usage, "completion_tokens", 0) or 0)


def _client(settings, usage: _Usage):
    import instructor
    from openai import OpenAI

    try:
        mode = instructor.Mode[settings.llm_mode.upper()]
    except KeyError:
        raise LLMUnavailable(f"unknown llm_mode {settings.llm_mode!r}") from None
    openai_client = OpenAI(
        base_url=settings.llm_base_url,
        api_key=settings.llm_api_key or "not-needed",
        timeout=settings.llm_timeout_s,
        max_retries=0,  # the worker retries later; here a failure is an answer
    )
    _count_requests(openai_client, usage)
    return instructor.from_openai(openai_client, mode=mode)


def _count_requests(openai_client, usage: _Usage) -> None:
    """Every HTTP request instructor makes (first try and each retry) counted with its tokens.

    Wrapping the client's own method works with every instructor version, hooks or not.
    """
    completions = openai_client.chat.completions
    create = completions.create

    def counted(*args, **kwargs):
        usage.call()
        response = create(*args, **kwargs)
        usage.response(response)
        return response

    completions.create = counted


def read_with_llm(parsed: ParsedMessage, partner: PartnerProfile | None, settings) -> Reading:
    usage = _Usage()
    try:
        client = _client(settings, usage)
        extraction = client.chat.completions.create(
            model=settings.llm_model,
            response_model=LLMExtraction,
            messages=build_messages(parsed, partner),
            max_retries=settings.llm_max_retries,
            temperature=0,
            max_tokens=MAX_COMPLETION_TOKENS,
        )
    except LLMUnavailable:
        raise
    except Exception as exc:
        raise LLMUnavailable(
            describe_failure(exc, settings), llm_calls=usage.calls,
            prompt_tokens=usage.prompt_tokens, completion_tokens=usage.completion_tokens,
        ) from exc
    return to_reading(extraction, usage)


def describe_failure(exc: BaseException, settings) -> str:
    """A short cause without message content: connection, 429, 5xx, timeout, bad output."""
    import openai

    chain, seen = [], exc
    while seen is not None and len(chain) < 10:
        chain.append(seen)
        seen = seen.__cause__ or seen.__context__
    for error in chain:
        if isinstance(error, openai.APITimeoutError):
            return f"timed out after {settings.llm_timeout_s:g} s"
        if isinstance(error, openai.APIConnectionError):
            return f"cannot connect to {settings.llm_base_url}"
        if isinstance(error, openai.APIStatusError):
            return f"the endpoint answered HTTP {error.status_code}"
    attempts = getattr(exc, "n_attempts", None)
    if attempts:
        return f"no usable answer after {attempts} attempts ({type(chain[-1]).__name__})"
    return f"no usable answer ({type(exc).__name__})"


def to_reading(extraction: LLMExtraction, usage: _Usage) -> Reading:
    reasons: list[str] = []
    candidates = [_candidate(order, i, reasons) for i, order in enumerate(extraction.orders)]
    decision = KindDecision(extraction.kind, refers_to=extraction.refers_to)
    return Reading("llm", decision, candidates, usage.calls, usage.prompt_tokens,
                   usage.completion_tokens, reasons)


def _candidate(llm_order: LLMOrder, index: int, reasons: list[str]) -> Candidate:
    """The model's values in normal form; a value that has none is dropped, with a reason."""
    order, claims = Order(), {}
    for name, path in FIELD_PATHS.items():
        raw = getattr(llm_order, name)
        if raw is None:
            continue
        value = _normal(path, raw)
        if value is None:
            reasons.append(f"orders[{index}].{path}: the model's value is not a valid one")
            continue
        set_field(order, path, value)
        claims[path] = Claim(MODEL)
    for i, product in enumerate(llm_order.products):
        sku = normalize_sku(product.partner_sku) if product.partner_sku else None
        order.products.append(
            Product(partner_sku=sku, quantity=product.quantity, description=product.description)
        )
        claims[f"products[{i}]"] = Claim(MODEL)
    doubts = {FIELD_PATHS.get(name, name) for name in llm_order.uncertain_fields}
    return Candidate(order=order, claims=claims, doubts=doubts)


def _normal(path: str, raw: str):
    if path == "customer.phone":
        return normalize_phone(raw, "NL") or normalize_phone(raw, "BE")
    if path in ("installation_preferences.notes", "customer.name", "customer.address.street",
                "customer.address.city"):
        # Text fields keep their value; verification decides whether it is a real one.
        return raw.strip() or None
    return normalize_field(path, raw)
