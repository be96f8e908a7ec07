"""QGIS options → NetworkSettings: proxy, exclusions, timeout, plugin cache and CA settings."""

import base64
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsNetworkAccessManager, QgsSettings

from netload_plugin.geo import settings as plugin_settings
from netload_plugin.geo.network import qgis_http_session, qgis_network_settings

GD_PATH = "/aneel_gd/empreendimento-geracao-distribuida_3rows_RECONSTRUCTED.utf8.csv"
KEYS = (
    "proxy/proxyEnabled",
    "proxy/proxyType",
    "proxy/proxyHost",
    "proxy/proxyPort",
    "proxy/proxyUser",
    "proxy/proxyPassword",
    "proxy/authcfg",
    "proxy/noProxyUrls",
    "proxy/proxyExcludedUrls",
    "qgis/networkAndProxy/networkTimeout",
    "netload/cache_dir",
    "netload/ca_bundle",
)


@pytest.fixture()
def qsettings(qgis_app):
    """QgsSettings of the throw-away test profile, restored after the test."""
    settings = QgsSettings()
    saved = {key: settings.value(key) for key in KEYS if settings.contains(key)}
    yield settings
    for key in KEYS:
        settings.remove(key)
    for key, value in saved.items():
        settings.setValue(key, value)


def _http_proxy(settings, port, user="", password=""):
    settings.setValue("proxy/proxyEnabled", True)
    settings.setValue("proxy/proxyType", "HttpProxy")
    settings.setValue("proxy/proxyHost", "127.0.0.1")
    settings.setValue("proxy/proxyPort", str(port))
    settings.setValue("proxy/proxyUser", user)
    settings.setValue("proxy/proxyPassword", password)


def test_defaults_without_proxy(qsettings):
    network = qgis_network_settings()
    assert network.proxy_url is None  # system/environment proxies, as urllib finds them
    assert network.timeout_s == 60.0
    expected_cache = Path(QgsApplication.qgisSettingsDirPath()) / "cache" / "netload"
    assert network.cache_dir == expected_cache
    assert network.ca_bundle is None


def test_timeout_and_plugin_settings(qsettings, tmp_path):
    QgsNetworkAccessManager.setTimeout(12500)  # QGIS's own setter: the key is the one QGIS reads
    plugin_settings.set_cache_dir(tmp_path / "my cache")
    bundle = tmp_path / "aneel-chain.pem"
    plugin_settings.set_ca_bundle(bundle)
    network = qgis_network_settings(retries=2)
    assert network.timeout_s == 12.5 and network.retries == 2
    assert network.cache_dir == tmp_path / "my cache"
    assert network.ca_bundle == bundle
    plugin_settings.set_cache_dir(None)
    assert plugin_settings.cache_dir() == Path(QgsApplication.qgisSettingsDirPath()) / "cache" / "netload"


def test_http_proxy_with_credentials_is_used(qsettings, fixture_server, shared_data, tmp_path):
    port = int(fixture_server.base_url.rsplit(":", 1)[1])
    _http_proxy(qsettings, port, user="ana maria", password="s3cr:t@x")
    network = qgis_network_settings(cache_dir=tmp_path)
    assert network.proxy_url == f"http://ana%20maria:s3cr%3At%40x@127.0.0.1:{port}"
    # The loopback server answers absolute-URI requests, so it acts as the forward proxy.
    body = qgis_http_session(cache_dir=tmp_path).get("http://source.invalid" + GD_PATH)
    assert body == (shared_data / GD_PATH.lstrip("/")).read_bytes()
    headers = fixture_server.requests_for(GD_PATH)[0].headers
    credentials = base64.b64decode(headers["Proxy-Authorization"].split()[1]).decode()
    assert credentials == "ana maria:s3cr:t@x"
    assert headers["Host"] == "source.invalid"


def test_no_proxy_urls_are_reached_directly(qsettings, fixture_server, tmp_path):
    _http_proxy(qsettings, 9)  # nothing listens on the discard port: the proxy would fail
    qsettings.setValue("proxy/noProxyUrls", [fixture_server.base_url])
    session = qgis_http_session(cache_dir=tmp_path, retries=0)
    assert session.fetch(fixture_server.url(GD_PATH)).is_file()


def test_disabled_or_socks_proxy_falls_back_to_system(qsettings):
    qsettings.setValue("proxy/proxyEnabled", False)
    qsettings.setValue("proxy/proxyType", "HttpProxy")
    qsettings.setValue("proxy/proxyHost", "proxy.example")
    assert qgis_network_settings().proxy_url is None
    qsettings.setValue("proxy/proxyEnabled", True)
    qsettings.setValue("proxy/proxyType", "Socks5Proxy")
    assert qgis_network_settings().proxy_url is None
    qsettings.setValue("proxy/proxyType", "DefaultProxy")
    assert qgis_network_settings().proxy_url is None


def test_plugin_setting_declarations_are_complete(qgis_app):
    keys = [setting.key for setting in plugin_settings.ALL_SETTINGS]
    assert keys == sorted(set(keys), key=keys.index)  # no duplicates
    assert all(key.startswith("netload/") for key in keys)
    assert all(setting.description for setting in plugin_settings.ALL_SETTINGS)


def test_authcfg_proxy_credentials_need_an_unlocked_database(qsettings, fixture_server, tmp_path):
    port = int(fixture_server.base_url.rsplit(":", 1)[1])
    _http_proxy(qsettings, port, user="plain-user")
    qsettings.setValue("proxy/authcfg", "abc1234")
    if QgsApplication.authManager().masterPasswordIsSet():
        pytest.skip("the test profile's authentication database is unlocked")
    # Locked (the test profile has no master password): the plain user is kept, with a warning.
    assert qgis_network_settings().proxy_url == f"http://plain-user@127.0.0.1:{port}"


def test_authcfg_proxy_credentials_from_unlocked_database(repo_root, tmp_path):
    """Runs in its own QGIS process and profile: setting a master password must not touch the
    shared test profile (pytest-qgis keeps one profile for the whole run)."""
    import json
    import os
    import subprocess
    import sys

    script = """
import json, sys
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsSettings
app = QgsApplication([], False)
app.initQgis()
manager = QgsApplication.authManager()
assert manager.setMasterPassword("netload-test-master", True)
config = QgsAuthMethodConfig("Basic")
config.setName("netload test proxy")
config.setConfig("username", "joao")
config.setConfig("password", "p@ss word")
stored = manager.storeAuthenticationConfig(config)
assert stored[0] if isinstance(stored, tuple) else stored
settings = QgsSettings()
for key, value in {"proxy/proxyEnabled": True, "proxy/proxyType": "HttpCachingProxy",
                   "proxy/proxyHost": "proxy.example", "proxy/proxyPort": "3128",
                   "proxy/proxyUser": "plain-user", "proxy/authcfg": config.id()}.items():
    settings.setValue(key, value)
from netload_plugin.geo.network import qgis_network_settings
print(json.dumps(qgis_network_settings().proxy_url))
"""
    profile = tmp_path / "profile"
    environment = {**os.environ, "QGIS_CUSTOM_CONFIG_PATH": str(profile), "QT_QPA_PLATFORM": "offscreen"}
    completed = subprocess.run(
        [sys.executable, "-c", script], cwd=repo_root, env=environment, capture_output=True, text=True, timeout=120
    )
    assert completed.returncode == 0, completed.stderr
    proxy_url = json.loads(completed.stdout.strip().splitlines()[-1])
    assert proxy_url == "http://joao:p%40ss%20word@proxy.example:3128"


@pytest.mark.parametrize(
    "kind, default, stored", [(int, 7, 42), (float, 0.5, 2.25), (bool, True, False), (str, "a", "b")]
)
def test_plugin_setting_round_trips_each_kind(qgis_app, kind, default, stored):
    setting = plugin_settings.PluginSetting("netload/test_round_trip", kind, default, "test only")
    try:
        assert setting.value() == default
        setting.set_value(stored)
        value = setting.value()
        assert value == stored and type(value) is kind
        setting.set_value(None)
        assert setting.value() == default
    finally:
        setting.reset()
