"""Plugin name and version, read from ``metadata.txt`` so there is one source of truth.

Lives at the package root with no QGIS import, so ``core`` and ``net`` (User-Agent) can use it.
"""

import configparser
from functools import lru_cache
from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent
PLUGIN_NAME = "NetLoad"
PROVIDER_ID = "netload"
REPOSITORY_URL = "https://github.com/netload/netload-qgis"


@lru_cache(maxsize=1)
def plugin_version() -> str:
    """The ``version`` field of metadata.txt (``0.0.0`` if the file cannot be read)."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(PLUGIN_DIR / "metadata.txt", encoding="utf-8")
        return parser.get("general", "version")
    except (configparser.Error, OSError):
        return "0.0.0"


def user_agent() -> str:
    """The User-Agent every request of the plugin carries."""
    return f"{PLUGIN_NAME}-QGIS-plugin/{plugin_version()} (+{REPOSITORY_URL})"
