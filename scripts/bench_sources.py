#!/usr/bin/env python3
"""Benchmark the ONS and INMET sources through their Processing algorithms.

1. ONS: a year of the four subsystems (4 × 365 × 48 ≈ 70,000 half hours) served by a loopback
   carga verificada API (JSON in the real format, answered per request, paged by the client in
   ≤ 90-day requests) through ``netload:download_ons_load``.
2. INMET: a yearly ZIP of station CSVs generated in the real 2019+ format (8 metadata lines,
   19 columns, latin-1, decimal comma, trailing ``;``) through ``netload:download_irradiance``
   (all stations, whole year, points + series written to GeoPackage), beside a bare
   ``pandas.read_csv`` of the same station files in the same run (the reference).

Prints the figures; the last line is one JSON object. Targets: ratio ≤ 2.0, peak RSS ≤ 1.5 GB.

    .venv/bin/python scripts/bench_sources.py            # full size: 600 stations × 8,760 h
    .venv/bin/python scripts/bench_sources.py --small    # 20 stations × 30 days, 30 ONS days
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import resource
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

HEADER = ("Data;Hora UTC;PRECIPITAÇÃO TOTAL, HORÁRIO (mm);PRESSAO ATMOSFERICA AO NIVEL DA ESTACAO, HORARIA (mB);"
          "PRESSÃO ATMOSFERICA MAX.NA HORA ANT. (AUT) (mB);PRESSÃO ATMOSFERICA MIN. NA HORA ANT. (AUT) (mB);"
          "RADIACAO GLOBAL (Kj/m²);TEMPERATURA DO AR - BULBO SECO, HORARIA (°C);TEMPERATURA DO PONTO DE ORVALHO (°C);"
          "TEMPERATURA MÁXIMA NA HORA ANT. (AUT) (°C);TEMPERATURA MÍNIMA NA HORA ANT. (AUT) (°C);"
          "TEMPERATURA ORVALHO MAX. NA HORA ANT. (AUT) (°C);TEMPERATURA ORVALHO MIN. NA HORA ANT. (AUT) (°C);"
          "UMIDADE REL. MAX. NA HORA ANT. (AUT) (%);UMIDADE REL. MIN. NA HORA ANT. (AUT) (%);"
          "UMIDADE RELATIVA DO AR, HORARIA (%);VENTO, DIREÇÃO HORARIA (gr) (° (gr));VENTO, RAJADA MAXIMA (m/s);"
          "VENTO, VELOCIDADE HORARIA (m/s);")


def station_body(year: int, hours: int, rng) -> str:
    """Hourly rows of one station in the 2019+ format (values plausible, not real)."""
    times = pd.date_range(f"{year}-01-01", periods=hours, freq="h")
    hour = times.hour.to_numpy()
    sun = np.clip(np.sin((hour - 9) / 14 * np.pi), 0, None)
    columns = {
        "d": times.strftime("%Y/%m/%d"), "h": times.strftime("%H%M") + " UTC",
        "rain": np.round(rng.exponential(0.2, hours) * (rng.random(hours) < 0.1), 1),
    }
    for name in ("p", "pmax", "pmin"):
        columns[name] = np.round(880 + rng.normal(0, 2, hours), 1)
    columns["rad"] = np.where(sun > 0, np.round(sun * 3600 * rng.uniform(0.3, 1.0, hours), 1), np.nan)
    for name in ("t", "dew", "tmax", "tmin", "dmax", "dmin"):
        columns[name] = np.round(20 + 6 * sun + rng.normal(0, 1, hours), 1)
    for name in ("hmax", "hmin", "h"):
        columns[name + "_"] = np.round(rng.uniform(40, 95, hours))
    columns["dir"] = np.round(rng.uniform(0, 360, hours))
    columns["gust"] = np.round(rng.uniform(0, 9, hours), 1)
    columns["wind"] = np.round(rng.uniform(0, 4, hours), 1)
    buffer = io.StringIO()
    pd.DataFrame(columns).to_csv(buffer, sep=";", header=False, index=False, decimal=",", lineterminator=";\n")
    text = re.sub(r",0(?=;)", "", buffer.getvalue())  # whole numbers without decimals ('91', '1483', '0')
    return re.sub(r"(?<=;)(-?)0,", r"\1,", text)  # ',8' without the leading zero, as INMET writes


def station_file(index: int, body: str) -> bytes:
    """One station CSV: 8 metadata lines, the header, the rows."""
    lat = -33.0 + (index * 7.919) % 38.0
    lon = -73.0 + (index * 13.37) % 39.0
    head = (f"REGIAO:;CO\nUF:;DF\nESTACAO:;STATION {index:04d}\nCODIGO (WMO):;A{index:03d}\n"
            f"LATITUDE:;{lat:.8f}\nLONGITUDE:;{lon:.8f}\nALTITUDE:;{500 + index % 700:.2f}\n"
            f"DATA DE FUNDACAO:;07/05/00\n").replace(".", ",")
    return (head + HEADER + "\n" + body).encode("latin-1")


def build_inmet_zip(folder: Path, stations: int, hours: int, year: int = 2023) -> tuple[Path, list]:
    rng = np.random.default_rng(42)
    bodies = [station_body(year, hours, rng) for _ in range(min(stations, 8))]  # distinct series, reused
    zip_path, files = folder / f"{year}.zip", []
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for index in range(stations):
            name = f"INMET_CO_DF_A{index:03d}_STATION_{index:04d}_01-01-{year}_A_31-12-{year}.CSV"
            data = station_file(index, bodies[index % len(bodies)])
            (folder / name).write_bytes(data)
            archive.writestr(f"{year}/{name}", data)
            files.append(folder / name)
    return zip_path, files


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", action="store_true", help="quick preset: 20 stations × 30 days, 30 ONS days")
    parser.add_argument("--days", type=int, help="ONS days and INMET days (default 365)")
    parser.add_argument("--stations", type=int, help="INMET stations (default 600)")
    args = parser.parse_args()
    days = args.days or (30 if args.small else 365)
    stations = args.stations or (20 if args.small else 600)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins"))  # the processing plugin
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    from netload_plugin.processing.provider import NetLoadProvider
    from tests.support.http_server import FixtureServer
    from tests.support.ons_api import OnsApi

    provider = NetLoadProvider()  # keep a reference: the registry does not own Python providers
    QgsApplication.processingRegistry().addProvider(provider)
    figures = {"days": days, "stations": stations}
    with tempfile.TemporaryDirectory(prefix="bench-sources-") as tmp:
        tmp = Path(tmp)
        # 1. ONS through the algorithm
        with FixtureServer() as server:
            url = OnsApi().install(server)
            end = (pd.Timestamp("2024-01-01") + pd.Timedelta(days=days - 1)).date().isoformat()
            started = time.perf_counter()
            processing.run("netload:download_ons_load", {
                "AREAS": "SECO,S,NE,N", "START": "2024-01-01", "END": end, "URL": url,
                "OUTPUT": str(tmp / "load.gpkg")})
            ons_s = time.perf_counter() - started
            requests = len(server.requests)
        from qgis.core import QgsVectorLayer

        ons_rows = QgsVectorLayer(str(tmp / "load.gpkg"), "l", "ogr").featureCount()
        figures.update(ons_rows=ons_rows, ons_requests=requests, ons_s=round(ons_s, 2),
                       ons_rows_per_s=round(ons_rows / ons_s))
        print(f"ONS: {ons_rows} half hours in {requests} requests, {ons_s:.1f} s ({ons_rows / ons_s:,.0f} rows/s)")

        # 2. INMET: generate, reference read, algorithm
        started = time.perf_counter()
        zip_path, files = build_inmet_zip(tmp, stations, days * 24)
        print(f"generated {stations} station files × {days * 24} h in {time.perf_counter() - started:.1f} s "
              f"({zip_path.stat().st_size / 1e6:.0f} MB zipped)")
        started = time.perf_counter()
        reference_rows = 0
        for path in files:
            frame = pd.read_csv(path, sep=";", skiprows=8, encoding="latin-1", decimal=",")
            reference_rows += len(frame)
        reference_s = time.perf_counter() - started
        print(f"reference pandas.read_csv: {reference_rows:,} rows in {reference_s:.1f} s")
        for path in files:
            path.unlink()
        started = time.perf_counter()
        processing.run("netload:download_irradiance", {
            "SOURCE": 1, "URL": str(zip_path), "EXTENT": "-75,-30,-35,7 [EPSG:4674]",
            "START": "2023-01-01", "END": (pd.Timestamp("2023-01-01") + pd.Timedelta(days=days - 1)).date().isoformat(),
            "OUTPUT": str(tmp / "stations.gpkg"), "OUTPUT_SERIES": str(tmp / "series.gpkg")})
        inmet_s = time.perf_counter() - started
        series_rows = QgsVectorLayer(str(tmp / "series.gpkg"), "s", "ogr").featureCount()
        points = QgsVectorLayer(str(tmp / "stations.gpkg"), "p", "ogr").featureCount()
        ratio = inmet_s / reference_s
        print(f"algorithm: {points} stations, {series_rows:,} series rows in {inmet_s:.1f} s "
              f"({series_rows / inmet_s:,.0f} rows/s); ratio to read_csv {ratio:.2f} (target ≤ 2.0)")
        figures.update(inmet_points=points, inmet_series_rows=series_rows, inmet_s=round(inmet_s, 2),
                       reference_read_csv_s=round(reference_s, 2), ratio=round(ratio, 2),
                       inmet_rows_per_s=round(series_rows / inmet_s))
    figures["peak_rss_mb"] = round(peak_rss_mb())
    print(f"peak RSS {figures['peak_rss_mb']} MB (target ≤ 1536)")
    figures["ok"] = figures["ratio"] <= 2.0 and figures["peak_rss_mb"] <= 1536
    print(json.dumps(figures))
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
