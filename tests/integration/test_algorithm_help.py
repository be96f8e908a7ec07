"""Every algorithm's help: a file per language naming every parameter, served in the analyst's language,
its expert knobs marked Advanced, and the generated reference (docs/algorithms.md) current.

The parameter and result names come from each algorithm's own definitions, never from a list written here.
"""

import re

import pytest

from netload_plugin import compat, translation
from netload_plugin.processing import help as algorithm_help
from netload_plugin.processing.provider import algorithm_classes
from tests.conftest import REPO_ROOT

LANGUAGES = ("en", "pt_BR")
#: Parameter names of expert knobs: addresses, thresholds, distances and radii, cache, batches, the store's details.
EXPERT = re.compile(r"(^|_)URL$|THRESHOLD|SEARCH_DISTANCE|RADIUS_KM|MAX_DISTANCE|^REFRESH$|^BATCH_SIZE$|^API_KEY$"
                    r"|^COLLECTION$|^STORE_(SCHEMA|WAIT)$")


def initialised(algorithm_class):
    algorithm = algorithm_class()
    algorithm.initAlgorithm()
    return algorithm


ALGORITHMS = [pytest.param(algorithm_class, id=algorithm_class.ALGORITHM_ID) for algorithm_class in algorithm_classes()]


def list_item(markdown: str, name: str) -> str:
    """The list item that describes parameter ``name``: a ``- `` line and its indented continuation lines
    holding ``**NAME**`` ("" when there is none)."""
    items = []
    for line in markdown.splitlines():
        if line.startswith("- "):
            items.append(line)
        elif items and line.startswith(" ") and line.strip():
            items[-1] += "\n" + line
        else:
            items.append("")
    return next((item for item in items if f"**{name}**" in item), "")


def default_spellings(value) -> set:
    """How a numeric default may be written: 50, 0.25 or (Portuguese) 0,25; 14.0757 also rounded, 14.08."""
    texts = {f"{value:g}", f"{round(value, 2):g}"}
    return texts | {text.replace(".", ",") for text in texts}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("algorithm_class", ALGORITHMS)
def test_help_file_describes_every_parameter_and_result(algorithm_class, language):
    algorithm = initialised(algorithm_class)
    path = algorithm_help.help_file(algorithm.name(), language)
    assert path is not None and path.parent.name == language, f"no {language} help for {algorithm.name()}"
    markdown = algorithm_help.help_markdown(algorithm.name(), language)
    undescribed = [p.name() for p in algorithm.parameterDefinitions() if not list_item(markdown, p.name())]
    assert undescribed == [], f"{path}: no '- **NAME**' item for {undescribed}"
    unnamed = [o.name() for o in algorithm.outputDefinitions() if not re.search(rf"\b{o.name()}\b", markdown)]
    assert unnamed == [], f"{path}: results never named: {unnamed}"
    assert f"netload:{algorithm.name()}" in markdown and "```" in markdown, f"{path}: no qgis_process example"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("algorithm_class", ALGORITHMS)
def test_help_states_each_number_and_name_default_the_code_declares(algorithm_class, language):
    algorithm = initialised(algorithm_class)
    markdown = algorithm_help.help_markdown(algorithm.name(), language)
    wrong = []
    for parameter in algorithm.parameterDefinitions():
        value, item = parameter.defaultValue(), list_item(markdown, parameter.name())
        if parameter.type() == "number" and value is not None:
            if not any(spelling in item for spelling in default_spellings(float(value))):
                wrong.append(f"{parameter.name()}={value:g}")
        elif isinstance(value, str) and value and "/" not in value and value not in item:  # URLs vary with settings
            wrong.append(f"{parameter.name()}={value}")
    assert wrong == [], f"{algorithm.name()} ({language}): the help does not give these defaults: {wrong}"


@pytest.mark.parametrize("algorithm_class", ALGORITHMS)
def test_expert_knobs_are_advanced_and_no_advanced_parameter_is_required(algorithm_class):
    algorithm = initialised(algorithm_class)
    parameters = algorithm.parameterDefinitions()
    advanced = {p.name() for p in parameters if compat.has_flag(p, compat.PARAMETER_FLAG_ADVANCED)}
    expert = {p.name() for p in parameters if EXPERT.search(p.name())}
    assert expert - advanced == set(), "expert parameters not under Advanced"
    hidden_and_required = [p.name() for p in parameters if p.name() in advanced and p.defaultValue() is None
                           and not compat.has_flag(p, compat.PARAMETER_FLAG_OPTIONAL)]
    assert hidden_and_required == [], "an advanced parameter must be optional or have a default"


def test_the_expert_rule_catches_what_the_brief_names():
    names = ["URL", "GD_URL", "STAC_URL", "THRESHOLD", "SEARCH_DISTANCE", "RADIUS_KM", "MAX_DISTANCE_KM", "REFRESH"]
    assert all(EXPERT.search(name) for name in names)
    assert not any(EXPERT.search(name) for name in ["START", "OUTPUT", "ZONE_ID", "STATES", "UNDECLARED_PV"])


def test_help_panel_speaks_the_analysts_language(interface_language):
    from netload_plugin.processing.algorithms.download_aneel_gd import DownloadAneelGd

    interface_language("pt_BR")
    assert translation.user_locale() == "pt_BR"
    portuguese_html = initialised(DownloadAneelGd).shortHelpString()
    assert "<h3>Parâmetros</h3>" in portuguese_html
    assert "<b>MAX_DISTANCE_KM</b> <i>Distância máxima do município (km)</i>" in portuguese_html  # the dialog's label
    interface_language("en_US")
    english_html = initialised(DownloadAneelGd).shortHelpString()
    assert "<h3>Parameters</h3>" in english_html
    assert "<b>MAX_DISTANCE_KM</b> <i>Maximum distance from the municipality (km)</i>" in english_html
    assert english_html != portuguese_html


def anchors(page: str) -> set:
    """GitHub's anchors of the ``## `` headings of ``docs/<page>``: lower case, punctuation other than - and _
    dropped, spaces as -."""
    headings = re.findall(r"^## (.+)$", (REPO_ROOT / "docs" / page).read_text(encoding="utf-8"), re.M)
    return {re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-") for heading in headings}


@pytest.mark.parametrize("algorithm_class", ALGORITHMS)
def test_help_url_points_at_the_algorithms_section_of_the_reference(algorithm_class, interface_language):
    interface_language("en_US")
    algorithm = initialised(algorithm_class)
    url, _, anchor = algorithm.helpUrl().partition("#")
    assert url == "https://github.com/netload/netload-qgis/blob/main/docs/algorithms.md"
    assert anchor in anchors("algorithms.md")


def test_help_url_leads_a_portuguese_analyst_to_the_portuguese_reference(portuguese):
    for algorithm_class in algorithm_classes():
        url, _, anchor = algorithm_class().helpUrl().partition("#")
        assert url == "https://github.com/netload/netload-qgis/blob/main/docs/algorithms.pt_BR.md"
        assert anchor in anchors("algorithms.pt_BR.md")


def test_the_committed_references_are_generated_from_the_algorithms(qgis_app):
    from scripts.make_algorithm_docs import references

    generated = references()
    assert set(generated) == {REPO_ROOT / "docs" / "algorithms.md", REPO_ROOT / "docs" / "algorithms.pt_BR.md"}
    for path, text in generated.items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is stale: run make docs"
    portuguese = generated[REPO_ROOT / "docs" / "algorithms.pt_BR.md"]
    assert "**Baixar a carga do ONS (carga verificada / curva de carga)** — grupo *Fontes de dados*" in portuguese
