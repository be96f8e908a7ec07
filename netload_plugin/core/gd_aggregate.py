"""Sum GD units per zone: count, capacity, capacity by generation type, consumer class, modality.

Input is columnar (numpy arrays, one entry per unit) plus the unit→zone pairs found by
``point_in_polygon.locate_points`` or by matching IBGE codes; output is one row per zone.
Categories are normalised from ANEEL's Portuguese labels (accents and case ignored) to fixed
English field names, so the output schema never depends on the data: a value no rule knows is
summed under ``…_other_kw``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

GENERATION_TYPES = ("ufv", "ute", "cgh", "eol")
CONSUMER_CLASSES = (
    ("residential", ("residencial", "residential")),
    ("commercial", ("comercial", "commercial")),
    ("rural", ("rural",)),
    ("industrial", ("industrial",)),
    ("public_authority", ("poder publico", "public authority")),
    ("public_service", ("servico publico", "public service")),
    ("public_lighting", ("iluminacao", "lighting")),
)
MODALITIES = (
    ("own_site", ("propria uc", "own")),
    ("remote_self", ("remoto", "remote")),
    ("shared", ("compartilhada", "shared")),
    ("multi_unit", ("condominio", "multiplas", "multi")),
)


def _plain(text) -> str:
    if text is None or (isinstance(text, float) and np.isnan(text)):
        return ""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


def generation_type_key(value) -> str:
    """``UFV``/``Radiação solar`` → ``ufv``; unknown → ``other``."""
    text = _plain(value)
    if text in GENERATION_TYPES:
        return text
    if "solar" in text or "fotovolt" in text:
        return "ufv"
    if "eol" in text or "vento" in text or "wind" in text:
        return "eol"
    if "hidr" in text or "hydro" in text:
        return "cgh"
    if "term" in text or "biomass" in text or "gas" in text:
        return "ute"
    return "other"


def _keyword_key(value, table) -> str:
    text = _plain(value)
    for key, words in table:
        if text == key or any(word in text for word in words):
            return key
    return "other"


def consumer_class_key(value) -> str:
    return _keyword_key(value, CONSUMER_CLASSES)


def modality_key(value) -> str:
    return _keyword_key(value, MODALITIES)


def category_fields() -> list[str]:
    """The capacity-by-category output fields, in order."""
    names = [f"cap_{key}_kw" for key in (*GENERATION_TYPES, "other_type")]
    names += [f"cap_class_{key}_kw" for key, _ in (*CONSUMER_CLASSES, ("other", ()))]
    names += [f"cap_mod_{key}_kw" for key, _ in (*MODALITIES, ("other", ()))]
    return names


SUMMARY_FIELDS = ["gd_units", "gd_capacity_kw", "gd_undated", *category_fields()]


@dataclass
class GdUnits:
    """Columnar GD units. ``connected_on`` is ``datetime64[D]`` with NaT for unknown dates."""

    capacity_kw: np.ndarray
    generation_type: np.ndarray | None = None
    consumer_class: np.ndarray | None = None
    modality: np.ndarray | None = None
    connected_on: np.ndarray | None = None
    ibge_code: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.capacity_kw)


def _category_index(values, key_function, keys) -> np.ndarray:
    """Index into ``keys`` for each value (computed once per distinct value).

    ``pd.factorize`` hashes; ``np.unique`` sorted the 4 million strings of a national registry (3.5 s a column).
    """
    if values is None:
        return np.full(0, -1)
    codes, uniques = pd.factorize(pd.Series(values).fillna("").astype(str))
    lookup = {key: i for i, key in enumerate(keys)}
    mapped = np.array([lookup.get(key_function(u), len(keys) - 1) for u in uniques], dtype=np.int64)
    return mapped[codes]


@dataclass
class AggregateReport:
    """Figures the algorithm logs."""

    units: int = 0
    outside: int = 0
    undated: int = 0
    after_as_of: int = 0
    invalid_capacity: int = 0
    outside_index: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))


def active_mask(units: GdUnits, as_of: np.datetime64 | None) -> np.ndarray:
    """Units in service on ``as_of`` (connected on or before it); undated units always count."""
    if as_of is None or units.connected_on is None:
        return np.ones(len(units), dtype=bool)
    dates = units.connected_on.astype("datetime64[D]")
    return np.isnat(dates) | (dates <= np.datetime64(as_of, "D"))


def aggregate(
    units: GdUnits,
    zone_count: int,
    unit_index: np.ndarray,
    zone_index: np.ndarray,
    as_of: np.datetime64 | None = None,
) -> tuple[pd.DataFrame, AggregateReport]:
    """One row per zone (``zone_count`` rows, in zone order) with ``SUMMARY_FIELDS``.

    ``unit_index``/``zone_index`` are the membership pairs; a unit in no pair is outside every
    zone. Units with a missing or negative capacity are counted (``gd_units``) but add no capacity.
    """
    n = len(units)
    capacity = np.asarray(units.capacity_kw, dtype=float)
    bad_capacity = ~np.isfinite(capacity) | (capacity < 0)
    capacity = np.where(bad_capacity, 0.0, capacity)
    active = active_mask(units, as_of)
    undated = (
        np.isnat(units.connected_on.astype("datetime64[D]")) if units.connected_on is not None else np.zeros(n, bool)
    )
    keep = active[unit_index]
    u, z = unit_index[keep], zone_index[keep]
    weights = capacity[u]
    table = {
        "gd_units": np.bincount(z, minlength=zone_count).astype(np.int64),
        "gd_capacity_kw": np.bincount(z, weights=weights, minlength=zone_count),
        "gd_undated": np.bincount(z, weights=undated[u], minlength=zone_count).astype(np.int64),
    }
    groups = (
        ("cap_{}_kw", units.generation_type, generation_type_key, [*GENERATION_TYPES, "other_type"]),
        ("cap_class_{}_kw", units.consumer_class, consumer_class_key, [k for k, _ in CONSUMER_CLASSES] + ["other"]),
        ("cap_mod_{}_kw", units.modality, modality_key, [k for k, _ in MODALITIES] + ["other"]),
    )
    for pattern, values, key_function, keys in groups:
        if values is None:
            category = np.full(n, len(keys) - 1)
        else:
            category = _category_index(values, key_function, keys)
        flat = np.bincount(z * len(keys) + category[u], weights=weights, minlength=zone_count * len(keys))
        per_zone = flat.reshape(zone_count, len(keys))
        for column, key in enumerate(keys):
            table[pattern.format(key)] = per_zone[:, column]
    inside = np.zeros(n, dtype=bool)
    inside[unit_index] = True
    outside = ~inside & active
    report = AggregateReport(
        units=int(active.sum()),
        outside=int(outside.sum()),
        undated=int((undated & active).sum()),
        after_as_of=int((~active).sum()),
        invalid_capacity=int(bad_capacity.sum()),
        outside_index=np.nonzero(outside)[0],
    )
    return pd.DataFrame(table, columns=SUMMARY_FIELDS), report


def match_by_code(unit_codes: np.ndarray, zone_codes: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Membership pairs by IBGE code: 6-digit codes match the 7-digit code they start."""
    zone_lookup: dict[str, int] = {}
    for index, code in enumerate(zone_codes):
        text = _code_text(code)
        if text:
            zone_lookup.setdefault(text, index)
            zone_lookup.setdefault(text[:6], index)
    uniques, inverse = np.unique(pd.Series(unit_codes).map(_code_text).to_numpy(dtype=str), return_inverse=True)
    mapped = np.array([zone_lookup.get(c, zone_lookup.get(c[:6], -1)) if c else -1 for c in uniques], dtype=np.int64)
    zone_of_unit = mapped[inverse]
    units = np.nonzero(zone_of_unit >= 0)[0]
    return units, zone_of_unit[units]


def _code_text(code) -> str:
    if code is None or (isinstance(code, float) and np.isnan(code)):
        return ""
    text = str(code).strip()
    if text.endswith(".0"):
        text = text[:-2]
    return text if text.isdigit() else ""


def capacity_by_day(
    units: GdUnits, zone_count: int, unit_index: np.ndarray, zone_index: np.ndarray, days: np.ndarray
) -> np.ndarray:
    """Installed capacity (kW) per zone and day: array (zone_count, len(days)).

    A unit counts from its connection date on; undated units count on every day.
    """
    capacity = np.nan_to_num(np.asarray(units.capacity_kw, dtype=float)[unit_index], nan=0.0).clip(min=0)
    days = np.asarray(days, dtype="datetime64[D]")
    if units.connected_on is None:
        return np.repeat(np.bincount(zone_index, weights=capacity, minlength=zone_count)[:, None], len(days), axis=1)
    dates = units.connected_on.astype("datetime64[D]")[unit_index]
    first_day = np.where(np.isnat(dates), 0, np.searchsorted(days, dates, "left"))
    slot = zone_index * (len(days) + 1) + first_day
    added = np.bincount(slot, weights=capacity, minlength=zone_count * (len(days) + 1))
    return np.cumsum(added.reshape(zone_count, len(days) + 1), axis=1)[:, : len(days)]
