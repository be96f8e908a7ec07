"""Parser and cleaner of ANEEL's distributed-generation registry (no QGIS).

``empreendimento-geracao-distribuida.csv``: ~4 million rows, ``;``-separated, quoted, decimal comma,
latin-1 or UTF-8 (see ``docs/sources.md``). :class:`GdParser` streams it block by block
(:mod:`.csv_stream`) and yields clean points and rejected rows per block; the whole file is never
in memory. Cleaning rules, in order:

1. Exact duplicate lines (anywhere in the file) are dropped and counted.
2. A quoted field may hold line breaks (the record is read whole, numbered by its first line,
   the break kept as a line feed). Records with the wrong number of fields or unbalanced quotes are
   rejected (``broken row``); a quote never closed rejects its line alone (``csv_stream``).
3. Column names match case-insensitively and by alias (older files: ``NumCpfCnpj``,
   ``MdaPotenciaInstaladakW``, no ``CodCEP``). Personal columns (``NumCPFCNPJ``,
   ``NomTitularEmpreendimento``, ``CodCEP``) are never read.
4. Capacity ``MdaPotenciaInstaladaKW`` with decimal comma; missing, unparsable or ≤ 0 → rejected.
5. ``CodMunicipioIbge`` with 6 digits is completed with its IBGE check digit; the municipality's
   UF, name and centroid come from the shipped IBGE table.
6. Coordinates (``NumCoordNEmpreendimento`` = lat, ``NumCoordEEmpreendimento`` = lon). The registry
   stores two decimals; a value that lost its decimal comma (``-1000``) is out of range or outside
   Brazil, so when such a value is a whole number it is divided by 100 (the comma re-inserted
   before the last two digits: ``-1000`` → ``-10,00``, ``-6784`` → ``-67,84``). A point still
   outside Brazil, or farther than ``max_distance_km`` from its municipality's centroid, or
   missing, is replaced by the centroid. ``geom_source`` says which: ``registry``,
   ``repaired_decimal`` or ``municipality_centroid``. A row whose municipality is unknown keeps
   a usable point of its own; without one it is rejected.
7. ``DthAtualizaCadastralEmpreend`` (equal to the connection date for solar units) → ``connected_on``;
   ``1900-…`` sentinels → NULL.
8. Optional filters by state and generation type (rows filtered out are counted, not rejected).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import BinaryIO, Iterable, Iterator, NamedTuple

import numpy as np
import pandas as pd

from . import ibge
from .geodesy import haversine_km
from .definitions import ENDPOINTS
from .csv_stream import (
    DEFAULT_BLOCK_BYTES,
    LineReader,
    ParseSummary,
    parse_date,
    parse_decimal,
    registry_blocks,
)
from .progress import Progress

#: The official open-data resource (docs/sources.md); every client takes another URL or file instead.
DEFAULT_URL = ENDPOINTS["aneel_gd"].url

OUTPUT_COLUMNS = [
    "unit_id", "uf", "ibge_code", "municipality", "consumer_class", "modality", "generation_type",
    "source", "size_class", "capacity_kw", "connected_on", "distributor", "substation", "geom_source",
]
POINT_COLUMNS = OUTPUT_COLUMNS + ["lon", "lat"]
REJECT_COLUMNS = ["line_number", "reason", "unit_id", "uf", "ibge_code", "municipality", "generation_type",
                  "capacity", "connected", "coord_n", "coord_e", "distributor_cnpj", "distributor"]

GEOM_REGISTRY = "registry"
GEOM_REPAIRED = "repaired_decimal"
GEOM_CENTROID = "municipality_centroid"

#: Registry columns read (canonical spelling → older aliases). Personal columns are absent on purpose.
COLUMNS = {
    "NumCNPJDistribuidora": (),
    "NomAgente": (),
    "DscClasseConsumo": (),
    "SigUF": (),
    "CodMunicipioIbge": ("CodMunicipioIBGE",),
    "NomMunicipio": (),
    "CodEmpreendimento": (),
    "DthAtualizaCadastralEmpreend": ("DthAtualizaCadastral",),
    "DscModalidadeHabilitado": (),
    "SigTipoGeracao": (),
    "DscFonteGeracao": (),
    "DscPorte": (),
    "NumCoordNEmpreendimento": (),
    "NumCoordEEmpreendimento": (),
    "MdaPotenciaInstaladaKW": ("MdaPotenciaInstaladakW", "MdaPotenciaInstalada"),
    "NomSubEstacao": (),
}
REQUIRED = ("CodEmpreendimento", "MdaPotenciaInstaladaKW", "CodMunicipioIbge",
            "NumCoordNEmpreendimento", "NumCoordEEmpreendimento")

_UNIT_ID = re.compile(r"GD\.[A-Z]{2}\.[A-Z0-9.]+")


@dataclass
class GdSummary(ParseSummary):
    """What happened to every row: the log prints :meth:`lines`."""

    def lines(self) -> list[str]:
        return [f"Rows read: {self.rows_read:,} (encoding {self.encoding})",
                f"Rows kept: {self.kept:,}",
                f"Exact duplicates dropped: {self.duplicates:,}",
                f"Rows filtered out (state/generation type): {self.filtered_out:,}",
                f"Rows rejected: {self.rejected_total:,}"] + self.breakdown_lines()


class GdChunk(NamedTuple):
    points: pd.DataFrame
    rejects: pd.DataFrame


def empty_points() -> pd.DataFrame:
    frame = pd.DataFrame({name: pd.Series(dtype=object) for name in POINT_COLUMNS})
    return frame.astype({"capacity_kw": float, "lon": float, "lat": float})


def empty_rejects() -> pd.DataFrame:
    frame = pd.DataFrame({name: pd.Series(dtype=object) for name in REJECT_COLUMNS})
    return frame.astype({"line_number": np.int64})


class GdParser:
    """Streams a GD registry file: ``for chunk in parser.chunks(): ...``, then ``parser.summary``."""

    def __init__(self, stream: BinaryIO, source_name: str, *, states: Iterable[str] = (),
                 generation_types: Iterable[str] = (), max_distance_km: float = 50.0,
                 block_bytes: int = DEFAULT_BLOCK_BYTES, total_bytes: int | None = None,
                 progress: Progress | None = None):
        self.reader = LineReader(stream, source_name, block_bytes)
        self.source_name = source_name
        self.states = {uf.upper() for uf in states}
        self.generation_types = {kind.strip().upper() for kind in generation_types if kind.strip()}
        self.max_distance_km = float(max_distance_km)
        self.total_bytes = total_bytes
        self.progress = progress or Progress()
        self.summary = GdSummary()

    def chunks(self) -> Iterator[GdChunk]:
        for raw, broken_lines in registry_blocks(self.reader, COLUMNS, REQUIRED, "an ANEEL GD registry file",
                                                 self.summary, self.progress, self.total_bytes):
            points, rejects = self._clean(raw)
            broken = _broken_rejects(broken_lines)
            if len(broken):
                rejects = pd.concat([broken, rejects], ignore_index=True) if len(rejects) else broken
            self.summary.kept += len(points)
            yield GdChunk(points, rejects.sort_values("line_number", kind="stable", ignore_index=True))

    # -- cleaning of one block --------------------------------------------------------------
    def _clean(self, raw: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
        for name in ("CodMunicipioIbge", "SigUF"):  # lookup keys; other fields are kept as ANEEL wrote them
            raw[name] = raw[name].str.strip()
        summary = self.summary
        reason = pd.Series("", index=raw.index, dtype=object)

        capacity = parse_decimal(raw["MdaPotenciaInstaladaKW"])
        reason[~(capacity > 0)] = "no usable capacity"

        code_text = raw["CodMunicipioIbge"]
        six = (code_text.str.len() == 6) & code_text.str.isdigit()
        code = code_text.copy()
        code[six] = code_text[six].map(ibge.complete_code)
        summary.repaired["6-digit IBGE code completed"] += int(six.sum())
        town = ibge.lookup(code)
        known = town["uf"].notna()

        lat_raw = parse_decimal(raw["NumCoordNEmpreendimento"])
        lon_raw = parse_decimal(raw["NumCoordEEmpreendimento"])
        lat_fix, lon_fix = _restore_decimal(lat_raw, 90), _restore_decimal(lon_raw, 180)
        repaired = (lat_fix != lat_raw) | (lon_fix != lon_raw)
        repaired &= lat_fix.notna() & lon_fix.notna()
        in_brazil = pd.Series(ibge.inside_brazil(lon_fix, lat_fix), index=raw.index)
        distance = pd.Series(haversine_km(lon_fix, lat_fix, town["lon"], town["lat"]), index=raw.index)
        near = in_brazil & (~known | (distance <= self.max_distance_km))

        geom_source = pd.Series(GEOM_CENTROID, index=raw.index, dtype=object)
        geom_source[near & ~repaired] = GEOM_REGISTRY
        geom_source[near & repaired] = GEOM_REPAIRED
        lon = lon_fix.where(near, town["lon"])
        lat = lat_fix.where(near, town["lat"])
        reason[(reason == "") & ~known & ~near] = "unknown municipality and no usable coordinates"

        connected, sentinel = parse_date(raw["DthAtualizaCadastralEmpreend"])
        uf = town["uf"].fillna(raw["SigUF"].str.upper())

        # Rows of another state or generation type are filtered out, rejected or not; a rejected row
        # whose state or type is unknown stays in REJECTED.
        wanted = pd.Series(True, index=raw.index)
        if self.states:
            wanted &= uf.isin(self.states) | ((reason != "") & (uf.isna() | (uf == "")))
        if self.generation_types:
            kind = raw["SigTipoGeracao"].str.strip().str.upper()
            wanted &= kind.isin(self.generation_types) | ((reason != "") & (kind == ""))
        summary.filtered_out += int((~wanted).sum())
        reason[~wanted] = ""
        good = wanted & (reason == "")

        lat_bad, lon_bad = lat_raw.isna(), lon_raw.isna()
        summary.repaired["coordinates missing decimal comma restored"] += int((good & near & repaired).sum())
        summary.repaired["coordinates missing, municipality centroid used"] += int((good & (lat_bad | lon_bad)).sum())
        summary.repaired["coordinates outside Brazil, municipality centroid used"] += int(
            (good & ~lat_bad & ~lon_bad & ~in_brazil).sum())
        summary.repaired[f"coordinates > {self.max_distance_km:g} km from municipality, centroid used"] += int(
            (good & in_brazil & ~near).sum())
        summary.repaired["1900 sentinel date set to NULL"] += int((good & sentinel).sum())
        for why, count in reason[reason != ""].value_counts().items():
            summary.rejected[why] += int(count)

        points = pd.DataFrame({
            "unit_id": raw["CodEmpreendimento"],
            "uf": uf,
            "ibge_code": code.where(known, code_text),
            "municipality": town["name"].fillna(raw["NomMunicipio"]),
            "consumer_class": raw["DscClasseConsumo"],
            "modality": raw["DscModalidadeHabilitado"],
            "generation_type": raw["SigTipoGeracao"],
            "source": raw["DscFonteGeracao"],
            "size_class": raw["DscPorte"],
            "capacity_kw": capacity,
            "connected_on": connected,
            "distributor": raw["NomAgente"],
            "substation": raw["NomSubEstacao"],
            "geom_source": geom_source,
            "lon": lon.astype(float),
            "lat": lat.astype(float),
        })[good].reset_index(drop=True)
        points = points.replace({"": None})
        rejected = wanted & (reason != "")
        rejects = pd.DataFrame({
            "line_number": raw.index[rejected].to_numpy(dtype=np.int64),
            "reason": reason[rejected].to_numpy(),
            "unit_id": raw["CodEmpreendimento"][rejected].to_numpy(),
            "uf": raw["SigUF"][rejected].to_numpy(),
            "ibge_code": code_text[rejected].to_numpy(),
            "municipality": raw["NomMunicipio"][rejected].to_numpy(),
            "generation_type": raw["SigTipoGeracao"][rejected].to_numpy(),
            "capacity": raw["MdaPotenciaInstaladaKW"][rejected].to_numpy(),
            "connected": raw["DthAtualizaCadastralEmpreend"][rejected].to_numpy(),
            "coord_n": raw["NumCoordNEmpreendimento"][rejected].to_numpy(),
            "coord_e": raw["NumCoordEEmpreendimento"][rejected].to_numpy(),
            "distributor_cnpj": raw["NumCNPJDistribuidora"][rejected].str.zfill(14).to_numpy(),
            "distributor": raw["NomAgente"][rejected].to_numpy(),
        })
        return points, rejects


def _restore_decimal(values: pd.Series, limit: float) -> pd.Series:
    """Re-insert the lost decimal comma of a whole number beyond ``limit`` or outside Brazil (÷ 100)."""
    whole = values.notna() & (values == values.round(0)) & (values.abs() >= 100)
    return values.where(~whole, values / 100.0)


def _broken_rejects(broken) -> pd.DataFrame:
    if not broken:
        return empty_rejects()
    frame = empty_rejects().reindex(range(len(broken)))
    frame["line_number"] = np.array([item.line_number for item in broken], dtype=np.int64)
    frame["reason"] = [item.reason for item in broken]
    frame["unit_id"] = [(_UNIT_ID.search(item.text) or [None])[0] for item in broken]
    return frame


def read_gd(stream: BinaryIO, source_name: str, **options) -> tuple[pd.DataFrame, pd.DataFrame, GdSummary]:
    """Whole-file convenience (tests, small files): all points, all rejects and the summary."""
    parser = GdParser(stream, source_name, **options)
    points, rejects = [], []
    for chunk in parser.chunks():
        points.append(chunk.points)
        rejects.append(chunk.rejects)
    points = pd.concat([empty_points(), *points], ignore_index=True) if points else empty_points()
    rejects = pd.concat([empty_rejects(), *rejects], ignore_index=True) if rejects else empty_rejects()
    return points, rejects, parser.summary
