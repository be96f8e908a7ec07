"""Plugin identity read from metadata.txt (no QGIS needed)."""

import configparser

from netload_plugin.about import PLUGIN_DIR, plugin_version, user_agent

REQUIRED_METADATA = (
    "name", "qgisMinimumVersion", "description", "about", "version", "author", "email",
    "tracker", "repository", "homepage", "tags", "category", "icon", "changelog",
    "hasProcessingProvider",
)


def _metadata():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(PLUGIN_DIR / "metadata.txt", encoding="utf-8")
    return parser["general"]


def test_metadata_is_complete_for_the_plugin_repository():
    metadata = _metadata()
    missing = [key for key in REQUIRED_METADATA if not metadata.get(key, "").strip()]
    assert missing == []
    assert metadata["qgisMinimumVersion"] == "3.22"
    assert metadata["hasProcessingProvider"] == "yes"
    assert (PLUGIN_DIR / metadata["icon"]).is_file()


def test_version_and_user_agent_come_from_metadata():
    version = _metadata()["version"]
    assert plugin_version() == version
    assert f"/{version}" in user_agent() and user_agent().startswith("NetLoad")
