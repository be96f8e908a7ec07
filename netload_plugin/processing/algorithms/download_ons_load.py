"""``netload:download_ons_load`` — ONS load (carga verificada API or curva de carga CSV) as a table.

pandas-based modules are imported inside ``process`` so that registering the provider
(every QGIS start, every ``qgis_process`` call) stays cheap.
"""

from qgis.core import (
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
)

from ... import compat
from ...core.definitions import ONS_DATASETS
from ...core.errors import NetLoadError
from ...geo.feedback import FeedbackProgress
from ...geo.settings import source_url
from ...translation import option_labels
from ..base import GROUP_SOURCES, NetLoadAlgorithm

LOAD_FIELDS = {
    "area": "string", "time_utc": "datetime", "interval_s": "int", "load_mw": "double", "net_load_mw": "double",
    "mmgd_mw": "double", "supervised_mw": "double", "unsupervised_mw": "double", "updated_at": "datetime",
    "dataset": "string", "quality": "string",
}


def parameter_date(algorithm, parameters, name, context):
    """A date parameter as ``datetime.date`` (accepts QDate/QDateTime and 'YYYY-MM-DD' from qgis_process)."""
    value = algorithm.parameterAsDateTime(parameters, name, context)
    if not value.isValid():
        raise NetLoadError(f"{name}: not a date (use YYYY-MM-DD).")
    return value.date().toPyDate()


class DownloadOnsLoad(NetLoadAlgorithm):
    ALGORITHM_ID = "download_ons_load"
    GROUP = GROUP_SOURCES

    DATASET = "DATASET"
    AREAS = "AREAS"
    START = "START"
    END = "END"
    URL = "URL"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:
        return self.tr("Download ONS load (carga verificada / curva de carga)")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterEnum(
            self.DATASET, self.tr("Dataset"),
            options=option_labels(ONS_DATASETS), defaultValue=0))
        self.addParameter(QgsProcessingParameterString(self.AREAS, self.tr("Load areas"), defaultValue="SECO,S,NE,N"))
        self.addParameter(QgsProcessingParameterDateTime(
            self.START, self.tr("First day"), type=compat.DATETIME_DATE))
        self.addParameter(QgsProcessingParameterDateTime(
            self.END, self.tr("Last day"), type=compat.DATETIME_DATE))
        self.addParameter(compat.set_advanced(QgsProcessingParameterString(
            self.URL, self.tr("Service URL or CSV template (empty = ONS)"), defaultValue="", optional=True)))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT, self.tr("ONS load"), type=compat.SOURCE_TABLE))

    def process(self, parameters, context, feedback):
        from ...core import ons_load
        from ...geo.gpkg_table import write_table_output
        from ...geo.network import qgis_network_settings
        from ...net import ons
        from ...net.cli import check_period
        from ...net.session import HttpSession

        progress = FeedbackProgress(feedback)
        dataset = ONS_DATASETS[self.parameterAsEnum(parameters, self.DATASET, context)].id
        areas = ons_load.normalise_areas(self.parameterAsString(parameters, self.AREAS, context))
        start = parameter_date(self, parameters, self.START, context)
        end = parameter_date(self, parameters, self.END, context)
        check_period(start, end)
        url = self.parameterAsString(parameters, self.URL, context).strip()
        session = HttpSession(qgis_network_settings())
        report = ons_load.LoadReport()
        if dataset == ons_load.DATASET_API:
            client = ons.CargaVerificadaClient(session, url or source_url("ons_api"), progress.scaled(0, 0.8))
            frame = client.fetch(areas, start, end, report)
        else:
            frame = ons.fetch_curva_carga(session, areas, start, end, url or source_url("ons_csv"),
                                          progress.scaled(0, 0.8), report)
        for line in report.messages():
            feedback.pushWarning(line)
        output = write_table_output(self, parameters, self.OUTPUT, context, frame, LOAD_FIELDS,
                                    progress.scaled(0.8, 1.0), table="ons_load")
        feedback.pushInfo(self.tr("{} rows written").format(len(frame)))
        return {self.OUTPUT: output}
