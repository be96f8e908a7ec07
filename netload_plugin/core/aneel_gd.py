"""Parser and cleaner of ANEEL's distributed-generation registry (no QGIS).

``empreendimento-geracao-distribuida.csv``: ~4 million rows, ``;``-separated, quoted, decimal comma,
latin-1 or UTF-8 (see ``docs/sources.md``). :class:`GdParser` streams it block by block
(:mod:`.csv_stream`) and yields clean points and rejected rows per block; the whole file is never
in memory. Cleaning rules, in order:

1. Exact duplicate lines (anywhere in the file) are dropped and counted.
2. A quoted field may hold line breaks (the record is read whole, numbered by its first line,
   the break kept as a line feed). Records with the wrong number of fields or unbalanced quotes are
   rejected (``broken row``); a quote never closed rejects its line alone; CR, LF and CRLF all end
   lines; a line longer than 1 MiB or holding NUL bytes is rejected alone (``csv_stream``).
   A row whose fields moved by one or more columns but kept the field count (two or more code,
   date or number columns holding text of another shape, :mod:`.field_shapes`) is rejected as
   ``broken row: fields out of place``.
3. Column names match case-insensitively and by alias (older files: ``NumCpfCnpj``,
   ``MdaPotenciaInstaladakW``, no ``CodCEP``). Personal columns (``NumCPFCNPJ``,
   ``NomTitularEmpreendimento``, ``CodCEP``) are never read.
4. Capacity ``MdaPotenciaInstaladaKW`` with decimal comma; missing, unparsable or ≤ 0 → rejected.
5. ``CodMunicipioIbge`` with 6 digits is completed with its IBGE check digit; the municipality's
   UF, name and centroid come from the shipped IBGE table. A code that is not 6 or 7 ASCII digits
   (``12004²``) rejects the row.
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

Rejected rows carry only what cannot hold personal data: each field only when its text has the
shape of its column (a code, a date, a number), the municipality only as a known IBGE name, the
distributor's name only when the row is in place, and nothing but the line number and reason when
it is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import repeat
from typing import BinaryIO, NamedTuple

import numpy as np
import pandas as pd

from . import ibge
from .csv_stream import (
    DEFAULT_BLOCK_BYTES,
    LineReader,
    ParseSummary,
    parse_date,
    parse_decimal,
    registry_blocks,
)
from .definitions import ENDPOINTS
from .field_shapes import (
    CNPJ_DIGITS,
    DATE,
    GENERATION_TYPE,
    IBGE_CODE,
    NUMBER,
    REASON_MISPLACED,
    STATE,
    UNIT_CODE,
    Distinct,
    fits,
    shaped,
)
from .geodesy import haversine_km
from .progress import Progress

#: The official open-data resource (docs/sources.md); every client takes another URL or file instead.
DEFAULT_URL = ENDPOINTS["aneel_gd"].url

OUTPUT_COLUMNS = [
    "unit_id", "uf", "ibge_code", "municipality", "consumer_class", "modality", "generation_type",
    "source", "size_class", "capacity_kw", "connected_on", "distributor", "substation", "geom_source",
]
POINT_COLUMNS = OUTPUT_COLUMNS + ["lon", "lat"]
#: Output column → column kind (:mod:`.sql_values`), for every writer of the points.
OUTPUT_KINDS = {name: "string" for name in OUTPUT_COLUMNS} | {"capacity_kw": "double", "connected_on": "date"}
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

_UNIT_ID = re.compile(UNIT_CODE)
#: Anchor columns and the shape of their text (see :mod:`.field_shapes`). The first five are parsed once per
#: distinct value anyway and checked on every row; the others only where needed (``_out_of_place``).
ANCHORS = {"CodMunicipioIbge": IBGE_CODE, "DthAtualizaCadastralEmpreend": DATE, "NumCoordNEmpreendimento": NUMBER,
           "NumCoordEEmpreendimento": NUMBER, "MdaPotenciaInstaladaKW": NUMBER, "CodEmpreendimento": UNIT_CODE,
           "SigUF": STATE, "SigTipoGeracao": GENERATION_TYPE, "NumCNPJDistribuidora": CNPJ_DIGITS}
_PARSED = list(ANCHORS)[:5]
REASON_IBGE_CODE = "IBGE code is not a number of 6 or 7 digits"
REASON_CAPACITY = "no usable capacity"
REASON_NO_PLACE = "unknown municipality and no usable coordinates"
#: Free-text columns written to the point layer as ANEEL wrote them ("" → NULL).
_TEXT_COLUMNS = {"consumer_class": "DscClasseConsumo", "modality": "DscModalidadeHabilitado",
                 "generation_type": "SigTipoGeracao", "source": "DscFonteGeracao", "size_class": "DscPorte",
                 "distributor": "NomAgente", "substation": "NomSubEstacao"}


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
    return _EMPTY_POINTS.copy()


def empty_rejects() -> pd.DataFrame:
    return _EMPTY_REJECTS.copy()


_EMPTY_POINTS = pd.DataFrame({name: pd.Series(dtype=object) for name in POINT_COLUMNS}).astype(
    {"capacity_kw": float, "lon": float, "lat": float})
_EMPTY_REJECTS = pd.DataFrame({name: pd.Series(dtype=object) for name in REJECT_COLUMNS}).astype(
    {"line_number": np.int64})


class Place(NamedTuple):
    """Where each row's unit is (numpy arrays, one value per row): municipality, point, and why."""

    code: np.ndarray  # the IBGE code written (6-digit ones completed when that makes them known)
    uf: np.ndarray  # of the municipality, None where unknown
    name: np.ndarray  # of the municipality, None where unknown
    lon: np.ndarray
    lat: np.ndarray
    geom_source: np.ndarray
    near: np.ndarray  # the registry's own point (maybe repaired) is used
    repaired: np.ndarray  # its lost decimal comma was restored
    in_brazil: np.ndarray
    no_coordinates: np.ndarray
    completed: np.ndarray  # a 6-digit code was completed

    @property
    def known(self) -> np.ndarray:
        return ~pd.isna(self.uf)


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

    # -- cleaning of one block, in named steps ------------------------------------------------
    def _clean(self, raw: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
        cells = {name: Distinct(raw[name]) for name in _PARSED}
        out_of_place = _out_of_place(raw, cells)
        reason = np.full(len(raw), "", dtype=object)
        reason[~cells["CodMunicipioIbge"].fits(IBGE_CODE)] = REASON_IBGE_CODE
        reason[out_of_place] = REASON_MISPLACED
        capacity = cells["MdaPotenciaInstaladaKW"].map(parse_decimal)
        reason[(reason == "") & ~(capacity > 0)] = REASON_CAPACITY
        place = self._place(cells)
        reason[(reason == "") & ~place.known & ~place.near] = REASON_NO_PLACE
        dates = cells["DthAtualizaCadastralEmpreend"]
        connected, sentinel = (dates.spread(values) for values in parse_date(dates.values))
        uf = place.uf.copy()
        unknown = np.flatnonzero(~place.known)
        uf[unknown] = raw["SigUF"].iloc[unknown].str.strip().str.upper().to_numpy(object)
        wanted = self._wanted(uf, raw["SigTipoGeracao"], reason)
        reason[~wanted] = ""
        good = wanted & (reason == "")
        self._count(good, reason, place, sentinel.astype(bool))
        points = _points(raw, good, uf, place, capacity, connected)
        return points, _rejects(raw, wanted & (reason != ""), reason, place, out_of_place)

    def _place(self, cells: dict[str, Distinct]) -> Place:
        """Municipality and point of every row (rules 5 and 6 of the module's docstring)."""
        codes = cells["CodMunicipioIbge"]
        written = codes.values.str.strip()
        six = written.str.fullmatch("[0-9]{6}").to_numpy(bool)
        completed = written.copy()
        completed[six] = written[six].map(ibge.complete_code)
        town = ibge.lookup(completed)  # per distinct code
        known = town["uf"].notna().to_numpy()
        code = codes.spread(np.where(known, completed.to_numpy(object), written.to_numpy(object)))
        town_uf, town_name = (codes.spread(town[name].astype(object).where(known, None)) for name in ("uf", "name"))
        town_lon, town_lat = (codes.spread(town[name].to_numpy(float)) for name in ("lon", "lat"))
        lat_raw, lat = _coordinate(cells["NumCoordNEmpreendimento"], 90)
        lon_raw, lon = _coordinate(cells["NumCoordEEmpreendimento"], 180)
        repaired = ((lat != lat_raw) | (lon != lon_raw)) & ~np.isnan(lat) & ~np.isnan(lon)
        in_brazil = ibge.inside_brazil(lon, lat)
        with np.errstate(invalid="ignore"):
            near = in_brazil & (np.isnan(town_lon) | (haversine_km(lon, lat, town_lon, town_lat)
                                                      <= self.max_distance_km))
        geom_source = np.where(near, np.where(repaired, GEOM_REPAIRED, GEOM_REGISTRY), GEOM_CENTROID).astype(object)
        return Place(code, town_uf, town_name, np.where(near, lon, town_lon), np.where(near, lat, town_lat),
                     geom_source, near, repaired, in_brazil, np.isnan(lat_raw) | np.isnan(lon_raw), codes.spread(six))

    def _wanted(self, uf: np.ndarray, kinds: pd.Series, reason: np.ndarray) -> np.ndarray:
        """Rows of the chosen states and generation types; a rejected row whose state or type is unknown stays."""
        wanted = np.ones(len(uf), dtype=bool)
        rejected = reason != ""
        if self.states:
            no_state = pd.isna(uf) | (uf == "")
            wanted &= pd.Series(uf).isin(self.states).to_numpy() | (rejected & no_state)
        if self.generation_types:
            kind = Distinct(kinds).map(lambda values: values.str.strip().str.upper())
            wanted &= pd.Series(kind).isin(self.generation_types).to_numpy() | (rejected & (kind == ""))
        self.summary.filtered_out += int((~wanted).sum())
        return wanted

    def _count(self, good: pd.Series, reason: pd.Series, place: Place, sentinel: pd.Series) -> None:
        """Add the block's repairs and rejections to the summary."""
        repaired = self.summary.repaired
        repaired["6-digit IBGE code completed"] += int(place.completed.sum())
        repaired["coordinates missing decimal comma restored"] += int((good & place.near & place.repaired).sum())
        repaired["coordinates missing, municipality centroid used"] += int((good & place.no_coordinates).sum())
        repaired["coordinates outside Brazil, municipality centroid used"] += int(
            (good & ~place.no_coordinates & ~place.in_brazil).sum())
        repaired[f"coordinates > {self.max_distance_km:g} km from municipality, centroid used"] += int(
            (good & place.in_brazil & ~place.near).sum())
        repaired["1900 sentinel date set to NULL"] += int((good & sentinel).sum())
        self.summary.rejected.update(reason[reason != ""].tolist())


def _out_of_place(raw: pd.DataFrame, cells: dict[str, Distinct]) -> np.ndarray:
    """Rows with two or more anchors of another shape (:mod:`.field_shapes`).

    The anchors parsed anyway are checked on every row, the others only on rows where one of those
    failed or whose unit code does not even start like one: a shift before the unit code moves it,
    one after it moves a parsed anchor, so no shifted row escapes and most rows cost nothing more.
    """
    failures = sum((~cells[name].fits(ANCHORS[name])).astype(np.int64) for name in _PARSED)
    units = raw["CodEmpreendimento"].to_numpy(dtype=object)
    like_unit = np.fromiter(map(str.startswith, units, repeat("GD.")), dtype=bool, count=len(units))
    suspect = np.flatnonzero((failures > 0) | ~like_unit)
    for name in list(ANCHORS)[len(_PARSED):]:
        failures[suspect] += ~fits(raw[name].iloc[suspect], ANCHORS[name])
    return failures >= 2


def _coordinate(cells: Distinct, limit: float) -> tuple[np.ndarray, np.ndarray]:
    """A coordinate column as parsed, and with a lost decimal comma restored (rule 6)."""
    parsed = parse_decimal(cells.values)
    return cells.spread(parsed.to_numpy(float)), cells.spread(_restore_decimal(parsed, limit).to_numpy(float))


def _text(values: np.ndarray) -> np.ndarray:
    """Text cells as written, empty ones None."""
    values = np.asarray(values, dtype=object)
    return np.where(values == "", None, values)


def _points(raw: pd.DataFrame, good: np.ndarray, uf: np.ndarray, place: Place, capacity: np.ndarray,
            connected: np.ndarray) -> pd.DataFrame:
    municipality = place.name.copy()
    unknown = np.flatnonzero(~place.known)
    municipality[unknown] = raw["NomMunicipio"].to_numpy(object)[unknown]
    columns = {"unit_id": raw["CodEmpreendimento"].to_numpy(object), "uf": uf, "ibge_code": place.code,
               "municipality": municipality}
    columns |= {name: raw[source].to_numpy(object) for name, source in _TEXT_COLUMNS.items()}
    points = {name: _text(values[good]) for name, values in columns.items()}
    points |= {"capacity_kw": capacity[good].astype(float), "connected_on": connected[good].astype(object),
               "geom_source": place.geom_source[good], "lon": place.lon[good], "lat": place.lat[good]}
    return pd.DataFrame({name: points[name] for name in POINT_COLUMNS})


def _rejects(raw: pd.DataFrame, rejected: np.ndarray, reason: np.ndarray, place: Place,
             out_of_place: np.ndarray) -> pd.DataFrame:
    """The rejected rows, with each field only where it cannot carry personal data (module docstring)."""
    if not rejected.any():
        return empty_rejects()
    rows = raw[rejected]
    known = place.known[rejected]
    names = _known_municipality(rows["NomMunicipio"]).to_numpy(object)
    frame = pd.DataFrame({
        "line_number": rows.index.to_numpy(dtype=np.int64),
        "reason": reason[rejected],
        "unit_id": shaped(rows["CodEmpreendimento"], UNIT_CODE),
        "uf": shaped(rows["SigUF"], STATE),
        "ibge_code": shaped(rows["CodMunicipioIbge"], IBGE_CODE),
        "municipality": np.where(known, place.name[rejected], names),
        "generation_type": shaped(rows["SigTipoGeracao"], GENERATION_TYPE),
        "capacity": shaped(rows["MdaPotenciaInstaladaKW"], NUMBER),
        "connected": shaped(rows["DthAtualizaCadastralEmpreend"], DATE),
        "coord_n": shaped(rows["NumCoordNEmpreendimento"], NUMBER),
        "coord_e": shaped(rows["NumCoordEEmpreendimento"], NUMBER),
        "distributor_cnpj": _zero_padded(shaped(rows["NumCNPJDistribuidora"], CNPJ_DIGITS)),
        "distributor": _text(rows["NomAgente"].to_numpy(object)),
    })
    frame.loc[out_of_place[rejected], REJECT_COLUMNS[2:]] = None  # out of place: nothing but line and reason
    return frame


def _zero_padded(cnpjs: list) -> list:
    """CNPJs read as text with the leading zeros a number would have lost."""
    return [None if cnpj is None else cnpj.zfill(14) for cnpj in cnpjs]


def _known_municipality(names: pd.Series) -> pd.Series:
    """``names`` where each is the name of a municipality in the IBGE table (any case), else None."""
    known = set(ibge.municipalities()["name"].str.lower())
    text = names.str.strip()
    return text.where(text.str.lower().isin(known), None)


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
