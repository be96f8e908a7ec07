"""core.definitions is the one place for option lists and endpoints."""

from pathlib import Path

import pytest

from netload_plugin.core import definitions, ibge

PLUGIN = Path(definitions.__file__).resolve().parents[1]


def test_options_are_found_by_id_and_refuse_an_unknown_one():
    assert definitions.IRRADIANCE_SOURCES.index("nasa_power") == 2
    assert definitions.IRRADIANCE_SOURCES.ids() == ["labren", "inmet", "nasa_power"]
    with pytest.raises(KeyError, match="no option 'power'"):
        definitions.IRRADIANCE_SOURCES.index("power")


def test_every_irradiance_source_feeds_a_declared_mode():
    assert set(definitions.MODE_OF_SOURCE) == set(definitions.IRRADIANCE_SOURCES.ids())
    assert set(definitions.MODE_OF_SOURCE.values()) <= set(definitions.IRRADIANCE_MODES.ids())
    assert definitions.PIPELINE_IRRADIANCE_SOURCE in definitions.IRRADIANCE_SOURCES.ids()


def test_each_endpoint_is_written_once_in_the_plugin():
    sources = {path: path.read_text(encoding="utf-8") for path in PLUGIN.rglob("*.py")}
    for endpoint in definitions.ENDPOINTS.values():
        holders = [path.name for path, text in sources.items() if endpoint.url[:40] in text]
        assert holders == ["definitions.py"], (endpoint.key, holders)


def test_the_states_are_listed_once_in_ibge_order():
    assert len(ibge.STATES) == 27 and ibge.STATES[:3] == ("RO", "AC", "AM") and ibge.STATES[-1] == "DF"
    assert [ibge.STATE_CODE_BY_UF[uf] for uf in ibge.STATES] == sorted(ibge.STATE_CODE_BY_UF.values())
