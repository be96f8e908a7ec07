"""``netload:download_aneel_siga`` — ANEEL's SIGA generation plants as a clean point layer."""

from ._aneel_download import AneelDownloadAlgorithm


class DownloadAneelSiga(AneelDownloadAlgorithm):
    ALGORITHM_ID = "download_aneel_siga"

    URL_SETTING = "aneel_siga"
    TABLE = "siga_plants"
    SOURCE_LABEL = "ANEEL SIGA"

    def displayName(self) -> str:
        return self.tr("Download ANEEL SIGA generation plants")

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
