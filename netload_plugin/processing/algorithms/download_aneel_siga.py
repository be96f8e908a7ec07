"""``netload:download_aneel_siga`` — ANEEL's SIGA generation plants as a clean point layer."""

from ._aneel_download import AneelDownloadAlgorithm


class DownloadAneelSiga(AneelDownloadAlgorithm):
    ALGORITHM_ID = "download_aneel_siga"

    URL_SETTING = "aneel_siga"
    TABLE = "siga_plants"
    SOURCE_LABEL = "ANEEL SIGA"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Download ANEEL SIGA generation plants")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Downloads ANEEL's SIGA table of generation plants (about 25,000 rows) and writes them as points in "
            "SIRGAS 2000 (EPSG:4674).\n\n"
            "<b>Parameters</b>\n"
            "URL: the SIGA CSV or a ZIP holding it (default: ANEEL's monthly open-data resource); http(s), local "
            "path or file:// URL.\n"
            "STATES: optional comma-separated state letters (e.g. PR,SC,RS); empty = all.\n"
            "REFRESH: download again even if a validated copy is cached.\n"
            "OUTPUT: the point layer (GeoPackage by default).\n"
            "REJECTED: optional table of unusable rows with line_number and reason (fields only where their text "
            "has the shape of their column). OUTPUT and REJECTED are replaced only when the whole file was read.\n\n"
            "<b>Output fields</b>\n"
            "ceg (CodCEG), name (HTML-entity damage such as J&amp;amp-F repaired), uf, generation_type "
            "(UHE, PCH, CGH, UTE, EOL, UFV, UTN…), phase, fuel_source, capacity_kw (granted capacity, kW), "
            "started_on (date of commercial operation; 1900 sentinels are NULL), municipalities (ANEEL's text, "
            "possibly several), geom_source (registry or municipality_centroid).\n\n"
            "Rows repeating a CEG (they differ only in the grant type) are kept once and counted."
        )

    def url_description(self) -> str:
        return self.tr("SIGA URL or file (.csv or .zip)")

    def output_description(self) -> str:
        return self.tr("SIGA plants")

    def parser_module(self):
        from ...core import aneel_siga

        return aneel_siga

    def make_parser(self, stream, name, size, states, parameters, context, progress):
        from ...core import aneel_siga

        return aneel_siga.SigaParser(stream, name, states=states, total_bytes=size, progress=progress)
