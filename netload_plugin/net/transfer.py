"""Blocking network calls that can always be interrupted: by cancel, by a deadline, by Ctrl+C.

urllib blocks inside the socket: a socket timeout bounds one ``recv``, not a transfer, so a server
that trickles a byte every two seconds was never timed out, and nothing could check the user's
cancel while a read waited (cancel was honoured after 100 s, Ctrl+C in ``qgis_process`` after
40 s). Here each blocking step of a request — opening it (connect, TLS, headers) and reading each
:data:`READ_CHUNK` of the body — runs in one helper thread while the calling thread waits in
steps of :data:`POLL_S`, checking cancel; a step that outlives its deadline, or a cancel, shuts the
socket down so the helper ends too. The calling thread only waits on a future, which Ctrl+C
interrupts at once: a Ctrl+C during a transfer is a cancel (:class:`~..core.errors.Cancelled`).

Ctrl+C needs Python's SIGINT handler, which is not always there: a shell running a job in the
background starts it with SIGINT ignored, and ``qgis_process`` (QGIS 3.22) replaces the handler
after Python's start, so the signal never reached Python code. A transfer waiting in the main
thread (shell clients, ``qgis_process``; the desktop runs algorithms in task threads) installs it
again (:func:`restore_ctrl_c`).

Deadlines (see ``NetworkSettings``): opening the request and every chunk of the body must each
finish within ``timeout_s`` — a minimum rate of 64 KiB per ``timeout_s`` that a trickling server
does not meet (each read takes what has arrived, up to 256 KiB, so a fast link is not slowed).
The overall stall limit across retries is the retry budget's (``session.py``).
"""

from __future__ import annotations

import signal
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from ..core.errors import Cancelled
from ..core.progress import Progress

POLL_S = 0.2
READ_CHUNK = 64 * 1024  # the unit of the rate deadline
READ_SIZE = 256 * 1024  # the most one read returns


class RetryableError(Exception):
    """One attempt failed in a way worth retrying: a step past its deadline, a dropped connection, a 5xx."""

    def __init__(self, reason: str, retry_after: float | None = None):
        super().__init__(reason)
        self.retry_after = retry_after


class Transfer:
    """The blocking steps of one request, run in a helper thread; use as a context manager.

    The transfer owns the reply :meth:`open` returns and closes it on exit — after shutting its
    socket down if a step is still running, so leaving never waits for a blocked read (a Ctrl+C
    between two steps once left ``close()`` waiting for the helper's ``recv``).
    """

    def __init__(self, progress: Progress, timeout_s: float):
        self.progress = progress
        self.timeout_s = timeout_s if timeout_s and timeout_s > 0 else None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="netload-http")
        self._reply = None
        self._busy = False  # a step is running in the helper thread
        self._window_start, self._window_bytes = None, 0

    def __enter__(self) -> Transfer:
        return self

    def __exit__(self, *exc) -> None:
        try:
            if self._busy:
                _shut_down(self._reply)
            if self._reply is not None:
                self._reply.close()
        except Exception:  # noqa: BLE001 - a half-closed reply may fail to close; it is dropped anyway
            pass
        finally:
            self._pool.shutdown(wait=False)

    def open(self, opener, what: str):
        """``opener()`` (returns a reply) within ``timeout_s``; the reply is watched from then on."""
        deadline = time.monotonic() + self.timeout_s if self.timeout_s else None
        self._reply = self._wait(opener, f"no answer from {what} within {self.timeout_s:g} s" if self.timeout_s
                                 else "", deadline)
        self._window_start = None  # the body's first chunk is timed from the headers
        return self._reply

    def read(self, reply) -> bytes:
        """The next bytes of ``reply`` (at most :data:`READ_SIZE`; empty at its end).

        Each read returns what has arrived; the deadline is on the rate: every :data:`READ_CHUNK`
        of the body must arrive within ``timeout_s`` of the previous one.
        """
        if self._window_start is None:
            self._window_start, self._window_bytes = time.monotonic(), 0
        deadline = self._window_start + self.timeout_s if self.timeout_s else None
        late = f"less than {READ_CHUNK // 1024} KiB of data in {self.timeout_s:g} s" if self.timeout_s else ""
        self._reply = reply
        data = self._wait(lambda: reply.read1(READ_SIZE), late, deadline)
        self._window_bytes += len(data)
        if self._window_bytes >= READ_CHUNK:
            self._window_start, self._window_bytes = time.monotonic(), 0
        elif data and deadline is not None and time.monotonic() > deadline:  # a trickle: bytes, but too few
            raise RetryableError(late)
        return data

    def _wait(self, step, late: str, deadline: float | None):
        restore_ctrl_c()
        try:
            future = self._pool.submit(self._run, step)
            while True:
                try:
                    return future.result(timeout=POLL_S)
                except FutureTimeout:
                    if self.progress.is_cancelled():
                        raise Cancelled() from None
                    if deadline is not None and time.monotonic() > deadline:
                        raise RetryableError(late) from None
        except BaseException as error:  # cancel, deadline, Ctrl+C: free the helper blocked in the socket
            if self._busy:
                _shut_down(self._reply)
            if isinstance(error, KeyboardInterrupt):
                raise Cancelled() from None
            raise

    def _run(self, step):
        """``step()`` in the helper thread, flagged as running so that leaving can unblock it."""
        self._busy = True
        try:
            return step()
        finally:
            self._busy = False


def _shut_down(reply) -> None:
    """Shut the reply's socket down: a ``recv`` blocked in the helper thread returns at once."""
    sock = _socket_of(reply)
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def restore_ctrl_c() -> None:
    """Make Ctrl+C (SIGINT) raise KeyboardInterrupt in this process's main thread, whatever was set before.

    Only the main thread may set a handler and receives signals; elsewhere this does nothing.
    """
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.default_int_handler)


def _socket_of(reply):
    """The socket under an ``http.client`` reply, when there is one (``fp.raw._sock`` of its SocketIO)."""
    raw = getattr(getattr(reply, "fp", None), "raw", None)
    sock = getattr(raw, "_sock", None)
    return sock if isinstance(sock, socket.socket) else None
