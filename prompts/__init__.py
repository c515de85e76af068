"""The LLM backend's prompts: jinja2 templates rendered in a sandbox by ``extraction.prompting``.

- ``system.j2``: the rules, the partner's own instructions, and validated examples.
- ``message.j2``: the email itself, between markers, as data.
"""
