"""The load-table input that hidden_load and run_pipeline share: its parameters, mapping and messages.

A load table is any table of measured load per zone or area (core.load_table). Both algorithms
declare the same parameters here, so run_pipeline forwards them to hidden_load unchanged; both helps
include the one text that describes them (``help/<language>/_load_table.md``).
"""

from pathlib import Path

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ... import compat
from ...core.definitions import KIND_GLOBAL, KIND_NET, LABEL_END, LABEL_START

CONTEXT = "LoadTableInput"

LOAD_TABLE = "LOAD_TABLE"
LOAD_MATCH = "LOAD_MATCH"
LOAD_ZONE_FIELD = "LOAD_ZONE_FIELD"
LOAD_TIME_FIELD = "LOAD_TIME_FIELD"
LOAD_TIME_FORMAT = "LOAD_TIME_FORMAT"
LOAD_TIME_ZONE = "LOAD_TIME_ZONE"
LOAD_TIME_LABEL = "LOAD_TIME_LABEL"
LOAD_FIELD = "LOAD_FIELD"
LOAD_UNIT = "LOAD_UNIT"
LOAD_KIND = "LOAD_KIND"
LOAD_NET_FIELD = "LOAD_NET_FIELD"
LOAD_MMGD_FIELD = "LOAD_MMGD_FIELD"
PARAMETERS = (LOAD_TABLE, LOAD_MATCH, LOAD_ZONE_FIELD, LOAD_TIME_FIELD, LOAD_TIME_FORMAT, LOAD_TIME_ZONE,
              LOAD_TIME_LABEL, LOAD_FIELD, LOAD_UNIT, LOAD_KIND, LOAD_NET_FIELD, LOAD_MMGD_FIELD)

MATCH_ZONES, MATCH_AREAS = 0, 1
UNITS = ("MW", "kW")
KINDS = (KIND_NET, KIND_GLOBAL)
LABELS = (LABEL_START, LABEL_END)
ZONE_FIELD_GUESSES = ("zone_id", "area")  # when LOAD_ZONE_FIELD is empty

#: Every finding of core.load_table / core.hidden_load → (is a warning, message with its blanks).
MESSAGES = {
    "no_zone": (True, QT_TRANSLATE_NOOP("LoadTableInput", "{count} row(s) without a zone id (first: row {row}): "
                                        "rejected.")),
    "bad_time": (True, QT_TRANSLATE_NOOP(
        "LoadTableInput", "{count} row(s) whose time cannot be read (first: row {row}, '{value}'): rejected. Times "
        "are read in ISO 8601 order (2024-01-31 13:00); give LOAD_TIME_FORMAT for any other layout (e.g. "
        "%d/%m/%Y %H:%M).")),
    "dst_nonexistent": (True, QT_TRANSLATE_NOOP(
        "LoadTableInput", "{count} row(s) at a local time that did not exist in {zone} (clocks jumped forward; "
        "first: row {row}, '{value}'): rejected.")),
    "dst_repeat_twice": (False, QT_TRANSLATE_NOOP(
        "LoadTableInput", "{count} local hour(s) that happened twice in {zone} (clocks went back) are given twice: "
        "the first row read as daylight-saving time, the second as standard time.")),
    "dst_repeat_once": (True, QT_TRANSLATE_NOOP(
        "LoadTableInput", "{count} local hour(s) that happened twice in {zone} are given once: read as the first "
        "occurrence (quality dst_ambiguous); the second has no value.")),
    "decimal_comma": (False, QT_TRANSLATE_NOOP("LoadTableInput", "{field}: decimal commas read as decimal points.")),
    "bad_load": (True, QT_TRANSLATE_NOOP(
        "LoadTableInput", "{count} row(s) without a readable load (first: row {row}, '{value}'): rejected.")),
    "negative_load": (False, QT_TRANSLATE_NOOP(
        "LoadTableInput", "{count} row(s) with a negative load kept (power flowing back: generation above "
        "consumption).")),
    "no_mmgd": (True, QT_TRANSLATE_NOOP(
        "LoadTableInput", "{count} row(s) without a readable value in {field}: kept, not compared (quality "
        "mmgd_missing).")),
    "net_unsplit": (False, QT_TRANSLATE_NOOP(
        "LoadTableInput", "{count} row(s) of global load without a net load or MMGD to split it: net load "
        "derived as load − registered GD (quality net_derived).")),
    "off_step": (True, QT_TRANSLATE_NOOP(
        "LoadTableInput", "{count} row(s) off their zone's time step (first: row {row}, '{value}'): rejected.")),
    "step": (False, QT_TRANSLATE_NOOP("LoadTableInput", "Time step {minutes:g} min: {count} zone(s).")),
    "conflict": (True, QT_TRANSLATE_NOOP(
        "LoadTableInput", "{count} row(s) give different values for the same zone and time (first: zone {zone} "
        "at {time_utc} UTC): all of them rejected.")),
    "duplicate": (True, QT_TRANSLATE_NOOP(
        "LoadTableInput", "{count} exact duplicate row(s): the first copy kept, the others rejected.")),
    "gap": (True, QT_TRANSLATE_NOOP(
        "LoadTableInput", "{zone}: {count} missing interval(s) of {minutes:g} min from {first} to {last} UTC: "
        "no value invented.")),
    "gaps_more": (True, QT_TRANSLATE_NOOP(
        "LoadTableInput", "… and {count} more missing interval(s) in {runs} gap(s) of {zones} zone(s).")),
    "table": (False, QT_TRANSLATE_NOOP(
        "LoadTableInput", "Load table: {count} row(s) of {zones} zone(s) from {first} to {last} UTC; {rejected} "
        "row(s) rejected.")),
    "unknown_zone": (True, QT_TRANSLATE_NOOP(
        "LoadTableInput", "{count} row(s) of {ids} zone id(s) not among the zones ({examples}): rejected.")),
    "zone_without_load": (True, QT_TRANSLATE_NOOP(
        "LoadTableInput", "{count} zone(s) without load rows ({examples}): hidden load computed, no real load.")),
    "unknown_area": (False, QT_TRANSLATE_NOOP(
        "LoadTableInput", "{count} row(s) of {ids} area(s) that none of the zones lie in ({examples}): left out.")),
    "area_without_load": (True, QT_TRANSLATE_NOOP(
        "LoadTableInput", "{count} ONS area(s) of the zones without load rows ({examples}).")),
    "outside_period": (False, QT_TRANSLATE_NOOP(
        "LoadTableInput", "{count} load interval(s) outside the generation's period: not used.")),
    "no_load": (True, QT_TRANSLATE_NOOP(
        "LoadTableInput", "{count} interval(s) with generation in {areas} zone(s)/area(s) have no load row: no "
        "real load for them.")),
    "nothing_matched": (True, QT_TRANSLATE_NOOP(
        "LoadTableInput", "The load table and the generation share no zone or area: check the ids (LOAD_ZONE_FIELD "
        "against ZONE_ID) and LOAD_MATCH.")),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def add_parameters(algorithm) -> None:
    """Declare the load-table parameters on ``algorithm`` (every one optional: LOAD_TABLE switches them on)."""
    algorithm.addParameter(QgsProcessingParameterFeatureSource(
        LOAD_TABLE, tr("Load table (your own load per zone, or a previous run's ONS load)"), [compat.SOURCE_TABLE],
        optional=True))
    algorithm.addParameter(QgsProcessingParameterEnum(LOAD_MATCH, tr("Load table ids are"), [
        tr("Zone ids (ZONE_ID): load per zone"), tr("ONS area codes: zones join their state's subsystem")],
        defaultValue=MATCH_ZONES))
    for name, label, default in (
        (LOAD_ZONE_FIELD, tr("Load table: zone id field (empty: zone_id or area)"), None),
        (LOAD_TIME_FIELD, tr("Load table: time field"), "time_utc"),
        (LOAD_FIELD, tr("Load table: load field"), "load_mw"),
        (LOAD_NET_FIELD, tr("Load table: net load field (global load only)"), None),
        (LOAD_MMGD_FIELD, tr("Load table: MMGD/GD estimate field (compared with ours)"), None),
    ):
        algorithm.addParameter(QgsProcessingParameterField(
            name, label, defaultValue=default, parentLayerParameterName=LOAD_TABLE, optional=True))
    algorithm.addParameter(QgsProcessingParameterString(
        LOAD_TIME_ZONE, tr("Load table: time zone of its times (UTC, UTC-03:00, America/Sao_Paulo…)"),
        defaultValue="UTC", optional=True))
    algorithm.addParameter(QgsProcessingParameterEnum(LOAD_TIME_LABEL, tr("Load table: a time labels its interval's"),
                                                      [tr("start"), tr("end")], defaultValue=0))
    algorithm.addParameter(QgsProcessingParameterEnum(LOAD_UNIT, tr("Load table: unit"), list(UNITS), defaultValue=0))
    algorithm.addParameter(QgsProcessingParameterEnum(LOAD_KIND, tr("Load table: its load is"), [
        tr("Net: measured at the substation/feeder (generation behind the meters already subtracted)"),
        tr("Global: includes the distributed generation (like ONS's load_mw)")], defaultValue=0))
    time_format = QgsProcessingParameterString(
        LOAD_TIME_FORMAT, tr("Load table: time layout when not ISO 8601 (e.g. %d/%m/%Y %H:%M)"), optional=True)
    compat.set_advanced(time_format)
    algorithm.addParameter(time_format)


def is_given(parameters) -> bool:
    return parameters.get(LOAD_TABLE) not in (None, "")


def table_file(algorithm, parameters, context) -> str:
    """The file LOAD_TABLE reads, for a check of its kind: the path as given, else the layer's file ("" when
    it is no local file: a database, a web service…)."""
    value = parameters.get(LOAD_TABLE)
    if isinstance(value, str) and Path(value.split("|")[0]).is_file():
        return value.split("|")[0]
    layer = algorithm.parameterAsVectorLayer(parameters, LOAD_TABLE, context)
    source = layer.source().split("|")[0] if layer is not None else ""
    source = source[len("/vsizip/"):] if source.startswith("/vsizip/") else source
    return source if Path(source).is_file() else ""


def check_mapping(algorithm, parameters, context) -> None:
    """The mapping held against the table's fields before any heavy step (hidden_load, the last step, would
    find the same faults only after the downloads): a mapped field the table lacks, a net-load field with a
    net load, or a time zone that cannot be read stops the run in one line."""
    from ...core.errors import NetLoadError
    from ...core.load_table import parse_time_zone

    layer = algorithm.parameterAsVectorLayer(parameters, LOAD_TABLE, context)
    if layer is None or not layer.isValid():
        raise NetLoadError(tr("LOAD_TABLE: {} cannot be opened as a table.").format(parameters.get(LOAD_TABLE)))
    fields = layer.fields().names()
    mapping = mapping_from(algorithm, parameters, context, fields)
    missing = [name for name in mapping.required() if name not in fields]
    if missing:
        raise NetLoadError(tr("The load table has no field {} (its fields: {}).").format(
            ", ".join(missing), ", ".join(fields)))
    if mapping.load_kind == KIND_NET and mapping.net_field:
        raise NetLoadError(tr("LOAD_NET_FIELD goes with a global load only (LOAD_KIND=1): a net load is already "
                              "what the substation meter measured."))
    try:
        parse_time_zone(mapping.time_zone)
    except ValueError as error:
        raise NetLoadError(tr("LOAD_TIME_ZONE: {}: use UTC, an offset such as UTC-03:00, or an IANA name such as "
                              "America/Sao_Paulo.").format(error)) from None


def forwarded(parameters) -> dict:
    """The load-table parameters the user gave, to pass on to hidden_load."""
    return {name: parameters[name] for name in PARAMETERS if parameters.get(name) not in (None, "")}


def mapping_from(algorithm, parameters, context, table_fields):
    """The column mapping the parameters describe (a core.load_table.LoadMapping); the zone field guessed when
    left empty."""
    from ...core.load_table import LoadMapping

    def text(name):
        return algorithm.parameterAsString(parameters, name, context).strip() or None

    zone_field = text(LOAD_ZONE_FIELD) or next((f for f in ZONE_FIELD_GUESSES if f in table_fields), "zone_id")
    return LoadMapping(
        zone_field=zone_field, time_field=text(LOAD_TIME_FIELD) or "time_utc", load_field=text(LOAD_FIELD) or "load_mw",
        time_zone=text(LOAD_TIME_ZONE) or "UTC", time_format=text(LOAD_TIME_FORMAT),
        time_label=LABELS[algorithm.parameterAsEnum(parameters, LOAD_TIME_LABEL, context)],
        unit=UNITS[algorithm.parameterAsEnum(parameters, LOAD_UNIT, context)],
        load_kind=KINDS[algorithm.parameterAsEnum(parameters, LOAD_KIND, context)],
        net_field=text(LOAD_NET_FIELD), mmgd_field=text(LOAD_MMGD_FIELD), dataset="load_table",
    )


def report(feedback, findings) -> None:
    """Every finding as one translated line in the log: warnings for what was rejected or is missing."""
    for finding in findings:
        warning, template = MESSAGES[finding.code]
        line = tr(template).format(count=finding.count, **finding.details)
        (feedback.pushWarning if warning else feedback.pushInfo)(line)
