"""What NetLoad offers in more than one place: the choices of its enum parameters and the sources' endpoints.

An option's position is the value of its Processing enum parameter, so the algorithms that pass an
option on (run_pipeline → download_irradiance, download_ons_load, estimate_gd_generation), the dock
and the settings page must agree on it: they all read these declarations, and nothing else spells an
option's index, its label or a source's URL. Code refers to an option by its id
(``IRRADIANCE_SOURCES.index("nasa_power")``), never by a number.

No QGIS here (``core``): labels are only marked for translation (context :data:`CONTEXT`, extracted by
``scripts/update_translations.py``) and translated where they are shown, with
:func:`netload_plugin.translation.translated`.
"""

from __future__ import annotations

from dataclasses import dataclass

CONTEXT = "Definitions"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it (Qt's macro, without Qt)."""
    return text


@dataclass(frozen=True)
class Option:
    """One choice of an enum parameter: a stable id and the English label."""

    id: str
    label: str


class Options(tuple):
    """The choices of one enum parameter, in the order of its values."""

    def index(self, option_id: str) -> int:
        """The parameter value of ``option_id``."""
        for position, option in enumerate(self):
            if option.id == option_id:
                return position
        raise KeyError(f"no option {option_id!r}; choose one of {', '.join(self.ids())}")

    def ids(self) -> list:
        return [option.id for option in self]

    def labels(self) -> list:
        return [option.label for option in self]


#: download_irradiance's SOURCE and run_pipeline's IRRADIANCE_SOURCE.
IRRADIANCE_SOURCES = Options((
    Option("labren", QT_TRANSLATE_NOOP("Definitions", "INPE LABREN solar atlas (monthly means)")),
    Option("inmet", QT_TRANSLATE_NOOP("Definitions", "INMET automatic stations (hourly)")),
    Option("nasa_power", QT_TRANSLATE_NOOP("Definitions", "NASA POWER")),
))
#: The source a pipeline run (and the dock) uses unless told otherwise: NASA POWER covers all of Brazil.
PIPELINE_IRRADIANCE_SOURCE = "nasa_power"

#: estimate_gd_generation's IRRADIANCE_MODE.
IRRADIANCE_MODES = Options((
    Option("series_nearest", QT_TRANSLATE_NOOP("Definitions", "Measured series, nearest station")),
    Option("series_idw", QT_TRANSLATE_NOOP("Definitions", "Measured series, inverse-distance weighting")),
    Option("daily_nearest", QT_TRANSLATE_NOOP("Definitions", "Daily totals shaped by clear sky, nearest")),
    Option("daily_idw", QT_TRANSLATE_NOOP("Definitions", "Daily totals shaped by clear sky, inverse-distance")),
    Option("climatology", QT_TRANSLATE_NOOP("Definitions", "LABREN monthly climatology shaped by clear sky")),
))

#: The IRRADIANCE_MODE that suits each irradiance source (what run_pipeline asks estimate_gd_generation for).
MODE_OF_SOURCE = {"labren": "climatology", "inmet": "series_nearest", "nasa_power": "daily_nearest"}

#: download_ons_load's DATASET and run_pipeline's ONS_DATASET.
ONS_DATASETS = Options((
    Option("carga_verificada", QT_TRANSLATE_NOOP("Definitions", "Carga verificada (half-hourly, with ONS MMGD)")),
    Option("curva_carga", QT_TRANSLATE_NOOP("Definitions", "Curva de carga (hourly, no MMGD)")),
))

#: A load table's load: what a substation meter sees (net of the GD behind it) or the global load (like ONS's).
KIND_NET, KIND_GLOBAL = "net", "global"
#: Whether a load table's time labels the start or the end of its interval.
LABEL_START, LABEL_END = "start", "end"

#: The PostGIS schema a team's store lives in unless told otherwise (the monitor's historic name).
DEFAULT_STORE_SCHEMA = "energy_monitor"

#: find_undeclared_pv's ``status`` of a roof (the values the rooftops_status style classifies).
DECLARED, UNDECLARED, NO_PV, NOT_CLASSIFIED = "declared", "undeclared", "no_pv", "not_classified"


@dataclass(frozen=True)
class Endpoint:
    """The official address of a source: the default of its URL parameter and of its setting."""

    key: str
    url: str
    label: str  # for the settings page
    description: str  # what the URL points at (the setting's meaning)


_ENDPOINTS = (
    Endpoint("aneel_gd", "https://dadosabertos.aneel.gov.br/dataset/5e0fafd2-21b9-4d5b-b622-40438d40aba2/resource/"
             "b1bd71e7-d0ad-4214-9053-cbd58e9564a7/download/empreendimento-geracao-distribuida.csv",
             QT_TRANSLATE_NOOP("Definitions", "ANEEL GD registry"), "ANEEL GD registry (CSV or ZIP)."),
    Endpoint("aneel_siga", "https://dadosabertos.aneel.gov.br/dataset/6d90b77c-c5f5-4d81-bdec-7bc619494bb9/resource/"
             "11ec447d-698d-4ab8-977f-b424d5deee6a/download/siga-empreendimentos-geracao.csv",
             QT_TRANSLATE_NOOP("Definitions", "ANEEL SIGA plants"), "ANEEL SIGA generation plants (CSV)."),
    Endpoint("ons_api", "https://apicarga.ons.org.br/prd/cargaverificada",
             QT_TRANSLATE_NOOP("Definitions", "ONS load API (carga verificada)"), "ONS carga verificada API."),
    Endpoint("ons_csv", "https://ons-aws-prod-opendata.s3.amazonaws.com/dataset/curva-carga-ho/CURVA_CARGA_{year}.csv",
             QT_TRANSLATE_NOOP("Definitions", "ONS load curve CSV"), "ONS curva de carga CSV ({year} template)."),
    Endpoint("labren", "https://labren.ccst.inpe.br/projetos/atlas_2017/",
             QT_TRANSLATE_NOOP("Definitions", "INPE LABREN solar atlas"), "INPE LABREN solar atlas folder."),
    Endpoint("inmet", "https://portal.inmet.gov.br/uploads/dadoshistoricos/{year}.zip",
             QT_TRANSLATE_NOOP("Definitions", "INMET station archive"),
             "INMET yearly station archive ({year} template)."),
    Endpoint("nasa_power", "https://power.larc.nasa.gov/api/temporal",
             QT_TRANSLATE_NOOP("Definitions", "NASA POWER API"), "NASA POWER temporal API."),
    Endpoint("stac", "https://data.inpe.br/bdc/stac/v1/",
             QT_TRANSLATE_NOOP("Definitions", "INPE STAC catalogue"), "INPE STAC catalogue (CBERS imagery)."),
    Endpoint("municipalities", "https://raw.githubusercontent.com/tbrugz/geodata-br/master/geojson/geojs-{code}-mun.json",
             QT_TRANSLATE_NOOP("Definitions", "Municipality polygons (file, or URL template with {code})"),
             "Municipality polygons: a file, or a URL/path template with {code} (IBGE state code)."),
)
#: Source key → its official endpoint, in the order the settings page lists them.
ENDPOINTS = {endpoint.key: endpoint for endpoint in _ENDPOINTS}


@dataclass
class GdFieldNames:
    """Names of a GD layer's attributes (defaults: the download_aneel_gd output), which aggregate_gd offers as
    parameter defaults when QGIS lists it."""

    capacity: str = "capacity_kw"
    generation_type: str = "generation_type"
    consumer_class: str = "consumer_class"
    modality: str = "modality"
    connected_on: str = "connected_on"
    ibge_code: str = "ibge_code"
