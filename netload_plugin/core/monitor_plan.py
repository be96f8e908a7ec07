"""What ``scripts/netload-monitor`` must run to keep a store current: its config, and the plan.

The store's ``runs`` table says which days each committed ``run_pipeline`` run covered, for which
states, and when it ran. From that the monitor works out, for the days it keeps (the last
``lookback_days`` up to ``until``):

* **missing** days: no committed run covers them;
* **stale** days: the last run covering them ran before they had settled (ONS revises recent days;
  a day fetched less than ``settle_days`` after it is fetched once more when that time has passed);
* a **new registry**: ANEEL's file is newer than the store's snapshot of those states — the last
  day is run again so the snapshot (and its "what changed" rows) is refreshed.

Days to run are grouped into runs of consecutive days within one month (at most
``max_days_per_run``), per state (``split = state``: parallel workers never share a state) or for
all states together (``split = period``). Pure logic: the monitor script does the I/O.
"""

from __future__ import annotations

import configparser
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from .errors import NetLoadError
from .ibge import parse_uf_list

IRRADIANCE_SOURCES = {"labren": 0, "inmet": 1, "nasa_power": 2}
ONS_DATASETS = {"carga_verificada": 0, "curva_carga": 1}


@dataclass
class MonitorConfig:
    """The monitor's config file (INI); see docs/team-store.md for every key."""

    connection: str
    schema: str = "energy_monitor"
    states: list = field(default_factory=list)
    zones: str = ""
    zone_id: str = ""
    sources: dict = field(default_factory=dict)
    lookback_days: int = 35
    until: date | None = None
    lag_days: int = 1
    settle_days: int = 7
    max_days_per_run: int = 31
    workers: int = 1
    split: str = "state"
    wait_s: float = 3600.0
    log: str = ""

    @property
    def region(self) -> str:
        return f"zones:{Path(self.zones.split('|')[0]).stem}" if self.zones else f"states:{','.join(self.states)}"


def _number(section, key, default, kind=int):
    try:
        return kind(section.get(key, fallback=str(default)) or default)
    except ValueError:
        raise NetLoadError(f"Monitor config: [{section.name}] {key} must be a number") from None


def read_config(path: Path) -> MonitorConfig:
    """Parse the INI file at ``path``; a clear error names the key that is wrong or missing."""
    parser = configparser.ConfigParser(interpolation=None, inline_comment_prefixes=(";", "#"))
    if not parser.read(path, encoding="utf-8"):
        raise NetLoadError(f"Monitor config {path} cannot be read")
    for section in ("store", "region", "sources", "schedule", "monitor"):
        if not parser.has_section(section):
            parser.add_section(section)
    store, region, sources, schedule = parser["store"], parser["region"], parser["sources"], parser["schedule"]
    if not store.get("connection"):
        raise NetLoadError(f"Monitor config {path}: [store] connection is required (e.g. service=netload)")
    states = parse_uf_list(region.get("states", ""))
    if not states and not region.get("zones"):
        raise NetLoadError(f"Monitor config {path}: [region] needs states (e.g. PR,SC,RS) or zones (a polygon layer)")
    config = MonitorConfig(
        connection=store["connection"], schema=store.get("schema", "energy_monitor") or "energy_monitor",
        states=states, zones=region.get("zones", ""), zone_id=region.get("zone_id", ""),
        sources={key: value for key, value in sources.items()},
        lookback_days=_number(schedule, "lookback_days", 35), lag_days=_number(schedule, "lag_days", 1),
        settle_days=_number(schedule, "settle_days", 7), max_days_per_run=_number(schedule, "max_days_per_run", 31),
        workers=max(1, _number(schedule, "workers", 1)), split=schedule.get("split", "state") or "state",
        wait_s=_number(schedule, "wait_s", 3600, float), log=parser["monitor"].get("log", ""))
    if schedule.get("until"):
        config.until = _day(schedule["until"], "[schedule] until")
    if config.split not in ("state", "period"):
        raise NetLoadError(f"Monitor config {path}: [schedule] split must be state or period")
    for key, choices in (("irradiance_source", IRRADIANCE_SOURCES), ("ons_dataset", ONS_DATASETS)):
        if config.sources.get(key) and config.sources[key] not in choices:
            raise NetLoadError(f"Monitor config {path}: [sources] {key} must be one of {', '.join(choices)}")
    return config


def _day(text: str, what: str) -> date:
    try:
        return date.fromisoformat(str(text).strip()[:10])
    except ValueError:
        raise NetLoadError(f"Monitor config: {what} must be a date (YYYY-MM-DD), not {text!r}") from None


@dataclass(frozen=True)
class CoveredRun:
    """A committed run_pipeline run as the ``runs`` table has it."""

    states: tuple
    region: str
    first: date
    last: date
    ran_on: date


@dataclass(frozen=True)
class Job:
    """One run_pipeline run to make: its states (empty with a zone layer), days and why."""

    states: tuple
    first: date
    last: date
    reason: str

    def describe(self) -> str:
        where = ",".join(self.states) or "zones"
        return f"{where} {self.first}..{self.last} ({self.reason})"


def groups(config: MonitorConfig) -> list[tuple]:
    """The state groups run separately: one per state, or all states (or the zone layer) at once."""
    if config.zones or config.split == "period":
        return [tuple(config.states)]
    return [(state,) for state in config.states]


def last_run_by_day(runs: list, group: tuple, region: str, first: date, last: date) -> dict:
    """``{day: date of the latest run covering it for every state of the group}`` over first..last."""
    covered = {}
    day = first
    while day <= last:
        latest = []
        for states in [(state,) for state in group] or [()]:
            dates = [run.ran_on for run in runs if run.first <= day <= run.last and
                     (set(states) <= set(run.states) if states else run.region == region)]
            latest.append(max(dates) if dates else None)
        if latest and None not in latest:
            covered[day] = min(latest)
        day += timedelta(days=1)
    return covered


def plan(config: MonitorConfig, runs: list, today: date, registry_changed: dict | None = None) -> list[Job]:
    """The runs to make so the store holds every settled day of the window; ``registry_changed``:
    state → True when ANEEL's registry is newer than the store's snapshot of that state."""
    until = config.until or today - timedelta(days=config.lag_days)
    first = until - timedelta(days=config.lookback_days - 1)
    jobs = []
    for group in groups(config):
        covered = last_run_by_day(runs, group, config.region, first, until)
        todo = {}
        day = first
        while day <= until:
            ran_on = covered.get(day)
            settled = day + timedelta(days=config.settle_days)
            if ran_on is None:
                todo[day] = "missing"
            elif ran_on < settled <= today:
                todo[day] = "stale"
            day += timedelta(days=1)
        if until not in todo and any((registry_changed or {}).get(state) for state in group):
            todo[until] = "new registry"
        jobs += _ranges(group, todo, config.max_days_per_run)
    return jobs


def _ranges(group: tuple, todo: dict, longest: int) -> list[Job]:
    """Consecutive days of one month (at most ``longest``) as jobs; the reason names what they hold."""
    jobs, current = [], []
    for day in sorted(todo):
        if current and (day - current[-1] != timedelta(days=1) or day.month != current[0].month
                        or len(current) >= longest):
            jobs.append(_job(group, current, todo))
            current = []
        current.append(day)
    if current:
        jobs.append(_job(group, current, todo))
    return jobs


def _job(group: tuple, days: list, todo: dict) -> Job:
    reasons = sorted({todo[day] for day in days})
    return Job(tuple(group), days[0], days[-1], "+".join(reasons))


def covered_runs(rows) -> list[CoveredRun]:
    """``runs`` rows (states, region, period_start, period_end, started_utc) as :class:`CoveredRun`."""
    runs = []
    for states, region, first, last, started in rows:
        if first is None or last is None:
            continue
        ran_on = started.date() if isinstance(started, datetime) else started
        runs.append(CoveredRun(tuple(states or ()), region or "", first, last, ran_on))
    return runs
