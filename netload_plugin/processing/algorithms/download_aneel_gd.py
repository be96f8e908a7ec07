"""``netload:download_aneel_gd`` — ANEEL's distributed-generation registry as a clean point layer."""

from pathlib import Path

from qgis.core import QgsProcessingParameterNumber, QgsProcessingParameterString

from ... import compat
from ...core.errors import NetLoadError
from ._aneel_download import AneelDownloadAlgorithm
from ._store import add_store_parameters, store_request


class DownloadAneelGd(AneelDownloadAlgorithm):
    ALGORITHM_ID = "download_aneel_gd"

    GENERATION_TYPES = "GENERATION_TYPES"
    MAX_DISTANCE_KM = "MAX_DISTANCE_KM"

    URL_SETTING = "aneel_gd"
    TABLE = "gd_units"
    SOURCE_LABEL = "ANEEL GD registry"
    DOWNLOAD_SHARE = 0.3

    def displayName(self) -> str:
        return self.tr("Download ANEEL distributed generation (GD) registry")

    def url_description(self) -> str:
        return self.tr("Registry URL or file (.csv or .zip)")

    def output_description(self) -> str:
        return self.tr("GD units")

    def add_filter_parameters(self) -> None:
        self.addParameter(QgsProcessingParameterString(self.GENERATION_TYPES, self.tr(
            "Generation types (UFV, UTE, CGH, EOL; empty = all)"), optional=True))
        self.addParameter(compat.set_advanced(QgsProcessingParameterNumber(self.MAX_DISTANCE_KM, self.tr(
            "Maximum distance from the municipality (km)"), compat.NUMBER_DOUBLE,
            defaultValue=50.0, minValue=0.0)))

    def parser_module(self):
        from ...core import aneel_gd

        return aneel_gd

    def initAlgorithm(self, config=None):
        super().initAlgorithm(config)
        add_store_parameters(self)

    def process(self, parameters, context, feedback):
        store = store_request(self, parameters, context)  # checked before the download
        results = super().process(parameters, context, feedback)
        if store is not None:
            self.publish(store, parameters, context, feedback, results[self.OUTPUT])
        return results

    def publish(self, store, parameters, context, feedback, output):
        """The registry into the store as a new snapshot of its states (gd_snapshots, gd_changes)."""
        from ...core.ibge import parse_uf_list
        from ...geo.feedback import FeedbackProgress
        from ...geo.postgis_publish import publish_gpkg_layer, run_record

        gpkg = Path(str(output).split("|")[0])
        if gpkg.suffix.lower() != ".gpkg":
            raise NetLoadError(self.tr("STORE needs OUTPUT as a GeoPackage (.gpkg): it is published from there."))
        url = self.parameterAsString(parameters, self.URL, context)
        states = parse_uf_list(self.parameterAsString(parameters, self.STATES, context))
        record = run_record(self.ALGORITHM_ID, parameters, [("gd_units", url)], states=states,
                            region=f"states:{','.join(states)}" if states else "states:all")
        published = publish_gpkg_layer(store, record, gpkg, self.TABLE, FeedbackProgress(feedback))
        feedback.pushInfo(published.summary())

    def make_parser(self, stream, name, size, states, parameters, context, progress):
        from ...core import aneel_gd

        kinds = [k.strip() for k in self.parameterAsString(parameters, self.GENERATION_TYPES, context).split(",")]
        return aneel_gd.GdParser(
            stream, name, states=states, generation_types=[k for k in kinds if k],
            max_distance_km=self.parameterAsDouble(parameters, self.MAX_DISTANCE_KM, context),
            total_bytes=size, progress=progress)
