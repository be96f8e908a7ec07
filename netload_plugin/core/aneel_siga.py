"""Parser and cleaner of ANEEL's SIGA generation-plant table (no QGIS).

``siga-empreendimentos-geracao.csv``: ~25k rows, ``;``, quoted, decimal comma (see
``docs/sources.md``). Streamed like the GD registry (:mod:`.csv_stream`). Cleaning rules:

1. Exact duplicate lines dropped; broken lines (wrong field count, unbalanced quotes) rejected;
   a quoted field may hold line breaks (kept as a line feed; see ``csv_stream``).
2. HTML-entity damage repaired in text: ``&amp-`` (an entity that lost its ``;`` and gained a
   ``-``) → ``&`` (``J&amp-F`` → ``J&F``), then :func:`html.unescape` for well-formed entities.
3. Numbers with decimal comma and no leading zero: ``,85847950`` → 0.8584795, ``,00`` → 0.
4. Several rows per CEG differing only in ``DscTipoOutorga``: the first is kept, the rest counted.
5. ``DscMuninicpios`` ("Iturama - MG, Indiaporã - SP") is kept as text in ``municipalities``; its
   first municipality gives the UF when ``SigUFPrincipal`` is empty and the centroid when the
   plant has no usable coordinates (``geom_source`` = ``municipality_centroid``).
6. ``1900-…`` dates → NULL. No usable capacity, or no point at all → rejected.
7. A row whose fields moved but kept the field count (two or more code, date, number or list
   columns holding text of another shape, :mod:`.field_shapes`) is rejected as ``broken row: fields
   out of place``: its neighbour columns include the owners (``DscPropriRegimePariticipacao``, which
   may name people), so it carries only its line number and reason. A municipality list that is not
   one (``Name - UF, …``) is dropped from the row, and other rejected fields are kept only where
   their text has their column's shape.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import BinaryIO

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
    CEG_CODE,
    DATE,
    MUNICIPALITY_LIST,
    NUMBER,
    REASON_MISPLACED,
    STATE,
    Distinct,
    misplaced,
    shaped,
)
from .progress import Progress

#: The official open-data resource (docs/sources.md); every client takes another URL or file instead.
DEFAULT_URL = ENDPOINTS["aneel_siga"].url

OUTPUT_COLUMNS = ["ceg", "name", "uf", "generation_type", "phase", "fuel_source", "capacity_kw",
                  "started_on", "municipalities", "geom_source"]
POINT_COLUMNS = OUTPUT_COLUMNS + ["lon", "lat"]
#: Output column → column kind (:mod:`.sql_values`), for every writer of the points.
OUTPUT_KINDS = {name: "string" for name in OUTPUT_COLUMNS} | {"capacity_kw": "double", "started_on": "date"}
REJECT_COLUMNS = ["line_number", "reason", "ceg", "name", "uf", "capacity", "coord_n", "coord_e", "municipalities"]

COLUMNS = {
    "NomEmpreendimento": (), "CodCEG": (), "SigUFPrincipal": (), "SigTipoGeracao": (), "DscFaseUsina": (),
    "DscFonteCombustivel": (), "NomFonteCombustivel": (), "DatEntradaOperacao": (),
    "MdaPotenciaOutorgadaKw": ("MdaPotenciaOutorgadaKW",), "MdaPotenciaFiscalizadaKw": ("MdaPotenciaFiscalizadaKW",),
    "NumCoordNEmpreendimento": (), "NumCoordEEmpreendimento": (),
    "DscMuninicpios": ("DscMunicipios",),
}
REQUIRED = ("CodCEG", "NomEmpreendimento", "MdaPotenciaOutorgadaKw", "NumCoordNEmpreendimento",
            "NumCoordEEmpreendimento")

#: Anchor columns and the shape of their text (see :mod:`.field_shapes`).
ANCHORS = {"CodCEG": CEG_CODE, "SigUFPrincipal": STATE, "SigTipoGeracao": "[A-Z]{3}", "DatEntradaOperacao": DATE,
           "MdaPotenciaOutorgadaKw": NUMBER, "MdaPotenciaFiscalizadaKw": NUMBER, "NumCoordNEmpreendimento": NUMBER,
           "NumCoordEEmpreendimento": NUMBER, "DscMuninicpios": MUNICIPALITY_LIST}
REASON_CAPACITY = "no usable capacity"
REASON_NO_PLACE = "no usable coordinates and no known municipality"

_BROKEN_ENTITY = re.compile(r"&(amp|quot|apos|lt|gt)-")
_BROKEN_CHAR = {"amp": "&", "quot": '"', "apos": "'", "lt": "<", "gt": ">"}
_FIRST_TOWN = re.compile(r"^\s*(?P<name>.+?)\s+-\s+(?P<uf>[A-Z]{2})\b")


def repair_entities(text: str) -> str:
    """``J&amp-F`` → ``J&F``; ``&amp;``/``&#233;`` → ``&``/``é``."""
    if "&" not in text:
        return text
    return html.unescape(_BROKEN_ENTITY.sub(lambda match: _BROKEN_CHAR[match.group(1)], text))


def _fold(name: str) -> str:
    name = name.replace("´", "'").replace("`", "'").replace("’", "'")
    name = unicodedata.normalize("NFKD", name)
    return "".join(char for char in name if not unicodedata.combining(char)).lower().strip()


@lru_cache(maxsize=1)
def _code_by_name() -> dict:
    table = ibge.municipalities()
    return {(_fold(name), uf): code for code, name, uf in zip(table.index, table["name"], table["uf"])}


def first_municipality(text: str) -> tuple[str | None, str | None]:
    """``"Iturama - MG, Indiaporã - SP"`` → (``"3134400"`` or None, ``"MG"``)."""
    match = _FIRST_TOWN.match(text or "")
    if not match:
        return None, None
    uf = match.group("uf")
    return _code_by_name().get((_fold(match.group("name")), uf)), uf


@dataclass
class SigaSummary(ParseSummary):
    """What happened to every row, plus the repeated CEG rows SIGA carries: the log prints :meth:`lines`."""

    duplicate_ceg: int = 0

    def lines(self) -> list[str]:
        return [f"Rows read: {self.rows_read:,} (encoding {self.encoding})", f"Plants kept: {self.kept:,}",
                f"Exact duplicate lines dropped: {self.duplicates:,}",
                f"Further rows of an already kept CEG dropped: {self.duplicate_ceg:,}",
                f"Rows filtered out (state): {self.filtered_out:,}",
                f"Rows rejected: {self.rejected_total:,}"] + self.breakdown_lines()


class SigaParser:
    """Streams a SIGA file: ``for points, rejects in parser.chunks(): ...``, then ``parser.summary``."""

    def __init__(self, stream: BinaryIO, source_name: str, *, states: Iterable[str] = (),
                 block_bytes: int = DEFAULT_BLOCK_BYTES, total_bytes: int | None = None,
                 progress: Progress | None = None):
        self.reader = LineReader(stream, source_name, block_bytes)
        self.source_name = source_name
        self.states = {uf.upper() for uf in states}
        self.total_bytes = total_bytes
        self.progress = progress or Progress()
        self.summary = SigaSummary()
        self._seen_ceg: set[str] = set()

    def chunks(self) -> Iterator[tuple[pd.DataFrame, pd.DataFrame]]:
        for raw, broken_lines in registry_blocks(self.reader, COLUMNS, REQUIRED, "an ANEEL SIGA file",
                                                 self.summary, self.progress, self.total_bytes):
            points, rejects = self._clean(raw)
            if broken_lines:
                broken = pd.DataFrame({"line_number": [b.line_number for b in broken_lines],
                                       "reason": [b.reason for b in broken_lines]}).reindex(columns=REJECT_COLUMNS)
                rejects = pd.concat([rejects, broken], ignore_index=True).sort_values("line_number", ignore_index=True)
            self.summary.kept += len(points)
            yield points, rejects

    def _clean(self, raw: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
        summary = self.summary
        raw = raw.apply(lambda column: column.str.strip())
        out_of_place = misplaced({name: Distinct(raw[name]) for name in ANCHORS}, ANCHORS)
        damaged = raw["NomEmpreendimento"].str.contains("&", regex=False)
        summary.repaired["HTML entity repaired in the name"] += int((damaged & ~out_of_place).sum())
        name = raw["NomEmpreendimento"].map(repair_entities)
        towns = pd.Series(shaped(raw["DscMuninicpios"].map(repair_entities), MUNICIPALITY_LIST), index=raw.index,
                          dtype=object)
        summary.repaired["municipality list unreadable, dropped"] += int(
            (towns.isna() & (raw["DscMuninicpios"] != "") & ~out_of_place).sum())

        reason = pd.Series("", index=raw.index, dtype=object)
        reason[out_of_place] = REASON_MISPLACED
        capacity = parse_decimal(raw["MdaPotenciaOutorgadaKw"])
        fallback = capacity.isna()
        capacity[fallback] = parse_decimal(raw["MdaPotenciaFiscalizadaKw"][fallback])
        reason[(reason == "") & (capacity.isna() | (capacity < 0))] = REASON_CAPACITY
        lon, lat, usable, uf = _place(raw, towns)
        reason[(reason == "") & lon.isna()] = REASON_NO_PLACE

        started, sentinel = parse_date(raw["DatEntradaOperacao"])
        good = self._kept(raw["CodCEG"], uf, reason)
        summary.repaired["coordinates unusable, municipality centroid used"] += int((good & ~usable).sum())
        summary.repaired["1900 sentinel date set to NULL"] += int((good & sentinel).sum())
        for why, count in reason[reason != ""].value_counts().items():
            summary.rejected[why] += int(count)

        fuel = raw["NomFonteCombustivel"].where(raw["NomFonteCombustivel"] != "", raw["DscFonteCombustivel"])
        geom_source = pd.Series(np.where(usable, "registry", "municipality_centroid"), index=raw.index, dtype=object)
        points = pd.DataFrame({
            "ceg": raw["CodCEG"], "name": name, "uf": uf, "generation_type": raw["SigTipoGeracao"],
            "phase": raw["DscFaseUsina"], "fuel_source": fuel, "capacity_kw": capacity,
            "started_on": started, "municipalities": towns, "geom_source": geom_source,
            "lon": lon.astype(float), "lat": lat.astype(float),
        })[good].reset_index(drop=True).replace({"": None})
        return points, _rejects(raw, reason, name, uf, towns, out_of_place)

    def _kept(self, ceg: pd.Series, uf: pd.Series, reason: pd.Series) -> pd.Series:
        """Rows kept: not rejected, the first of their CEG, of a chosen state (counting the others)."""
        good = reason == ""
        repeated = good & (ceg.duplicated() | ceg.isin(self._seen_ceg))
        self.summary.duplicate_ceg += int(repeated.sum())
        good &= ~repeated
        self._seen_ceg.update(ceg[good])
        if self.states:  # other states are filtered out, rejected or not; unknown-state rejects stay
            wanted = uf.isin(self.states) | ((reason != "") & (uf.isna() | (uf == "")))
            self.summary.filtered_out += int((~wanted & (good | (reason != ""))).sum())
            reason[~wanted] = ""
            good &= wanted
        return good


def _place(raw: pd.DataFrame, towns: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series, pd.Series]:
    """Point (the registry's, else the first municipality's centroid), whether the registry's was usable, and UF."""
    first = towns.map(first_municipality, na_action="ignore")
    town_code = first.str[0]
    lat = parse_decimal(raw["NumCoordNEmpreendimento"])
    lon = parse_decimal(raw["NumCoordEEmpreendimento"])
    usable = pd.Series(ibge.inside_brazil(lon, lat), index=raw.index)
    centroid = ibge.lookup(town_code.fillna(""))
    uf = raw["SigUFPrincipal"].str.upper().where(raw["SigUFPrincipal"] != "", first.str[1])
    return lon.where(usable, centroid["lon"]), lat.where(usable, centroid["lat"]), usable, uf


def _rejects(raw: pd.DataFrame, reason: pd.Series, name: pd.Series, uf: pd.Series, towns: pd.Series,
             out_of_place: np.ndarray) -> pd.DataFrame:
    """The rejected rows: fields only where their text has their column's shape; nothing when out of place."""
    bad = reason != ""
    rows = raw[bad]
    frame = pd.DataFrame({
        "line_number": rows.index.to_numpy(dtype=np.int64), "reason": reason[bad].to_numpy(),
        "ceg": shaped(rows["CodCEG"], CEG_CODE), "name": name[bad].to_numpy(),
        "uf": shaped(uf[bad], STATE), "capacity": shaped(rows["MdaPotenciaOutorgadaKw"], NUMBER),
        "coord_n": shaped(rows["NumCoordNEmpreendimento"], NUMBER),
        "coord_e": shaped(rows["NumCoordEEmpreendimento"], NUMBER), "municipalities": towns[bad].to_numpy(),
    }, columns=REJECT_COLUMNS)
    frame.loc[out_of_place[bad.to_numpy()], REJECT_COLUMNS[2:]] = None
    return frame


def read_siga(stream: BinaryIO, source_name: str, **options) -> tuple[pd.DataFrame, pd.DataFrame, SigaSummary]:
    """Whole-file convenience: all plants, all rejects and the summary."""
    parser = SigaParser(stream, source_name, **options)
    points, rejects = [], []
    for chunk_points, chunk_rejects in parser.chunks():
        points.append(chunk_points)
        rejects.append(chunk_rejects)
    points = pd.concat(points, ignore_index=True) if points else pd.DataFrame(columns=POINT_COLUMNS)
    rejects = pd.concat(rejects, ignore_index=True) if rejects else pd.DataFrame(columns=REJECT_COLUMNS)
    return points, rejects, parser.summary
