"""What kind of source file is this? Read its first bytes before any heavy step.

A curva de carga CSV given where the carga verificada JSON is expected used to fail after minutes
of downloads and modelling, with "not JSON at line 1, column 1". :func:`sniff_file` names a file's
kind from its opening bytes (inside a ZIP: its first member), and :func:`check_input` compares it
with what the analyst chose, returning one sentence that says which choice fits the file. Pure
Python (no QGIS): the dock and ``netload:run_pipeline`` call the same functions.
"""

import zipfile
from pathlib import Path

from .definitions import IRRADIANCE_SOURCES, ONS_DATASETS
from .i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "NetLoadInputCheck"
HEAD_BYTES = 4096

ANEEL_GD = "aneel_gd"
ANEEL_SIGA = "aneel_siga"
ONS_CARGA_VERIFICADA = "ons_carga_verificada"
ONS_CURVA_CARGA = "ons_curva_carga"
NASA_POWER = "nasa_power"
INMET = "inmet"
LABREN = "labren"
POLYGONS = "polygons"
UNKNOWN = "unknown"

#: Kind → what it is, in the analyst's words (translated when shown).
KIND_NAMES = {
    ANEEL_GD: QT_TRANSLATE_NOOP("NetLoadInputCheck", "ANEEL's GD registry (micro and mini distributed generation)"),
    ANEEL_SIGA: QT_TRANSLATE_NOOP("NetLoadInputCheck", "ANEEL's SIGA plant registry"),
    ONS_CARGA_VERIFICADA: QT_TRANSLATE_NOOP("NetLoadInputCheck", "ONS's carga verificada (API reply, JSON)"),
    ONS_CURVA_CARGA: QT_TRANSLATE_NOOP("NetLoadInputCheck", "ONS's curva de carga CSV"),
    NASA_POWER: QT_TRANSLATE_NOOP("NetLoadInputCheck", "a NASA POWER CSV"),
    INMET: QT_TRANSLATE_NOOP("NetLoadInputCheck", "an INMET station file"),
    LABREN: QT_TRANSLATE_NOOP("NetLoadInputCheck", "INPE LABREN's solar atlas CSV"),
    POLYGONS: QT_TRANSLATE_NOOP("NetLoadInputCheck", "a polygon file (GeoPackage, GeoJSON or shapefile)"),
    UNKNOWN: QT_TRANSLATE_NOOP("NetLoadInputCheck", "a file of unknown content"),
}

#: Kind → the dock's choice that reads it (the option's label), for kinds that are one of several options of a row.
CHOICE_LABELS = {
    ONS_CARGA_VERIFICADA: QT_TRANSLATE_NOOP("NetLoadInputCheck", "Carga verificada"),
    ONS_CURVA_CARGA: QT_TRANSLATE_NOOP("NetLoadInputCheck", "Curva de carga"),
    NASA_POWER: QT_TRANSLATE_NOOP("NetLoadInputCheck", "NASA POWER"),
    INMET: QT_TRANSLATE_NOOP("NetLoadInputCheck", "INMET stations"),
    LABREN: QT_TRANSLATE_NOOP("NetLoadInputCheck", "INPE LABREN atlas"),
}

#: Kind → (the enum parameter's options it is one of, its option id): the choice that reads such a file.
OPTION_OF_KIND = {
    ONS_CARGA_VERIFICADA: (ONS_DATASETS, "carga_verificada"),
    ONS_CURVA_CARGA: (ONS_DATASETS, "curva_carga"),
    NASA_POWER: (IRRADIANCE_SOURCES, "nasa_power"),
    INMET: (IRRADIANCE_SOURCES, "inmet"),
    LABREN: (IRRADIANCE_SOURCES, "labren"),
}
KIND_OF_OPTION = {option_id: kind for kind, (_options, option_id) in OPTION_OF_KIND.items()}
#: Kinds of the sources NetLoad downloads: files with a reader of their own, never a load table.
SOURCE_KINDS = (ANEEL_GD, ANEEL_SIGA, ONS_CARGA_VERIFICADA, ONS_CURVA_CARGA, NASA_POWER, INMET, LABREN)

_TEXT_MARKERS = (  # (kind, every marker that must appear in the file's opening text)
    (ANEEL_GD, ("CodEmpreendimento", "MdaPotenciaInstaladaKW")),
    (ANEEL_SIGA, ("CodCEG", "MdaPotenciaOutorgadaKw")),
    (ONS_CURVA_CARGA, ("din_instante", "val_cargaenergiahomwmed")),
    (ONS_CARGA_VERIFICADA, ("din_referenciautc",)),
    (ONS_CARGA_VERIFICADA, ("cod_areacarga",)),
    (NASA_POWER, ("-BEGIN HEADER-",)),
    (NASA_POWER, ("LAT,LON,YEAR",)),
    (LABREN, ("ID;COUNTRY;LON;LAT",)),
    (INMET, ("ESTACAO:",)),
    (INMET, ("ESTAÇÃO:",)),
    (POLYGONS, ('"FeatureCollection"',)),
)
_POLYGON_SUFFIXES = {".gpkg", ".shp", ".geojson", ".fgb", ".gml", ".kml", ".sqlite"}


def tr(text: str) -> str:
    return translate(CONTEXT, text)


def kind_name(kind: str) -> str:
    return tr(KIND_NAMES.get(kind, KIND_NAMES[UNKNOWN]))


def _head(path: Path) -> tuple[str, bytes]:
    """(name, opening bytes) of the file, or of the first data member of a ZIP."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.infolist() if not m.is_dir() and not m.filename.startswith("__MACOSX")]
            if not members:
                return path.name, b""
            shapefiles = [m for m in members if m.filename.lower().endswith(".shp")]
            member = shapefiles[0] if shapefiles else members[0]
            with archive.open(member) as stream:
                return member.filename, stream.read(HEAD_BYTES)
    with open(path, "rb") as stream:
        return path.name, stream.read(HEAD_BYTES)


def sniff_file(path) -> str:
    """The kind of a local file (one of the module's constants), judged from its opening bytes."""
    path = Path(path)
    name, head = _head(path)
    if head.startswith(b"SQLite format 3\0") or Path(name).suffix.lower() in _POLYGON_SUFFIXES:
        return POLYGONS
    text = head.decode("latin-1").replace("\ufeff", "").replace("ï»¿", "")
    for kind, markers in _TEXT_MARKERS:
        if all(marker in text for marker in markers):
            return kind
    return UNKNOWN


def is_local_path(value: str) -> bool:
    """True for a local path (a URL or a template with ``{code}`` is not one)."""
    value = str(value or "").strip()
    return bool(value) and "://" not in value and "{" not in value


def expected_kinds(irradiance_source: str, ons_dataset: str) -> dict:
    """Source row (``aneel_gd``, ``municipalities``, ``irradiance``, ``ons_load``) → the kind of file it reads,
    given the irradiance source and ONS dataset chosen (their option ids)."""
    return {"aneel_gd": ANEEL_GD, "municipalities": POLYGONS, "irradiance": KIND_OF_OPTION.get(irradiance_source),
            "ons_load": KIND_OF_OPTION.get(ons_dataset)}


def _local_kind(label: str, value: str) -> tuple:
    """``(kind, "")`` of a local file, ``(None, "")`` for a URL, template or empty value, ``(None, problem)``
    when the file is missing or unreadable."""
    if not is_local_path(value):
        return None, ""
    if not Path(str(value).strip()).is_file():
        return None, tr("{}: the file {} does not exist.").format(label, value)
    try:
        return sniff_file(value), ""
    except OSError as error:
        return None, tr("{}: cannot read {} ({}).").format(label, value, error.strerror or error)


def _choice(kind: str, parameter: str) -> str:
    """The choice that reads ``kind`` as the analyst meets it: the dock's label, and with ``parameter`` (a
    Processing run) the parameter's value too."""
    label = tr(CHOICE_LABELS[kind])
    if not parameter:
        return f"'{label}'"
    options, option_id = OPTION_OF_KIND[kind]
    return f"'{label}' ({parameter}={options.index(option_id)})"


def check_input(label: str, value: str, expected: str, parameter: str = "") -> str:
    """``""`` when ``value`` (a path or URL) may be ``expected``; else one sentence saying what to do.

    Only local files are read. ``label`` is the row's name as the analyst sees it (the dock's row, or a
    Processing parameter); ``parameter`` names the enum parameter whose choice decides the file's kind
    (``ONS_DATASET``…), so a ``qgis_process`` user reads which value to give.
    """
    found, problem = _local_kind(label, value)
    if found is None or found == expected:
        return problem
    file_name = Path(value).name
    options = {kind: OPTION_OF_KIND[kind][0] for kind in (found, expected) if kind in OPTION_OF_KIND}
    if len(options) == 2 and options[found] is options[expected]:  # another option of the same choice reads it
        return tr("{}: {} looks like {}: choose {}.").format(label, file_name, kind_name(found),
                                                              _choice(found, parameter))
    return tr("{}: {} does not look like {}; it looks like {}.").format(label, file_name, kind_name(expected),
                                                                        kind_name(found))


def check_load_table(label: str, value: str, ons_row: str, parameter: str = "") -> str:
    """``""`` unless the local file ``value`` is a source NetLoad reads itself (ONS's files, a registry,
    irradiance): such a file is no load table, and the sentence says where it belongs instead.

    A load table is any table (its columns are mapped), so any other content passes. ``ons_row`` names
    where ONS's own files go (the dock's row, or ``ONS_URL``) and ``parameter`` the dataset's parameter.
    """
    found, problem = _local_kind(label, value)
    if found not in SOURCE_KINDS:
        return problem
    file_name = Path(value).name
    if found in (ONS_CARGA_VERIFICADA, ONS_CURVA_CARGA):
        return tr("{}: {} looks like {}, which is not a load table: give it as {} with {}.").format(
            label, file_name, kind_name(found), ons_row, _choice(found, parameter))
    return tr("{}: {} does not look like a load table; it looks like {}.").format(label, file_name, kind_name(found))
