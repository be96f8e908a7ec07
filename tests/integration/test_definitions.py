"""Algorithms, the dock and the settings read their options and endpoints from core.definitions."""

from netload_plugin.core.definitions import ENDPOINTS, IRRADIANCE_MODES, IRRADIANCE_SOURCES, ONS_DATASETS


def options(algorithm_id, parameter):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    return algorithm.parameterDefinition(parameter).options()


def test_the_pipeline_passes_its_option_values_on_to_algorithms_with_the_same_options(netload_provider):
    """run_pipeline gives its IRRADIANCE_SOURCE and ONS_DATASET values as they are to the download algorithms."""
    assert options("netload:run_pipeline", "IRRADIANCE_SOURCE") == options("netload:download_irradiance", "SOURCE") \
        == IRRADIANCE_SOURCES.labels()
    assert options("netload:run_pipeline", "ONS_DATASET") == options("netload:download_ons_load", "DATASET") \
        == ONS_DATASETS.labels()
    assert options("netload:estimate_gd_generation", "IRRADIANCE_MODE") == IRRADIANCE_MODES.labels()


def test_every_estimate_mode_runs_the_model_its_label_names(qgis_app):
    from netload_plugin.core.zone_generation import MODE_CLIMATOLOGY, MODE_DAILY, MODE_SERIES
    from netload_plugin.processing.algorithms.estimate_gd_generation import core_mode

    models = {
        "Measured series": MODE_SERIES,
        "Daily totals": MODE_DAILY,
        "LABREN monthly climatology": MODE_CLIMATOLOGY,
    }
    for option in IRRADIANCE_MODES:
        mode, weighting = core_mode(option.id)
        assert [models[start] for start in models if option.label.startswith(start)] == [mode], option
        assert weighting == ("idw" if "inverse-distance" in option.label else "nearest"), option


def test_settings_default_to_the_endpoints_the_clients_use(qgis_app):
    from netload_plugin.core import aneel_gd
    from netload_plugin.geo import settings
    from netload_plugin.net import inmet, nasa_power, ons, stac

    assert list(settings.SOURCE_URLS) == list(ENDPOINTS)
    clients = {"aneel_gd": aneel_gd.DEFAULT_URL, "ons_api": ons.API_URL, "ons_csv": ons.CURVA_CARGA_URL,
               "inmet": inmet.URL_TEMPLATE, "nasa_power": nasa_power.API_URL, "stac": stac.DEFAULT_STAC_URL}
    assert {key: settings.SOURCE_URLS[key].default_value() for key in clients} == clients
