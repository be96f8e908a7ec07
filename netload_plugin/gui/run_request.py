"""What the dock asks ``netload:run_pipeline`` to do, as plain data, and the parameters built from it.

The widgets fill a :class:`RunRequest`; :func:`build_run_parameters` turns it into the Processing
parameter dictionary. Keeping this free of widgets means the mapping from the panel to the algorithm
is tested without a screen, and the same request can be replayed from the Python console::

    processing.run("netload:run_pipeline", build_run_parameters(request))
"""

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePath

from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core import ibge
from ..core import input_sniffing as sniff
from ..core.definitions import IRRADIANCE_SOURCES, ONS_DATASETS, PIPELINE_IRRADIANCE_SOURCE
from ..geo import regions

CONTEXT = "RunRequest"

REGION_STATES = "states"
REGION_ZONES = "zones"
REGION_EXTENT = "extent"

DATA_LIVE = "live"  # the session revalidates cached copies and falls back to them offline
DATA_LOCAL = "local"

IMAGERY_LAYER = "layer"
IMAGERY_INPE = "inpe"

LOAD_ONS = "ons"  # ONS's load, downloaded or from the ONS load file
LOAD_OWN = "table"  # the analyst's own load table (run_pipeline's LOAD_TABLE and LOAD_* parameters)

#: Source key (dock row) → run_pipeline parameter holding its URL or local file.
SOURCE_PARAMETERS = {
    "aneel_gd": "GD_URL",
    "municipalities": "MUNICIPALITIES",
    "irradiance": "IRRADIANCE_URL",
    "ons_load": "ONS_URL",
}
#: Source key → the row's label in the dock (and in messages about that row), in row order.
SOURCE_LABELS = {
    "aneel_gd": QT_TRANSLATE_NOOP("RunRequest", "ANEEL GD registry"),
    "municipalities": QT_TRANSLATE_NOOP("RunRequest", "Municipality polygons"),
    "irradiance": QT_TRANSLATE_NOOP("RunRequest", "Irradiance"),
    "ons_load": QT_TRANSLATE_NOOP("RunRequest", "ONS load"),
}
#: run_pipeline's IRRADIANCE_SOURCE and ONS_DATASET values, by name (core.definitions holds the order).
IRRADIANCE_LABREN = IRRADIANCE_SOURCES.index("labren")
IRRADIANCE_INMET = IRRADIANCE_SOURCES.index("inmet")
IRRADIANCE_NASA_POWER = IRRADIANCE_SOURCES.index("nasa_power")
ONS_CARGA_VERIFICADA = ONS_DATASETS.index("carga_verificada")
ONS_CURVA_CARGA = ONS_DATASETS.index("curva_carga")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass
class LoadTableChoice:
    """The analyst's own load table and how its columns read: run_pipeline's LOAD_TABLE and LOAD_* values
    (processing/algorithms/_load_table.py; enum values as its parameters take them)."""

    table: str = ""  # a layer id of the project, or a file
    match: int = 0  # LOAD_MATCH: 0 = zone ids, 1 = ONS area codes
    zone_field: str = ""  # empty: zone_id or area
    time_field: str = "time_utc"
    time_zone: str = "UTC"
    time_format: str = ""  # empty: ISO 8601
    time_label: int = 0  # 0 = interval start, 1 = end
    load_field: str = "load_mw"
    unit: int = 0  # 0 = MW, 1 = kW
    kind: int = 0  # 0 = net load, 1 = global load
    net_field: str = ""  # global load only
    mmgd_field: str = ""

    def parameters(self) -> dict:
        """The LOAD_* parameters (texts left empty are left out: run_pipeline's defaults apply)."""
        values = {
            "LOAD_TABLE": self.table, "LOAD_MATCH": self.match, "LOAD_ZONE_FIELD": self.zone_field,
            "LOAD_TIME_FIELD": self.time_field, "LOAD_TIME_ZONE": self.time_zone, "LOAD_TIME_FORMAT": self.time_format,
            "LOAD_TIME_LABEL": self.time_label, "LOAD_FIELD": self.load_field, "LOAD_UNIT": self.unit,
            "LOAD_KIND": self.kind, "LOAD_NET_FIELD": self.net_field if self.kind == 1 else "",
            "LOAD_MMGD_FIELD": self.mmgd_field,
        }
        return {name: value.strip() if isinstance(value, str) else value for name, value in values.items()
                if not isinstance(value, str) or value.strip()}


class RunRequestError(ValueError):
    """The panel's state cannot make a valid run; the message is shown to the analyst as is."""


@dataclass
class RunRequest:
    """Everything the analyst chose in the dock (strings and dates only: no Qt objects)."""

    region_mode: str = REGION_STATES
    states: list = field(default_factory=list)
    zones_layer: str = ""  # layer id (or source) of a polygon layer
    zone_id_field: str = ""
    extent: str = ""  # "xmin,xmax,ymin,ymax [EPSG:n]" as Processing extent parameters take it
    start: date = None
    end: date = None
    data_mode: str = DATA_LIVE
    sources: dict = field(default_factory=dict)  # source key → URL or file (empty: default endpoint)
    irradiance_source: int = IRRADIANCE_SOURCES.index(PIPELINE_IRRADIANCE_SOURCE)  # run_pipeline's option value
    ons_dataset: int = ONS_CARGA_VERIFICADA
    load_source: str = LOAD_ONS
    load_table: LoadTableChoice = field(default_factory=LoadTableChoice)
    calibration_file: str = ""  # estimate_gd_generation's calibration (empty: the physical model)
    undeclared_pv_layer: str = ""  # layer id of find_undeclared_pv's output, used as is
    rooftops: bool = False
    buildings_layer: str = ""
    imagery_mode: str = IMAGERY_LAYER
    imagery_layer: str = ""
    model_file: str = ""
    output_gpkg: str = ""
    report_pdf: str = ""
    store_connection: str = ""  # QGIS PostgreSQL connection of the team store (empty: GeoPackage only)
    store_schema: str = ""


def source_label(key: str) -> str:
    """The translated label of a source row (what the analyst reads in the dock)."""
    return tr(SOURCE_LABELS[key])


def validate(request: RunRequest) -> None:
    """Raise :class:`RunRequestError` with a message the analyst can act on."""
    if request.region_mode == REGION_STATES:
        unknown = [uf for uf in request.states if uf not in ibge.STATES]
        if not request.states:
            raise RunRequestError(tr("Choose at least one state."))
        if unknown:
            raise RunRequestError(tr("Unknown state code(s): {}").format(", ".join(unknown)))
    elif request.region_mode == REGION_ZONES:
        if not request.zones_layer:
            raise RunRequestError(tr("Choose a polygon layer of zones."))
    elif request.region_mode == REGION_EXTENT:
        if not request.extent:
            raise RunRequestError(tr("The map extent is empty."))
        if not states_in_extent(request.extent):
            raise RunRequestError(tr("The map extent holds no Brazilian municipality."))
    else:
        raise RunRequestError(tr("Unknown region mode: {}").format(request.region_mode))
    if request.start is None or request.end is None:
        raise RunRequestError(tr("Choose the start and end dates."))
    if request.end < request.start:
        raise RunRequestError(tr("The end date is before the start date."))
    if request.data_mode == DATA_LOCAL:
        needed = [key for key in used_sources(request)
                  if key != "municipalities" or request.region_mode != REGION_ZONES]
        missing = [key for key in needed if not request.sources.get(key)]
        if missing:
            labels = ", ".join(source_label(key) for key in missing)
            raise RunRequestError(tr("Local files mode: give a file for {}").format(labels))
    problems = input_problems(request)
    if problems:
        raise RunRequestError(problems[0])
    validate_load_table(request)
    validate_calibration(request.calibration_file)
    if request.rooftops:
        if not request.buildings_layer:
            raise RunRequestError(tr("The rooftop step needs a buildings layer."))
        if request.imagery_mode == IMAGERY_LAYER and not request.imagery_layer:
            raise RunRequestError(tr("The rooftop step needs an imagery raster layer (or choose INPE imagery)."))
    if not request.output_gpkg:
        raise RunRequestError(tr("Choose the output GeoPackage."))


def used_sources(request: RunRequest) -> list:
    """The source rows the run reads: all four, less the ONS load when the analyst brings a load table."""
    return [key for key in SOURCE_PARAMETERS if key != "ons_load" or request.load_source == LOAD_ONS]


def validate_load_table(request: RunRequest) -> None:
    """The load table's choices, checked as far as the panel knows them (run_pipeline checks the fields)."""
    if request.load_source != LOAD_OWN:
        return
    table = request.load_table
    if not table.table.strip():
        raise RunRequestError(tr("My own load table: choose a layer or a file."))
    problem = sniff.check_load_table(tr("Load table"), table_file(table.table), tr("the ONS load file (Load: ONS)"))
    if problem:  # first: a file that is gone or is no load table has no fields to choose
        raise RunRequestError(problem)
    for value, label in ((table.time_field, tr("time field")), (table.load_field, tr("load field"))):
        if not value.strip():
            raise RunRequestError(tr("My own load table: choose its {}.").format(label))


def table_file(value: str) -> str:
    """The file behind a load table given as a project layer's id or as a file ("" for a database layer)."""
    layer = QgsProject.instance().mapLayer(value)
    if layer is None:
        return value
    source = layer.source().split("|")[0]
    return source if Path(source).is_file() else ""


def validate_calibration(path: str) -> None:
    """A calibration file, read now: a wrong or broken file is named before the run starts."""
    if not path.strip():
        return
    from ..core.calibration import read_calibration
    from ..core.errors import NetLoadError

    if not Path(path).is_file():
        raise RunRequestError(tr("Calibration: the file {} does not exist.").format(path))
    try:
        read_calibration(path)
    except NetLoadError as error:
        raise RunRequestError(tr("Calibration: {}").format(error)) from None


def expected_kinds(request: RunRequest) -> dict:
    """Source key → the file kind (:mod:`netload_plugin.core.input_sniffing`) the request's choices read."""
    irradiance = IRRADIANCE_SOURCES[request.irradiance_source].id if request.irradiance_source is not None else ""
    ons = ONS_DATASETS[request.ons_dataset].id if request.ons_dataset is not None else ""
    return sniff.expected_kinds(irradiance, ons)


def input_problems(request: RunRequest) -> list:
    """One sentence per local input file whose content does not fit its row's choice (read: a few KB each)."""
    problems = []
    expected_kind = expected_kinds(request)
    for key in used_sources(request):
        expected = expected_kind[key]
        problem = sniff.check_input(source_label(key), request.sources.get(key, ""), expected) if expected else ""
        if problem:
            problems.append(problem)
    return problems


def build_run_parameters(request: RunRequest) -> dict:
    """The ``netload:run_pipeline`` parameters for ``request`` (validated first)."""
    validate(request)
    params = {
        "START": request.start.isoformat(),
        "END": request.end.isoformat(),
        "OUTPUT_GPKG": request.output_gpkg,
    }
    if request.region_mode == REGION_STATES:
        params["STATES"] = ",".join(request.states)
    elif request.region_mode == REGION_ZONES:
        params["ZONES"] = request.zones_layer
        if request.zone_id_field:
            params["ZONE_ID"] = request.zone_id_field
    else:
        params["EXTENT"] = request.extent  # run_pipeline models the states it covers
    params["IRRADIANCE_SOURCE"] = request.irradiance_source
    params["ONS_DATASET"] = request.ons_dataset
    for key in used_sources(request):
        value = (request.sources.get(key) or "").strip()
        if value:
            params[SOURCE_PARAMETERS[key]] = value
    if request.load_source == LOAD_OWN:
        params.update(request.load_table.parameters())
    if request.calibration_file.strip():
        params["CALIBRATION"] = request.calibration_file.strip()
    if request.undeclared_pv_layer:
        params["UNDECLARED_PV"] = request.undeclared_pv_layer
    if request.rooftops:
        params["BUILDINGS"] = request.buildings_layer
        if request.imagery_mode == IMAGERY_LAYER:
            params["RASTER"] = request.imagery_layer
        else:
            params["DOWNLOAD_IMAGERY"] = True
        if request.model_file:
            params["MODEL"] = request.model_file
    if request.report_pdf:
        params["REPORT"] = request.report_pdf
    if request.store_connection:
        params.update(STORE=request.store_connection, STORE_SCHEMA=request.store_schema)
    return params


def states_in_extent(extent: str) -> list:
    """The states run_pipeline models for ``"xmin,xmax,ymin,ymax [EPSG:n]"`` (its EXTENT): for the run's name
    and an early refusal of an extent outside Brazil. [] when the text is not an extent."""
    match = re.match(r"\s*([-\d.eE+]+),([-\d.eE+]+),([-\d.eE+]+),([-\d.eE+]+)\s*(?:\[(.+)\])?\s*$", extent or "")
    if not match:
        return []
    xmin, xmax, ymin, ymax = (float(value) for value in match.groups()[:4])
    crs = QgsCoordinateReferenceSystem(match.group(5) or regions.LONLAT)
    return regions.states_in_extent(QgsRectangle(xmin, ymin, xmax, ymax), crs, QgsProject.instance().transformContext())


def region_label(request: RunRequest, zones_name: str = "") -> str:
    """Short region text for titles: ``SP``, ``SP, MG, RJ +2``, the zone layer's name or ``extent``."""
    if request.region_mode == REGION_STATES:
        shown = request.states[:3]
        extra = len(request.states) - len(shown)
        return ", ".join(shown) + (f" +{extra}" if extra > 0 else "")
    if request.region_mode == REGION_ZONES:
        return zones_name or PurePath(request.zones_layer).stem
    states = states_in_extent(request.extent)
    return "extent " + ",".join(states) if len(states) <= 3 else f"extent {len(states)} UF"


def run_name(request: RunRequest, zones_name: str = "") -> str:
    """The layer group's name: ``NetLoad SP 2024-01-01–2024-01-31``."""
    return f"NetLoad {region_label(request, zones_name)} {request.start.isoformat()}–{request.end.isoformat()}"


def default_output_name(request: RunRequest, zones_name: str = "") -> str:
    """A file name for the run's GeoPackage made of safe characters."""
    region = re.sub(r"[^A-Za-z0-9]+", "_", region_label(request, zones_name)).strip("_") or "region"
    return f"netload_{region}_{request.start:%Y%m%d}_{request.end:%Y%m%d}.gpkg"
