"""The worker's pipeline: a short, named list of steps, one module each.

    received --parse--> parsed --extract--> extracted --route--> (decided) --store--> done
                                                                                    review
                                                                                    archived
Every step runs in its own transaction and is safe to run again; anything unexpected
parks the message as ``failed`` for ``intake replay``, never drops it.
"""

from __future__ import annotations

from collections.abc import Callable

from intake.pipeline import extract, parse, route, store
from intake.pipeline.context import StepContext
from storage.models import InboundMessage

# A step returns the step that follows it, or None when the message is not ours to go on
# with (finished, or waiting for the LLM).
Step = Callable[[StepContext, int], str | None]

STEPS: dict[str, Step] = {
    "parse": parse.run,
    "extract": extract.run,
    "route": route.run,
    "store": store.run,
}

# The state a message is in when each step starts (where a replay resumes).
STEP_STATES = {"parse": "received", "extract": "parsed", "route": "extracted", "store": "extracted"}


def next_step(message: InboundMessage) -> str | None:
    """The step a message needs next, read from its stored state (so a restart resumes)."""
    if message.state == "received":
        return "parse"
    if message.state == "parsed":
        return "extract"
    if message.state == "extracted":
        return "store" if message.extractions[-1].route else "route"
    return None
