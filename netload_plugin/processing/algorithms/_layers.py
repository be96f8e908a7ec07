"""Small helpers the model algorithms share (parameter → layer, optional date parameters)."""

from qgis.core import QgsProcessingException, QgsProcessingParameterDateTime


def as_vector_layer(algorithm, parameters, name, context):
    """The vector layer behind a source parameter (layer id, file path or layer object)."""
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    if layer is None or not layer.isValid():
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, name))
    return layer


def date_parameter(name, description, optional=True, default=None):
    """A date (no time) parameter."""
    parameter = QgsProcessingParameterDateTime(
        name, description, type=QgsProcessingParameterDateTime.Date, defaultValue=default, optional=optional
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
