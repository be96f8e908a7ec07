"""The plugin's own settings, stored in the QGIS profile under ``netload/...``.

Each setting is declared once as a :class:`PluginSetting` (key, type, default, meaning);
the typed module-level functions are what the rest of the plugin calls. To add a setting,
declare it here and append it to :data:`ALL_SETTINGS` (the options dialog lists that tuple).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Union

from qgis.core import QgsApplication, QgsSettings

from ..core.definitions import ENDPOINTS

_Default = Union[Any, Callable[[], Any]]


@dataclass(frozen=True)
class PluginSetting:
    """One ``netload/...`` key: its type, its default (a value or a function) and its meaning.

    An unset key, or a string setting left empty, reads as the default.
    """

    key: str
    kind: type
    default: _Default
    description: str

    def default_value(self) -> Any:
        return self.default() if callable(self.default) else self.default

    def value(self) -> Any:
        settings = QgsSettings()
        if not settings.contains(self.key):
            return self.default_value()
        value = settings.value(self.key, self.default_value(), type=self.kind)
        if self.kind is str and not str(value).strip():
            return self.default_value()
        return value

    def set_value(self, value: Any) -> None:
        """Store ``value``; ``None`` removes the key so the default applies again."""
        if value is None:
            self.reset()
            return
        QgsSettings().setValue(self.key, self.kind(value))

    def reset(self) -> None:
        QgsSettings().remove(self.key)


def _default_cache_dir() -> str:
    return str(Path(QgsApplication.qgisSettingsDirPath()) / "cache" / "netload")


CACHE_DIR = PluginSetting(
    "netload/cache_dir",
    str,
    _default_cache_dir,
    "Folder where downloads are cached and revalidated (default: cache/netload in the QGIS profile).",
)
CA_BUNDLE = PluginSetting(
    "netload/ca_bundle",
    str,
    "",
    "PEM file of extra CA certificates added to the system trust store (e.g. the intermediate "
    "certificate a server such as ANEEL's fails to send). Verification is always on.",
)


def cache_dir() -> Path:
    """The download cache folder."""
    return Path(CACHE_DIR.value())


def set_cache_dir(path: Path | str | None) -> None:
    """Use ``path`` as the cache folder (``None``: back to the default)."""
    CACHE_DIR.set_value(None if path is None else str(path))


def ca_bundle() -> Path | None:
    """The extra CA bundle, or ``None`` when none is set."""
    value = CA_BUNDLE.value()
    return Path(value) if value else None


def set_ca_bundle(path: Path | str | None) -> None:
    """Add the certificates in ``path`` to the trust store (``None``: no extra bundle)."""
    CA_BUNDLE.set_value(None if path is None else str(path))


# -- Source URLs (Settings ▸ Options ▸ NetLoad) --------------------------------------------------
# Defaults are the official endpoints of core.definitions; the download algorithms use
# ``source_url(key)`` when their URL parameter is left empty (or as its default), so a mirror set
# here applies everywhere.

SOURCE_URLS: dict[str, PluginSetting] = {
    key: PluginSetting(f"netload/url/{key}", str, endpoint.url, endpoint.description)
    for key, endpoint in ENDPOINTS.items()
}


def source_url(key: str) -> str:
    """The URL to use for a source (the user's setting, else the official endpoint)."""
    return SOURCE_URLS[key].value()


# -- Default PV system (registered-GD generation estimate) ----------------------------------------
# Defaults come from core.pv_system.PVParameters; a tilt of -1 means |latitude| of each zone,
# the same convention as netload:estimate_gd_generation's TILT parameter.

LATITUDE_TILT = -1.0


def _pv_default(name: str) -> Callable[[], float]:
    def default() -> float:
        from ..core.pv_system import PVParameters

        value = getattr(PVParameters(), name)
        return LATITUDE_TILT if value is None else float(value)

    return default


PV_TILT_DEG = PluginSetting(
    "netload/pv/tilt_deg", float, _pv_default("tilt_deg"), "Module tilt in degrees (-1 = |latitude|)."
)
PV_AZIMUTH_DEG = PluginSetting(
    "netload/pv/azimuth_deg", float, _pv_default("azimuth_deg"), "Module azimuth, degrees clockwise from north."
)
PV_DC_AC_RATIO = PluginSetting(
    "netload/pv/dc_ac_ratio", float, _pv_default("dc_ac_ratio"), "Module kWp per registered (inverter) kW."
)
PV_LOSSES_PERCENT = PluginSetting(
    "netload/pv/losses_percent", float, _pv_default("losses_percent"), "System losses in %."
)
PV_SETTINGS = (PV_TILT_DEG, PV_AZIMUTH_DEG, PV_DC_AC_RATIO, PV_LOSSES_PERCENT)


def pv_defaults() -> dict:
    """The analyst's default PV system as ``PVParameters`` keyword arguments."""
    tilt = PV_TILT_DEG.value()
    return {
        "tilt_deg": None if tilt < 0 else tilt,
        "azimuth_deg": PV_AZIMUTH_DEG.value(),
        "dc_ac_ratio": PV_DC_AC_RATIO.value(),
        "losses_percent": PV_LOSSES_PERCENT.value(),
    }


# -- How results are shown ---------------------------------------------------------------------------
DISPLAY_TIME = PluginSetting(
    "netload/display_time", str, "brasilia",
    "Times in the chart and the report: 'brasilia' (UTC−3) or 'utc'. Data (and the map's Temporal Controller) "
    "stay in UTC.",
)
MUNICIPALITY_SOURCE = SOURCE_URLS["municipalities"]  # a file, or a URL/path template with {code}


def display_time() -> str:
    """``"brasilia"`` or ``"utc"``: the one choice the chart (dock, PNG) and the report follow."""
    value = DISPLAY_TIME.value()
    return value if value in ("brasilia", "utc") else "brasilia"


ALL_SETTINGS: tuple[PluginSetting, ...] = (
    (CACHE_DIR, CA_BUNDLE) + tuple(SOURCE_URLS.values()) + PV_SETTINGS + (DISPLAY_TIME,)
)
