"""The NetLoad options page writes geo.settings values and reads them back."""

import pytest
from qgis.core import QgsSettings

from netload_plugin.core.pv_system import PVParameters
from netload_plugin.geo import settings as plugin_settings
from netload_plugin.gui.settings_page import PAGE_SETTINGS, NetLoadOptionsFactory, NetLoadSettingsWidget
from netload_plugin.net import ons


@pytest.fixture()
def clean_settings(qgis_app):
    settings = QgsSettings()
    settings.remove("netload")
    yield settings
    settings.remove("netload")


def test_page_covers_every_declared_setting():
    assert {setting.key for setting, _label, _editor in PAGE_SETTINGS} == {s.key for s in plugin_settings.ALL_SETTINGS}


def test_defaults_come_from_the_clients_and_the_pv_model(clean_settings):
    assert plugin_settings.source_url("ons_api") == ons.API_URL
    assert plugin_settings.source_url("stac") == "https://data.inpe.br/bdc/stac/v1/"
    defaults = PVParameters()
    assert plugin_settings.pv_defaults() == {
        "tilt_deg": None,  # |latitude|
        "azimuth_deg": defaults.azimuth_deg,
        "dc_ac_ratio": defaults.dc_ac_ratio,
        "losses_percent": pytest.approx(defaults.losses_percent),
    }


def test_values_round_trip_through_the_page(clean_settings, tmp_path):
    page = NetLoadOptionsFactory().createWidget(None)
    widget = page.settings_widget
    widget.set_value("netload/cache_dir", str(tmp_path))
    widget.set_value("netload/ca_bundle", str(tmp_path / "corp.pem"))
    widget.set_value("netload/url/ons_api", "http://127.0.0.1:8000/ons")
    widget.set_value("netload/pv/tilt_deg", 23.5)
    widget.set_value("netload/pv/losses_percent", 11.0)
    page.apply()

    assert plugin_settings.cache_dir() == tmp_path
    assert plugin_settings.ca_bundle() == tmp_path / "corp.pem"
    assert plugin_settings.source_url("ons_api") == "http://127.0.0.1:8000/ons"
    assert plugin_settings.pv_defaults()["tilt_deg"] == pytest.approx(23.5)
    assert plugin_settings.pv_defaults()["losses_percent"] == pytest.approx(11.0)
    # Untouched text settings are not stored, so the official default keeps applying.
    assert not clean_settings.contains("netload/url/aneel_gd")
    assert not clean_settings.contains("netload/pv/azimuth_deg")

    reopened = NetLoadSettingsWidget()
    assert reopened.value("netload/cache_dir") == str(tmp_path)
    assert reopened.value("netload/url/ons_api") == "http://127.0.0.1:8000/ons"
    assert reopened.value("netload/url/labren") == ""  # default shown as placeholder
    assert reopened.value("netload/pv/losses_percent") == pytest.approx(11.0)


def test_restore_defaults(clean_settings):
    plugin_settings.PV_DC_AC_RATIO.set_value(2.0)
    plugin_settings.SOURCE_URLS["stac"].set_value("http://127.0.0.1/stac")
    widget = NetLoadSettingsWidget()
    assert widget.value("netload/pv/dc_ac_ratio") == pytest.approx(2.0)
    widget.restore_defaults()
    widget.save()
    assert not clean_settings.contains("netload/pv/dc_ac_ratio")
    assert not clean_settings.contains("netload/url/stac")
    assert plugin_settings.PV_TILT_DEG.value() == plugin_settings.LATITUDE_TILT


def test_display_time_and_municipality_source_are_set_in_options(clean_settings, tmp_path):
    assert plugin_settings.display_time() == "brasilia"  # the default
    widget = NetLoadSettingsWidget()
    combo = widget.editors["netload/display_time"][1]
    assert [combo.itemData(i) for i in range(combo.count())] == ["brasilia", "utc"]
    combo.setCurrentIndex(combo.findData("utc"))
    widget.set_value("netload/url/municipalities", str(tmp_path / "municipios.gpkg"))
    widget.save()
    assert plugin_settings.display_time() == "utc"
    assert plugin_settings.MUNICIPALITY_SOURCE.value() == str(tmp_path / "municipios.gpkg")
    later = NetLoadSettingsWidget()
    assert later.value("netload/display_time") == "utc"
    later.restore_defaults()
    later.save()
    assert plugin_settings.display_time() == "brasilia"
    assert plugin_settings.MUNICIPALITY_SOURCE.value().endswith("geojs-{code}-mun.json")


def test_the_chart_follows_the_display_time(clean_settings, qgis_app):
    from netload_plugin.geo.chart import time_zone

    assert time_zone() == (-3, "Brasília time")
    plugin_settings.DISPLAY_TIME.set_value("utc")
    assert time_zone() == (0, "UTC")
