"""Keeping credentials out of what NetLoad writes down (the store's ``runs`` table, logs, reports).

A run's parameters and source URLs are provenance worth keeping; a password, a token or the user
part of a URL is not. :func:`redact` blanks them wherever they appear in a text: libpq
``password=…`` pairs, ``user:password@`` in URLs and secret-looking query parameters.
"""

from __future__ import annotations

import re

REDACTED = "***"
_SECRET_NAMES = r"(?:password|passwd|pwd|sslpassword|token|access_token|api_key|apikey|secret)"
_PAIR = re.compile(rf"(\b{_SECRET_NAMES}\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s&;]+)", re.IGNORECASE)
_USERINFO = re.compile(r"(\b[a-z][a-z0-9+.-]*://)[^/\s@]+@", re.IGNORECASE)


def redact(text: str) -> str:
    """``text`` with every password, token and URL user part replaced by ``***``."""
    text = _USERINFO.sub(rf"\g<1>{REDACTED}@", str(text))
    return _PAIR.sub(rf"\g<1>{REDACTED}", text)


def redact_all(value):
    """:func:`redact` applied to every string inside ``value`` (dicts, lists and tuples walked)."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {key: redact_all(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [redact_all(item) for item in value]
    return value
