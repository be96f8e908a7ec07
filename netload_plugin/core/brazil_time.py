"""Brasília local time (``America/Sao_Paulo``) to UTC, with Brazil's historical daylight saving.

ONS's curva de carga CSV stamps hours in Brasília local time, which kept daylight saving
(UTC-2 in summer, UTC-3 otherwise) until February 2019. The conversion uses the IANA
database through :mod:`zoneinfo`; on machines without it (Windows Pythons without the
``tzdata`` package) it falls back to :data:`DST_PERIODS_UTC`, the same transitions written
out here (generated from IANA tzdata and checked against it by the tests).

Every transition happened at local midnight: DST started at 00:00 standard time (the local
hour 00:00-01:00 did not exist) and ended at 00:00 DST time (the local hour 23:00-24:00 of
the previous day happened twice).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from functools import lru_cache

import numpy as np
import pandas as pd

ZONE_NAME = "America/Sao_Paulo"
STANDARD_OFFSET_H = -3
DST_OFFSET_H = -2

# (first UTC instant with DST, first UTC instant back on standard time), 1985-2019.
# DST always began at 03:00Z (00:00 local standard) and ended at 02:00Z (00:00 local DST).
DST_PERIODS_UTC = tuple(
    (datetime.fromisoformat(start + "T03:00+00:00"), datetime.fromisoformat(end + "T02:00+00:00"))
    for start, end in (
        ("1985-11-02", "1986-03-15"), ("1986-10-25", "1987-02-14"), ("1987-10-25", "1988-02-07"),
        ("1988-10-16", "1989-01-29"), ("1989-10-15", "1990-02-11"), ("1990-10-21", "1991-02-17"),
        ("1991-10-20", "1992-02-09"), ("1992-10-25", "1993-01-31"), ("1993-10-17", "1994-02-20"),
        ("1994-10-16", "1995-02-19"), ("1995-10-15", "1996-02-11"), ("1996-10-06", "1997-02-16"),
        ("1997-10-06", "1998-03-01"), ("1998-10-11", "1999-02-21"), ("1999-10-03", "2000-02-27"),
        ("2000-10-08", "2001-02-18"), ("2001-10-14", "2002-02-17"), ("2002-11-03", "2003-02-16"),
        ("2003-10-19", "2004-02-15"), ("2004-11-02", "2005-02-20"), ("2005-10-16", "2006-02-19"),
        ("2006-11-05", "2007-02-25"), ("2007-10-14", "2008-02-17"), ("2008-10-19", "2009-02-15"),
        ("2009-10-18", "2010-02-21"), ("2010-10-17", "2011-02-20"), ("2011-10-16", "2012-02-26"),
        ("2012-10-21", "2013-02-17"), ("2013-10-20", "2014-02-16"), ("2014-10-19", "2015-02-22"),
        ("2015-10-18", "2016-02-21"), ("2016-10-16", "2017-02-19"), ("2017-10-15", "2018-02-18"),
        ("2018-11-04", "2019-02-17"),
    )
)


def dst_periods_from_zoneinfo(first_year: int = 1985, last_year: int = 2019):
    """The DST periods of ``America/Sao_Paulo`` read from the IANA database (``zoneinfo``).

    Raises whatever ``zoneinfo`` raises when the database is missing.
    """
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(ZONE_NAME)
    periods, start = [], None
    day = datetime(first_year, 1, 1, 12, tzinfo=timezone.utc)
    stop = datetime(last_year + 1, 12, 31, tzinfo=timezone.utc)
    previous = day.astimezone(zone).utcoffset()
    while day < stop:
        following = day + timedelta(days=1)
        offset = following.astimezone(zone).utcoffset()
        if offset != previous:
            instant = day
            while instant.astimezone(zone).utcoffset() == previous:
                instant += timedelta(hours=1)
            if offset == timedelta(hours=DST_OFFSET_H):
                start = instant
            elif start is not None:
                periods.append((start, instant))
                start = None
            previous = offset
        day = following
    return tuple(p for p in periods if first_year <= p[0].year <= last_year)


@lru_cache(maxsize=1)
def dst_periods() -> tuple:
    """DST periods from ``zoneinfo`` when it works, else the built-in table."""
    try:
        return dst_periods_from_zoneinfo()
    except Exception:  # noqa: BLE001 (ZoneInfoNotFoundError, missing tzdata, …): use the table
        return DST_PERIODS_UTC


def local_to_utc(local: pd.Series, periods=None) -> tuple[pd.Series, np.ndarray, np.ndarray]:
    """Convert naive Brasília local times to UTC.

    Returns ``(utc, nonexistent, ambiguous)``: ``utc`` is tz-aware (NaT where the local
    time did not exist: the hour skipped when DST began); ``ambiguous`` marks local times
    that happened twice (the hour repeated when DST ended), resolved to the FIRST
    occurrence (still on DST), so the second occurrence has no value.
    """
    periods = dst_periods() if periods is None else periods
    values = pd.to_datetime(local).to_numpy(dtype="datetime64[ns]")
    in_dst = np.zeros(len(values), dtype=bool)
    nonexistent = np.zeros(len(values), dtype=bool)
    ambiguous = np.zeros(len(values), dtype=bool)
    hour = np.timedelta64(1, "h")
    for start, end in periods:
        # Local wall-clock bounds of this DST period.
        start_std = np.datetime64(start.replace(tzinfo=None) + timedelta(hours=STANDARD_OFFSET_H), "ns")
        end_dst = np.datetime64(end.replace(tzinfo=None) + timedelta(hours=DST_OFFSET_H), "ns")
        nonexistent |= (values >= start_std) & (values < start_std + hour)
        in_dst |= (values >= start_std + hour) & (values < end_dst)
        ambiguous |= (values >= end_dst - hour) & (values < end_dst)
    offset_h = np.where(in_dst, DST_OFFSET_H, STANDARD_OFFSET_H).astype("timedelta64[h]")
    utc = values - offset_h
    utc = np.where(nonexistent, np.datetime64("NaT"), utc)
    return pd.Series(pd.to_datetime(utc, utc=True), index=local.index), nonexistent, ambiguous


def utc_to_local(time_utc: pd.Series, periods=None) -> pd.Series:
    """Naive Brasília wall-clock times of tz-aware UTC times: UTC−2 inside a DST period, UTC−3 otherwise.

    The same periods as :func:`local_to_utc` (``zoneinfo``, else the built-in table), so the
    conversion never falls back to a plain UTC−3 that ignores the summers before 2019.
    """
    periods = dst_periods() if periods is None else periods
    values = time_utc.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy(dtype="datetime64[ns]")
    in_dst = np.zeros(len(values), dtype=bool)
    for start, end in periods:
        in_dst |= (values >= np.datetime64(start.replace(tzinfo=None), "ns")) & \
                  (values < np.datetime64(end.replace(tzinfo=None), "ns"))
    offset_h = np.where(in_dst, DST_OFFSET_H, STANDARD_OFFSET_H).astype("timedelta64[h]")
    return pd.Series(values + offset_h, index=time_utc.index)


def local_day_hours(day) -> int:
    """Hours in the Brasília local calendar day ``day`` (23 or 25 on DST transition days)."""
    day = pd.Timestamp(day).date()
    starts, ends = _transition_days()
    return 23 if day in starts else 25 if day in ends else 24


@lru_cache(maxsize=1)
def _transition_days() -> tuple[frozenset, frozenset]:
    """Local days that lost an hour (DST began at their midnight) and days that gained one (DST
    ended at their end, i.e. at 00:00 DST of the next day)."""
    periods = dst_periods()
    return (frozenset(start.date() for start, _ in periods),
            frozenset(end.date() - timedelta(days=1) for _, end in periods))
