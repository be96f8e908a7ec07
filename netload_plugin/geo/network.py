"""Network settings from the QGIS profile, for the stdlib :class:`~netload_plugin.net.session.HttpSession`.

The session uses urllib, not ``QgsNetworkAccessManager`` (it must also run outside QGIS and
stream gigabyte files to disk from a worker thread), so the options the user set in
*Settings ▸ Options ▸ Network* are translated here:

* proxy enabled, type ``HttpProxy``/``HttpCachingProxy``: ``http://user:password@host:port``
  (user and password from ``proxy/proxyUser``/``proxy/proxyPassword`` or the ``proxy/authcfg``
  authentication configuration); ``proxy/noProxyUrls`` and ``proxy/proxyExcludedUrls`` are
  reached directly;
* proxy disabled or ``DefaultProxy``: the system/environment proxies, as urllib finds them
  (``http_proxy``/``https_proxy``/``no_proxy``, the Windows registry, macOS settings);
* ``Socks5Proxy`` cannot be used by urllib: a warning in the log, then as ``DefaultProxy``;
* QGIS's network timeout (``QgsNetworkAccessManager.timeout()``, ms) becomes the timeout.

The cache folder and the extra CA bundle are the plugin's own settings (``geo.settings``).
"""

from __future__ import annotations

import urllib.parse

from qgis.core import Qgis, QgsApplication, QgsAuthMethodConfig, QgsMessageLog, QgsNetworkAccessManager, QgsSettings

from ..about import PLUGIN_NAME
from ..net.session import HttpSession, NetworkSettings
from . import settings as plugin_settings

PROXY_ENABLED = "proxy/proxyEnabled"
PROXY_TYPE = "proxy/proxyType"
PROXY_HOST = "proxy/proxyHost"
PROXY_PORT = "proxy/proxyPort"
PROXY_USER = "proxy/proxyUser"
PROXY_PASSWORD = "proxy/proxyPassword"
PROXY_AUTHCFG = "proxy/authcfg"
PROXY_NO_PROXY_URLS = "proxy/noProxyUrls"
PROXY_EXCLUDED_URLS = "proxy/proxyExcludedUrls"

_HTTP_PROXY_TYPES = ("HttpProxy", "HttpCachingProxy")


def qgis_network_settings(**overrides) -> NetworkSettings:
    """:class:`NetworkSettings` built from the QGIS options and the plugin settings.

    ``overrides`` replace any field (e.g. ``extra_headers={"x-api-key": key}``).
    """
    settings = QgsSettings()
    proxy_url, no_proxy = _proxy(settings)
    # QGIS's own getter: the settings key moved between 3.22 and 3.40.
    timeout_ms = QgsNetworkAccessManager.timeout()
    values = dict(
        timeout_s=timeout_ms / 1000.0 if timeout_ms > 0 else 0.0,
        cache_dir=plugin_settings.cache_dir(),
        ca_bundle=plugin_settings.ca_bundle(),
        proxy_url=proxy_url,
        no_proxy=no_proxy,
    )
    values.update(overrides)
    return NetworkSettings(**values)


def qgis_http_session(**overrides) -> HttpSession:
    """An :class:`HttpSession` with the QGIS network options (the usual entry point in algorithms)."""
    return HttpSession(qgis_network_settings(**overrides))


def _proxy(settings: QgsSettings) -> tuple[str | None, tuple]:
    """``(proxy_url, no_proxy)``: ``None`` means the system/environment proxies."""
    if not _bool(settings.value(PROXY_ENABLED, False)):
        return None, ()
    proxy_type = str(settings.value(PROXY_TYPE, "DefaultProxy") or "DefaultProxy")
    if proxy_type not in _HTTP_PROXY_TYPES:
        if proxy_type == "Socks5Proxy":
            _warn(
                "The QGIS proxy is a SOCKS5 proxy, which NetLoad downloads cannot use; they follow the "
                "system proxy settings (http_proxy/https_proxy) instead."
            )
        return None, ()
    host = str(settings.value(PROXY_HOST, "") or "").strip()
    if not host:
        _warn("A QGIS HTTP proxy is enabled but has no host; NetLoad downloads use the system proxy settings.")
        return None, ()
    if "://" in host:
        host = urllib.parse.urlsplit(host).netloc or host
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"  # IPv6 literal
    port = _int(settings.value(PROXY_PORT, ""), 0)
    user, password = _credentials(settings)
    userinfo = ""
    if user:
        userinfo = urllib.parse.quote(user, safe="")
        if password:
            userinfo += ":" + urllib.parse.quote(password, safe="")
        userinfo += "@"
    url = f"http://{userinfo}{host}" + (f":{port}" if port else "")
    no_proxy = tuple(_string_list(settings.value(PROXY_NO_PROXY_URLS, [])))
    no_proxy += tuple(_string_list(settings.value(PROXY_EXCLUDED_URLS, [])))
    return url, no_proxy


def _credentials(settings: QgsSettings) -> tuple[str, str]:
    user = str(settings.value(PROXY_USER, "") or "")
    password = str(settings.value(PROXY_PASSWORD, "") or "")
    authcfg = str(settings.value(PROXY_AUTHCFG, "") or "")
    if authcfg:
        config = QgsAuthMethodConfig()
        manager = QgsApplication.authManager()
        # Only an unlocked database is read: asking for the master password from a worker
        # thread (where algorithms run) is not possible.
        unlocked = manager is not None and manager.masterPasswordIsSet()
        if unlocked and manager.loadAuthenticationConfig(authcfg, config, True):
            user = config.config("username", user)
            password = config.config("password", password)
        else:
            _warn(
                f"The proxy credentials (authentication configuration {authcfg}) could not be read: "
                "unlock the QGIS authentication database (master password) and run again."
            )
    return user, password


def _string_list(value) -> list[str]:
    if value is None:
        return []
    items = [value] if isinstance(value, str) else list(value)
    return [str(item).strip() for item in items if str(item).strip()]


def _bool(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def _int(value, default: int) -> int:
    try:
        return int(float(str(value).strip()))
    except (TypeError, ValueError):
        return default


def _warn(message: str) -> None:
    QgsMessageLog.logMessage(message, PLUGIN_NAME, Qgis.MessageLevel.Warning)
