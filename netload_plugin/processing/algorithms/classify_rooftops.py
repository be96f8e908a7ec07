"""``netload:classify_rooftops``: probability of rooftop PV per building, from imagery and an ONNX model."""

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from ...about import PLUGIN_DIR
from ...compat import make_field
from ...core.progress import Progress
from ...core.onnx_runtime import RooftopModel
from ...core.rooftop_estimate import DEFAULT_KWP_PER_M2, DEFAULT_PV_AREA_FRACTION, is_coarse, pv_capacity_kwp
from ...geo.feedback import FeedbackProgress
from ..base import GROUP_ROOFTOPS, NetLoadAlgorithm
from ... import compat

BUNDLED_MODEL = PLUGIN_DIR / "models" / "rooftop_pv.onnx"
NODATA_LIMIT = 0.5


class ClassifyRooftops(NetLoadAlgorithm):
    ALGORITHM_ID = "classify_rooftops"
    GROUP = GROUP_ROOFTOPS

    def displayName(self):  # noqa: N802
        return self.tr("Classify rooftops (PV)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Estimates for every building polygon the probability that its roof carries a PV array, with an "
            "ONNX image classifier. A chip is cut around each roof centroid (in the raster's CRS), resampled "
            "to the model's ground sample distance and chip size as the model's metadata declares, and scored "
            "in batches.\n\n"
            "BUILDINGS: building polygons, any CRS.\n"
            "RASTER: RGB imagery (bands 1, 2, 3 = R, G, B, 8 bit), any CRS and resolution. A raster much "
            "coarser than the model expects (more than twice its GSD, e.g. CBERS-4A 2 m against the bundled "
            "0.3 m model) runs with a warning: the result is screening only.\n"
            "MODEL: ONNX file following the NetLoad model contract (models/README.md); empty = the bundled "
            "model (trained on 0.3 m USGS aerial imagery of Fresno, California).\n"
            "THRESHOLD: probability at or above which has_pv is true; empty = the model's own threshold.\n"
            "BATCH_SIZE: chips per inference call.\n"
            "PV_AREA_FRACTION (default 0.25) and KWP_PER_M2 (default 0.20): assumptions of the capacity "
            "estimate pv_kwp_est = roof_area_m2 × PV_AREA_FRACTION × KWP_PER_M2 for roofs with PV "
            "(NREL/TP-6A20-65298: ~26 % of small-building roof area suitable; ~20 % efficient modules).\n"
            "OUTPUT_CRS: CRS of the output layer (default EPSG:4674, SIRGAS 2000).\n\n"
            "OUTPUT: the buildings with their fields plus pv_probability (0..1), has_pv, roof_area_m2 "
            "(ellipsoidal), pv_kwp_est (kWp), status: classified; outside_raster (centroid outside the "
            "raster); chip_clipped (chip crosses the raster edge); no_data (more than half the chip is no "
            "data). Unclassified buildings keep empty probability, has_pv and pv_kwp_est and are counted "
            "in the log: they are not guessed.\n\n"
            "Cancel stops the run between batches. The output is created only once every roof is scored, "
            "so a cancelled run writes nothing and leaves an earlier output intact.\n\n"
            "Needs the Python package onnxruntime (see 'Install optional dependencies')."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            "BUILDINGS", self.tr("Buildings"), [compat.SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterRasterLayer("RASTER", self.tr("Imagery (RGB)")))
        self.addParameter(QgsProcessingParameterFile(
            "MODEL", self.tr("ONNX model (empty: bundled model)"), extension="onnx", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "THRESHOLD", self.tr("Threshold (empty: model's own)"), compat.NUMBER_DOUBLE,
            None, optional=True, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            "BATCH_SIZE", self.tr("Batch size"), compat.NUMBER_INTEGER, 64, minValue=1, maxValue=4096))
        self.addParameter(QgsProcessingParameterNumber(
            "PV_AREA_FRACTION", self.tr("Share of roof area covered by PV"), compat.NUMBER_DOUBLE,
            DEFAULT_PV_AREA_FRACTION, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            "KWP_PER_M2", self.tr("Module power density (kWp/m²)"), compat.NUMBER_DOUBLE,
            DEFAULT_KWP_PER_M2, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterCrs(
            "OUTPUT_CRS", self.tr("Output CRS"), QgsCoordinateReferenceSystem("EPSG:4674"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Rooftops"), compat.SOURCE_POLYGON))

    def process(self, parameters, context, feedback):
        # geo.raster_chips sets gdal.UseExceptions(), which imports osgeo.gdal_array on GDAL >= 3.7: run time only
        from ...geo.raster_chips import STATUS_CLIPPED, STATUS_OK, STATUS_OUTSIDE, ChipRaster

        status_names = {STATUS_OK: "classified", STATUS_OUTSIDE: "outside_raster", STATUS_CLIPPED: "chip_clipped"}
        progress = FeedbackProgress(feedback)
        buildings = self.parameterAsSource(parameters, "BUILDINGS", context)
        raster_layer = self.parameterAsRasterLayer(parameters, "RASTER", context)
        model_path = self.parameterAsFile(parameters, "MODEL", context) or str(BUNDLED_MODEL)
        model = RooftopModel(model_path)
        contract = model.contract
        threshold = contract.threshold
        if parameters.get("THRESHOLD") not in (None, ""):
            threshold = self.parameterAsDouble(parameters, "THRESHOLD", context)
        raster = ChipRaster(raster_layer.source(), contract.gsd_m, contract.chip_size_px)
        feedback.pushInfo(self.tr("Model {} (version {}, trained on {}): {} px chips at {} m, threshold {}").format(
            model_path, contract.model_version, contract.trained_on, contract.chip_size_px, contract.gsd_m, threshold))
        screening = is_coarse(raster.source_gsd_m, contract.gsd_m)
        if screening:
            feedback.reportError(self.tr(
                "WARNING — SCREENING ONLY: the raster's pixels are {:.2f} m but the model expects {} m. Chips "
                "are enlarged to the model's resolution, but detail that the imagery lacks cannot be recovered: "
                "treat pv_probability as a screening hint, not a detection.").format(raster.source_gsd_m, contract.gsd_m),
                fatalError=False)

        output_crs = self.parameterAsCrs(parameters, "OUTPUT_CRS", context)
        if not output_crs.isValid():
            output_crs = QgsCoordinateReferenceSystem("EPSG:4674")
        to_raster = QgsCoordinateTransform(buildings.sourceCrs(), QgsCoordinateReferenceSystem.fromWkt(raster.crs_wkt),
                                           context.transformContext())
        to_output = QgsCoordinateTransform(buildings.sourceCrs(), output_crs, context.transformContext())
        area = QgsDistanceArea()
        area.setSourceCrs(buildings.sourceCrs(), context.transformContext())
        ellipsoid = context.ellipsoid()
        area.setEllipsoid(ellipsoid if ellipsoid and ellipsoid.upper() != "NONE" else "EPSG:7019")  # GRS 80

        batch_size = self.parameterAsInt(parameters, "BATCH_SIZE", context)
        try:
            features, xs, ys, areas = _roof_centroids(buildings, to_raster, area, feedback, progress)
            columns, rows = raster.grid_positions(np.asarray(xs, dtype=float), np.asarray(ys, dtype=float))
            status = raster.chip_status(np.nan_to_num(columns, nan=-1e9), np.nan_to_num(rows, nan=-1e9))
            status_text = np.array([status_names[s] for s in status], dtype=object)
            probabilities = np.full(len(features), np.nan)
            to_classify = np.flatnonzero(status == STATUS_OK)
            done = 0
            for batch in raster.batches(to_classify, columns, rows, batch_size, progress):
                usable = batch.nodata_fraction <= NODATA_LIMIT
                status_text[batch.indices[~usable]] = "no_data"
                if usable.any():
                    probabilities[batch.indices[usable]] = model.predict(batch.chips[usable])
                done += len(batch.indices)
                feedback.setProgress(10.0 + 80.0 * done / max(len(to_classify), 1))
                progress.check_cancelled()  # between batches: one raster block may hold thousands of roofs
        finally:  # a cancel or an error too: nothing has been written yet, the earlier output stays as it was
            raster.close()

        # From here on the sink replaces any earlier output: the (short) write is not interrupted,
        # so that a cancel never leaves a half-written file.
        fields = QgsFields()
        for name, kind in (("pv_probability", "double"), ("has_pv", "bool"), ("roof_area_m2", "double"),
                           ("pv_kwp_est", "double"), ("status", "string")):
            fields.append(make_field(name, kind))
        out_fields = QgsProcessingUtils.combineFields(buildings.fields(), fields)
        sink, dest_id = self.parameterAsSink(parameters, "OUTPUT", context, out_fields,
                                             QgsWkbTypes.multiType(buildings.wkbType()), output_crs)
        fraction = self.parameterAsDouble(parameters, "PV_AREA_FRACTION", context)
        kwp_per_m2 = self.parameterAsDouble(parameters, "KWP_PER_M2", context)
        counts = {}
        for index, feature in enumerate(features):
            probability = probabilities[index]
            label = status_text[index]
            counts[label] = counts.get(label, 0) + 1
            has_pv = None if np.isnan(probability) else bool(probability >= threshold)
            out = QgsFeature(out_fields)
            geometry = feature.geometry()
            if not geometry.isNull():
                geometry.convertToMultiType()
                geometry.transform(to_output)
            out.setGeometry(geometry)
            out.setAttributes(feature.attributes() + [
                None if has_pv is None else float(probability),
                has_pv,
                areas[index],
                None if has_pv is None else pv_capacity_kwp(areas[index] or 0.0, has_pv, fraction, kwp_per_m2),
                label,
            ])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            if index % 1000 == 0:
                feedback.setProgress(90.0 + 10.0 * index / max(len(features), 1))
        skipped = len(features) - counts.get("classified", 0)
        if skipped:
            feedback.pushWarning(self.tr("{} of {} buildings not classified: {}").format(
                skipped, len(features), ", ".join(f"{k} {v}" for k, v in sorted(counts.items()) if k != "classified")))
        with_pv = int(np.sum(probabilities[~np.isnan(probabilities)] >= threshold))
        feedback.pushInfo(self.tr("{} roofs classified, {} with PV").format(counts.get("classified", 0), with_pv))
        return {
            "OUTPUT": dest_id, "CLASSIFIED": counts.get("classified", 0), "WITH_PV": with_pv,
            "OUTSIDE_RASTER": counts.get("outside_raster", 0), "NOT_CLASSIFIED": skipped,
            "SCREENING_ONLY": screening, "THRESHOLD": threshold,
        }


def _roof_centroids(buildings, to_raster, area, feedback, progress: Progress):
    """Every building with its centroid in the raster CRS (NaN when it has none) and its area in m²."""
    features, xs, ys, areas = [], [], [], []
    total = buildings.featureCount() or 1
    for number, feature in enumerate(buildings.getFeatures()):
        progress.check_cancelled()
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            centroid_x = centroid_y = float("nan")
            roof_area = None
        else:
            centroid = geometry.centroid().asPoint()
            try:
                point = to_raster.transform(centroid)
                centroid_x, centroid_y = point.x(), point.y()
            except Exception:  # QgsCsException: a roof the raster CRS cannot express lies outside it
                centroid_x = centroid_y = float("nan")
            roof_area = area.measureArea(geometry)
        features.append(feature)
        xs.append(centroid_x)
        ys.append(centroid_y)
        areas.append(roof_area)
        if number % 1000 == 0:
            feedback.setProgress(10.0 * number / total)
    return features, xs, ys, areas
