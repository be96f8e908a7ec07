"""``netload:estimate_gd_generation`` — capacity per zone + irradiance → generation per zone and time."""

import json

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from ... import compat
from ...about import plugin_version
from ...compat import make_field
from ...core.definitions import IRRADIANCE_MODES
from ...core.errors import NetLoadError
from ...core.fleet_orientation import ROOFS, ROOFS_NORTH
from ...core.numbers import optional_float
from ...core.pv_system import PVParameters
from ...geo.feedback import FeedbackProgress
from ...translation import format_number, option_labels
from ..base import GROUP_MODEL, NetLoadAlgorithm
from ._layers import as_vector_layer, date_parameter, date_value
from ._store import add_store_parameters, store_request

OUTPUT_COLUMNS = {"zone_id": "string", "time_utc": "datetime", "generation_mw": "double", "ghi_wm2": "double",
                  "capacity_kw": "double"}
ZONE_FIELDS = ("generation_mwh", "mean_capacity_kw", "capacity_factor", "peak_generation_mw", "missing_intervals")
# ORIENTATION options → the fleet's planes (None: one plane, TILT and AZIMUTH)
ORIENTATION_OPTIONS = (ROOFS, ROOFS_NORTH, None)


def core_mode(option_id: str) -> tuple:
    """An IRRADIANCE_MODE option (core.definitions.IRRADIANCE_MODES) as (core mode, station weighting)."""
    from ...core.zone_generation import MODE_CLIMATOLOGY, MODE_DAILY, MODE_SERIES

    return {"series_nearest": (MODE_SERIES, "nearest"), "series_idw": (MODE_SERIES, "idw"),
            "daily_nearest": (MODE_DAILY, "nearest"), "daily_idw": (MODE_DAILY, "idw"),
            "climatology": (MODE_CLIMATOLOGY, "nearest")}[option_id]


class EstimateGdGenerationAlgorithm(NetLoadAlgorithm):
    ALGORITHM_ID = "estimate_gd_generation"
    GROUP = GROUP_MODEL

    ZONES = "ZONES"
    ZONE_ID = "ZONE_ID"
    CAPACITY_FIELD = "CAPACITY_FIELD"
    GD_UNITS = "GD_UNITS"
    IRRADIANCE = "IRRADIANCE"
    IRRADIANCE_SERIES = "IRRADIANCE_SERIES"
    IRRADIANCE_MODE = "IRRADIANCE_MODE"
    RADIUS_KM = "RADIUS_KM"
    START = "START"
    END = "END"
    STEP = "STEP"
    ORIENTATION = "ORIENTATION"
    TILT = "TILT"
    AZIMUTH = "AZIMUTH"
    DC_AC_RATIO = "DC_AC_RATIO"
    LOSSES = "LOSSES"
    TEMP_AIR = "TEMP_AIR"
    CALIBRATION = "CALIBRATION"
    OUTPUT = "OUTPUT"
    OUTPUT_ZONES = "OUTPUT_ZONES"
    PROVENANCE = "PROVENANCE"
    # core.generation and core.zone_generation say what is wrong with the inputs in ValueErrors.
    USER_ERRORS = (NetLoadError, ValueError)

    def displayName(self):
        return self.tr("Estimate GD generation per zone")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(self.ZONES, self.tr("Zones with GD capacity"),
                                                              [compat.SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterField(self.ZONE_ID, self.tr("Zone id field"),
                                                      parentLayerParameterName=self.ZONES, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CAPACITY_FIELD, self.tr("Capacity field (kW)"), defaultValue="gd_capacity_kw",
            parentLayerParameterName=self.ZONES, type=compat.FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.GD_UNITS, self.tr("GD units (optional: fleet growth by connection date)"), [compat.SOURCE_POINT],
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.IRRADIANCE, self.tr("Irradiance points"),
                                                              [compat.SOURCE_POINT]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.IRRADIANCE_SERIES, self.tr("Irradiance series table"), [compat.SOURCE_TABLE], optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.IRRADIANCE_MODE, self.tr("Irradiance mode"),
                                                     option_labels(IRRADIANCE_MODES),
                                                     defaultValue=IRRADIANCE_MODES.index("daily_nearest")))
        self.addParameter(compat.set_advanced(QgsProcessingParameterNumber(
            self.RADIUS_KM, self.tr("Station search radius (km)"), compat.NUMBER_DOUBLE, 150.0, minValue=1.0)))
        self.addParameter(date_parameter(self.START, self.tr("First day (UTC)"), optional=False))
        self.addParameter(date_parameter(self.END, self.tr("Last day (UTC, included)"), optional=False))
        self.addParameter(QgsProcessingParameterEnum(self.STEP, self.tr("Time step"), ["60 min", "30 min"],
                                                     defaultValue=0))
        self.add_model_parameters()
        self.addParameter(QgsProcessingParameterFile(
            self.CALIBRATION, self.tr("Calibration file (empty: the physical model)"), extension="json",
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Generation per zone and time"),
                                                            compat.SOURCE_TABLE))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_ZONES, self.tr("Zones with generation"), compat.SOURCE_POLYGON, optional=True,
            createByDefault=True))
        add_store_parameters(self)
        self.addOutput(QgsProcessingOutputString(self.PROVENANCE, self.tr("Model and calibration (JSON)")))

    def add_model_parameters(self):
        """The PV system's parameters, under "Advanced parameters"."""
        defaults = PVParameters()
        orientation = QgsProcessingParameterEnum(self.ORIENTATION, self.tr("Fleet orientation"), [
            self.tr("Roofs at 15°, every face equal"), self.tr("Roofs at 15°, every face, north preferred"),
            self.tr("One plane: TILT and AZIMUTH"),
        ], defaultValue=0)
        self.addParameter(compat.set_advanced(orientation))
        for name, label, default, minimum, maximum in (
            (self.TILT, self.tr("One plane: tilt (degrees; -1 = |latitude|)"), -1.0, -1.0, 90.0),
            (self.AZIMUTH, self.tr("One plane: azimuth (degrees from north, clockwise)"), 0.0, 0.0, 360.0),
            (self.DC_AC_RATIO, self.tr("DC/AC ratio"), defaults.dc_ac_ratio, 0.5, 3.0),
            (self.LOSSES, self.tr("System losses (%)"), defaults.losses_percent, 0.0, 90.0),
            (self.TEMP_AIR, self.tr("Air temperature when not measured (°C)"), 25.0, -30.0, 60.0),
        ):
            parameter = QgsProcessingParameterNumber(name, label, compat.NUMBER_DOUBLE, default, minValue=minimum,
                                                     maxValue=maximum)
            self.addParameter(compat.set_advanced(parameter))

    def pv_parameters(self, parameters, context, feedback=None) -> PVParameters:
        """The PV system of the parameters; TILT and AZIMUTH only with the one-plane orientation."""
        orientation = ORIENTATION_OPTIONS[self.parameterAsEnum(parameters, self.ORIENTATION, context)]
        tilt = self.parameterAsDouble(parameters, self.TILT, context)
        azimuth = self.parameterAsDouble(parameters, self.AZIMUTH, context)
        common = {"dc_ac_ratio": self.parameterAsDouble(parameters, self.DC_AC_RATIO, context),
                  "losses_percent": self.parameterAsDouble(parameters, self.LOSSES, context)}
        if orientation is None:
            return PVParameters(orientation=None, tilt_deg=None if tilt < 0 else tilt, azimuth_deg=azimuth, **common)
        if feedback is not None and (tilt >= 0 or azimuth != 0):
            feedback.pushWarning(self.tr("TILT and AZIMUTH apply to the one-plane orientation only: ignored "
                                         "for the fleet {}.").format(orientation.name))
        return PVParameters(orientation=orientation, **common)

    def read_inputs(self, parameters, context, feedback, zones_layer, irradiance_layer, mode, start, end):
        """(zones, stations, series, capacity (Z,) or (Z, D), capacity days or None) from the layers."""
        from ...core.gd_aggregate import capacity_by_day
        from ...core.zone_generation import MODE_CLIMATOLOGY
        from ...geo.gd_zones import METHOD_LOCATION, GdFieldNames, membership
        from ...geo.zone_inputs import irradiance_points, irradiance_series, zone_id_field, zone_table

        id_field = zone_id_field(zones_layer, self.parameterAsString(parameters, self.ZONE_ID, context))
        capacity_field = self.parameterAsString(parameters, self.CAPACITY_FIELD, context) or None
        zones = zone_table(zones_layer, id_field, capacity_field, context)
        stations = irradiance_points(irradiance_layer, monthly=mode == MODE_CLIMATOLOGY)
        series = None
        if mode != MODE_CLIMATOLOGY:
            series_layer = self.parameterAsVectorLayer(parameters, self.IRRADIANCE_SERIES, context)
            if series_layer is None:
                raise NetLoadError("this irradiance mode needs IRRADIANCE_SERIES (the series table of "
                                   "download_irradiance)")
            series = irradiance_series(series_layer)
        capacity, capacity_days = zones["capacity_kw"].to_numpy(), None
        gd_layer = self.parameterAsVectorLayer(parameters, self.GD_UNITS, context)
        if gd_layer is not None:
            found = membership(gd_layer, zones_layer, METHOD_LOCATION, GdFieldNames(), None, context, feedback)
            capacity_days = np.arange(start, end + 1)
            capacity = capacity_by_day(found.units, len(zones), found.unit_index, found.zone_index, capacity_days)
            feedback.pushInfo(self.tr("Fleet by connection date: {} kW on {}, {} kW on {}.").format(
                round(float(capacity[:, 0].sum())), str(start), round(float(capacity[:, -1].sum())), str(end)))
        return zones, stations, series, capacity, capacity_days

    def calibrate(self, parameters, context, feedback, zones, result, model: dict) -> dict:
        """Apply CALIBRATION (if given) to ``result`` in place; the provenance of what was applied."""
        from ...core.calibration import apply_calibration, read_calibration, zone_areas

        path = self.parameterAsFile(parameters, self.CALIBRATION, context)
        if not path:
            return {"calibration": None}
        calibration = read_calibration(path)
        areas = zone_areas(zones["lat"].to_numpy(), zones["lon"].to_numpy(), zones["zone_id"].tolist())
        result.generation_kw, calibrated, uncalibrated = apply_calibration(result.generation_kw, areas, calibration)
        feedback.pushInfo(self.tr("Calibration {}: {}; {} zones calibrated.").format(
            path, calibration.describe(), calibrated))
        if uncalibrated:
            feedback.pushWarning(self.tr("{} zones lie in ONS areas the calibration has no factor for: they keep "
                                         "the physical model.").format(uncalibrated))
        differences = calibration.parameter_differences(model)
        if differences:
            feedback.pushWarning(self.tr("The calibration was fitted with other model parameters ({}): its "
                                         "factors may not suit this run.").format("; ".join(differences)))
        return {"calibration": {"file": str(path), "factors": calibration.factors,
                                "fitted_period": list(calibration.fitted_period), "reference": calibration.reference,
                                "zones_calibrated": calibrated, "zones_uncalibrated": uncalibrated}}

    def process(self, parameters, context, feedback):
        # pandas and the solar tables: imported when a run starts, not when QGIS lists the algorithms
        from ...core.zone_generation import MODE_CLIMATOLOGY, MONTH_FIELDS, estimate

        zones_layer = as_vector_layer(self, parameters, self.ZONES, context)
        irradiance_layer = as_vector_layer(self, parameters, self.IRRADIANCE, context)
        start = date_value(self, parameters, self.START, context)
        end = date_value(self, parameters, self.END, context)
        if start is None or end is None or end < start:
            raise QgsProcessingException(self.tr("START and END must be dates with START ≤ END."))
        store = store_request(self, parameters, context)  # checked before the work
        option = self.parameterAsEnum(parameters, self.IRRADIANCE_MODE, context)
        mode, method = core_mode(IRRADIANCE_MODES[option].id)
        step = (60, 30)[self.parameterAsEnum(parameters, self.STEP, context)]
        params = self.pv_parameters(parameters, context, feedback)
        temp_air = self.parameterAsDouble(parameters, self.TEMP_AIR, context)
        model = {**params.as_dict(), "temp_air_c": temp_air}
        zones, stations, series, capacity, capacity_days = self.read_inputs(
            parameters, context, feedback, zones_layer, irradiance_layer, mode, start, end)
        feedback.pushInfo(self.tr("Modelling {} zones, {} to {}, every {} min…").format(
            len(zones), str(start), str(end), step))
        result = estimate(
            zones["lat"].to_numpy(), zones["lon"].to_numpy(), capacity, str(start), str(end + 1), step, mode,
            stations["lat"].to_numpy(), stations["lon"].to_numpy(), stations["station"].tolist(), series,
            stations[list(MONTH_FIELDS)].to_numpy().T if mode == MODE_CLIMATOLOGY else None,
            method, self.parameterAsDouble(parameters, self.RADIUS_KM, context), params, temp_air,
            capacity_days, FeedbackProgress(feedback),
        )
        for note in result.notes:
            feedback.pushInfo(note)
        provenance = {"model": model, **self.calibrate(parameters, context, feedback, zones, result, model),
                      "plugin_version": plugin_version()}
        results = self.write_outputs(parameters, context, feedback, zones_layer, zones, result, step)
        results[self.PROVENANCE] = json.dumps(provenance, ensure_ascii=False, default=str)
        if store is not None:
            self.publish(store, parameters, context, feedback, zones, result)
        return results

    def publish(self, store, parameters, context, feedback, zones, result):
        """gd_generation into the store: the run's zones over its days replaced."""
        import pandas as pd

        from ...core.pg_store import Scope
        from ...core.store_layers import columns_of, definition
        from ...geo.postgis_publish import day, publish_tables, run_record

        first, last = (day(str(date_value(self, parameters, name, context))) for name in (self.START, self.END))
        zone_ids = zones["zone_id"].astype(str).tolist()
        after = pd.Timestamp(last, tz="UTC") + pd.Timedelta(days=1)
        scope = Scope(("zone_id",), zone_ids, (pd.Timestamp(first, tz="UTC"), after))
        record = run_record(self.ALGORITHM_ID, parameters, [], (first, last))
        table = (definition("gd_generation", columns_of(OUTPUT_COLUMNS), "zone_id"),
                 generation_chunks(zones["zone_id"].to_numpy(), result), scope, result.generation_kw.size)
        published = publish_tables(store, record, [table], FeedbackProgress(feedback))
        feedback.pushInfo(published.summary())

    def write_outputs(self, parameters, context, feedback, zones_layer, zones, result, step):
        from ...geo.gpkg_table import write_table_output

        feedback.pushInfo(self.tr("Writing {} rows…").format(result.generation_kw.size))
        chunks = generation_chunks(zones["zone_id"].to_numpy(), result)
        results = {self.OUTPUT: write_table_output(
            self, parameters, self.OUTPUT, context, chunks, OUTPUT_COLUMNS, FeedbackProgress(feedback),
            total_rows=result.generation_kw.size)}
        totals = zone_totals(result, step)
        missing = int(totals["missing_intervals"].sum())
        if missing:
            feedback.pushWarning(self.tr("{} daylight zone-intervals had no irradiance: their generation is "
                                         "NULL.").format(missing))
        # float64 sums: a float32 sum of a year of 15-minute values loses digits
        capacity_kwh = max(float(np.sum(np.broadcast_to(result.capacity_kw, result.generation_kw.shape),
                                        dtype=np.float64)), 1e-9)
        fleet_factor = float(np.nansum(result.generation_kw, dtype=np.float64)) / capacity_kwh
        feedback.pushInfo(self.tr("Total: {} MWh; fleet capacity factor {}.").format(
            format_number(totals["generation_mwh"].sum(), 1), format_number(fleet_factor, 4)))
        if parameters.get(self.OUTPUT_ZONES) is not None:
            zone_dest = self.write_zones(parameters, context, zones_layer, zones, totals)
            if zone_dest is not None:
                results[self.OUTPUT_ZONES] = zone_dest
        return results

    def write_zones(self, parameters, context, zones_layer, zones, totals):
        """The zones with their totals (:data:`ZONE_FIELDS`); the destination, or None without a sink."""
        fields = QgsFields(zones_layer.fields())
        for name in ZONE_FIELDS:
            if fields.indexOf(name) < 0:
                fields.append(make_field(name, "int64" if name == "missing_intervals" else "double"))
        zone_sink, zone_dest = self.parameterAsSink(parameters, self.OUTPUT_ZONES, context, fields,
                                                    zones_layer.wkbType(), zones_layer.crs())
        if zone_sink is None:
            return None
        by_fid = dict(zip(zones["fid"], range(len(zones))))
        for feature in zones_layer.getFeatures():
            index = by_fid[feature.id()]
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            values = dict(zip(zones_layer.fields().names(), feature.attributes()))
            values.update({name: optional_float(totals[name][index]) for name in ZONE_FIELDS})
            out.setAttributes([values.get(name) for name in fields.names()])
            zone_sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        return zone_dest


def generation_chunks(zone_ids, result, rows_per_chunk: int = 500_000):
    """The long table (zone, time) of a ZoneGeneration result, in DataFrames of whole time steps."""
    import pandas as pd

    n_times, n_zones = result.generation_kw.shape
    capacity = np.broadcast_to(result.capacity_kw, (n_times, n_zones))
    zone_ids = np.asarray(zone_ids, dtype=object)
    step = max(1, rows_per_chunk // max(n_zones, 1))
    for first in range(0, n_times, step):
        rows = slice(first, min(n_times, first + step))
        count = rows.stop - rows.start
        yield pd.DataFrame({
            "zone_id": np.tile(zone_ids, count),
            "time_utc": np.repeat(result.times[rows].astype("datetime64[ns]"), n_zones),
            "generation_mw": result.generation_kw[rows].ravel().astype(float) / 1000.0,
            "ghi_wm2": result.ghi_wm2[rows].ravel().astype(float),
            "capacity_kw": capacity[rows].ravel().astype(float),
        })


def zone_totals(result, step_minutes: int) -> dict:
    """Per-zone energy, mean capacity, capacity factor, peak and missing intervals."""
    hours = step_minutes / 60.0
    generation = result.generation_kw.astype(float)
    capacity = np.broadcast_to(result.capacity_kw, generation.shape).astype(float)
    missing = np.isnan(generation)
    mean_capacity = capacity.mean(axis=0)
    mean_generation = np.nanmean(np.where(missing, np.nan, generation), axis=0) if generation.size else np.zeros(0)
    with np.errstate(invalid="ignore", divide="ignore"):
        factor = np.where(mean_capacity > 0, mean_generation / mean_capacity, np.nan)
    return {
        "generation_mwh": np.nansum(generation, axis=0) * hours / 1000.0,
        "mean_capacity_kw": mean_capacity,
        "capacity_factor": factor,
        "peak_generation_mw": np.nanmax(np.where(missing, -np.inf, generation), axis=0) / 1000.0,
        "missing_intervals": missing.sum(axis=0),
    }
