"""A real HTTP server speaking OpenAI's chat-completions protocol, scripted per test.

Each request takes the next step of the script: a tool call with given arguments (a dict,
or a raw string for malformed JSON), an HTTP status (429, 500), or a delay longer than the
client's timeout. Every request body is kept, so tests can look at what was sent.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

USAGE = {"prompt_tokens": 120, "completion_tokens": 30, "total_tokens": 150}


class FakeLLM:
    def __init__(self):
        self.script: list[dict] = []
        self.requests: list[dict] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address
        return f"http://{host}:{port}/v1"

    def start(self) -> FakeLLM:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def answer(self, arguments) -> FakeLLM:
        self.script.append({"arguments": arguments})
        return self

    def fail(self, status: int) -> FakeLLM:
        self.script.append({"status": status})
        return self

    def stall(self, seconds: float) -> FakeLLM:
        self.script.append({"delay": seconds})
        return self

    def _next(self) -> dict:
        return self.script.pop(0) if self.script else {"status": 500}

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output clean
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                fake.requests.append(body)
                step = fake._next()
                if "delay" in step:
                    time.sleep(step["delay"])
                    step = {"status": 504}
                if "status" in step:
                    self._send(step["status"], {"error": {"message": "scripted failure",
                                                          "type": "server_error"}})
                    return
                self._send(200, _completion(body, step["arguments"]))

            def _send(self, status: int, payload: dict):
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test)

        return Handler


def _completion(request: dict, arguments) -> dict:
    tools = request.get("tools") or [{"function": {"name": "LLMExtraction"}}]
    name = tools[0]["function"]["name"]
    text = arguments if isinstance(arguments, str) else json.dumps(arguments)
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model", "fake"),
        "choices": [{
            "index": 0,
            "finish_reason": "tool_calls",
            "message": {
                "role": "assistant",
                "content": None,
                "tool_calls": [{"id": "call_1", "type": "function",
                                "function": {"name": name, "arguments": text}}],
            },
        }],
        "usage": USAGE,
    }
