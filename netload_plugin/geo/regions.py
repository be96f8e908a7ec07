"""Which states (UF) a run models: from its zones' IBGE codes, or from what an extent covers.

The pipeline models whole states: their municipalities are its zones (unless it is given zones) and
their ONS subsystems the areas it compares with. A state counts as covered when one of its
municipality centroids lies inside the zones' or the extent's bounding box.
"""

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeatureRequest

from .. import compat
from ..core import ibge

LONLAT = "EPSG:4674"


def states_in_extent(rectangle, crs, transform_context) -> list:
    """States (IBGE order) with a municipality centroid inside ``rectangle`` (in ``crs``)."""
    lonlat = QgsCoordinateReferenceSystem(LONLAT)
    if crs.isValid() and crs != lonlat:
        rectangle = QgsCoordinateTransform(crs, lonlat, transform_context).transformBoundingBox(rectangle)
    return ibge.states_in_box(rectangle.xMinimum(), rectangle.xMaximum(), rectangle.yMinimum(), rectangle.yMaximum())


def zone_states(zones_layer, zone_id: str, transform_context) -> list:
    """The states a zone layer lies in: from its IBGE codes (first two digits) when ``zone_id`` holds them,
    else the states with a municipality centroid inside the zones' extent."""
    if zones_layer.fields().indexOf(zone_id) >= 0:
        request = QgsFeatureRequest().setFlags(compat.REQUEST_NO_GEOMETRY).setSubsetOfAttributes(
            [zone_id], zones_layer.fields())
        codes = {str(feature[zone_id]) for feature in zones_layer.getFeatures(request)}
        states = {ibge.uf_of(code) if len(code) in (6, 7) and code.isdigit() else None for code in codes}
        if states and None not in states:
            return [uf for uf in ibge.UF_BY_STATE_CODE.values() if uf in states]
    return states_in_extent(zones_layer.extent(), zones_layer.crs(), transform_context)
