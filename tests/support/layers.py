"""In-memory vector layers for tests, built from ``(geometry, attribute values)`` rows."""

from qgis.core import QgsFeature, QgsVectorLayer

from netload_plugin.compat import make_field


def memory_layer(uri: str, fields, rows, name: str = "layer") -> QgsVectorLayer:
    """A memory layer: ``uri`` such as ``"Point?crs=EPSG:4326"``, ``fields`` as ``(name, kind)`` pairs
    (kinds of :func:`netload_plugin.compat.make_field`), ``rows`` as ``(QgsGeometry, [values])``."""
    layer = QgsVectorLayer(uri, name, "memory")
    layer.dataProvider().addAttributes([make_field(field_name, kind) for field_name, kind in fields])
    layer.updateFields()
    features = []
    for geometry, values in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature.setAttributes(values)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer
