"""QGIS-side helpers: layers, spatial joins, sinks and GeoPackage writing, raster windows, styles."""
