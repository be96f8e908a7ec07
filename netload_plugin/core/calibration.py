"""An optional per-area performance factor that brings the physical model to ONS's MMGD level.

The physical model's level is a choice (docs/validation.md): ONS's MMGD — the operator's own estimate
of the registered fleet — sits about 30 % below it in the South. Analysts who want ONS's level
fit a factor per ONS area on a reference period (``scripts/validate_mmgd.py --calibrate-on …
--write-calibration FILE``) and hand the file to ``netload:estimate_gd_generation`` (``CALIBRATION``).

* **The factor matches energy**: ``Σ ONS ÷ Σ ours`` over the reference hours. A least-squares fit
  would weight the noon hours; matching energy keeps the period's MWh — what hidden load adds up
  to — and leaves the hourly shape to the physics.
* **The file says what it belongs to** (JSON): ``factors`` (area → factor), ``fitted_period``,
  ``reference``, ``model`` (the PV parameters it was fitted with), ``plugin_version``. Applying a
  factor fitted on other model parameters is allowed but reported, as the factor is only meaningful
  for the model it was fitted on.
* **Zones take their area's factor** by their state: a zone whose id is an IBGE municipality code
  belongs to that code's state, as in hidden_load's area totals (a border municipality's nearest seat
  may lie across the state line); other zones by the state of the nearest municipality seat
  (:func:`zone_areas`). Zones in an area the file has no factor for keep the physical model, counted.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from .errors import NetLoadError
from .geodesy import haversine_km
from .hidden_load import state_of_ibge_code, subsystem_of_state
from .ibge import municipalities

FORMAT = "netload-calibration"
VERSION = 1
#: ONS's area codes, as the carga verificada API spells them (its Southeast/Centre-West is ``SECO``).
AREA_CODES = {"SE": "SECO", "SECO": "SECO", "S": "S", "NE": "NE", "N": "N"}


def area_code(area: str) -> str:
    """``"SE"``/``"SECO"`` → ``"SECO"``, ``"s"`` → ``"S"``; ValueError for anything else."""
    code = AREA_CODES.get(str(area).strip().upper())
    if code is None:
        raise ValueError(f"unknown ONS area {area!r}; use one of S, SE (SECO), NE, N")
    return code


def fit_factor(ours, reference) -> float:
    """``Σ reference ÷ Σ ours`` over the rows where both are known (NaN if ours sums to 0)."""
    ours, reference = np.asarray(ours, dtype=float), np.asarray(reference, dtype=float)
    both = np.isfinite(ours) & np.isfinite(reference)
    total = float(ours[both].sum())
    return float(reference[both].sum()) / total if total > 0 else float("nan")


@dataclass
class Calibration:
    """What a calibration file holds (see the module docstring)."""

    factors: dict
    fitted_period: tuple
    reference: str
    model: dict
    plugin_version: str
    notes: list = field(default_factory=list)

    def describe(self) -> str:
        """One line for logs: the factors, the period and the reference."""
        factors = ", ".join(f"{area} × {factor:.4f}" for area, factor in sorted(self.factors.items()))
        return f"{factors} (fitted {self.fitted_period[0]} to {self.fitted_period[1]} against {self.reference})"

    def parameter_differences(self, model: dict) -> list:
        """``name: fitted → now`` for every model parameter that differs from the ones fitted on."""
        names = sorted(set(self.model) | set(model))
        return [f"{name}: {self.model.get(name)!r} → {model.get(name)!r}" for name in names
                if self.model.get(name) != model.get(name)]


def write_calibration(path, calibration: Calibration) -> None:
    """Write the JSON file atomically: an interrupted write leaves any earlier file as it was."""
    path = Path(path)
    document = {"format": FORMAT, "version": VERSION, **asdict(calibration),
                "fitted_period": list(calibration.fitted_period)}
    handle, temporary = tempfile.mkstemp(prefix=path.name, suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(document, stream, indent=2, ensure_ascii=False, default=str)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def read_calibration(path) -> Calibration:
    """A calibration file, checked: a clear error names the file and the key that is wrong."""
    path = Path(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise NetLoadError(f"{path.name}: not a readable calibration file ({error})") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise NetLoadError(f"{path.name}: not a NetLoad calibration file (no \"format\": \"{FORMAT}\")")
    factors = document.get("factors")
    if not isinstance(factors, dict) or not factors:
        raise NetLoadError(f"{path.name}: \"factors\" must map ONS areas to factors")
    checked = {}
    for area, factor in factors.items():
        try:
            code = area_code(area)
        except ValueError as error:
            raise NetLoadError(f"{path.name}: factors: {error}") from None
        if not isinstance(factor, (int, float)) or not 0 < float(factor) < 10:
            raise NetLoadError(f"{path.name}: factors: {area} must be a number between 0 and 10, not {factor!r}")
        checked[code] = float(factor)
    period = document.get("fitted_period") or ("?", "?")
    return Calibration(checked, tuple(period), str(document.get("reference", "?")), dict(document.get("model") or {}),
                       str(document.get("plugin_version", "?")), list(document.get("notes") or []))


def zone_areas(latitude, longitude, zone_ids=None, block: int = 2048) -> np.ndarray:
    """ONS area code of each zone: the state of its IBGE municipality code when ``zone_ids`` holds one, else
    the state of the nearest municipality seat; '' outside Brazil's states."""
    table = municipalities()
    seat_lon, seat_lat = table["lon"].to_numpy(float), table["lat"].to_numpy(float)
    seat_area = np.array([subsystem_of_state(uf) or "" for uf in table["uf"]], dtype=object)
    lat, lon = np.atleast_1d(np.asarray(latitude, dtype=float)), np.atleast_1d(np.asarray(longitude, dtype=float))
    nearest = np.empty(lat.size, dtype=np.int64)
    for start in range(0, lat.size, block):
        rows = slice(start, start + block)
        nearest[rows] = np.argmin(haversine_km(lon[rows, None], lat[rows, None], seat_lon[None, :],
                                               seat_lat[None, :]), axis=1)
    areas = seat_area[nearest]
    for index, zone_id in enumerate(zone_ids if zone_ids is not None else ()):
        text = str(zone_id).strip()
        uf = state_of_ibge_code(text) if len(text) in (6, 7) and text.isdigit() else None
        if uf and subsystem_of_state(uf):
            areas[index] = subsystem_of_state(uf)
    return areas


def apply_calibration(generation_kw, areas, calibration: Calibration):
    """(generation × each zone's area factor (T, Z) float32, zones calibrated, zones without a factor)."""
    factor = np.array([calibration.factors.get(area, np.nan) for area in areas], dtype=float)
    known = np.isfinite(factor)
    scaled = np.asarray(generation_kw) * np.where(known, factor, 1.0)[None, :]
    return scaled.astype(np.float32), int(known.sum()), int((~known).sum())
