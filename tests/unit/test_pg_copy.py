"""The binary COPY encoder against a real PostgreSQL + PostGIS: what the server stores is what was meant.

Expected values are written by hand (PostgreSQL's own text output of each value), not taken from the
encoder: the server parses the bytes, and ``::text`` shows what it understood.
"""

import io
import struct

import numpy as np
import pandas as pd
import pytest

from netload_plugin.core import pg_copy

KINDS = {"s": "string", "t": "datetime", "d": "date", "i": "int", "j": "int64", "x": "double", "b": "bool",
         "g": "geometry"}
TABLE = ("CREATE TABLE copied (s text, t timestamptz, d date, i integer, j bigint, x double precision, "
         "b boolean, g geometry(Point, 4674))")
POINT_EWKB = bytes.fromhex("01" "01000020" "42120000") + struct.pack("<dd", -52.0, -30.0)  # SRID 4674


@pytest.fixture()
def connection(postgres_cluster, store_database):
    connection = postgres_cluster.connect(store_database)
    with connection.cursor() as cursor:
        cursor.execute("SET TIME ZONE 'UTC'")
        cursor.execute(TABLE)
    yield connection
    connection.close()


def copy(connection, frame, kinds=KINDS):
    data = pg_copy.HEADER + pg_copy.encode_rows(frame, kinds) + pg_copy.TRAILER
    with connection.cursor() as cursor:
        cursor.copy_expert(f"COPY copied ({', '.join(kinds)}) FROM STDIN (FORMAT binary)", io.BytesIO(data))


def stored(connection, columns="s, t::text, d::text, i, j, x, b, ST_AsText(g), ST_SRID(g)"):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns} FROM copied ORDER BY i NULLS LAST, s")
        return cursor.fetchall()


def test_every_kind_and_null_arrives_as_meant(connection):
    frame = pd.DataFrame({
        "s": ["zona", None, "São José dos Pinhais", "zona"],
        "t": [pd.Timestamp("2024-01-10T03:00:00Z"), None, pd.Timestamp("1999-12-31T23:59:59.5Z"),
              pd.Timestamp("2024-06-01T00:30:00Z")],
        "d": [pd.Timestamp("2019-05-01"), None, pd.Timestamp("1900-01-01"), pd.Timestamp("2030-12-31")],
        "i": [1, -2, None, 2_147_483_647],
        "j": [2 ** 40, None, -5, 0],
        "x": [1.5, np.nan, -0.25, 1e300],
        "b": [True, False, None, True],
        "g": [POINT_EWKB, None, None, None],
    })
    copy(connection, frame)
    assert stored(connection) == [
        (None, None, None, -2, None, None, False, None, None),
        ("zona", "2024-01-10 03:00:00+00", "2019-05-01", 1, 1_099_511_627_776, 1.5, True, "POINT(-52 -30)", 4674),
        ("zona", "2024-06-01 00:30:00+00", "2030-12-31", 2_147_483_647, 0, 1e300, True, None, None),
        ("São José dos Pinhais", "1999-12-31 23:59:59.5+00", "1900-01-01", None, -5, -0.25, None, None, None),
    ]


def test_rows_of_one_width_take_the_fast_path_and_stay_exact(connection):
    """IBGE codes of one length, no NULLs: the structured-array path; hourly times in another zone."""
    times = pd.date_range("2024-01-10 00:00", periods=3, freq="h", tz="America/Sao_Paulo")
    frame = pd.DataFrame({"s": ["4106902", "4205407", "4314902"], "t": times, "i": [7, 8, 9], "x": [0.1, 0.2, 0.3]})
    kinds = {"s": "string", "t": "datetime", "i": "int", "x": "double"}
    widths = [pg_copy.column_bytes(frame[name], kind).fixed_width() for name, kind in kinds.items()]
    assert widths == [7, 8, 4, 8]
    copy(connection, frame, kinds)
    assert stored(connection, "s, t::text, i, x") == [  # São Paulo was UTC-3 in January 2024
        ("4106902", "2024-01-10 03:00:00+00", 7, 0.1),
        ("4205407", "2024-01-10 04:00:00+00", 8, 0.2),
        ("4314902", "2024-01-10 05:00:00+00", 9, 0.3),
    ]


def test_times_in_any_unit_and_text_times_are_the_same_instant(connection):
    """pandas 2 keeps s/ms/us columns; GeoPackage readers give text: all are the same UTC instant."""
    kinds = {"t": "datetime", "i": "int"}
    frames = [
        pd.DataFrame({"t": pd.Series(np.array(["2024-01-10T03:00"], "datetime64[s]")), "i": [1]}),
        pd.DataFrame({"t": pd.Series(np.array(["2024-01-10T03:00"], "datetime64[ns]")), "i": [2]}),
        pd.DataFrame({"t": ["2024-01-10T03:00:00.000Z"], "i": [3]}),
        pd.DataFrame({"t": ["2024-01-10T03:00:00Z", "2024-01-10T00:00:00.000-03:00"], "i": [4, 5]}),
    ]
    for frame in frames:
        copy(connection, frame, kinds)
    assert stored(connection, "t::text, i") == [("2024-01-10 03:00:00+00", number) for number in (1, 2, 3, 4, 5)]


def test_a_column_missing_from_the_frame_is_null(connection):
    copy(connection, pd.DataFrame({"s": ["a", "b"]}), {"s": "string", "x": "double"})
    assert stored(connection, "s, x") == [("a", None), ("b", None)]


def test_text_of_any_width_encoding_and_origin(connection):
    """ASCII of varying width with NULLs (numpy's whole-column path), bytes as GDAL's Arrow reader gives
    them, and accented text (value by value) all arrive as the same text."""
    kinds = {"s": "string", "i": "int"}
    copy(connection, pd.DataFrame({"s": ["a", None, "PR-4106902", ""], "i": [1, 2, 3, 4]}), kinds)
    copy(connection, pd.DataFrame({"s": np.array([b"Curitiba", b"S\xc3\xa3o Mateus"], dtype="S"), "i": [5, 6]}), kinds)
    copy(connection, pd.DataFrame({"s": [b"Mau\xc3\xa1", "Maringá", None], "i": [7, 8, 9]}), kinds)
    assert stored(connection, "s, i") == [("a", 1), (None, 2), ("PR-4106902", 3), ("", 4), ("Curitiba", 5),
                                          ("São Mateus", 6), ("Mauá", 7), ("Maringá", 8), (None, 9)]
