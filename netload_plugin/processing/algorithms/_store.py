"""The PostGIS store as an extra destination of the algorithms whose tables are large.

Three parameters, the same in every algorithm that can publish: ``STORE`` (a QGIS PostgreSQL
connection, picked as in Processing's own "Export to PostgreSQL", or a libpq string such as
``service=netload`` on the command line), ``STORE_SCHEMA`` (default ``energy_monitor``) and
``STORE_WAIT`` (seconds to wait while another run holds the store). Without ``STORE`` nothing changes.
"""

from qgis.core import (
    QgsProcessingParameterDatabaseSchema,
    QgsProcessingParameterNumber,
    QgsProcessingParameterProviderConnection,
)
from qgis.PyQt.QtCore import QCoreApplication

from ... import compat
from ...core.definitions import DEFAULT_STORE_SCHEMA as DEFAULT_SCHEMA

CONTEXT = "NetLoadStore"
STORE = "STORE"
STORE_SCHEMA = "STORE_SCHEMA"
STORE_WAIT = "STORE_WAIT"
DEFAULT_WAIT_S = 600.0


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def add_store_parameters(algorithm) -> None:
    algorithm.addParameter(QgsProcessingParameterProviderConnection(
        STORE, tr("PostGIS store (QGIS connection or service=…; optional)"), "postgres", optional=True))
    algorithm.addParameter(compat.set_advanced(QgsProcessingParameterDatabaseSchema(
        STORE_SCHEMA, tr("Store schema"), connectionParameterName=STORE, defaultValue=DEFAULT_SCHEMA, optional=True)))
    algorithm.addParameter(compat.set_advanced(QgsProcessingParameterNumber(
        STORE_WAIT, tr("Wait for another run writing to the store (s; 0 = fail at once)"), compat.NUMBER_DOUBLE,
        DEFAULT_WAIT_S, minValue=0.0)))


def store_request(algorithm, parameters, context):
    """The store to publish to, or None when ``STORE`` is empty.

    Checked at once (the schema name, the connection's existence and form), so a mistake stops the
    run before its downloads, not after them. Returns a ``geo.postgis_publish.StoreRequest``.
    """
    from ...geo.postgis_connection import resolve_store  # the store's modules need pandas: at run time only
    from ...geo.postgis_publish import StoreRequest

    connection = algorithm.parameterAsConnectionName(parameters, STORE, context) if parameters.get(STORE) else ""
    if not connection:
        return None
    schema = algorithm.parameterAsSchema(parameters, STORE_SCHEMA, context) or DEFAULT_SCHEMA
    resolve_store(connection, schema)  # a NetLoadError: the base ends the run with its one line
    return StoreRequest(connection, schema, algorithm.parameterAsDouble(parameters, STORE_WAIT, context))
