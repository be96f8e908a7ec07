"""Hourly generation rows for store tests and benchmarks, and a writer a test can kill mid-COPY.

    python -m tests.support.store_rows SERVICE SCHEMA HOURS

publishes ``HOURS`` hours × 5,564 zones of generated generation rows to the store as one run,
in one COPY batch per 300,000 rows (run by the SIGKILL test, which kills it while PostgreSQL is
storing a batch).
"""

from __future__ import annotations

import sys

import numpy as np
import pandas as pd

from netload_plugin.core.pg_sql import Column, TableDefinition

GENERATION = TableDefinition(
    "gd_generation",
    (Column("zone_id", "string"), Column("time_utc", "datetime"), Column("generation_mw", "double"),
     Column("ghi_wm2", "double"), Column("capacity_kw", "double")),
    ("time_utc", "zone_id"), partition_by_month=True)
NATIONAL_ZONES = 5_564


def zone_ids(count: int = NATIONAL_ZONES) -> np.ndarray:
    """IBGE-like 7-digit zone codes."""
    return np.array([str(1_100_000 + number * 97) for number in range(count)], dtype=object)


def generation_frames(zones: np.ndarray, first: str, hours: int, rows_per_frame: int = 300_000, seed: int = 1):
    """Frames of whole hours (every zone each hour), like estimate_gd_generation's chunks.

    ``generation_mw`` is 0 at night and a seeded random value by day; ``capacity_kw`` is the zone's
    number + 1, so sums can be checked by hand.
    """
    random = np.random.default_rng(seed)
    times = pd.date_range(first, periods=hours, freq="h", tz="UTC")
    capacity = np.arange(1, len(zones) + 1, dtype=float)
    step = max(1, rows_per_frame // len(zones))
    for start in range(0, hours, step):
        chunk = times[start:start + step]
        n = len(chunk)
        daylight = np.repeat(np.asarray((chunk.hour >= 9) & (chunk.hour <= 21)), len(zones))
        yield pd.DataFrame({
            "zone_id": np.tile(zones, n),
            "time_utc": np.repeat(chunk.tz_localize(None).to_numpy(), len(zones)),
            "generation_mw": np.where(daylight, random.random(n * len(zones)), 0.0),
            "ghi_wm2": np.where(daylight, 500.0, 0.0),
            "capacity_kw": np.tile(capacity, n),
        })


def _publish(service: str, schema: str, hours: int) -> None:
    import psycopg2

    from netload_plugin.core.pg_store import RunRecord, Scope, Store

    zones = zone_ids()
    first = pd.Timestamp("2024-03-01", tz="UTC")
    connection = psycopg2.connect(f"service={service}", application_name="netload")
    with Store(connection, schema, wait_s=30) as store:
        store.start_run(RunRecord("test:killed", "0"))
        store.replace(GENERATION, generation_frames(zones, "2024-03-01", hours),
                      Scope(("zone_id",), list(zones), (first, first + pd.Timedelta(hours=hours))))
        store.commit()


if __name__ == "__main__":
    _publish(sys.argv[1], sys.argv[2], int(sys.argv[3]))
