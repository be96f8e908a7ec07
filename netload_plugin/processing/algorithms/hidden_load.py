"""``netload:hidden_load`` — ONS net load + registered GD + undeclared PV → hidden and real load."""

import numpy as np
import pandas as pd
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
from ...core.errors import NetLoadError
from ...core.hidden_load import AREA_COLUMNS, SUMMARY_COLUMNS, compute, state_of_ibge_code, subsystem_of_state
from ...core.pg_store import Scope
from ...core.store_layers import columns_of, definition
from ...geo.feedback import FeedbackProgress
from ...geo.gpkg_table import write_table_output
from ...geo.postgis_publish import publish_tables, run_record
from ...geo.tables import read_table
from ..base import GROUP_MODEL, NetLoadAlgorithm
from ._layers import as_vector_layer
from ._store import add_store_parameters, publish_or_raise, store_help, store_request

AREA_KINDS = {name: "double" for name in AREA_COLUMNS}
AREA_KINDS.update({"area": "string", "time_utc": "datetime", "dataset": "string", "quality": "string", "capacity_kw": "double"})
SUMMARY_KINDS = {name: "double" for name in SUMMARY_COLUMNS}
SUMMARY_KINDS.update({"area": "string", "rows": "int64", "rows_compared": "int64"})
ZONE_SERIES_KINDS = {"zone_id": "string", "area": "string", "time_utc": "datetime", "registered_gd_mw": "double",
                     "undeclared_pv_mw": "double", "hidden_load_mw": "double"}
ZONE_FIELDS = {"area": "string", "registered_gd_mwh": "double", "undeclared_pv_mwh": "double", "hidden_load_mwh": "double",
               "hidden_peak_mw": "double", "capacity_factor": "double", "area_energy_ratio": "double",
               "area_nmae_daylight": "double", "area_correlation": "double", "area_bias_mw": "double"}


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

    def displayName(self):  # noqa: N802
        return self.tr("Hidden and real load")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Hidden load = registered GD generation (our estimate) + undeclared PV; real load = net load "
            "+ hidden load, per ONS area (zones mapped to subsystems by state: SE/CO = SP RJ MG ES GO DF MT "
            "MS AC RO; S = PR SC RS; NE = BA SE AL PE PB RN CE PI; N = PA TO MA AP AM RR) and per zone, "
            "compared with ONS's own MMGD estimate.\n\n"
            "Net load: carga verificada's val_cargaglobal already includes ONS's MMGD estimate, so net load is "
            "val_cargaglobalsmmgd (net_load_mw) and real = net + our hidden load (ONS's own real load is "
            "reported as ons_load_mw). Curva de carga has one value that includes ONS's MMGD and no split: "
            "net load is derived as load − registered GD (quality 'net_derived'), so real = ONS load + "
            "undeclared PV, and there is no ONS MMGD to compare with.\n\n"
            "<b>ONS_LOAD</b>: table from download_ons_load (area, time_utc, load_mw, net_load_mw, mmgd_mw, dataset).\n"
            "<b>GD_GENERATION</b>: table from estimate_gd_generation (zone_id, time_utc, generation_mw, capacity_kw).\n"
            "<b>ZONES</b>: optional zone layer (for OUTPUT_ZONES and for the state of each zone).\n"
            "<b>ZONE_ID</b>: the zones' id field matching zone_id (default ibge_code).\n"
            "<b>STATE_FIELD</b>: optional zone field with the state letters; otherwise the state comes from "
            "the first two digits of the IBGE code in zone_id.\n"
            "<b>UNDECLARED_PV</b>: optional layer/table with ZONE_ID and UNDECLARED_FIELD (default "
            "undeclared_kw, from find_undeclared_pv); each zone's undeclared kW follows the zone's per-kW "
            "registered profile, or its area's mean per-kW profile where the zone has no registered capacity. "
            "Without it undeclared_pv_mw is 0.\n\n"
            "<b>OUTPUT</b>: area, time_utc, net_load_mw, registered_gd_mw, undeclared_pv_mw, hidden_load_mw, "
            "real_load_mw, ons_load_mw, ons_mmgd_mw, dataset, quality, capacity_kw.\n"
            "<b>OUTPUT_ZONE_SERIES</b>: optional zone_id, area, time_utc, registered_gd_mw, undeclared_pv_mw, hidden_load_mw.\n"
            "<b>OUTPUT_SUMMARY</b>: per area: rows, rows_compared, capacity_mw, registered_gd_mwh, "
            "undeclared_pv_mwh, hidden_load_mwh, ons_mmgd_mwh, bias_mw (mean ours − ONS), nmae_daylight "
            "(mean |ours − ONS| / mean ONS over daylight rows), correlation (Pearson), energy_ratio "
            "(Σ ours / Σ ONS), capacity_factor (ours), ons_capacity_factor (ONS MMGD over our capacity), "
            "peak_hidden_share (max hidden / real load).\n"
            "<b>OUTPUT_ZONES</b>: the zones with area, registered_gd_mwh, undeclared_pv_mwh, hidden_load_mwh, "
            "hidden_peak_mw, capacity_factor and their area's energy_ratio, nmae_daylight, correlation, bias_mw."
        ) + store_help()

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.ONS_LOAD, self.tr("ONS load table"), [compat.SOURCE_TABLE]))
        self.addParameter(QgsProcessingParameterFeatureSource(self.GD_GENERATION, self.tr("GD generation table"), [compat.SOURCE_TABLE]))
        self.addParameter(QgsProcessingParameterFeatureSource(self.ZONES, self.tr("Zones"), [compat.SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterField(self.ZONE_ID, self.tr("Zone id field"), defaultValue="ibge_code", parentLayerParameterName=self.ZONES, optional=True))
        self.addParameter(QgsProcessingParameterField(self.STATE_FIELD, self.tr("Zone state field (UF)"), parentLayerParameterName=self.ZONES, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.UNDECLARED_PV, self.tr("Undeclared PV per zone"), [compat.SOURCE_TABLE], optional=True))
        self.addParameter(QgsProcessingParameterString(self.UNDECLARED_FIELD, self.tr("Undeclared capacity field (kW)"), defaultValue="undeclared_kw", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Hidden and real load per area"), compat.SOURCE_TABLE))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_ZONE_SERIES, self.tr("Hidden load per zone and time"), compat.SOURCE_TABLE, optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_SUMMARY, self.tr("Comparison with ONS (summary)"), compat.SOURCE_TABLE, optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_ZONES, self.tr("Zones with hidden load"), compat.SOURCE_POLYGON, optional=True, createByDefault=False))
        add_store_parameters(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        ons = read_table(as_vector_layer(self, parameters, self.ONS_LOAD, context))
        generation = read_table(as_vector_layer(self, parameters, self.GD_GENERATION, context),
                                ["zone_id", "time_utc", "generation_mw", "capacity_kw"])
        for name, frame, needed in (("ONS_LOAD", ons, ("area", "time_utc", "load_mw")),
                                    ("GD_GENERATION", generation, ("zone_id", "time_utc", "generation_mw", "capacity_kw"))):
            missing = [c for c in needed if c not in frame]
            if missing:
                raise QgsProcessingException(self.tr("{} lacks field(s) {}").format(name, ", ".join(missing)))
        ons["time_utc"] = pd.to_datetime(ons["time_utc"], utc=True).dt.tz_localize(None)
        generation["time_utc"] = pd.to_datetime(generation["time_utc"], utc=True).dt.tz_localize(None)
        zones_layer = self.parameterAsVectorLayer(parameters, self.ZONES, context)
        zone_id = self.parameterAsString(parameters, self.ZONE_ID, context) or "ibge_code"
        state_field = self.parameterAsString(parameters, self.STATE_FIELD, context)
        zone_area = self.zone_areas(generation, zones_layer, zone_id, state_field, feedback)
        undeclared = self.undeclared(parameters, context, zone_id, feedback)
        if feedback.isCanceled():
            return {}
        result = compute(ons, generation, zone_area, undeclared)
        if result.areas.empty:
            feedback.pushWarning(self.tr("No ONS rows match the generation's areas and times: check AREA codes and the period."))
        if (ons.get("dataset") == "curva_carga").any():
            feedback.pushInfo(self.tr("Curva de carga has no MMGD column: net load derived as load − registered GD; no comparison with ONS MMGD for those rows."))
        self.log_summary(result.summary, feedback)

        progress = FeedbackProgress(feedback)
        try:
            results = {self.OUTPUT: write_table_output(self, parameters, self.OUTPUT, context, result.areas, AREA_KINDS, progress)}
            for key, frame, kinds in ((self.OUTPUT_SUMMARY, result.summary, SUMMARY_KINDS), (self.OUTPUT_ZONE_SERIES, result.zones, ZONE_SERIES_KINDS)):
                if parameters.get(key) is not None:
                    results[key] = write_table_output(self, parameters, key, context, frame, kinds, progress)
        except NetLoadError as error:  # cancelled or unwritable: earlier outputs are left as they were
            self.raise_for(error)
        if parameters.get(self.OUTPUT_ZONES) is not None and zones_layer is not None:
            results[self.OUTPUT_ZONES] = self.write_zones(parameters, context, zones_layer, zone_id, zone_area, result)
        store = store_request(self, parameters, context)
        if store is not None and not result.areas.empty:
            self.publish(store, parameters, feedback, result)
        return results

    def publish(self, store, parameters, feedback, result):
        """hidden_load_area and hidden_load_summary into the store: the run's areas over its hours."""
        times = pd.to_datetime(result.areas["time_utc"], utc=True)
        areas = sorted(result.areas["area"].astype(str).unique())
        record = run_record(self.ALGORITHM_ID, parameters, [], (times.min().date(), times.max().date()))
        hours = (times.min(), times.max() + pd.Timedelta(microseconds=1))
        tables = [(definition("hidden_load_area", columns_of(AREA_KINDS), "zone_id"), result.areas,
                   Scope(("area",), areas, hours), len(result.areas)),
                  (definition("hidden_load_summary", columns_of(SUMMARY_KINDS), "zone_id"), result.summary,
                   Scope(("area",), areas, same_period=True), len(result.summary))]
        published = publish_or_raise(publish_tables, store, record, tables, FeedbackProgress(feedback))
        feedback.pushInfo(published.summary())

    def zone_areas(self, generation, zones_layer, zone_id, state_field, feedback) -> dict:
        """zone_id → ONS subsystem, from the zones' state field or the IBGE code's state."""
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
            feedback.pushWarning(self.tr("{} zone(s) could not be mapped to an ONS subsystem (no state): left out of the area totals.").format(unknown))
        return areas

    def undeclared(self, parameters, context, zone_id, feedback) -> dict:
        layer = self.parameterAsVectorLayer(parameters, self.UNDECLARED_PV, context)
        if layer is None:
            return {}
        field = self.parameterAsString(parameters, self.UNDECLARED_FIELD, context) or "undeclared_kw"
        frame = read_table(layer, [zone_id, field])
        if zone_id not in frame or field not in frame:
            raise QgsProcessingException(self.tr("UNDECLARED_PV needs fields '{}' and '{}'.").format(zone_id, field))
        values = pd.to_numeric(frame[field], errors="coerce").fillna(0.0)
        totals = values.groupby(frame[zone_id].astype(str)).sum()
        feedback.pushInfo(self.tr("Undeclared PV: {} kW in {} zones.").format(round(float(totals.sum()), 1), int((totals > 0).sum())))
        return totals.to_dict()

    def log_summary(self, summary: pd.DataFrame, feedback):
        for row in summary.itertuples():
            feedback.pushInfo(self.tr(
                "{}: hidden load {} MWh (registered GD {} MWh, undeclared PV {} MWh); ONS MMGD {} MWh; bias {} MW; "
                "nMAE (daylight) {}; correlation {}; energy ratio {}; capacity factor {} (ONS {})."
            ).format(row.area, _fmt(row.hidden_load_mwh, 0), _fmt(row.registered_gd_mwh, 0), _fmt(row.undeclared_pv_mwh, 0),
                     _fmt(row.ons_mmgd_mwh, 0), _fmt(row.bias_mw, 1), _fmt(row.nmae_daylight, 3), _fmt(row.correlation, 3),
                     _fmt(row.energy_ratio, 3), _fmt(row.capacity_factor, 3), _fmt(row.ons_capacity_factor, 3)))

    def write_zones(self, parameters, context, zones_layer, zone_id, zone_area, result):
        fields = QgsFields()
        for field in zones_layer.fields():
            if field.name() not in ZONE_FIELDS:
                fields.append(field)
        for name, kind in ZONE_FIELDS.items():
            fields.append(make_field(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_ZONES, context, fields, zones_layer.wkbType(), zones_layer.crs())
        totals = result.zone_totals.set_index("zone_id")
        summary = result.summary.set_index("area")
        for feature in zones_layer.getFeatures():
            key = str(feature[zone_id]) if zones_layer.fields().indexOf(zone_id) >= 0 else str(feature.id())
            values = dict(zip(zones_layer.fields().names(), feature.attributes()))
            area = zone_area.get(key)
            values["area"] = area
            if key in totals.index:
                for name in ("registered_gd_mwh", "undeclared_pv_mwh", "hidden_load_mwh", "hidden_peak_mw", "capacity_factor"):
                    values[name] = _value(totals.at[key, name])
            if area in summary.index:
                for name in ("energy_ratio", "nmae_daylight", "correlation", "bias_mw"):
                    values[f"area_{name}"] = _value(summary.at[area, name])
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes([values.get(name) for name in fields.names()])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        return dest


def _value(value):
    value = float(value)
    return None if np.isnan(value) else value


def _fmt(value, digits):
    value = float(value)
    return "n/a" if np.isnan(value) else f"{value:,.{digits}f}"
