"""The NetLoad options page writes and reads back QgsSettings under netload/."""

import pytest
from qgis.core import QgsSettings

from netload_plugin.gui.settings_page import SETTINGS, NetLoadOptionsFactory, NetLoadSettingsWidget, read_setting, setting_default


@pytest.fixture()
def clean_settings(qgis_app):
    settings = QgsSettings()
    settings.remove("netload")
    yield settings
    settings.remove("netload")


def test_defaults_without_stored_values(clean_settings):
    assert read_setting("netload/pv/tilt_deg") == 20.0
    assert read_setting("netload/url/stac") == "https://data.inpe.br/bdc/stac/v1/"
    assert read_setting("netload/cache_dir") == ""


def test_values_round_trip_through_the_page(clean_settings, tmp_path):
    page = NetLoadOptionsFactory().createWidget(None)
    widget = page.settings_widget
    widget._set("netload/cache_dir", str(tmp_path))
    widget._set("netload/ca_bundle", str(tmp_path / "corp.pem"))
    widget._set("netload/url/ons_api", "http://127.0.0.1:8000/ons")
    widget._set("netload/pv/tilt_deg", 23.5)
    widget._set("netload/pv/losses_percent", 11.0)
    page.apply()

    assert clean_settings.value("netload/cache_dir") == str(tmp_path)
    assert read_setting("netload/url/ons_api") == "http://127.0.0.1:8000/ons"
    assert read_setting("netload/pv/tilt_deg") == pytest.approx(23.5)
    # A URL left empty is not stored, so the official default keeps applying.
    assert clean_settings.contains("netload/url/aneel_gd") is False
    assert read_setting("netload/url/aneel_gd") == setting_default("netload/url/aneel_gd")

    reopened = NetLoadSettingsWidget()
    assert reopened._get("netload/cache_dir") == str(tmp_path)
    assert reopened._get("netload/ca_bundle") == str(tmp_path / "corp.pem")
    assert reopened._get("netload/url/ons_api") == "http://127.0.0.1:8000/ons"
    assert reopened._get("netload/url/labren") == ""  # default shown as placeholder
    assert reopened._get("netload/pv/losses_percent") == pytest.approx(11.0)


def test_restore_defaults(clean_settings):
    widget = NetLoadSettingsWidget()
    widget._set("netload/pv/dc_ac_ratio", 2.0)
    widget.restore_defaults()
    widget.save()
    assert read_setting("netload/pv/dc_ac_ratio") == pytest.approx(1.2)
    assert {key for key, *_ in SETTINGS} >= {"netload/cache_dir", "netload/ca_bundle", "netload/url/nasa_power", "netload/pv/azimuth_deg"}
