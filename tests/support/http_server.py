"""A loopback HTTP server for tests: serves files and canned replies, and injects faults.

Tests never reach the internet: every source client is pointed at this server instead.

    with FixtureServer(root=shared_data) as server:
        server.fail("/aneel/gd.csv", status=500, times=2)     # two 500s, then the file
        server.drop_after("/big.zip", nbytes=1000, times=1)   # cut the body once
        server.trickle("/big.zip", seconds=2.0)                # one byte every 2 s
        server.silence("/big.zip")                             # headers, then nothing until the server stops
        url = server.url("/aneel/gd.csv")

Files support ``Range`` (206), ``If-None-Match``/``If-Modified-Since`` (304), ``ETag`` and
``Last-Modified``. ``server.route(path, handler)`` answers a path with a function of the
request (for paged APIs); ``server.requests`` records every request for assertions.
"""

from __future__ import annotations

import email.utils
import hashlib
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable
from urllib.parse import parse_qs, unquote, urlsplit


@dataclass
class Reply:
    """A canned reply returned by a route handler."""

    body: bytes = b""
    status: int = 200
    headers: dict = field(default_factory=dict)
    content_type: str = "application/octet-stream"


@dataclass
class RecordedRequest:
    method: str
    path: str
    query: dict
    headers: dict


@dataclass
class _Fault:
    kind: str  # "status" | "drop" | "length" | "delay" | "trickle" | "silence"
    times: int
    status: int = 500
    nbytes: int = 0
    seconds: float = 0.0


class FixtureServer:
    """Threaded HTTP server on 127.0.0.1 with a free port. Use as a context manager."""

    def __init__(self, root: Path | None = None):
        self.root = Path(root) if root else None
        self.requests: list[RecordedRequest] = []
        self._routes: dict[str, Callable[[RecordedRequest], Reply]] = {}
        self._faults: dict[str, list[_Fault]] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()  # ends trickles and silences when the server stops
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    # -- lifecycle ------------------------------------------------------------------------
    def __enter__(self) -> FixtureServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + (path if path.startswith("/") else "/" + path)

    # -- configuration --------------------------------------------------------------------
    def route(self, path: str, handler: Callable[[RecordedRequest], Reply]) -> None:
        """Answer ``path`` (without query) with ``handler(request)``."""
        self._routes[path] = handler

    def add_file(self, path: str, body: bytes, content_type: str = "application/octet-stream") -> None:
        """Serve fixed bytes at ``path`` (with Range and validators, like a file)."""
        self._routes[path] = lambda _req, b=body, c=content_type: Reply(body=b, content_type=c)

    def fail(self, path: str, status: int = 500, times: int = 1) -> None:
        """Answer the next ``times`` requests of ``path`` with ``status`` and a short body."""
        self._add_fault(path, _Fault("status", times, status=status))

    def drop_after(self, path: str, nbytes: int, times: int = 1) -> None:
        """Send the full Content-Length header but close the connection after ``nbytes``."""
        self._add_fault(path, _Fault("drop", times, nbytes=nbytes))

    def wrong_length(self, path: str, extra: int = 100, times: int = 1) -> None:
        """Announce ``extra`` more bytes than the body has, then close."""
        self._add_fault(path, _Fault("length", times, nbytes=extra))

    def delay(self, path: str, seconds: float, times: int = 1) -> None:
        """Wait ``seconds`` before answering."""
        self._add_fault(path, _Fault("delay", times, seconds=seconds))

    def trickle(self, path: str, seconds: float, times: int = 1) -> None:
        """Send the headers, then the body one byte every ``seconds`` (a server that never quite stalls)."""
        self._add_fault(path, _Fault("trickle", times, seconds=seconds))

    def silence(self, path: str, seconds: float = 3600.0, times: int = 1) -> None:
        """Send the headers, then nothing for ``seconds`` (or until the server stops), then close."""
        self._add_fault(path, _Fault("silence", times, seconds=seconds))

    def requests_for(self, path: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path == path]

    def _add_fault(self, path: str, fault: _Fault) -> None:
        with self._lock:
            self._faults.setdefault(path, []).append(fault)

    def _take_fault(self, path: str, kinds: tuple) -> _Fault | None:
        with self._lock:
            for fault in self._faults.get(path, []):
                if fault.kind in kinds and fault.times > 0:
                    fault.times -= 1
                    return fault
        return None

    # -- request handling -----------------------------------------------------------------
    def _handler_class(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep test output clean
                pass

            def do_HEAD(self):
                self._handle(send_body=False)

            def do_GET(self):
                self._handle(send_body=True)

            def _handle(self, send_body: bool):
                parts = urlsplit(self.path)
                path = unquote(parts.path)
                request = RecordedRequest(self.command, path, parse_qs(parts.query), dict(self.headers))
                with server._lock:
                    server.requests.append(request)
                delay = server._take_fault(path, ("delay",))
                if delay:
                    server._stopping.wait(delay.seconds)
                status_fault = server._take_fault(path, ("status",))
                if status_fault:
                    self._send_simple(status_fault.status, f"injected {status_fault.status}".encode())
                    return
                if path in server._routes:
                    reply = server._routes[path](request)
                    if reply.status != 200:
                        self._send_simple(reply.status, reply.body, reply.headers, reply.content_type)
                        return
                    self._send_content(path, reply.body, reply.content_type, None, reply.headers, send_body)
                    return
                file_path = server._resolve(path)
                if file_path is None:
                    self._send_simple(404, b"not found")
                    return
                stat = file_path.stat()
                self._send_content(path, file_path.read_bytes(), _content_type(file_path), stat.st_mtime, {}, send_body)

            def _send_simple(self, status, body, headers=None, content_type="text/plain"):
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

            def _send_content(self, path, body, content_type, mtime, headers, send_body):
                etag = '"' + hashlib.sha1(body).hexdigest() + '"'
                last_modified = email.utils.formatdate(mtime or 1_700_000_000, usegmt=True)
                if self.headers.get("If-None-Match") == etag or (
                    "If-None-Match" not in self.headers and self.headers.get("If-Modified-Since") == last_modified
                ):
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                start, end, status = 0, len(body), 200
                range_header = self.headers.get("Range", "")
                if range_header.startswith("bytes=") and (
                    "If-Range" not in self.headers or self.headers["If-Range"] in (etag, last_modified)
                ):
                    first, _, last = range_header[6:].partition("-")
                    start = int(first or 0)
                    end = int(last) + 1 if last else len(body)
                    if start >= len(body):
                        self._send_simple(416, b"", {"Content-Range": f"bytes */{len(body)}"})
                        return
                    status = 206
                chunk = body[start:end]
                drop = server._take_fault(path, ("drop",)) if send_body else None
                wrong = server._take_fault(path, ("length",)) if send_body else None
                slow = server._take_fault(path, ("trickle", "silence")) if send_body else None
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(chunk) + (wrong.nbytes if wrong else 0)))
                self.send_header("Accept-Ranges", "bytes")
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", last_modified)
                if status == 206:
                    self.send_header("Content-Range", f"bytes {start}-{end - 1}/{len(body)}")
                for key, value in headers.items():
                    self.send_header(key, value)
                if drop or wrong:
                    self.send_header("Connection", "close")
                self.end_headers()
                if not send_body:
                    return
                if slow:
                    self._send_slowly(chunk, slow)
                    return
                if drop:
                    self.wfile.write(chunk[: drop.nbytes])
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self.wfile.write(chunk)
                if wrong:
                    self.wfile.flush()
                    self.close_connection = True

            def _send_slowly(self, body: bytes, fault: _Fault) -> None:
                """A trickle (one byte per ``fault.seconds``) or a silence, until done, the client leaves or
                the server stops."""
                self.wfile.flush()
                self.close_connection = True
                if fault.kind == "silence":
                    server._stopping.wait(fault.seconds)
                    return
                for offset in range(len(body)):
                    if server._stopping.wait(fault.seconds):
                        return
                    try:
                        self.wfile.write(body[offset:offset + 1])
                        self.wfile.flush()
                    except OSError:  # the client gave up
                        return

        return Handler

    def _resolve(self, path: str) -> Path | None:
        if self.root is None:
            return None
        candidate = (self.root / path.lstrip("/")).resolve()
        root = self.root.resolve()
        if root not in candidate.parents and candidate != root:
            return None
        return candidate if candidate.is_file() else None


def _content_type(path: Path) -> str:
    suffix = path.suffix.lower()
    return {
        ".json": "application/json",
        ".csv": "text/csv",
        ".zip": "application/zip",
        ".tif": "image/tiff",
    }.get(suffix, "application/octet-stream")
