"""The one HTTP session every NetLoad source uses.

Built on the standard library only (``urllib.request`` + ``ssl``), so it runs the same in
QGIS's bundled Python on Windows, in ``qgis_process`` and in a plain shell:

* retries with exponential backoff on 429, 5xx, timeouts and dropped connections,
  honouring ``Retry-After``; other 4xx fail at once with a message naming the URL;
* downloads land in a cache folder through a ``.part`` file and an atomic rename, so an
  interrupted or cancelled download never replaces the previous cached copy;
* a cached copy is revalidated with ``If-None-Match`` / ``If-Modified-Since`` (or by size
  when the server gives no validators) and reused on 304;
* a body cut mid-way is resumed with ``Range`` + ``If-Range``;
* TLS verification is always on; ``ca_bundle`` only *adds* certificates to the system
  store (ANEEL has served an incomplete chain);
* local paths and ``file://`` URLs are accepted wherever a URL is.

The QGIS side builds :class:`NetworkSettings` from the QGIS proxy/timeout options
(``geo.network.qgis_network_settings``); outside QGIS the defaults follow the environment
proxies, as urllib does.
"""

from __future__ import annotations

import email.utils
import hashlib
import http.client
import json
import os
import re
import shutil
import ssl
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from ..about import user_agent as default_user_agent
from ..core.errors import Cancelled, DownloadError, NetLoadError
from ..core.i18n import translate
from ..core.progress import Progress
from .filelock import FileLock
from .transfer import READ_CHUNK, RetryableError, Transfer

_MB = 1024 * 1024
_RETRYABLE_STATUS = frozenset({408, 425, 429})
_CACHE_NAME = re.compile(r"^[0-9a-f]{16}-[A-Za-z0-9._-]+$")
CONTEXT = "NetLoadNetwork"


def tr(text: str) -> str:
    """The analyst's language for messages they read (English without the plugin's translator)."""
    return translate(CONTEXT, text)


@dataclass
class NetworkSettings:
    """How the session talks to the network. Every field has a sensible default.

    ``retries`` counts the attempts after the first one. ``backoff_s`` is the first wait;
    each further wait doubles, capped at ``max_backoff_s`` (a ``Retry-After`` longer than
    the cap is cut to it too). ``proxy_url`` ``None`` means the environment/system proxies
    (``http_proxy``, ``https_proxy``, ``no_proxy``, the Windows registry), as urllib does;
    an empty string means no proxy at all. ``no_proxy`` lists hosts or URL prefixes reached
    without the proxy. ``offline_fallback`` lets :meth:`HttpSession.fetch` fall back to a
    cached copy, with a warning, when the server cannot be reached to revalidate it.
    ``timeout_s`` bounds each step of a request: connecting and receiving the headers, then
    every 64 KiB of the body (a server trickling a byte every few seconds fails it); 0 waits
    forever, as QGIS's own "0 ms" timeout does. ``stall_s`` is the overall stall limit: a request
    that has received nothing new for that long gives up, retries left or not (a server that
    sends headers and then silence no longer takes every retry's timeout); 0 means no limit.
    """

    timeout_s: float = 60.0
    stall_s: float = 150.0
    retries: int = 5
    backoff_s: float = 1.0
    max_backoff_s: float = 60.0
    cache_dir: Path | None = None
    ca_bundle: Path | None = None
    proxy_url: str | None = None
    no_proxy: tuple = ()
    extra_headers: dict = field(default_factory=dict)
    user_agent: str = field(default_factory=default_user_agent)
    offline_fallback: bool = True

    def resolved_cache_dir(self) -> Path:
        """The cache folder: ``cache_dir`` or ``<temp>/netload-cache`` (created on use)."""
        return Path(self.cache_dir) if self.cache_dir else Path(tempfile.gettempdir()) / "netload-cache"


class _RestartDownload(Exception):
    """The partial file cannot be continued (416, wrong Content-Range): start from zero."""


class HttpSession:
    """Downloads and small API requests with retries, resume, cache, proxy and TLS settings."""

    def __init__(self, settings: NetworkSettings | None = None):
        self.settings = settings or NetworkSettings()
        self._ssl_context = _ssl_context(self.settings.ca_bundle)
        https = urllib.request.HTTPSHandler(context=self._ssl_context)
        proxy_url = self.settings.proxy_url
        if proxy_url is None:
            proxied = urllib.request.ProxyHandler()  # environment / system proxies
        elif proxy_url:
            proxied = urllib.request.ProxyHandler({"http": proxy_url, "https": proxy_url})
        else:
            proxied = urllib.request.ProxyHandler({})
        self._opener = urllib.request.build_opener(proxied, https)
        self._direct_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), https)

    # -- public API -----------------------------------------------------------------------
    @property
    def cache_dir(self) -> Path:
        return self.settings.resolved_cache_dir()

    def cache_path_for(self, url: str) -> Path:
        """Where :meth:`fetch` keeps ``url``: a hash of the whole URL plus a safe base name.

        Never a name chosen by the server, so nothing can land outside the cache folder.
        """
        return self.cache_dir / cache_file_name(url)

    def clear_cache(self) -> int:
        """Delete the files this session put in the cache folder; return how many.

        Only names this module creates are touched, so a cache folder pointed at a shared
        directory by mistake loses nothing else.
        """
        removed = 0
        if not self.cache_dir.is_dir():
            return 0
        for path in self.cache_dir.iterdir():
            if path.suffix == ".lock":
                continue  # may be held by a running download; empty files
            base = re.sub(r"(\.part)?(\.json)?(\.tmp)?$", "", path.name)
            if path.is_file() and _CACHE_NAME.match(base):
                try:
                    path.unlink()
                except OSError:  # in use (Windows) or read-only: leave it
                    continue
                removed += 1
        return removed

    def fetch(self, url_or_path: str, progress: Progress | None = None, *, refresh: bool = False) -> Path:
        """Return a local file holding ``url_or_path``, downloading into the cache if needed.

        Local paths and ``file://`` URLs are returned as they are (no copy). ``refresh``
        ignores the cached copy and downloads again. Raises :class:`DownloadError` or
        :class:`Cancelled`; in both cases an earlier cached copy is left untouched.
        """
        progress = progress or Progress()
        local = local_path(url_or_path)
        if local is not None:
            if not local.is_file():
                raise DownloadError(tr("File not found: {}").format(local))
            return local
        url = _check_http_url(url_or_path)
        return _Download(self, url, progress, refresh).run()

    def get(
        self,
        url: str,
        params: dict | None = None,
        progress: Progress | None = None,
        headers: dict | None = None,
    ) -> bytes:
        """The body of a small reply (API JSON/CSV), with retries; nothing is cached.

        ``params`` are added to the query string. A body shorter than its Content-Length
        is retried like a dropped connection.
        """
        progress = progress or Progress()
        local = local_path(url)
        if local is not None:
            return _read_local(local)
        url = _with_params(_check_http_url(url), params)
        budget = _RetryBudget(self.settings, url, progress)
        while True:
            progress.check_cancelled()
            try:
                with Transfer(progress, self.settings.timeout_s) as transfer:
                    reply = transfer.open(lambda: self._open(url, headers or {}), url)
                    body = _read_checked(transfer, reply, _content_length(reply), budget)
                    decoder = _decoder(reply, url)
                    if decoder is None:
                        return body
                    decoded = _decode(decoder, body, flush=True)
                    if not decoder.eof:
                        raise RetryableError("the compressed reply ended early")
                    return decoded
            except RetryableError as error:
                budget.failed(error)

    def read_range(self, url: str, start: int, length: int, progress: Progress | None = None) -> bytes:
        """``length`` bytes of ``url`` from offset ``start`` (fewer only at end of file).

        Used for windows of Cloud-Optimized GeoTIFFs. The server must answer 206.
        """
        if start < 0 or length <= 0:
            raise ValueError("read_range needs start >= 0 and length > 0")
        progress = progress or Progress()
        local = local_path(url)
        if local is not None:
            with open(_existing(local), "rb") as stream:
                stream.seek(start)
                return stream.read(length)
        url = _check_http_url(url)
        budget = _RetryBudget(self.settings, url, progress)
        range_header = {"Range": f"bytes={start}-{start + length - 1}"}
        while True:
            progress.check_cancelled()
            try:
                with Transfer(progress, self.settings.timeout_s) as transfer:
                    reply = transfer.open(lambda: self._open(url, range_header, allow={416}), url)
                    if reply.status == 416:
                        return b""
                    if reply.status != 206:
                        raise DownloadError(
                            f"{url} does not support byte-range requests (HTTP {reply.status} "
                            "instead of 206 Partial Content): download the whole file instead."
                        )
                    return _read_checked(transfer, reply, _content_length(reply), budget)
            except RetryableError as error:
                budget.failed(error)

    # -- plumbing -------------------------------------------------------------------------
    def _headers(self, extra: dict) -> dict:
        headers = {"User-Agent": self.settings.user_agent, "Accept-Encoding": "identity"}
        headers.update(self.settings.extra_headers)
        headers.update(extra)
        return headers

    def _bypasses_proxy(self, url: str) -> bool:
        host = (urllib.parse.urlsplit(url).hostname or "").lower()
        for entry in self.settings.no_proxy:
            entry = str(entry).strip()
            if not entry:
                continue
            if "://" in entry:
                if url.startswith(entry):
                    return True
            elif host == entry.lower().lstrip(".") or host.endswith("." + entry.lower().lstrip(".")):
                return True
        return False

    def _open(self, url: str, headers: dict, method: str = "GET", allow: frozenset | set = frozenset()):
        """Open ``url``; HTTP errors become :class:`RetryableError` or :class:`DownloadError`.

        Statuses in ``allow`` (e.g. 304, 416) are returned as replies, not raised.
        """
        request = urllib.request.Request(url, headers=self._headers(headers), method=method)
        opener = self._direct_opener if self._bypasses_proxy(url) else self._opener
        timeout = self.settings.timeout_s if self.settings.timeout_s and self.settings.timeout_s > 0 else None
        try:
            return opener.open(request, timeout=timeout)
        except urllib.error.HTTPError as error:
            if error.code in allow:
                return error
            detail = _error_body(error)
            error.close()
            if error.code in _RETRYABLE_STATUS or error.code >= 500:
                raise RetryableError(
                    f"HTTP {error.code} {error.reason}", _retry_after(error.headers.get("Retry-After"))
                ) from None
            raise DownloadError(_status_message(url, error.code, error.reason, detail)) from None
        except urllib.error.URLError as error:
            reason = error.reason
            if isinstance(reason, ssl.SSLCertVerificationError):
                raise DownloadError(_tls_message(url, reason)) from None
            raise RetryableError(f"connection failed: {reason}") from None
        except (OSError, http.client.HTTPException) as error:
            if isinstance(error, ssl.SSLCertVerificationError):
                raise DownloadError(_tls_message(url, error)) from None
            raise RetryableError(f"connection failed: {error!r}") from None


class _RetryBudget:
    """Counts failed attempts, sleeps the backoff (cancel-aware) and gives up with a clear error."""

    def __init__(self, settings: NetworkSettings, url: str, progress: Progress):
        self.settings, self.url, self.progress = settings, url, progress
        self.attempts = 0  # every request made
        self.failures = 0  # failures since the last one that made progress
        self.last_error = ""
        self.last_data = time.monotonic()  # when bytes last arrived (or the request began)

    def received(self) -> None:
        """Bytes arrived: the stall clock starts again."""
        self.last_data = time.monotonic()

    def failed(self, error: RetryableError, made_progress: bool = False, received: str = "") -> None:
        """Record a failed attempt; sleep before the next one or raise :class:`DownloadError`."""
        self.attempts += 1
        self.last_error = str(error)
        self.failures = 0 if made_progress else self.failures + 1
        stalled = time.monotonic() - self.last_data
        if self.settings.stall_s and stalled > self.settings.stall_s:
            raise DownloadError(
                f"Download of {self.url} stalled: nothing received for {stalled:.0f} s "
                f"(limit {self.settings.stall_s:g} s, {self.attempts} attempts); "
                f"last error: {self.last_error}{received}. "
                "The server is not sending; try again later."
            )
        if self.failures > self.settings.retries:
            raise DownloadError(tr(
                "Download of {} failed after {} attempts; last error: {}{}. Check the network or proxy settings "
                "and try again later.").format(self.url, self.attempts, self.last_error, received))
        delay = 0.0 if made_progress else self.settings.backoff_s * 2 ** (self.failures - 1)
        what = "resuming" if made_progress else f"retry {self.failures} of {self.settings.retries}"
        if error.retry_after is not None:
            delay = max(delay, error.retry_after)
        delay = min(delay, self.settings.max_backoff_s)
        self.progress.info(
            f"{self.url}: {self.last_error}{received}; {what} in {delay:.1f} s"
        )
        _sleep(delay, self.progress)


class _Download:
    """One :meth:`HttpSession.fetch` of an http(s) URL into the cache."""

    def __init__(self, session: HttpSession, url: str, progress: Progress, refresh: bool):
        self.session, self.url, self.progress = session, url, progress
        self.target = session.cache_path_for(url)
        self.meta_path = _sidecar(self.target)
        self.part = self.target.with_name(self.target.name + ".part")
        self.part_meta_path = _sidecar(self.part)
        self.lock_path = self.target.with_name(self.target.name + ".lock")
        self.refresh = refresh
        self.cached: dict | None = None
        self.budget = _RetryBudget(session.settings, url, progress)
        self.expected: int | None = None
        self.best = 0  # largest .part size reached: progress resets the retry budget

    # -- flow --------------------------------------------------------------------------
    def run(self) -> Path:
        # One writer per cached file across threads and processes; the others wait, then
        # usually find the copy just downloaded still valid (304).
        waiting = f"Waiting for another download of {self.url} to finish..."
        try:
            with FileLock(self.lock_path, self.progress, waiting):
                return self._run()
        except OSError as error:  # network errors are converted earlier: this is the disk
            raise DownloadError(
                f"Could not write the download of {self.url} to the cache folder {self.target.parent} "
                f"({error}). Free some disk space or choose another cache folder (setting netload/cache_dir)."
            ) from None

    def _run(self) -> Path:
        self.cached = None if self.refresh else self._valid_cache()
        if self._part_meta() is None:
            self._drop_part()
        self.best = self._part_size()
        try:
            while True:
                self.progress.check_cancelled()
                try:
                    return self._attempt()
                except _RestartDownload:
                    self._drop_part()
                except RetryableError as error:
                    after = self._part_size()
                    progressed = after >= self.best + READ_CHUNK  # a trickle's few bytes are no progress
                    self.best = max(self.best, after)
                    received = (
                        f"; {_mb(after)} of {_mb(self.expected) if self.expected else 'an unknown size'} received"
                        if after or self.expected
                        else ""
                    )
                    try:
                        self.budget.failed(error, made_progress=progressed, received=received)
                    except DownloadError:
                        if self.cached is not None and self.session.settings.offline_fallback:
                            self.progress.warning(
                                f"Could not check {self.url} for a newer version ({error}); "
                                f"using the cached copy {self.target}."
                            )
                            return self.target
                        raise
        except Cancelled:
            self._drop_part()
            raise

    def _attempt(self) -> Path:
        part_meta = self._part_meta()
        offset = self._part_size() if part_meta else 0
        headers = {}
        if offset:
            headers["Range"] = f"bytes={offset}-"
            headers["If-Range"] = _if_range_validator(part_meta)
        elif self.cached is not None:
            if not (self.cached.get("etag") or self.cached.get("last_modified")):
                if self._same_size_as_cache():
                    return self._reuse_cache("same size, the server gives no validators")
            if self.cached.get("etag"):
                headers["If-None-Match"] = self.cached["etag"]
            if self.cached.get("last_modified"):
                headers["If-Modified-Since"] = self.cached["last_modified"]
        with Transfer(self.progress, self.session.settings.timeout_s) as transfer:
            reply = transfer.open(lambda: self.session._open(self.url, headers, allow={304, 416}), self.url)
            if reply.status == 304:
                if self.cached is None:
                    raise RetryableError("HTTP 304 Not Modified without a cached copy")
                self._write_meta(self.meta_path, reply, _file_size(self.target))
                return self._reuse_cache("not modified")
            if reply.status == 416:
                raise _RestartDownload()
            if reply.status == 206:
                start, total = _content_range(reply.headers.get("Content-Range"))
                if start != offset:
                    raise _RestartDownload()
                length = _content_length(reply)
                self.expected = total if total is not None else (offset + length if length is not None else None)
                mode = "ab"
            else:
                offset = 0
                length = _content_length(reply)
                self.expected = length
                mode = "wb"
            self._check_free_space(offset)
            if mode == "wb":
                self._write_meta(self.part_meta_path, reply, self.expected)
            return self._receive(transfer, reply, offset, mode)

    def _check_free_space(self, offset: int) -> None:
        """Fail before the first byte when the cache folder's disk cannot hold the rest."""
        if self.expected is None:
            return
        needed = self.expected - offset
        free = shutil.disk_usage(self.target.parent).free
        if needed > free:
            raise DownloadError(
                f"{self.url} needs {_mb(needed)} but the disk of the cache folder {self.target.parent} has "
                f"only {_mb(free)} free. Free some space or choose another cache folder (setting netload/cache_dir)."
            )

    def _receive(self, transfer: Transfer, reply, offset: int, mode: str) -> Path:
        expected = self.expected
        size_text = _mb(expected) if expected is not None else "unknown size"
        if offset:
            self.progress.info(f"Resuming {self.url} at {_mb(offset)} of {size_text}")
        else:
            self.progress.info(f"Downloading {self.url} ({size_text})")
        received = offset
        step = max(expected // 10, 10 * _MB) if expected else 50 * _MB
        next_report = received + step
        started = time.monotonic()
        decoder = _decoder(reply, self.url)
        with open(self.part, mode) as out:
            while True:
                self.progress.check_cancelled()
                try:
                    chunk = transfer.read(reply)
                except (OSError, http.client.HTTPException) as error:
                    raise RetryableError(f"connection lost mid-download: {error!r}") from None
                if not chunk:
                    break
                self.budget.received()
                out.write(_decode(decoder, chunk) if decoder else chunk)
                received += len(chunk)
                if expected:
                    self.progress.set_fraction(received / expected)
                if received >= next_report:
                    self.progress.info(f"  {_mb(received)} of {size_text}")
                    next_report += step
            if expected is not None and received != expected:
                raise RetryableError("the connection closed before the end of the file")
            if decoder:
                out.write(_decode(decoder, b"", flush=True))
                if not decoder.eof:
                    raise RetryableError("the compressed reply ended early")
        return self._commit(self._part_size(), time.monotonic() - started)

    # -- cache ---------------------------------------------------------------------------
    def _commit(self, size: int, seconds: float) -> Path:
        meta = self._part_meta() or {}
        meta.update(size=size, url=self.url)
        self.meta_path.unlink(missing_ok=True)  # a copy without sidecar is never trusted
        try:
            os.replace(self.part, self.target)
        except OSError as error:
            raise DownloadError(
                f"Could not replace the cached copy {self.target} ({error}); "
                "close any layer or program using it and run again."
            ) from None
        _write_json(self.meta_path, meta)
        self.part_meta_path.unlink(missing_ok=True)
        self.progress.set_fraction(1.0)
        self.progress.info(f"Downloaded {_mb(size)} in {seconds:.1f} s to {self.target}")
        return self.target

    def _valid_cache(self) -> dict | None:
        meta = _read_json(self.meta_path)
        if meta is None or meta.get("url") != self.url or meta.get("size") != _file_size(self.target):
            return None
        return meta

    def _same_size_as_cache(self) -> bool:
        try:
            with Transfer(self.progress, self.session.settings.timeout_s) as transfer:
                reply = transfer.open(lambda: self.session._open(self.url, {}, method="HEAD"), self.url)
                return _content_length(reply) == self.cached.get("size")
        except (DownloadError, RetryableError):
            return False

    def _reuse_cache(self, why: str) -> Path:
        self.progress.info(f"Using the cached copy of {self.url} ({why}): {self.target}")
        self.progress.set_fraction(1.0)
        return self.target

    def _write_meta(self, path: Path, reply, size: int | None) -> None:
        meta = {
            "url": self.url,
            "etag": reply.headers.get("ETag"),
            "last_modified": reply.headers.get("Last-Modified"),
            "size": size,
            "content_encoding": _encoding(reply) or None,
        }
        if path == self.meta_path and self.cached is not None:
            meta = {**self.cached, **{k: v for k, v in meta.items() if v is not None}}
            self.cached = meta
        _write_json(path, meta)

    def _part_meta(self) -> dict | None:
        meta = _read_json(self.part_meta_path)
        if meta is None or meta.get("url") != self.url or not self.part.is_file():
            return None
        if not _if_range_validator(meta) or meta.get("content_encoding"):
            return None  # If-Range needs a strong validator, and a decoded body has no byte ranges
        return meta

    def _part_size(self) -> int:
        return _file_size(self.part) or 0

    def _drop_part(self) -> None:
        self.part.unlink(missing_ok=True)
        self.part_meta_path.unlink(missing_ok=True)


# -- helpers ---------------------------------------------------------------------------------
def cache_file_name(url: str) -> str:
    """``<16 hex of sha256(url)>-<sanitized last path segment>``; never a server-chosen path."""
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]
    segment = urllib.parse.unquote(urllib.parse.urlsplit(url).path.rstrip("/").rpartition("/")[2])
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", segment).strip("._")[-80:].lstrip("._")
    return f"{digest}-{safe or 'download'}"


def local_path(url_or_path: str) -> Path | None:
    """The local file a path or ``file://`` URL names; ``None`` for http(s) and other URLs."""
    text = str(url_or_path).strip()
    parts = urllib.parse.urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme == "file":
        remote = parts.netloc and parts.netloc.lower() != "localhost"  # file://server/share: a UNC path
        return Path(urllib.request.url2pathname(f"//{parts.netloc}{parts.path}" if remote else parts.path))
    if len(scheme) <= 1:  # no scheme, or a Windows drive letter ("C:\\data\\gd.csv")
        return Path(text)
    return None


def _check_http_url(url: str) -> str:
    parts = urllib.parse.urlsplit(str(url).strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise DownloadError(f"Not an http(s) URL, file:// URL or local path: {url}")
    return urllib.parse.urlunsplit(parts)


def _with_params(url: str, params: dict | None) -> str:
    if not params:
        return url
    parts = urllib.parse.urlsplit(url)
    query = urllib.parse.urlencode([(k, v) for k, v in params.items() if v is not None], doseq=True)
    joined = f"{parts.query}&{query}" if parts.query else query
    return urllib.parse.urlunsplit(parts._replace(query=joined))


def _existing(path: Path) -> Path:
    if not path.is_file():
        raise DownloadError(tr("File not found: {}").format(path))
    return path


def _read_local(path: Path) -> bytes:
    return _existing(path).read_bytes()


def _ssl_context(ca_bundle: Path | None) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if ca_bundle:
        try:
            context.load_verify_locations(cafile=str(ca_bundle))
        except (OSError, ssl.SSLError) as error:
            raise NetLoadError(
                f"The extra CA bundle {ca_bundle} could not be loaded ({error}); "
                "it must be a PEM file of certificates."
            ) from None
    return context


def _content_length(reply) -> int | None:
    value = reply.headers.get("Content-Length")
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _content_range(value: str | None) -> tuple[int | None, int | None]:
    """``bytes 100-199/1000`` → (100, 1000); unknown parts are ``None``."""
    match = re.match(r"\s*bytes\s+(\d+)-(\d+)/(\d+|\*)", value or "")
    if not match:
        return None, None
    return int(match.group(1)), (int(match.group(3)) if match.group(3) != "*" else None)


def _read_checked(transfer: Transfer, reply, expected: int | None, budget: _RetryBudget) -> bytes:
    """The whole body of a small reply, chunk by chunk through ``transfer``; a short body is retryable."""
    chunks, received = [], 0
    while True:
        budget.progress.check_cancelled()
        try:
            chunk = transfer.read(reply)
        except (OSError, http.client.HTTPException) as error:
            raise RetryableError(f"connection lost while reading the reply: {error!r}") from None
        if not chunk:
            break
        budget.received()
        chunks.append(chunk)
        received += len(chunk)
    if expected is not None and received != expected:
        raise RetryableError(f"reply truncated: {received} of {expected} bytes")
    return b"".join(chunks)


def _retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _error_body(error: urllib.error.HTTPError) -> str:
    try:
        text = error.read(300).decode("utf-8", "replace")
    except Exception:  # noqa: BLE001 - a body we cannot read adds nothing
        return ""
    return " ".join(text.split())[:200]


def _status_message(url: str, status: int, reason: str, detail: str) -> str:
    message = f"HTTP {status} {reason} for {url}"
    if status == 404:
        message += ". " + tr("The file is not there: check the URL (sources sometimes move their files).")
    elif status == 403:
        message += ". " + tr("The server refused access. Some servers (ONS among them) block cloud and "
                             "data-centre IP ranges: try from another network or through a proxy.")
    elif status in (401, 407):
        message += ". " + tr("Authentication is required: check the API key or the proxy user and password.")
    else:
        message += "."
    if detail:
        message += " " + tr("Server said: {}").format(detail)
    return message


def _tls_message(url: str, reason) -> str:
    return tr(
        "The TLS certificate of {} could not be verified ({}). If the server sends an incomplete certificate "
        "chain (ANEEL has), save the missing intermediate certificate as a PEM file and set it as the extra CA "
        "bundle (Settings ▸ Options ▸ NetLoad, setting netload/ca_bundle). Verification is never switched off."
    ).format(urllib.parse.urlsplit(url).hostname, reason)


def _sleep(seconds: float, progress: Progress) -> None:
    end = time.monotonic() + seconds
    while True:
        progress.check_cancelled()
        left = end - time.monotonic()
        if left <= 0:
            return
        time.sleep(min(left, 0.2))


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def _file_size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def _read_json(path: Path) -> dict | None:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def _write_json(path: Path, value: dict) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(value, indent=1), encoding="utf-8")
    os.replace(temporary, path)


def _mb(size: int | None) -> str:
    if size is None:
        return "unknown size"
    return f"{size:,} bytes" if size < _MB else f"{size / _MB:.1f} MB"


def _encoding(reply) -> str:
    return (reply.headers.get("Content-Encoding") or "").strip().lower()


def _decoder(reply, url: str):
    """A streaming decoder when the server compressed the body although asked not to."""
    encoding = _encoding(reply)
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj()
    raise DownloadError(f"{url} was sent with Content-Encoding {encoding!r}, which cannot be decoded here.")


def _decode(decoder, data: bytes, flush: bool = False) -> bytes:
    try:
        return decoder.decompress(data) + (decoder.flush() if flush else b"")
    except zlib.error as error:
        raise RetryableError(f"the compressed reply could not be decoded ({error})") from None


def _if_range_validator(meta: dict) -> str | None:
    """The validator ``If-Range`` may carry: a strong ETag, else Last-Modified."""
    etag = meta.get("etag")
    if etag and not etag.startswith("W/"):
        return etag
    return meta.get("last_modified")


