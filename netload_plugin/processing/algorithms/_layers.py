"""Small helpers the model algorithms share (parameter → layer, optional date parameters)."""

from qgis.core import QgsProcessingException, QgsProcessingParameterDateTime
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from ... import compat


def as_vector_layer(algorithm, parameters, name, context):
    """The vector layer behind a source parameter (layer id, file path or layer object)."""
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    if layer is None or not layer.isValid():
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, name))
    return layer


def last_month() -> tuple:
    """First and last day (QDate) of the last whole month: the dock's default period, and the dialogs'."""
    today = QDate.currentDate()
    first = QDate(today.year(), today.month(), 1).addMonths(-1)
    return first, first.addMonths(1).addDays(-1)


def date_parameter(name, description, optional=True, default=None):
    """A date (no time) parameter; a required START/END opens on last month, as the dock does (not today)."""
    if default is None and not optional and name in ("START", "END"):
        first, last = last_month()
        default = QDateTime(first if name == "START" else last, QTime(0, 0))
    parameter = QgsProcessingParameterDateTime(
        name, description, type=compat.DATETIME_DATE, defaultValue=default, optional=optional
    )
    return parameter


def date_value(algorithm, parameters, name, context):
    """``numpy.datetime64[D]`` of a date parameter, or None when not given."""
    import numpy as np

    if parameters.get(name) in (None, ""):
        return None
    value = algorithm.parameterAsDateTime(parameters, name, context)
    if not value.isValid():
        return None
    return np.datetime64(value.date().toString("yyyy-MM-dd"), "D")
