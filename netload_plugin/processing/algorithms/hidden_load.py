"""``netload:hidden_load`` — net load (an ONS area's, or a load table per zone) + registered GD + undeclared PV.

pandas-based modules are imported when a run starts (cheap provider registration).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)

from ... import compat
from ...compat import make_field
from ...core.numbers import optional_float
from ...geo.feedback import FeedbackProgress
from ...translation import format_number
from ..base import GROUP_MODEL, NetLoadAlgorithm
from . import _load_table as load_input
from ._layers import as_vector_layer
from ._store import add_store_parameters, store_request
from .download_ons_load import LOAD_FIELDS

if TYPE_CHECKING:  # pandas is imported where it is used: loading the plugin must not import it
    import pandas as pd

ZONE_SERIES_KINDS = {"zone_id": "string", "area": "string", "time_utc": "datetime", "registered_gd_mw": "double",
                     "undeclared_pv_mw": "double", "hidden_load_mw": "double"}
REJECT_KINDS = {"row": "int64", "zone_id": "string", "time": "string", "load": "string", "reason": "string"}
ZONE_FIELDS = {"area": "string", "registered_gd_mwh": "double", "undeclared_pv_mwh": "double",
               "hidden_load_mwh": "double", "hidden_peak_mw": "double", "capacity_factor": "double",
               "area_energy_ratio": "double", "area_nmae_daylight": "double", "area_correlation": "double",
               "area_bias_mw": "double"}


class HiddenLoadAlgorithm(NetLoadAlgorithm):
    ALGORITHM_ID = "hidden_load"
    GROUP = GROUP_MODEL

    ONS_LOAD = "ONS_LOAD"
    GD_GENERATION = "GD_GENERATION"
    ZONES = "ZONES"
    ZONE_ID = "ZONE_ID"
    STATE_FIELD = "STATE_FIELD"
    UNDECLARED_PV = "UNDECLARED_PV"
    UNDECLARED_FIELD = "UNDECLARED_FIELD"
    OUTPUT = "OUTPUT"
    OUTPUT_ZONE_SERIES = "OUTPUT_ZONE_SERIES"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"
    OUTPUT_ZONES = "OUTPUT_ZONES"
    OUTPUT_LOAD = "OUTPUT_LOAD"
    OUTPUT_LOAD_REJECTED = "OUTPUT_LOAD_REJECTED"

    def displayName(self):
        return self.tr("Hidden and real load")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ONS_LOAD, self.tr("ONS load table"), [compat.SOURCE_TABLE], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.GD_GENERATION, self.tr("GD generation table"), [compat.SOURCE_TABLE]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Zones"), [compat.SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ZONE_ID, self.tr("Zone id field"), defaultValue="ibge_code", parentLayerParameterName=self.ZONES,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.STATE_FIELD, self.tr("Zone state field (UF)"), parentLayerParameterName=self.ZONES, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.UNDECLARED_PV, self.tr("Undeclared PV per zone"), [compat.SOURCE_TABLE], optional=True))
        self.addParameter(compat.set_advanced(QgsProcessingParameterString(
            self.UNDECLARED_FIELD, self.tr("Undeclared capacity field (kW)"), defaultValue="undeclared_kw",
            optional=True)))
        load_input.add_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Hidden and real load per area"), compat.SOURCE_TABLE))
        for name, label, by_default in (
            (self.OUTPUT_ZONE_SERIES, self.tr("Hidden load per zone and time"), False),
            (self.OUTPUT_SUMMARY, self.tr("Comparison with ONS (summary)"), True),
            (self.OUTPUT_LOAD, self.tr("Load table as used (UTC)"), False),
            (self.OUTPUT_LOAD_REJECTED, self.tr("Load rows rejected"), True),
        ):
            self.addParameter(QgsProcessingParameterFeatureSink(
                name, label, compat.SOURCE_TABLE, optional=True, createByDefault=by_default))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_ZONES, self.tr("Zones with hidden load"), compat.SOURCE_POLYGON, optional=True,
            createByDefault=False))
        add_store_parameters(self)

    def process(self, parameters, context, feedback):
        from ...core.hidden_load import compute

        store = store_request(self, parameters, context)  # checked before the work
        generation = self.generation(parameters, context)
        zones_layer = self.parameterAsVectorLayer(parameters, self.ZONES, context)
        zone_id = self.parameterAsString(parameters, self.ZONE_ID, context) or "ibge_code"
        per_zone = self.load_is_per_zone(parameters, context)
        if per_zone:
            zone_area = {zone: zone for zone in generation["zone_id"].astype(str).unique()}
        else:
            state_field = self.parameterAsString(parameters, self.STATE_FIELD, context)
            zone_area = self.zone_areas(generation, zones_layer, zone_id, state_field, feedback)
        load = self.load_table(parameters, context, set(zone_area.values()), per_zone)
        undeclared = self.undeclared(parameters, context, zone_id, feedback)
        self.check_cancelled(feedback)
        result = compute(load.table, generation, zone_area, undeclared, fallback_by_area=not per_zone)
        load_input.report(feedback, load.findings + result.findings)
        if (load.table["dataset"] == "curva_carga").any():
            feedback.pushInfo(self.tr("Curva de carga has no MMGD column: net load derived as load − registered GD; "
                                      "no comparison with ONS MMGD for those rows."))
        self.log_summary(result.summary, feedback)
        results = self.write_tables(parameters, context, feedback, result, load)
        if parameters.get(self.OUTPUT_ZONES) is not None and zones_layer is not None:
            results[self.OUTPUT_ZONES] = self.write_zones(parameters, context, zones_layer, zone_id, zone_area, result)
        if store is not None and not result.areas.empty:
            self.publish(store, parameters, feedback, result)
        return results

    def publish(self, store, parameters, feedback, result):
        """hidden_load_area and hidden_load_summary into the store: the run's areas over its hours."""
        import pandas as pd

        from ...core.pg_store import Scope
        from ...core.store_layers import columns_of, definition
        from ...geo.postgis_publish import publish_tables, run_record

        times = pd.to_datetime(result.areas["time_utc"], utc=True)
        areas = sorted(result.areas["area"].astype(str).unique())
        record = run_record(self.ALGORITHM_ID, parameters, [], (times.min().date(), times.max().date()))
        hours = (times.min(), times.max() + pd.Timedelta(microseconds=1))
        tables = [(definition("hidden_load_area", columns_of(area_kinds()), "zone_id"), result.areas,
                   Scope(("area",), areas, hours), len(result.areas)),
                  (definition("hidden_load_summary", columns_of(summary_kinds()), "zone_id"), result.summary,
                   Scope(("area",), areas, same_period=True), len(result.summary))]
        published = publish_tables(store, record, tables, FeedbackProgress(feedback))
        feedback.pushInfo(published.summary())

    def generation(self, parameters, context) -> pd.DataFrame:
        """The GD generation table, checked for the fields hidden_load needs."""
        from ...geo.tables import read_table

        needed = ["zone_id", "time_utc", "generation_mw", "capacity_kw"]
        generation = read_table(as_vector_layer(self, parameters, self.GD_GENERATION, context), needed)
        missing = [name for name in needed if name not in generation]
        if missing:
            raise QgsProcessingException(self.tr("{} lacks field(s) {}").format("GD_GENERATION", ", ".join(missing)))
        return generation

    def load_is_per_zone(self, parameters, context) -> bool:
        """True for a load table matched by zone id; False for ONS areas. Exactly one load input is allowed."""
        if load_input.is_given(parameters) == (parameters.get(self.ONS_LOAD) not in (None, "")):
            raise QgsProcessingException(self.tr("Give ONS_LOAD or LOAD_TABLE (one of them)."))
        if not load_input.is_given(parameters):
            return False
        return self.parameterAsEnum(parameters, load_input.LOAD_MATCH, context) == load_input.MATCH_ZONES

    def load_table(self, parameters, context, load_ids: set, per_zone: bool):
        """The load input normalised (core.load_table) and set against the zones' (or their areas') ids."""
        from ...core.load_table import SCHEMA_MAPPING, match_zones, normalise
        from ...geo.load_tables import read_load_table

        if load_input.is_given(parameters):
            layer = as_vector_layer(self, parameters, load_input.LOAD_TABLE, context)
            mapping = load_input.mapping_from(self, parameters, context, layer.fields().names())
        else:
            layer, mapping = as_vector_layer(self, parameters, self.ONS_LOAD, context), SCHEMA_MAPPING
        missing = [name for name in mapping.required() if layer.fields().indexOf(name) < 0]
        if missing:
            raise QgsProcessingException(self.tr("The load table has no field {} (its fields: {}).").format(
                ", ".join(missing), ", ".join(layer.fields().names())))
        frame = read_load_table(layer, mapping.fields(), mapping.time_field)
        return match_zones(normalise(frame, mapping), load_ids, "zone" if per_zone else "area")

    def write_tables(self, parameters, context, feedback, result, load) -> dict:
        """OUTPUT and the optional tables; a cancel or an unwritable target leaves earlier outputs intact."""
        from ...geo.gpkg_table import write_table_output

        progress = FeedbackProgress(feedback)
        tables = ((self.OUTPUT, result.areas, area_kinds()), (self.OUTPUT_SUMMARY, result.summary, summary_kinds()),
                  (self.OUTPUT_ZONE_SERIES, result.zones, ZONE_SERIES_KINDS),
                  (self.OUTPUT_LOAD, load.table, LOAD_FIELDS), (self.OUTPUT_LOAD_REJECTED, load.rejects, REJECT_KINDS))
        results = {}
        for key, frame, kinds in tables:
            if key == self.OUTPUT or parameters.get(key) is not None:
                results[key] = write_table_output(self, parameters, key, context, frame, kinds, progress)
        return results

    def zone_areas(self, generation, zones_layer, zone_id, state_field, feedback) -> dict:
        """zone_id → ONS subsystem, from the zones' state field or the IBGE code's state."""
        from ...core.hidden_load import state_of_ibge_code, subsystem_of_state

        states = {}
        if zones_layer is not None and state_field and zones_layer.fields().indexOf(zone_id) >= 0:
            states = {str(f[zone_id]): str(f[state_field]) for f in zones_layer.getFeatures()}
        areas, unknown = {}, 0
        for zone in generation["zone_id"].astype(str).unique():
            uf = states.get(zone) or state_of_ibge_code(zone)
            area = subsystem_of_state(uf) if uf else None
            if area is None:
                unknown += 1
            else:
                areas[zone] = area
        if unknown:
            feedback.pushWarning(self.tr("{} zone(s) could not be mapped to an ONS subsystem (no state): left out "
                                         "of the area totals.").format(unknown))
        return areas

    def undeclared(self, parameters, context, zone_id, feedback) -> dict:
        layer = self.parameterAsVectorLayer(parameters, self.UNDECLARED_PV, context)
        if layer is None:
            return {}
        import pandas as pd

        from ...geo.tables import read_table

        field = self.parameterAsString(parameters, self.UNDECLARED_FIELD, context) or "undeclared_kw"
        frame = read_table(layer, [zone_id, field])
        if zone_id not in frame or field not in frame:
            raise QgsProcessingException(
                self.tr("UNDECLARED_PV needs fields '{}' and '{}'.").format(zone_id, field))
        values = pd.to_numeric(frame[field], errors="coerce").fillna(0.0)
        totals = values.groupby(frame[zone_id].astype(str)).sum()
        feedback.pushInfo(self.tr("Undeclared PV: {} kW in {} zones.").format(
            round(float(totals.sum()), 1), int((totals > 0).sum())))
        return totals.to_dict()

    def log_summary(self, summary: pd.DataFrame, feedback):
        for row in summary.itertuples():
            feedback.pushInfo(self.tr(
                "{}: hidden load {} MWh (registered GD {} MWh, undeclared PV {} MWh), peak {} MW; the load table's "
                "MMGD {} MWh; bias {} MW; nMAE (daylight) {}; correlation {}; energy ratio {}; capacity factor {} "
                "(load table's MMGD {})."
            ).format(row.area, format_number(row.hidden_load_mwh, 0), format_number(row.registered_gd_mwh, 0),
                     format_number(row.undeclared_pv_mwh, 0), format_number(row.hidden_peak_mw, 1),
                     format_number(row.ons_mmgd_mwh, 0), format_number(row.bias_mw, 1),
                     format_number(row.nmae_daylight, 3), format_number(row.correlation, 3),
                     format_number(row.energy_ratio, 3), format_number(row.capacity_factor, 3),
                     format_number(row.ons_capacity_factor, 3)))

    def write_zones(self, parameters, context, zones_layer, zone_id, zone_area, result):
        fields = QgsFields()
        for field in zones_layer.fields():
            if field.name() not in ZONE_FIELDS:
                fields.append(field)
        for name, kind in ZONE_FIELDS.items():
            fields.append(make_field(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_ZONES, context, fields, zones_layer.wkbType(),
                                          zones_layer.crs())
        # per zone and per area, the values each feature takes: looked up once, not per feature and field
        totals = _rows_by(result.zone_totals, "zone_id", ("registered_gd_mwh", "undeclared_pv_mwh", "hidden_load_mwh",
                                                          "hidden_peak_mw", "capacity_factor"))
        summary = _rows_by(result.summary, "area", ("energy_ratio", "nmae_daylight", "correlation", "bias_mw"),
                           prefix="area_")
        input_names, output_names = zones_layer.fields().names(), fields.names()
        has_id = zones_layer.fields().indexOf(zone_id) >= 0
        for feature in zones_layer.getFeatures():
            key = str(feature[zone_id]) if has_id else str(feature.id())
            values = dict(zip(input_names, feature.attributes()))
            area = zone_area.get(key)
            values["area"] = area
            values.update(totals.get(key, {}))
            values.update(summary.get(area, {}))
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes([values.get(name) for name in output_names])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        return dest


def _rows_by(frame, key: str, names, prefix: str = "") -> dict:
    """``{key value: {prefix + name: value or None}}`` of a small result frame (one row per zone or area)."""
    return {str(row[key]): {prefix + name: optional_float(row[name]) for name in names}
            for row in frame[[key, *names]].to_dict("records")}


def area_kinds() -> dict:
    """OUTPUT's column kinds."""
    from ...core.hidden_load import AREA_COLUMNS

    kinds = {name: "double" for name in AREA_COLUMNS}
    kinds.update({"area": "string", "time_utc": "datetime", "dataset": "string", "quality": "string",
                  "capacity_kw": "double"})
    return kinds


def summary_kinds() -> dict:
    """OUTPUT_SUMMARY's column kinds."""
    from ...core.hidden_load import SUMMARY_COLUMNS

    kinds = {name: "double" for name in SUMMARY_COLUMNS}
    kinds.update({"area": "string", "rows": "int64", "rows_compared": "int64"})
    return kinds
