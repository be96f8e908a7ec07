"""A loopback stand-in for ONS's carga verificada API, in the real reply format.

``OnsApi(server).install("/prd/cargaverificada")`` answers ``dat_inicio``/``dat_fim``/
``cod_areacarga`` with one record per half hour (labelled at the END of the half hour, UTC,
as the real API does: local day D runs from D 03:30Z to D+1 03:00Z). Options reproduce the
API's faults: ``cap`` cuts every reply at that many records (the real cap is 4,944),
``drop_day`` leaves one day out of every reply, ``malformed`` writes MMGD fields as
``"val_cargammgd": ,`` like pre-2019 replies.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from .http_server import Reply


def half_hour_value(area: str, end_utc: datetime) -> float:
    """A deterministic load value (MW) for an area and half hour, so tests can recompute it."""
    base = {"SECO": 40000.0, "S": 12000.0, "NE": 11000.0, "N": 6000.0}.get(area, 1000.0)
    return round(base + end_utc.hour * 100 + end_utc.minute + end_utc.day / 100, 2)


def records_for(area: str, first: date, last: date, malformed: bool = False):
    """JSON text of the records of ``area`` for the local days ``first``..``last``."""
    parts = []
    day = first
    while day <= last:
        start = datetime(day.year, day.month, day.day, 3, 0, tzinfo=timezone.utc)
        for k in range(1, 49):
            end = start + timedelta(minutes=30 * k)
            load = half_hour_value(area, end)
            mmgd = round(load / 100, 2)
            mmgd_text = "" if malformed else f"{mmgd}"
            smmgd_text = "" if malformed else f"{round(load - mmgd, 2)}"
            parts.append(
                f'{{"cod_areacarga": "{area}", "din_atualizacao": "2026-01-02T03:04:05.000Z", '
                f'"dat_referencia": "{day.isoformat()}", "din_referenciautc": "{end:%Y-%m-%dT%H:%M:%S.000Z}", '
                f'"val_cargaglobal": {load}, "val_cargaglobalcons": {load}, "val_cargaglobalsmmgd": {smmgd_text}, '
                f'"val_cargasupervisionada": {load}, "val_carganaosupervisionada": 0, "val_cargammgd": {mmgd_text}, '
                '"val_consistencia": 0}'
            )
        day += timedelta(days=1)
    return parts


class OnsApi:
    """Route handler generating carga verificada replies from the request's parameters."""

    def __init__(self, cap: int | None = None, drop_day: date | None = None, malformed: bool = False):
        self.cap, self.drop_day, self.malformed = cap, drop_day, malformed
        self.pages = []

    def install(self, server, path: str = "/prd/cargaverificada") -> str:
        server.route(path, self)
        return server.url(path)

    def __call__(self, request) -> Reply:
        query = {k: v[0] for k, v in request.query.items()}
        first, last = date.fromisoformat(query["dat_inicio"]), date.fromisoformat(query["dat_fim"])
        area = query["cod_areacarga"]
        self.pages.append((area, first, last))
        if area not in {"SECO", "S", "NE", "N"}:
            return Reply(body=b"[\n ]", content_type="application/json")
        parts = []
        day = first
        while day <= last:
            if day != self.drop_day:
                parts.extend(records_for(area, day, day, self.malformed))
            day += timedelta(days=1)
        if self.cap is not None:
            parts = parts[: self.cap]
        return Reply(body=("[" + ",\n".join(parts) + "]").encode(), content_type="application/json")

