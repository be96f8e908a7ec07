"""What kind of source file is this? Read its first bytes before any heavy step.

A curva de carga CSV given where the carga verificada JSON is expected used to fail after minutes
of downloads and modelling, with "not JSON at line 1, column 1". :func:`sniff_file` names a file's
kind from its opening bytes (inside a ZIP: its first member), and :func:`check_input` compares it
with what the analyst chose, returning one sentence that says which choice fits the file. Pure
Python (no QGIS): the dock and ``netload:run_pipeline`` call the same functions.
"""

import zipfile
from pathlib import Path

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


def check_input(label: str, value: str, expected: str) -> str:
    """``""`` when ``value`` (a path or URL) may be ``expected``; else one sentence saying what to do.

    Only local files are read. ``label`` is the row's name as the analyst sees it.
    """
    if not is_local_path(value):
        return ""
    if not Path(str(value).strip()).is_file():
        return tr("{}: the file {} does not exist.").format(label, value)
    try:
        found = sniff_file(value)
    except OSError as error:
        return tr("{}: cannot read {} ({}).").format(label, value, error.strerror or error)
    if found == expected:
        return ""
    file_name = Path(value).name
    if found in CHOICE_LABELS and expected in CHOICE_LABELS:
        return tr("{}: {} looks like {}: choose '{}'.").format(label, file_name, kind_name(found),
                                                                tr(CHOICE_LABELS[found]))
    return tr("{}: {} does not look like {}; it looks like {}.").format(label, file_name, kind_name(expected),
                                                                        kind_name(found))
