#!/usr/bin/env python3
"""Cost of the safe HTTP session and ZIP reader against bare standard-library equivalents.

Serves a generated CSV-like file from the loopback fixture server and measures, in the same run:

* a cold ``HttpSession.fetch`` against the reference ``urllib.request.urlopen`` + ``copyfileobj``;
* a warm fetch (conditional request answered 304, no body);
* a fetch whose connection is cut half-way: time and bytes sent again after the resume;
* streaming the file out of a ZIP through ``open_zip_member`` (guards on) against a bare
  ``zipfile.ZipFile.open`` read.

Times are the best of three runs. Prints each figure, throughput and ratio, peak RSS; the last line is one JSON object.

    .venv/bin/python scripts/bench_net.py --small
    .venv/bin/python scripts/bench_net.py --mb 500
"""

import argparse
import json
import random
import resource
import shutil
import sys
import tempfile
import time
import urllib.request
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from netload_plugin.net.archive import open_zip_member
from netload_plugin.net.session import HttpSession, NetworkSettings
from tests.support.http_server import FixtureServer

MB = 1024 * 1024


def make_body(megabytes: int) -> bytes:
    """CSV-like rows (a 1 MiB block of random rows, repeated): realistic compressibility per window."""
    rng = random.Random(1)
    rows = []
    size = 0
    while size < MB:
        row = f"{rng.randint(1, 9_999_999)};SP;{rng.randint(3500000, 3599999)};{rng.random() * 100:.2f};2024-01-01\n"
        rows.append(row)
        size += len(row)
    block = "".join(rows).encode()[:MB]
    return block * megabytes


def timed(function, repeat: int = 1):
    """Best time of ``repeat`` runs (the machine is shared: the minimum is the least noisy)."""
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - started)
    return best, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", action="store_true", help="quick preset: 20 MiB")
    parser.add_argument("--mb", type=int, default=200, help="size of the served file in MiB (default 200)")
    args = parser.parse_args()
    megabytes = 20 if args.small else args.mb
    body = make_body(megabytes)
    results = {"size_mb": megabytes}

    with tempfile.TemporaryDirectory() as folder, FixtureServer() as server:
        folder = Path(folder)
        server.add_file("/data.csv", body)
        url = server.url("/data.csv")

        def reference_download():
            with urllib.request.urlopen(url, timeout=60) as reply, open(folder / "reference.csv", "wb") as out:
                shutil.copyfileobj(reply, out, 256 * 1024)

        reference_s, _ = timed(reference_download, 3)
        session = HttpSession(NetworkSettings(cache_dir=folder / "cache", backoff_s=0.01))
        cold_s, path = timed(lambda: session.fetch(url, refresh=True), 3)
        assert path.read_bytes() == body
        warm_s, _ = timed(lambda: session.fetch(url))
        server.drop_after("/data.csv", nbytes=len(body) // 2)
        resume_s, path = timed(lambda: session.fetch(url, refresh=True))
        assert path.read_bytes() == body
        resumed = [r for r in server.requests_for("/data.csv") if "Range" in r.headers]
        resent = len(body) - int(resumed[-1].headers["Range"][6:-1]) if resumed else len(body)

        results.update(
            reference_download_s=round(reference_s, 3),
            fetch_cold_s=round(cold_s, 3),
            fetch_cold_mb_s=round(megabytes / cold_s, 1),
            fetch_ratio_to_reference=round(cold_s / reference_s, 2),
            fetch_warm_304_s=round(warm_s, 4),
            fetch_resume_s=round(resume_s, 3),
            resume_bytes_sent_again=resent - len(body) // 2,
        )

        archive = folder / "data.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
            out.writestr("data.csv", body)

        def bare_zip():
            with zipfile.ZipFile(archive) as zipped, zipped.open("data.csv") as member:
                while member.read(MB):
                    pass

        def guarded_zip():
            _, stream = open_zip_member(archive)
            with stream:
                while stream.read(MB):
                    pass

        bare_s, _ = timed(bare_zip, 3)
        guarded_s, _ = timed(guarded_zip, 3)
        results.update(
            zip_ratio=round(len(body) / archive.stat().st_size, 1),
            zip_bare_s=round(bare_s, 3),
            zip_guarded_s=round(guarded_s, 3),
            zip_guarded_mb_s=round(megabytes / guarded_s, 1),
            zip_ratio_to_bare=round(guarded_s / bare_s, 2),
        )

    results["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    for key, value in results.items():
        print(f"{key:28s} {value}")
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
