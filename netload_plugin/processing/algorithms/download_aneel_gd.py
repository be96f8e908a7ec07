"""``netload:download_aneel_gd`` — ANEEL's distributed-generation registry as a clean point layer."""

from pathlib import Path

from qgis.core import QgsProcessingParameterNumber, QgsProcessingParameterString

from ... import compat
from ...core.errors import NetLoadError
from ._aneel_download import AneelDownloadAlgorithm
from ._store import add_store_parameters, store_help, store_request


class DownloadAneelGd(AneelDownloadAlgorithm):
    ALGORITHM_ID = "download_aneel_gd"

    GENERATION_TYPES = "GENERATION_TYPES"
    MAX_DISTANCE_KM = "MAX_DISTANCE_KM"

    URL_SETTING = "aneel_gd"
    TABLE = "gd_units"
    SOURCE_LABEL = "ANEEL GD registry"
    DOWNLOAD_SHARE = 0.3

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Download ANEEL distributed generation (GD) registry")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Downloads ANEEL's registry of micro and mini distributed generation units (about 4 million rows) "
            "and writes them as points in SIRGAS 2000 (EPSG:4674). The file is streamed and cleaned in chunks; "
            "it is never held whole in memory.\n\n"
            "<b>Parameters</b>\n"
            "URL: the registry CSV or ZIP (default: ANEEL's open-data resource); an http(s) URL, a local path or "
            "a file:// URL. Downloads are cached and resumed.\n"
            "STATES: optional comma-separated state letters (e.g. PR,SC,RS); empty = all of Brazil.\n"
            "GENERATION_TYPES: optional comma-separated SigTipoGeracao codes (UFV solar, UTE thermal, CGH hydro, "
            "EOL wind); empty = all.\n"
            "MAX_DISTANCE_KM: a unit farther than this from its municipality's centroid (default 50 km), or outside "
            "Brazil, is placed at the centroid.\n"
            "REFRESH: download again even if a validated copy is cached.\n"
            "OUTPUT: the point layer (GeoPackage written by a fast bulk writer with its spatial index; other "
            "formats are converted from it).\n"
            "REJECTED: optional table of the rows that could not be used, with line_number (physical line in the "
            "file) and reason; a field is kept only when its text has the shape of its column (a code, a date, a "
            "number), and a row whose fields moved to other columns keeps only its line and reason, so no "
            "personal data reaches it. OUTPUT and REJECTED are replaced only when the whole file was read: a "
            "failed or cancelled run leaves earlier ones as they were.\n\n"
            "<b>Output fields</b>\n"
            "unit_id (CodEmpreendimento), uf, ibge_code (7 digits; 6-digit codes completed with the IBGE check "
            "digit), municipality, consumer_class, modality, generation_type, source, size_class, capacity_kw "
            "(installed inverter capacity, kW), connected_on (date, from DthAtualizaCadastralEmpreend; 1900 "
            "sentinels are NULL), distributor, substation, geom_source (registry, repaired_decimal: the lost "
            "decimal comma was restored, municipality_centroid).\n\n"
            "Exact duplicate rows are dropped and counted. Holder names, CPF/CNPJ and postal codes are never "
            "read into any output. The log ends with a summary of rows read, kept, repaired and rejected."
        ) + store_help()

    def url_description(self) -> str:
        return self.tr("Registry URL or file (.csv or .zip)")

    def output_description(self) -> str:
        return self.tr("GD units")

    def add_filter_parameters(self) -> None:
        self.addParameter(QgsProcessingParameterString(self.GENERATION_TYPES, self.tr(
            "Generation types (UFV, UTE, CGH, EOL; empty = all)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(self.MAX_DISTANCE_KM, self.tr(
            "Maximum distance from the municipality (km)"), compat.NUMBER_DOUBLE,
            defaultValue=50.0, minValue=0.0))

    def parser_module(self):
        from ...core import aneel_gd

        return aneel_gd

    def initAlgorithm(self, config=None):  # noqa: N802
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
