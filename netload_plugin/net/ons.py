"""ONS load client: the carga verificada API (paged, checked) and the yearly curva de carga CSVs.

The API answers at most ~3 months per call and silently cuts replies at 4,944 records, so a
range is requested in pages of at most :data:`MAX_PAGE_DAYS` days per area, and every page is
checked: a closed local day must come with all its half hours (48; 46/50 on DST days). A short
page is re-requested in halves down to single days; a day still short after that is reported
(``LoadReport.incomplete_days``) and its rows flagged ``incomplete_day`` — never padded.

Shell use (writes a CSV)::

    python -m netload_plugin.net.ons --start 2024-01-01 --end 2024-03-31 --areas SECO,S out.csv
    python -m netload_plugin.net.ons --dataset curva_carga --start 2018-01-01 --end 2018-12-31 out.csv
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, timedelta, timezone

import pandas as pd

from ..core import ons_load
from ..core.brazil_time import utc_to_local
from ..core.definitions import ENDPOINTS
from ..core.errors import DownloadError, NetLoadError
from ..core.ons_carga_verificada import API_RECORD_CAP, load_api_json, parse_carga_verificada
from ..core.ons_curva_carga import parse_curva_carga
from ..core.progress import ConsoleProgress, Progress
from .cli import check_period, parse_date, shell_command, write_csv

API_URL = ENDPOINTS["ons_api"].url
CURVA_CARGA_URL = ENDPOINTS["ons_csv"].url
MAX_PAGE_DAYS = 90


def date_pages(start: date, end: date, days: int = MAX_PAGE_DAYS) -> list[tuple[date, date]]:
    """``[start, end]`` cut into inclusive pieces of at most ``days`` days."""
    check_period(start, end)
    pages, first = [], start
    while first <= end:
        last = min(first + timedelta(days=days - 1), end)
        pages.append((first, last))
        first = last + timedelta(days=1)
    return pages


def _today_brasilia() -> date:
    return utc_to_local(pd.Series([pd.Timestamp(datetime.now(timezone.utc))])).iloc[0].date()


class CargaVerificadaClient:
    """Pages, checks and merges carga verificada replies for several areas."""

    def __init__(self, session, url: str = API_URL, progress: Progress | None = None,
                 page_days: int = MAX_PAGE_DAYS, today: date | None = None):
        self.session, self.url = session, url
        self.progress = progress or Progress()
        self.page_days = page_days
        self.today = today or _today_brasilia()
        self.requests = 0

    def fetch(self, areas, start: date, end: date, report: ons_load.LoadReport | None = None) -> pd.DataFrame:
        """Load rows of ``areas`` for the local days ``start``..``end`` (inclusive)."""
        areas = ons_load.normalise_areas(areas)
        report = report if report is not None else ons_load.LoadReport()
        jobs = [(area, page) for area in areas for page in date_pages(start, end, self.page_days)]
        frames = []
        for index, (area, (first, last)) in enumerate(jobs):
            self.progress.check_cancelled()
            frames.append(self._checked_page(area, first, last, report))
            self.progress.set_fraction((index + 1) / len(jobs))
        return ons_load.drop_outside_days(ons_load.concat_loads(frames, report), start, end, report)

    def _checked_page(self, area: str, first: date, last: date, report) -> pd.DataFrame:
        """One page; re-requested in halves when a closed day came back short.

        An empty reply is not a cut (the API has nothing for those days, e.g. before 2016):
        its days are reported at once instead of being asked again day by day. A page asked
        again counts only once in ``report``: its halves' rows, not the short reply's.
        """
        page_report = ons_load.LoadReport()
        frame = self._page(area, first, last, page_report)
        short = self._short_days(frame, area, first, last)
        if not short or first == last or frame.empty:
            report.merge(page_report)
        if not short:
            return frame
        if first == last or frame.empty:
            for day, (got, expected) in sorted(short.items()):
                report.incomplete_days.append((area, day, got, expected))
            if not frame.empty:
                mask = ons_load.local_day_of(frame["time_utc"]).isin(set(short)).to_numpy()
                ons_load.add_flag(frame, mask, "incomplete_day")
            return frame
        self.progress.info(
            f"ONS {area} {first}..{last}: {sum(g for g, _ in short.values())} of "
            f"{sum(e for _, e in short.values())} half hours on {len(short)} closed day(s): reply cut short, "
            "asking again in smaller pieces"
        )
        middle = first + timedelta(days=(last - first).days // 2)
        return ons_load.concat_loads(
            [self._checked_page(area, first, middle, report),
             self._checked_page(area, middle + timedelta(days=1), last, report)],
            report,
        )

    def _short_days(self, frame: pd.DataFrame, area: str, first: date, last: date) -> dict:
        """Closed local days of the page with fewer half hours than they have: {day: (got, expected)}."""
        closed_last = min(last, self.today - timedelta(days=1))
        if closed_last < first:
            return {}
        counts = ons_load.count_by_day(frame, area, first, closed_last)
        short = {}
        for day, got in counts.items():
            expected = ons_load.expected_half_hours(day)
            if got < expected:
                short[day] = (got, expected)
        return short

    def _page(self, area: str, first: date, last: date, report) -> pd.DataFrame:
        params = {"dat_inicio": first.isoformat(), "dat_fim": last.isoformat(), "cod_areacarga": area}
        self.requests += 1
        body = self.session.get(self.url, params=params, progress=self.progress)
        where = f"reply for {area} {first}..{last}"
        records = load_api_json(body, where, report)
        if len(records) >= API_RECORD_CAP:
            self.progress.info(f"ONS {where}: {len(records)} records, the API's cap: checking for a cut")
        return parse_carga_verificada(records, report, where)


def fetch_curva_carga(session, areas, start: date, end: date, url_template: str = CURVA_CARGA_URL,
                      progress: Progress | None = None, report: ons_load.LoadReport | None = None) -> pd.DataFrame:
    """Hourly load of the subsystems ``areas`` for ``start``..``end`` from the yearly CSVs.

    ``url_template`` holds ``{year}``; a template without it is one file used for every year.
    """
    progress = progress or Progress()
    report = report if report is not None else ons_load.LoadReport()
    check_period(start, end)
    areas = ons_load.normalise_areas(areas)
    not_subsystems = [a for a in areas if a not in ons_load.SUBSYSTEMS]
    if not_subsystems:
        raise NetLoadError(f"The curva de carga has the subsystems SECO, S, NE, N only, not "
                           f"{', '.join(not_subsystems)}: use the carga verificada dataset for load areas.")
    years = list(range(start.year, end.year + 1)) if "{year}" in url_template else [start.year]
    frames = []
    for index, year in enumerate(years):
        progress.check_cancelled()
        location = url_template.format(year=year)
        path = session.fetch(location, progress.scaled(index / len(years), (index + 1) / len(years)))
        with open(path, "rb") as handle:
            data = handle.read()
        frames.append(parse_curva_carga(data, areas, report, source=str(location)))
    return ons_load.drop_outside_days(ons_load.concat_loads(frames, report), start, end, report)


@shell_command
def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m netload_plugin.net.ons",
                                     description="Download ONS load (carga verificada API or curva de carga CSV) "
                                                 "to a CSV with time_utc = start of each interval.")
    parser.add_argument("output", help="CSV file to write ('-' for stdout)")
    parser.add_argument("--dataset", choices=(ons_load.DATASET_API, ons_load.DATASET_CSV), default=ons_load.DATASET_API)
    parser.add_argument("--areas", default="SECO,S,NE,N", help="comma-separated area codes (default SECO,S,NE,N)")
    parser.add_argument("--start", type=parse_date, required=True, help="first local day YYYY-MM-DD")
    parser.add_argument("--end", type=parse_date, required=True, help="last local day YYYY-MM-DD")
    parser.add_argument("--url", help=f"API URL or CSV template (default {API_URL} / {CURVA_CARGA_URL})")
    parser.add_argument("--strict", action="store_true", help="fail when a closed day stays incomplete")
    args = parser.parse_args(argv)
    progress = ConsoleProgress()
    session = make_session()
    report = ons_load.LoadReport()
    if args.dataset == ons_load.DATASET_API:
        client = CargaVerificadaClient(session, args.url or API_URL, progress)
        frame = client.fetch(args.areas, args.start, args.end, report)
    else:
        frame = fetch_curva_carga(session, args.areas, args.start, args.end, args.url or CURVA_CARGA_URL,
                                  progress, report)
    for line in report.messages():
        progress.warning(line)
    if args.strict and report.incomplete_days:
        raise DownloadError(f"{len(report.incomplete_days)} closed day(s) incomplete after re-requests")
    write_csv(frame, sys.stdout if args.output == "-" else args.output, ("time_utc", "updated_at"))
    progress.info(f"{len(frame)} rows written")


def make_session():
    """The plugin's HTTP session with default settings (shell runs)."""
    from .session import HttpSession, NetworkSettings

    return HttpSession(NetworkSettings())


if __name__ == "__main__":
    sys.exit(main())
