"""ANEEL's MMGD register aggregated per state × month of connection × source → capacity per state and day.

The table (``uf;mes_conexao;fonte;unidades;potencia_kw;unidades_sem_potencia``, one row per state,
month and source) is the register without its four million rows: enough to know the fleet of each
state on each day. Why these rules:

* **A month's additions ramp through the month.** The table knows the month of connection, not the
  day, so a unit connected in month M is taken as connected uniformly over M: on day k of an n-day
  month the fleet is everything connected before M plus ``(k − ½)/n`` of M's additions. Counting M's
  additions from its first day (or its last) would shift the fleet by half a month's growth
  (about 0.8 % of the South's fleet in 2024) to one side.
* **Undated rows (``sem_data``) count on every day**, as undated GD units do in
  :func:`netload_plugin.core.gd_aggregate.capacity_by_day`: they are in the register, only their
  date is unknown.
* **Sources are chosen, not summed blindly**: the PV model should get the ``solar`` rows only —
  thermal, hydro and wind GD (≈ 66 MW of the South's 8.8 GW in January 2024) do not follow the sun.
* The register was captured on one date: the last months before it are provisional (units
  registered late), so a period close to the capture date under-counts the fleet.

Rows that cannot be used (unknown state, month not ``YYYY-MM``, capacity not a non-negative number)
are kept in :attr:`RegisterTable.rejects` with their line number and the reason.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import SourceFormatError
from .ibge import ALL_UFS

REGISTER_COLUMNS = ("uf", "mes_conexao", "fonte", "unidades", "potencia_kw", "unidades_sem_potencia")
UNDATED = "sem_data"
SOLAR = "solar"


@dataclass
class RegisterTable:
    """``rows``: uf, month (first day of the month of connection, NaT when undated), source, units, capacity_kw.
    ``rejects``: line (1 = header), reason, text of the row."""

    rows: pd.DataFrame
    rejects: pd.DataFrame

    def sources(self) -> list[str]:
        return sorted(self.rows["source"].unique())


def read_register_table(path) -> RegisterTable:
    """The register table at ``path`` (``;``-separated, UTF-8), checked row by row."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    raw = pd.read_csv(io.StringIO(text), sep=";", dtype=str, keep_default_na=False)
    missing = [column for column in REGISTER_COLUMNS if column not in raw.columns]
    if missing:
        raise SourceFormatError(f"{path.name}: column(s) {', '.join(missing)} missing; the header is "
                                f"{';'.join(raw.columns)} (expected {';'.join(REGISTER_COLUMNS)})")
    uf = raw["uf"].str.strip().str.upper()
    month_text = raw["mes_conexao"].str.strip()
    undated = month_text == UNDATED
    month = pd.to_datetime(month_text.where(~undated), format="%Y-%m", errors="coerce")
    capacity = pd.to_numeric(raw["potencia_kw"], errors="coerce")
    units = pd.to_numeric(raw["unidades"], errors="coerce").fillna(0).astype(np.int64)
    reasons = pd.Series("", index=raw.index)
    reasons = reasons.mask(~uf.isin(ALL_UFS), "unknown state in uf")
    reasons = reasons.mask((reasons == "") & ~undated & month.isna(), "mes_conexao is not YYYY-MM or sem_data")
    reasons = reasons.mask((reasons == "") & ~(capacity >= 0), "potencia_kw is not a number ≥ 0")
    bad = reasons != ""
    lines = text.splitlines()
    rejects = pd.DataFrame({"line": raw.index[bad] + 2, "reason": reasons[bad].to_numpy(),
                            "text": [lines[i + 1] for i in raw.index[bad]]})
    rows = pd.DataFrame({
        "uf": uf[~bad].to_numpy(),
        "month": month[~bad].to_numpy(),
        "source": raw["fonte"][~bad].str.strip().str.lower().to_numpy(),
        "units": units[~bad].to_numpy(),
        "capacity_kw": capacity[~bad].to_numpy(float),
    })
    return RegisterTable(rows, rejects)


def capacity_by_state_day(table: RegisterTable, states, days, sources=(SOLAR,)) -> np.ndarray:
    """Registered capacity (kW) of each state on each day, (S, D), by the rules of the module docstring.

    ``sources``: values of ``fonte`` to count (default solar only); None counts every source.
    """
    days = np.asarray(days, dtype="datetime64[D]")
    rows = table.rows
    if sources is not None:
        rows = rows[rows["source"].isin(list(sources))]
    day_month = days.astype("datetime64[M]")
    month_start = day_month.astype("datetime64[D]")
    month_length = ((day_month + 1).astype("datetime64[D]") - month_start).astype(float)
    ramp = ((days - month_start).astype(float) + 0.5) / month_length
    # Months as integers (months since 1970-01) to stay clear of datetime resolutions.
    day_month_number = day_month.astype(np.int64)
    first = int(day_month_number.min()) if days.size else 0
    result = np.zeros((len(states), days.size))
    for index, uf in enumerate(states):
        own = rows[rows["uf"] == uf]
        dated = own["month"].notna().to_numpy()
        month_number = _month_numbers(own.loc[dated, "month"])
        capacity = own.loc[dated, "capacity_kw"].to_numpy(float)
        earlier = float(capacity[month_number < first].sum()) + float(own.loc[~dated, "capacity_kw"].sum())
        inside = (month_number >= first) & (month_number <= int(day_month_number.max(initial=first)))
        added = np.bincount(month_number[inside] - first, weights=capacity[inside],
                            minlength=int(day_month_number.max(initial=first)) - first + 1)
        this_month = added[day_month_number - first]
        connected_before = earlier + np.cumsum(added)[day_month_number - first] - this_month
        result[index] = connected_before + ramp * this_month
    return result


def _month_numbers(months: pd.Series) -> np.ndarray:
    """Months since January 1970 of month-start timestamps."""
    stamps = pd.DatetimeIndex(months)
    return ((stamps.year - 1970) * 12 + stamps.month - 1).to_numpy(np.int64)
