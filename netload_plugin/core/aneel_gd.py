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
from dataclasses import dataclass
from typing import BinaryIO, Iterable, Iterator, NamedTuple

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
    misplaced,
    shaped,
)
from .progress import Progress

#: The official open-data resource (docs/sources.md); every client takes another URL or file instead.
DEFAULT_URL = ("https://dadosabertos.aneel.gov.br/dataset/5e0fafd2-21b9-4d5b-b622-40438d40aba2/resource/"
               "b1bd71e7-d0ad-4214-9053-cbd58e9564a7/download/empreendimento-geracao-distribuida.csv")

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
#: Anchor columns and the shape of their text (see :mod:`.field_shapes`).
ANCHORS = {"SigUF": STATE, "CodMunicipioIbge": IBGE_CODE,
           "DthAtualizaCadastralEmpreend": DATE, "NumCoordNEmpreendimento": NUMBER,
           "NumCoordEEmpreendimento": NUMBER, "MdaPotenciaInstaladaKW": NUMBER, "SigTipoGeracao": GENERATION_TYPE,
           "NumCNPJDistribuidora": CNPJ_DIGITS}
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
    """Where each row's unit is: the cleaned municipality and point, and why (for the summary)."""

    code: pd.Series  # IBGE code completed to 7 digits where it had 6
    written: pd.Series  # IBGE code as written (stripped)
    town: pd.DataFrame  # uf, name, lon, lat of the code in the IBGE table (NaN where unknown)
    lon: pd.Series
    lat: pd.Series
    geom_source: pd.Series
    near: pd.Series  # the registry's own point (maybe repaired) is used
    repaired: pd.Series  # its lost decimal comma was restored
    in_brazil: pd.Series
    no_coordinates: pd.Series
    completed: pd.Series  # a 6-digit code was completed

    @property
    def known(self) -> pd.Series:
        return self.town["uf"].notna()


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
        cells = {name: Distinct(raw[name]) for name in ANCHORS}
        out_of_place = misplaced(cells, ANCHORS, unique=(raw["CodEmpreendimento"], UNIT_CODE))
        reason = _damage_reasons(cells, out_of_place)
        capacity = cells["MdaPotenciaInstaladaKW"].map(parse_decimal)
        reason[(reason == "") & ~(capacity > 0)] = REASON_CAPACITY
        place = self._place(cells)
        reason[(reason == "") & ~place.known & ~place.near] = REASON_NO_PLACE
        dates = cells["DthAtualizaCadastralEmpreend"]
        connected, sentinel = (dates.spread(values) for values in parse_date(dates.values))
        uf = place.town["uf"].fillna(cells["SigUF"].map(lambda values: values.str.strip().str.upper()))
        wanted = self._wanted(uf, cells["SigTipoGeracao"], reason)
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
        code = codes.spread(completed)
        town = ibge.lookup(code)
        lat_raw, lat = _coordinate(cells["NumCoordNEmpreendimento"], 90)
        lon_raw, lon = _coordinate(cells["NumCoordEEmpreendimento"], 180)
        repaired = ((lat != lat_raw) | (lon != lon_raw)) & lat.notna() & lon.notna()
        in_brazil = pd.Series(ibge.inside_brazil(lon, lat), index=code.index)
        distance = pd.Series(ibge.haversine_km(lon, lat, town["lon"], town["lat"]), index=code.index)
        near = in_brazil & (town["uf"].isna() | (distance <= self.max_distance_km))
        geom_source = pd.Series(np.where(near, np.where(repaired, GEOM_REPAIRED, GEOM_REGISTRY), GEOM_CENTROID),
                                index=code.index, dtype=object)
        return Place(code, codes.spread(written), town, lon.where(near, town["lon"]), lat.where(near, town["lat"]),
                     geom_source, near, repaired, in_brazil, lat_raw.isna() | lon_raw.isna(), codes.spread(six))

    def _wanted(self, uf: pd.Series, kinds: Distinct, reason: pd.Series) -> pd.Series:
        """Rows of the chosen states and generation types; a rejected row whose state or type is unknown stays."""
        wanted = pd.Series(True, index=uf.index)
        if self.states:
            wanted &= uf.isin(self.states) | ((reason != "") & (uf.isna() | (uf == "")))
        if self.generation_types:
            kind = kinds.map(lambda values: values.str.strip().str.upper())
            wanted &= kind.isin(self.generation_types) | ((reason != "") & (kind == ""))
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
        for why, count in reason[reason != ""].value_counts().items():
            self.summary.rejected[why] += int(count)


def _damage_reasons(cells: dict[str, Distinct], out_of_place: pd.Series) -> pd.Series:
    """The rejection reason of rows whose fields are out of place, or whose IBGE code is not a code."""
    reason = pd.Series("", index=out_of_place.index, dtype=object)
    reason[~cells["CodMunicipioIbge"].fits(IBGE_CODE)] = REASON_IBGE_CODE
    reason[out_of_place] = REASON_MISPLACED
    return reason


def _coordinate(cells: Distinct, limit: float) -> tuple[pd.Series, pd.Series]:
    """A coordinate column as parsed, and with a lost decimal comma restored (rule 6)."""
    parsed = parse_decimal(cells.values)
    return cells.spread(parsed), cells.spread(_restore_decimal(parsed, limit))


def _text(column: pd.Series) -> np.ndarray:
    """Text cells as written, empty ones None."""
    values = column.to_numpy(dtype=object)
    return np.where(values == "", None, values)


def _points(raw: pd.DataFrame, good: pd.Series, uf: pd.Series, place: Place, capacity: pd.Series,
            connected: pd.Series) -> pd.DataFrame:
    keep = good.to_numpy()
    columns = {"unit_id": _text(raw["CodEmpreendimento"]), "uf": uf.to_numpy(object),
               "ibge_code": place.code.where(place.known, place.written).to_numpy(object),
               "municipality": place.town["name"].fillna(raw["NomMunicipio"]).to_numpy(object)}
    columns |= {name: _text(raw[source]) for name, source in _TEXT_COLUMNS.items()}
    columns |= {"capacity_kw": capacity.to_numpy(float), "connected_on": connected.to_numpy(object),
                "geom_source": place.geom_source.to_numpy(object), "lon": place.lon.to_numpy(float),
                "lat": place.lat.to_numpy(float)}
    points = pd.DataFrame({name: columns[name][keep] for name in POINT_COLUMNS})
    for name in ("uf", "ibge_code", "municipality"):
        points[name] = _text(points[name].fillna(""))
    return points


def _rejects(raw: pd.DataFrame, rejected: pd.Series, reason: pd.Series, place: Place,
             out_of_place: pd.Series) -> pd.DataFrame:
    """The rejected rows, with each field only where it cannot carry personal data (module docstring)."""
    if not rejected.any():
        return empty_rejects()
    rows = raw[rejected]
    in_place = ~out_of_place[rejected]
    known = place.known[rejected]
    names = _known_municipality(rows["NomMunicipio"])
    frame = pd.DataFrame({
        "line_number": rows.index.to_numpy(dtype=np.int64),
        "reason": reason[rejected].to_numpy(),
        "unit_id": shaped(rows["CodEmpreendimento"], UNIT_CODE),
        "uf": shaped(rows["SigUF"], STATE),
        "ibge_code": shaped(rows["CodMunicipioIbge"], IBGE_CODE),
        "municipality": place.town["name"][rejected].where(known, names),
        "generation_type": shaped(rows["SigTipoGeracao"], GENERATION_TYPE),
        "capacity": shaped(rows["MdaPotenciaInstaladaKW"], NUMBER),
        "connected": shaped(rows["DthAtualizaCadastralEmpreend"], DATE),
        "coord_n": shaped(rows["NumCoordNEmpreendimento"], NUMBER),
        "coord_e": shaped(rows["NumCoordEEmpreendimento"], NUMBER),
        "distributor_cnpj": _zero_padded(shaped(rows["NumCNPJDistribuidora"], CNPJ_DIGITS)),
        "distributor": rows["NomAgente"].where(rows["NomAgente"] != "", None),
    }).reset_index(drop=True)
    frame.loc[~in_place.to_numpy(), REJECT_COLUMNS[2:]] = None  # out of place: nothing but line and reason
    return frame


def _zero_padded(cnpj: pd.Series) -> pd.Series:
    """A CNPJ read as text with the leading zeros a number would have lost."""
    return cnpj.str.zfill(14).where(cnpj.notna(), None)


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
