"""Errors the extraction layer raises to its callers."""

from __future__ import annotations


class LLMUnavailable(RuntimeError):
    """The LLM endpoint is down or failing (connection, 429, 5xx, timeout, unusable output).

    ``offline_result`` is the offline backend's result for the same message, routed to
    review: the worker keeps the message waiting and tries the LLM again later, and after
    enough failed rounds hands this result to a validator. Never lost, never straight through.
    """

    def __init__(self, message: str, *, offline_result=None, llm_calls: int = 0,
                 prompt_tokens: int = 0, completion_tokens: int = 0):
        super().__init__(message)
        self.offline_result = offline_result
        self.llm_calls = llm_calls
        self.prompt_tokens = prompt_tokens
        self.completion_tokens = completion_tokens
