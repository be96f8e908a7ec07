"""A colleague's QGIS: a fresh profile, the reader role's service, the store opened as QGIS opens it.

    python -m tests.support.reader_profile SERVICE SCHEMA

Run by the integration test with ``QGIS_CUSTOM_CONFIG_PATH`` set to an empty folder and
``PGSERVICEFILE`` naming the reader's service file. Prints one JSON object: for each layer added
from the connection, its renderer and whether QGIS lets it be edited; what an attempted edit gave;
and what the project stored in the database holds.
"""

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def layer_report(layer) -> dict:
    from qgis.core import QgsVectorDataProvider

    provider = layer.dataProvider()
    return {"valid": layer.isValid(), "features": layer.featureCount(),
            "renderer": layer.renderer().type() if layer.renderer() else None,
            "temporal": layer.temporalProperties().isActive(),
            "can_add": bool(provider.capabilities() & QgsVectorDataProvider.AddFeatures),
            "can_delete": bool(provider.capabilities() & QgsVectorDataProvider.DeleteFeatures)}


def main(service: str, schema: str) -> dict:
    """Open the store as a colleague does and print the report (before QGIS shuts down)."""
    from qgis.core import QgsApplication, QgsDataSourceUri, QgsFeature, QgsProject, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    report = {"layers": {}}
    for table, key, geometry in (("zones", "ibge_code", "geom"), ("gd_units_generated", "fid", "geom"),
                                 ("hidden_load_area", "time_utc,area", None)):
        uri = QgsDataSourceUri(f"service='{service}'")
        uri.setDataSource(schema, table, geometry, "", key)
        layer = QgsVectorLayer(uri.uri(False), table, "postgres")  # loads the default style from layer_styles
        report["layers"][table] = layer_report(layer)
    zones = QgsVectorLayer(f"service='{service}' key='ibge_code' table=\"{schema}\".\"zones\" (geom)", "z", "postgres")
    feature = QgsFeature(zones.fields())
    feature.setAttribute("ibge_code", "9999999")
    report["edit_added"] = zones.dataProvider().addFeatures([feature])[0]
    report["edit_errors"] = zones.dataProvider().errors()
    project = QgsProject()
    report["project_read"] = project.read(f"postgresql:?service={service}&schema={schema}&project=netload")
    report["project_layers"] = {layer.name(): layer.isValid() for layer in project.mapLayers().values()}
    time = project.timeSettings().temporalRange()
    report["project_time"] = [time.begin().toString("yyyy-MM-ddTHH:mm"), time.end().toString("yyyy-MM-ddTHH:mm")]
    report["project_renderers"] = {layer.name(): layer.renderer().type() for layer in project.mapLayers().values()
                                   if hasattr(layer, "renderer") and layer.renderer() is not None}
    report["project_temporal"] = sorted(layer.name() for layer in project.mapLayers().values()
                                        if layer.temporalProperties().isActive())
    report["sources"] = sorted({layer.source() for layer in project.mapLayers().values()})
    project.clear()
    print(json.dumps(report), flush=True)
    app.exitQgis()
    return report


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
