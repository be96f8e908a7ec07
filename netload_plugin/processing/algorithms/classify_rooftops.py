"""``netload:classify_rooftops``: probability of rooftop PV per building, from imagery and an ONNX model."""

from array import array

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsDistanceArea,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from ... import compat
from ...about import PLUGIN_DIR
from ...compat import make_field
from ...core.onnx_runtime import RooftopModel
from ...core.progress import Progress
from ...core.rooftop_estimate import DEFAULT_KWP_PER_M2, DEFAULT_PV_AREA_FRACTION, is_coarse, pv_capacity_kwp
from ...geo.feedback import FeedbackProgress
from ..base import GROUP_ROOFTOPS, NetLoadAlgorithm

BUNDLED_MODEL = PLUGIN_DIR / "models" / "rooftop_pv.onnx"
OUTPUT_FIELDS = (("pv_probability", "double"), ("has_pv", "bool"), ("roof_area_m2", "double"),
                 ("pv_kwp_est", "double"), ("status", "string"))  # appended to the buildings' own fields


class ClassifyRooftops(NetLoadAlgorithm):
    ALGORITHM_ID = "classify_rooftops"
    GROUP = GROUP_ROOFTOPS
    GDAL_EXCEPTIONS = True  # the raster/imagery code expects GDAL to raise

    def displayName(self):
        return self.tr("Classify rooftops (PV)")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "BUILDINGS", self.tr("Buildings"), [compat.SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterRasterLayer("RASTER", self.tr("Imagery (RGB)")))
        for parameter in (  # the model and the capacity estimate's assumptions: expert knobs
            QgsProcessingParameterFile(
                "MODEL", self.tr("ONNX model (empty: bundled model)"), extension="onnx", optional=True),
            QgsProcessingParameterNumber(
                "THRESHOLD", self.tr("Threshold (empty: model's own)"), compat.NUMBER_DOUBLE,
                None, optional=True, minValue=0.0, maxValue=1.0),
            QgsProcessingParameterNumber(
                "BATCH_SIZE", self.tr("Batch size"), compat.NUMBER_INTEGER, 64, minValue=1, maxValue=4096),
            QgsProcessingParameterNumber(
                "PV_AREA_FRACTION", self.tr("Share of roof area covered by PV"), compat.NUMBER_DOUBLE,
                DEFAULT_PV_AREA_FRACTION, minValue=0.0, maxValue=1.0),
            QgsProcessingParameterNumber(
                "KWP_PER_M2", self.tr("Module power density (kWp/m²)"), compat.NUMBER_DOUBLE,
                DEFAULT_KWP_PER_M2, minValue=0.0, maxValue=1.0),
        ):
            self.addParameter(compat.set_advanced(parameter))
        self.addParameter(QgsProcessingParameterCrs(
            "OUTPUT_CRS", self.tr("Output CRS"), QgsCoordinateReferenceSystem("EPSG:4674"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Rooftops"), compat.SOURCE_POLYGON))

    def process(self, parameters, context, feedback):
        """Load the model, score every roof streaming the raster, then write the output in one go."""
        from ...geo.roof_scores import score_points

        progress = FeedbackProgress(feedback)
        buildings = self.parameterAsSource(parameters, "BUILDINGS", context)
        model, threshold = self._load_model(parameters, context, feedback)
        raster, screening = self._open_raster(parameters, context, model.contract, feedback)
        try:
            fids, xs, ys = _roof_centres(buildings, raster.crs_wkt, context, progress.scaled(0.0, 0.1))
            scores = score_points(raster, model, xs, ys, self.parameterAsInt(parameters, "BATCH_SIZE", context),
                                  progress.scaled(0.1, 0.9))
        finally:  # a cancel or an error too: nothing has been written yet, the earlier output stays as it was
            raster.close()
        # From here on the sink replaces any earlier output: the (short) write is not interrupted,
        # so that a cancel never leaves a half-written file.
        dest_id = self._write_roofs(parameters, context, buildings, _FidIndex(fids), scores, threshold,
                                    progress.scaled(0.9, 1.0))
        return self._report(feedback, scores, threshold, screening, dest_id)

    def _load_model(self, parameters, context, feedback):
        """The ONNX model (its contract checked) and the threshold to apply."""
        model_path = self.parameterAsFile(parameters, "MODEL", context) or str(BUNDLED_MODEL)
        model = RooftopModel(model_path)
        contract = model.contract
        threshold = contract.threshold
        if parameters.get("THRESHOLD") not in (None, ""):
            threshold = self.parameterAsDouble(parameters, "THRESHOLD", context)
        feedback.pushInfo(self.tr("Model {} (version {}, trained on {}): {} px chips at {} m, threshold {}").format(
            model_path, contract.model_version, contract.trained_on, contract.chip_size_px, contract.gsd_m, threshold))
        return model, threshold

    def _open_raster(self, parameters, context, contract, feedback):
        """The raster seen on the model's grid, and whether it is too coarse for more than screening."""
        raster_layer = self.parameterAsRasterLayer(parameters, "RASTER", context)
        from ...geo.raster_chips import ChipRaster

        raster = ChipRaster(raster_layer.source(), contract.gsd_m, contract.chip_size_px)
        screening = is_coarse(raster.source_gsd_m, contract.gsd_m)
        if screening:
            feedback.reportError(self.tr(
                "WARNING — SCREENING ONLY: the raster's pixels are {:.2f} m but the model expects {} m. Chips "
                "are enlarged to the model's resolution, but detail that the imagery lacks cannot be recovered: "
                "treat pv_probability as a screening hint, not a detection.").format(
                    raster.source_gsd_m, contract.gsd_m), fatalError=False)
        return raster, screening

    def _write_roofs(self, parameters, context, buildings, fid_index, scores, threshold, progress) -> str:
        """Every building with its score, read a second time and written straight to the sink."""
        output_crs = self.parameterAsCrs(parameters, "OUTPUT_CRS", context)
        if not output_crs.isValid():
            output_crs = QgsCoordinateReferenceSystem("EPSG:4674")
        fields = QgsFields()
        for name, kind in OUTPUT_FIELDS:
            fields.append(make_field(name, kind))
        out_fields = QgsProcessingUtils.combineFields(buildings.fields(), fields)
        sink, dest_id = self.parameterAsSink(parameters, "OUTPUT", context, out_fields,
                                             QgsWkbTypes.multiType(buildings.wkbType()), output_crs)
        values = _RoofValues(scores, threshold, self.parameterAsDouble(parameters, "PV_AREA_FRACTION", context),
                             self.parameterAsDouble(parameters, "KWP_PER_M2", context))
        to_output = QgsCoordinateTransform(buildings.sourceCrs(), output_crs, context.transformContext())
        area = _area_measure(buildings.sourceCrs(), context)
        for number, feature in enumerate(buildings.getFeatures()):
            index = fid_index.position(feature.id(), number)
            if index is None:
                raise QgsProcessingException(self.tr(
                    "Building {} was added to BUILDINGS while it was being classified: run again").format(feature.id()))
            geometry = feature.geometry()
            roof_area = None
            if not geometry.isNull() and not geometry.isEmpty():
                roof_area = area.measureArea(geometry)
                geometry.convertToMultiType()
                geometry.transform(to_output)
                feature.setGeometry(geometry)
            feature.setAttributes(feature.attributes() + values.of(index, roof_area))
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            if number % 1000 == 0:
                progress.set_fraction(number / len(scores.status))
        return dest_id

    def _report(self, feedback, scores, threshold, screening, dest_id) -> dict:
        counts = scores.counts()
        classified = counts.get("classified", 0)
        skipped = len(scores.status) - classified
        if skipped:
            feedback.pushWarning(self.tr("{} of {} buildings not classified: {}").format(
                skipped, len(scores.status),
                ", ".join(f"{k} {v}" for k, v in sorted(counts.items()) if k != "classified")))
        scored = scores.probabilities[~np.isnan(scores.probabilities)]
        with_pv = int(np.sum(scored >= threshold))
        feedback.pushInfo(self.tr("{} roofs classified, {} with PV").format(classified, with_pv))
        feedback.setProgress(100)
        return {
            "OUTPUT": dest_id, "CLASSIFIED": classified, "WITH_PV": with_pv,
            "OUTSIDE_RASTER": counts.get("outside_raster", 0), "NOT_CLASSIFIED": skipped,
            "SCREENING_ONLY": screening, "THRESHOLD": threshold,
        }


class _RoofValues:
    """The output values of each roof: its probability, has_pv by the threshold, pv_kwp_est, status.

    Turned into Python lists once, so that writing a roof only picks values (None where not scored).
    """

    def __init__(self, scores, threshold: float, pv_area_fraction: float, kwp_per_m2: float):
        scored = ~np.isnan(scores.probabilities)
        self.probability = np.where(scored, scores.probabilities, None).tolist()
        self.has_pv = np.where(scored, scores.probabilities >= threshold, None).tolist()
        self.status = scores.status_texts()
        self.fraction, self.kwp_per_m2 = pv_area_fraction, kwp_per_m2

    def of(self, index: int, roof_area) -> list:
        """pv_probability, has_pv, roof_area_m2, pv_kwp_est, status of roof ``index``."""
        has_pv = self.has_pv[index]
        kwp = None if has_pv is None else pv_capacity_kwp(roof_area or 0.0, has_pv, self.fraction, self.kwp_per_m2)
        return [self.probability[index], has_pv, roof_area, kwp, self.status[index]]


class _FidIndex:
    """Where each building of the second read sat in the first one (the same place, unless the
    provider returns features in another order; then found by feature id)."""

    def __init__(self, fids: np.ndarray):
        self._fids = fids.tolist()
        self._by_fid = None

    def position(self, fid: int, number: int):
        """Position in the first read of the ``number``-th feature of the second; None if unseen."""
        if number < len(self._fids) and self._fids[number] == fid:
            return number
        if self._by_fid is None:
            self._by_fid = {value: position for position, value in enumerate(self._fids)}
        return self._by_fid.get(fid)


def _area_measure(crs, context) -> QgsDistanceArea:
    """Ellipsoidal areas in m² (the project's ellipsoid, else GRS 80)."""
    area = QgsDistanceArea()
    area.setSourceCrs(crs, context.transformContext())
    ellipsoid = context.ellipsoid()
    area.setEllipsoid(ellipsoid if ellipsoid and ellipsoid.upper() != "NONE" else "EPSG:7019")  # GRS 80
    return area


def _roof_centres(buildings, raster_crs_wkt: str, context, progress: Progress):
    """Feature id and centroid (in the raster CRS; NaN when it has none) of every building.

    Only three flat arrays are kept — not the features — so the memory is 24 bytes a roof.
    """
    to_raster = QgsCoordinateTransform(buildings.sourceCrs(), QgsCoordinateReferenceSystem.fromWkt(raster_crs_wkt),
                                       context.transformContext())
    fids, xs, ys = array("q"), array("d"), array("d")
    total = buildings.featureCount() or 1
    for number, feature in enumerate(buildings.getFeatures(QgsFeatureRequest().setNoAttributes())):
        geometry = feature.geometry()
        x = y = float("nan")
        if not geometry.isNull() and not geometry.isEmpty():
            try:
                point = to_raster.transform(geometry.centroid().asPoint())
                x, y = point.x(), point.y()
            except QgsCsException:  # a roof the raster CRS cannot express lies outside it
                pass
        fids.append(feature.id())
        xs.append(x)
        ys.append(y)
        if number % 1000 == 0:
            progress.check_cancelled()
            progress.set_fraction(number / total)
    return np.frombuffer(fids, dtype=np.int64), np.frombuffer(xs), np.frombuffer(ys)
