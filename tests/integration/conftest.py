"""Fixtures for tests that run algorithms through QGIS Processing."""

import pytest
from qgis.core import QgsApplication


@pytest.fixture(scope="session")
def netload_provider(qgis_processing):
    """Register the ``netload`` provider once (pytest-qgis's ``qgis_processing`` does not)."""
    from netload_plugin.processing.provider import NetLoadProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("netload")
    if provider is None:
        provider = NetLoadProvider()
        assert registry.addProvider(provider)
    yield provider
