#!/usr/bin/env python3
"""Write a synthetic GD registry in ANEEL's exact format, for benchmarks and demos.

    .venv/bin/python scripts/make_sample_gd.py [N] [--states PR,SC,RS] [--seed S] [--out FILE]
                                               [--encoding latin1|utf8] [--zip]
    .venv/bin/python scripts/make_sample_gd.py --register mmgd_uf_mes_conexao.csv [--until YYYY-MM]
                                               [--scale K] [--polygons municipalities.gpkg] [--spread DEG] ...

N rows (default 4,000,000, the size of the national registry) with the 33 columns of
``empreendimento-geracao-distribuida.csv``: every field quoted, ``;``, decimal comma, latin-1.
Every row is clearly generated: ``CodEmpreendimento`` is ``GD.<UF>.SYN.<n>``, holders are masked
(``***``, ``***.123.456-**``) or ``EMPRESA SINTETICA``, distributors ``DISTRIBUIDORA SINTETICA``.

Mixes (docs/sources.md, reference figures of the January 2026 registry): states weighted by their
approximate share of units (SP, MG, PR, RS and MT about half); municipalities weighted by 2021
population; modality 80.5 % "Geracao na propria UC" (lognormal, mean 9.9 kW), 19.1 % "Auto consumo
remoto" (13.2 kW), 0.44 % "Compartilhada" (142 kW), 0.01 % "Condomínio" (12.9 kW); 71 % PF;
~99 % UFV; dates 2012-2025 growing exponentially; coordinates near the municipality centroid,
2 decimals. Quirks at realistic rates: 0.5 % coordinates without decimal comma, 0.3 % coordinates
of another municipality, 2 % six-digit IBGE codes, 0.2 % ``1900-01-01`` dates, 1 % exact duplicate
rows, 1 in 100,000 rows broken (an extra field).

With ``--register`` the units follow ANEEL's register table aggregated per state × month of connection ×
source (``../shared/data/aneel_gd/mmgd_uf_mes_conexao.csv``) instead: each cell of the table becomes
max(1, round(units / K)) units (``--scale K``: fewer, larger units) whose kW add up to the cell's kW,
connected on random days of that month (``sem_data`` → ``1900-01-01``, which NetLoad reads as undated:
always in service), so the capacity per state on any day up to ``--until`` equals the register's. Only the
quirks the parser repairs without changing a unit's kW, date or state are kept (coordinates without
their decimal comma, six-digit IBGE codes, 1 % exact duplicates); with ``--polygons`` every unit lies
inside its own municipality (drawn around the seat with ``--spread``, redrawn while outside).
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from netload_plugin.core import ibge

COLUMNS = ["DatGeracaoConjuntoDados", "AnmPeriodoReferencia", "NumCNPJDistribuidora", "SigAgente", "NomAgente",
           "CodClasseConsumo", "DscClasseConsumo", "CodSubGrupoTarifario", "DscSubGrupoTarifario", "CodUFibge",
           "SigUF", "CodRegiao", "NomRegiao", "CodMunicipioIbge", "NomMunicipio", "CodCEP", "SigTipoConsumidor",
           "NumCPFCNPJ", "NomTitularEmpreendimento", "CodEmpreendimento", "DthAtualizaCadastralEmpreend",
           "SigModalidadeEmpreendimento", "DscModalidadeHabilitado", "QtdUCRecebeCredito", "SigTipoGeracao",
           "DscFonteGeracao", "DscPorte", "NumCoordNEmpreendimento", "NumCoordEEmpreendimento",
           "MdaPotenciaInstaladaKW", "NomSubEstacao", "NumCoordESub", "NumCoordNSub"]

#: Approximate share of GD units by state (%), consistent with SP+MG+PR+RS+MT ≈ 50 % of the registry.
STATE_SHARE = {"SP": 14.0, "MG": 13.0, "RS": 9.5, "PR": 9.0, "MT": 4.5, "SC": 5.5, "GO": 5.0, "BA": 5.0,
               "RJ": 5.0, "CE": 3.5, "PE": 3.0, "MS": 3.0, "ES": 2.5, "PA": 2.5, "MA": 2.0, "PB": 2.0,
               "RN": 2.0, "PI": 2.0, "DF": 1.2, "TO": 1.2, "AL": 1.0, "SE": 0.8, "RO": 1.0, "AM": 0.6,
               "AC": 0.3, "AP": 0.15, "RR": 0.2}
REGION = {"1": "Norte", "2": "Nordeste", "3": "Sudeste", "4": "Sul", "5": "Centro-Oeste"}
MODALITIES = [("Geracao na propria UC", 0.8046, 9.9), ("Auto consumo remoto", 0.191, 13.2),
              ("Compartilhada", 0.0044, 142.0), ("Condomínio", 0.0001, 12.9)]
CLASSES = [("RE", "Residencial", "B1", 0.72), ("CO", "Comercial", "B3", 0.16), ("RU", "Rural", "B2", 0.09),
           ("IN", "Industrial", "A4", 0.02), ("PP", "Poder Público", "B3", 0.01)]
KINDS = [("UFV", "Radiação solar", 0.99), ("UTE", "Biogás-RA", 0.004), ("CGH", "Potencial hidráulico", 0.003),
         ("EOL", "Cinética do vento", 0.003), ("", "", 0.0)]
#: The register table's ``fonte`` → index in KINDS (``nao_informada``: no type in the registry).
FONTE_KIND = {"solar": 0, "termica": 1, "hidraulica": 2, "eolica": 3, "nao_informada": 4}
CHUNK = 500_000


def _normalised(weights):
    weights = np.asarray(weights, dtype=float)
    return weights / weights.sum()


def _decimal(values, digits=2):
    """Numbers as ANEEL writes them (decimal comma); ``digits`` one count for all, or one per value."""
    digits = np.broadcast_to(np.asarray(digits), np.shape(values))
    text = [f"{value:.{int(d)}f}" for value, d in zip(np.asarray(values, dtype=float), digits)]
    return pd.Series(text).str.replace(".", ",", regex=False)


def draw_units(rng, towns: pd.DataFrame, town_weights: np.ndarray, size: int) -> pd.DataFrame:
    """``size`` random units following the registry's mixes: town, modality, kW, connection date, kind."""
    modality = rng.choice(len(MODALITIES), size=size, p=_normalised([m[1] for m in MODALITIES]))
    growth = 4.0  # about e^4 ≈ 55 × more connections in 2025 than in 2012
    fraction = np.log1p(rng.random(size) * np.expm1(growth)) / growth
    start, end = np.datetime64("2012-01-01"), np.datetime64("2025-12-31")
    dates = (start + (fraction * (end - start).astype(int)).astype("timedelta64[D]")).astype(str).astype(object)
    dates[rng.random(size) < 0.002] = "1900-01-01"
    return pd.DataFrame({
        "town": rng.choice(len(towns), size=size, p=town_weights), "modality": modality,
        "capacity_kw": np.maximum(np.round(_lognormal_kw(rng, modality), 2), 0.5), "connected": dates,
        "kind": rng.choice(len(KINDS), size=size, p=_normalised([k[2] for k in KINDS])),
    })


def _lognormal_kw(rng, modality: np.ndarray, sigma: float = 0.8) -> np.ndarray:
    """Unit capacities (kW) drawn around each modality's mean."""
    mean_kw = np.array([m[2] for m in MODALITIES])[modality]
    return rng.lognormal(np.log(mean_kw) - sigma**2 / 2, sigma)


def register_units(rng, towns: pd.DataFrame, register: pd.DataFrame, scale: float) -> pd.DataFrame:
    """Units whose count and kW per state × month of connection × source follow ANEEL's register table.

    Each register cell (``unidades`` units, ``potencia_kw`` kW) becomes max(1, round(unidades / scale))
    units whose kW (drawn like :func:`draw_units`, then rescaled) add up to the cell's kW to the hundredth;
    each connected on a random day of its month (``sem_data``: the registry's 1900-01-01 sentinel) in a
    municipality of its state picked by 2021 population.
    """
    frames = []
    for cell in register.itertuples(index=False):
        count = max(1, int(round(cell.unidades / scale)))
        in_state = np.flatnonzero(towns["uf"].to_numpy() == cell.uf)
        population = towns["population"].to_numpy(float)[in_state]
        modality = rng.choice(len(MODALITIES), size=count, p=_normalised([m[1] for m in MODALITIES]))
        frames.append(pd.DataFrame({
            "town": rng.choice(in_state, size=count, p=population / population.sum()), "modality": modality,
            "capacity_kw": _split_exactly(float(cell.potencia_kw), _lognormal_kw(rng, modality)),
            "connected": _days_in(rng, cell.mes_conexao, count), "kind": FONTE_KIND[cell.fonte],
        }))
    return pd.concat(frames, ignore_index=True).iloc[rng.permutation(sum(len(f) for f in frames))]


def place_inside(rng, towns: pd.DataFrame, units: pd.DataFrame, polygons_file: Path, spread_deg: float,
                 tries: int = 30) -> pd.DataFrame:
    """Give each unit coordinates inside its own municipality's polygon, as ANEEL writes them (2 decimals).

    A unit is drawn around its municipality's seat and drawn again (up to ``tries`` times) while its
    2-decimal position falls outside the polygon (the sea, a lagoon, the neighbour); a unit still outside
    then takes a point on the polygon's surface, written with 4 decimals (a 0.01° grid point may not exist
    inside a small municipality).
    """
    from osgeo import ogr

    from netload_plugin.core.point_in_polygon import PolygonSet, locate_points

    codes, rings, surfaces = _municipality_polygons(ogr, polygons_file)
    polygon_of = pd.Series(np.arange(len(codes)), index=codes)
    town = towns.iloc[units["town"].to_numpy()]
    own = polygon_of.reindex(town.index.astype(str)).to_numpy()
    polygons = PolygonSet.from_rings(rings)
    lon, lat = np.full(len(units), np.nan), np.full(len(units), np.nan)
    todo = np.flatnonzero(~np.isnan(own))
    for _ in range(tries):
        x = np.round(town["lon"].to_numpy()[todo] + rng.normal(0, spread_deg, len(todo)), 2)
        y = np.round(town["lat"].to_numpy()[todo] + rng.normal(0, spread_deg, len(todo)), 2)
        point, polygon = locate_points(polygons, x, y)
        inside = np.zeros(len(todo), bool)
        inside[point[polygon == own[todo][point]]] = True
        lon[todo[inside]], lat[todo[inside]] = x[inside], y[inside]
        todo = todo[~inside]
    fallback = np.isnan(lon)
    for k in np.flatnonzero(fallback):  # on the polygon's surface, or the seat for a municipality not in the file
        lon[k], lat[k] = surfaces[int(own[k])] if own[k] == own[k] else (town["lon"].iloc[k], town["lat"].iloc[k])
    print(f"{int(fallback.sum())} unit(s) placed on their municipality's surface point", file=sys.stderr)
    return units.assign(lon=lon, lat=lat, digits=np.where(fallback, 4, 2))


def _municipality_polygons(ogr, path: Path):
    """(IBGE codes, rings per municipality, a point on each surface) of a polygon file with ``ibge_code``."""
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayer(0)
    codes, rings, surfaces = [], [], []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        parts = [geometry.GetGeometryRef(i) for i in range(geometry.GetGeometryCount())]
        if geometry.GetGeometryType() in (ogr.wkbPolygon, ogr.wkbPolygon25D):
            parts = [geometry]
        codes.append(str(feature.GetField("ibge_code")))
        rings.append([np.array(part.GetGeometryRef(r).GetPoints())[:, :2] for part in parts
                      for r in range(part.GetGeometryCount())])
        surface = geometry.PointOnSurface()
        surfaces.append((surface.GetX(), surface.GetY()))
    return codes, rings, surfaces


def _split_exactly(total_kw: float, weights: np.ndarray) -> np.ndarray:
    """``total_kw`` shared in proportion to ``weights``, in hundredths of a kW that add up exactly."""
    cents = np.maximum(np.floor(weights / weights.sum() * round(total_kw * 100)), 1)
    cents[np.argmax(cents)] += round(total_kw * 100) - cents.sum()
    return cents / 100.0


def _days_in(rng, month: str, count: int) -> np.ndarray:
    if month == "sem_data":
        return np.full(count, "1900-01-01", dtype=object)
    first = np.datetime64(month, "M")
    days = ((first + 1).astype("datetime64[D]") - first.astype("datetime64[D]")).astype(int)
    return (first.astype("datetime64[D]") + rng.integers(0, days, size=count)).astype(str).astype(object)


def format_rows(rng, towns: pd.DataFrame, units: pd.DataFrame, first_id: int, quirks: str,
                spread_deg: float = 0.04) -> pd.DataFrame:
    """Units as rows of ANEEL's registry (33 columns, text as ANEEL writes it), with its quirks.

    ``quirks``: ``all`` (the rates in the module notes) or ``repairable`` (only those NetLoad's parser
    repairs without changing a unit's capacity, date or state: coordinates without their decimal comma and
    six-digit IBGE codes; exact duplicate rows are added by :func:`write_sample` in both cases).
    Units lie around their municipality's seat, with a normal spread of ``spread_deg`` degrees.
    """
    size = len(units)
    town = towns.iloc[units["town"].to_numpy()]
    uf = town["uf"].to_numpy()
    code = town.index.to_numpy().astype(object)
    modality_index, kind_index = units["modality"].to_numpy(), units["kind"].to_numpy()
    capacity = units["capacity_kw"].to_numpy(float)
    person = rng.random(size) < 0.71
    class_index = np.where(person, rng.choice(len(CLASSES), size=size, p=[0.9, 0.02, 0.08, 0.0, 0.0]),
                           rng.choice(len(CLASSES), size=size, p=[0.1, 0.55, 0.2, 0.1, 0.05]))
    if "lon" in units:  # placed by place_inside()
        lon, lat, digits = units["lon"].to_numpy(float), units["lat"].to_numpy(float), units["digits"].to_numpy()
    else:
        lon = town["lon"].to_numpy() + rng.normal(0, spread_deg, size)
        lat = town["lat"].to_numpy() + rng.normal(0, spread_deg, size)
        digits = np.full(size, 2)

    every = quirks == "all"
    wrong = (rng.random(size) < 0.003) & every
    other = towns.iloc[rng.choice(len(towns), size=int(wrong.sum()))]
    lon[wrong], lat[wrong] = other["lon"].to_numpy(), other["lat"].to_numpy()
    lat_text, lon_text = _decimal(lat, digits), _decimal(lon, digits)
    no_comma = rng.random(size) < 0.005
    lat_text[no_comma] = lat_text[no_comma].str.replace(",", "", regex=False)
    lon_text[no_comma] = lon_text[no_comma].str.replace(",", "", regex=False)
    six = rng.random(size) < 0.02
    code[six] = [c[:6] for c in code[six]]
    broken = (rng.random(size) < 0.00001) & every

    ids = np.arange(first_id, first_id + size)
    state_code = np.array([ibge.state_code_of(u) for u in uf], dtype=object)
    digits = rng.integers(0, 1000, size=(size, 2))
    person_doc = pd.Series(digits[:, 0]).map("***.{:03d}.".format) + pd.Series(digits[:, 1]).map("{:03d}-**".format)
    company_doc = pd.Series(rng.integers(10**12, 10**14, size)).map("{:014d}".format)
    holder = np.where(person, "***", pd.Series(ids).map("EMPRESA SINTETICA {} LTDA".format))
    holder[broken] = "BROKEN_ROW_MARKER"
    substation = np.where(rng.random(size) < 0.05, "SE SINTETICA", "")
    distributor_cnpj = pd.Series(state_code).map(lambda s: f"{int(s) * 1000003:d}000100")
    return pd.DataFrame({
        "DatGeracaoConjuntoDados": "2026-01-16", "AnmPeriodoReferencia": "01/2026",
        "NumCNPJDistribuidora": distributor_cnpj.to_numpy(), "SigAgente": "SIN-" + pd.Series(uf),
        "NomAgente": "DISTRIBUIDORA SINTETICA " + pd.Series(uf),
        "CodClasseConsumo": np.array([c[0] for c in CLASSES], dtype=object)[class_index],
        "DscClasseConsumo": np.array([c[1] for c in CLASSES], dtype=object)[class_index],
        "CodSubGrupoTarifario": "",
        "DscSubGrupoTarifario": np.array([c[2] for c in CLASSES], dtype=object)[class_index],
        "CodUFibge": state_code, "SigUF": uf, "CodRegiao": [s[0] for s in state_code],
        "NomRegiao": [REGION[s[0]] for s in state_code], "CodMunicipioIbge": code,
        "NomMunicipio": town["name"].to_numpy(),
        "CodCEP": pd.Series(rng.integers(10000, 99999, size)).map("{}***".format).to_numpy(),
        "SigTipoConsumidor": np.where(person, "PF", "PJ"),
        "NumCPFCNPJ": np.where(person, person_doc, company_doc), "NomTitularEmpreendimento": holder,
        "CodEmpreendimento": (pd.Series(uf).str.cat(pd.Series(ids).map("{:09d}".format), sep=".SYN.")
                              .radd("GD.").to_numpy()),
        "DthAtualizaCadastralEmpreend": units["connected"].to_numpy(object), "SigModalidadeEmpreendimento": "",
        "DscModalidadeHabilitado": np.array([m[0] for m in MODALITIES], dtype=object)[modality_index],
        "QtdUCRecebeCredito": np.where(modality_index == 0, 1, rng.integers(1, 8, size)),
        "SigTipoGeracao": np.array([k[0] for k in KINDS], dtype=object)[kind_index],
        "DscFonteGeracao": np.array([k[1] for k in KINDS], dtype=object)[kind_index],
        "DscPorte": np.where(capacity > 75, "Minigeracao", "Microgeracao"),
        "NumCoordNEmpreendimento": lat_text.to_numpy(), "NumCoordEEmpreendimento": lon_text.to_numpy(),
        "MdaPotenciaInstaladaKW": _decimal(capacity).to_numpy(), "NomSubEstacao": substation,
        "NumCoordESub": "", "NumCoordNSub": "",
    }, columns=COLUMNS)


def towns_and_weights(states: list[str]) -> tuple[pd.DataFrame, np.ndarray]:
    """The municipalities of ``states`` and each one's chance of a unit: its state's share × its population."""
    towns = ibge.municipalities()
    share = {uf: STATE_SHARE[uf] for uf in (states or STATE_SHARE)}
    towns = towns[towns["uf"].isin(share)]
    weights = towns["population"].to_numpy(float)
    state_population = towns.groupby("uf")["population"].transform("sum").to_numpy(float)
    weights = weights / state_population * towns["uf"].map(share).to_numpy(float)
    return towns, weights / weights.sum()


def random_chunks(rng, towns, weights, rows: int):
    """Random units in chunks; 1 % of each chunk's rows are exact duplicates (``rows`` counts them)."""
    written = 0
    while written < rows:
        size = min(CHUNK, rows - written)
        yield draw_units(rng, towns, weights, size - size // 100), size // 100
        written += size


def register_chunks(units: pd.DataFrame):
    """The register's units in chunks, each with 1 % exact duplicates added."""
    for first in range(0, len(units), CHUNK):
        chunk = units.iloc[first:first + CHUNK]
        yield chunk, len(chunk) // 100


def read_register(path: Path, states: list[str], until: str | None) -> pd.DataFrame:
    """ANEEL's register table (uf;mes_conexao;fonte;unidades;potencia_kw;…) for ``states``, months ≤ ``until``
    (``sem_data`` rows, connection date unknown, always kept)."""
    register = pd.read_csv(path, sep=";", dtype={"mes_conexao": str})
    register = register[register["uf"].isin(states or STATE_SHARE) & (register["unidades"] > 0)]
    if until:
        register = register[(register["mes_conexao"] <= until) | (register["mes_conexao"] == "sem_data")]
    return register.reset_index(drop=True)


def write_sample(out: Path, chunks, towns: pd.DataFrame, rng, encoding: str, as_zip: bool, quirks: str,
                 spread_deg: float) -> Path:
    """Write the units of ``chunks`` ((units, duplicate count) pairs) as ANEEL's CSV, or a .zip holding it."""
    target = out.with_suffix(".zip") if as_zip else out
    archive = zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) if as_zip else None
    handle = archive.open(out.with_suffix(".csv").name, "w", force_zip64=True) if archive else open(out, "wb")
    try:
        handle.write((";".join(f'"{c}"' for c in COLUMNS) + "\r\n").encode(encoding))
        first_id = 1
        for units, duplicates in chunks:
            frame = format_rows(rng, towns, units, first_id, quirks, spread_deg)
            first_id += len(units)
            frame = pd.concat([frame, frame.sample(duplicates, random_state=rng.integers(2**31))], ignore_index=True)
            frame = frame.iloc[rng.permutation(len(frame))]
            text = frame.to_csv(sep=";", quoting=csv.QUOTE_ALL, header=False, index=False, lineterminator="\r\n")
            text = text.replace('"BROKEN_ROW_MARKER"', '"***";"campo extra"')
            handle.write(text.encode(encoding))
    finally:
        handle.close()
        if archive:
            archive.close()
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="?", type=int, default=4_000_000)
    parser.add_argument("--states", default="", help="comma-separated UFs (default: all 27)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, default=Path("bench-data/empreendimento-geracao-distribuida-sample.csv"))
    parser.add_argument("--encoding", choices=["latin1", "utf8"], default="latin1")
    parser.add_argument("--zip", action="store_true", help="write a .zip holding the CSV")
    parser.add_argument("--register", type=Path, help="follow ANEEL's register table per state × month × source "
                        "(mmgd_uf_mes_conexao.csv) instead of drawing N units; N is then ignored")
    parser.add_argument("--scale", type=float, default=1.0, help="with --register: real units per generated unit")
    parser.add_argument("--until", help="with --register: last month of connection kept (YYYY-MM)")
    parser.add_argument("--spread", type=float, default=0.04, help="spread of the units around their "
                        "municipality's seat (degrees, standard deviation)")
    parser.add_argument("--polygons", type=Path, help="with --register: municipality polygons (GeoPackage with "
                        "ibge_code); every unit is placed inside its own municipality")
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    rng = np.random.default_rng(args.seed)
    states = ibge.parse_uf_list(args.states)
    towns, weights = towns_and_weights(states)
    if args.register:
        units = register_units(rng, towns, read_register(args.register, states, args.until), args.scale)
        if args.polygons:
            units = place_inside(rng, towns, units, args.polygons, args.spread)
        chunks, quirks, rows = register_chunks(units), "repairable", len(units) + len(units) // 100
    else:
        chunks, quirks, rows = random_chunks(rng, towns, weights, args.rows), "all", args.rows
    target = write_sample(args.out, chunks, towns, rng, "latin-1" if args.encoding == "latin1" else "utf-8",
                          args.zip, quirks, args.spread)
    print(f"wrote ~{rows:,} rows to {target} ({target.stat().st_size / 1e6:.1f} MB) "
          f"in {time.perf_counter() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
