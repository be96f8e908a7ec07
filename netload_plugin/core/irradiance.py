"""The common irradiance output the GD-generation model reads, whatever the source.

Points (stations, atlas cells, POWER cells): ``station`` id, ``name``, ``lon``, ``lat``,
``altitude_m``, ``founded_on``, ``source`` (+ LABREN's monthly columns).

Series: ``station``, ``time_utc`` (START of the interval), ``interval_s`` (3600 hourly, 86400
daily), ``ghi_wm2`` (MEAN global horizontal irradiance over the interval, W/m²; NULL = not
measured — INMET leaves night hours empty, which the model may read as 0), ``temp_c`` (air
temperature, °C; NULL where the source has none).
"""

from __future__ import annotations

import pandas as pd

POINT_COLUMNS = ("station", "name", "lon", "lat", "altitude_m", "founded_on", "source")
SERIES_COLUMNS = ("station", "time_utc", "interval_s", "ghi_wm2", "temp_c")

KJ_PER_HOUR_TO_WM2 = 1 / 3.6  # 1 kJ/m² over 3600 s = 1000/3600 W/m²
KWH_PER_DAY_TO_WM2 = 1000 / 24  # 1 kWh/m² over 24 h = 1000/24 W/m²


def empty_series() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype=float) for c in SERIES_COLUMNS})
    frame["station"] = frame["station"].astype(object)
    frame["time_utc"] = pd.to_datetime(frame["time_utc"], utc=True)
    frame["interval_s"] = frame["interval_s"].astype("int64")
    return frame


def in_extent(lon, lat, extent) -> bool:
    """``extent`` is (xmin, ymin, xmax, ymax) in degrees, or None for everything."""
    if extent is None:
        return True
    xmin, ymin, xmax, ymax = extent
    return xmin <= lon <= xmax and ymin <= lat <= ymax
