"""GDAL's Python exceptions for one piece of NetLoad's work, never for the whole QGIS process.

The raster and imagery code (:mod:`.raster_chips`, :mod:`.imagery`) is written for GDAL raising
``RuntimeError`` on failure rather than returning ``None``. ``gdal.UseExceptions()`` is process-wide:
called at import, it switched the mode for QGIS itself and for every other plugin from the first rooftop
run on (their ``gdal.Open`` of a missing file started raising), and for the rest of NetLoad too. So the
mode is switched on only around the work that needs it, and put back as it was.
"""

import contextlib


@contextlib.contextmanager
def gdal_exceptions():
    """GDAL raises Python exceptions inside the block; the process's earlier mode is restored after it."""
    from osgeo import gdal  # imports osgeo.gdal_array when exceptions are switched on (GDAL >= 3.7): run time only

    if gdal.GetUseExceptions():
        yield
        return
    gdal.UseExceptions()
    try:
        yield
    finally:
        gdal.DontUseExceptions()
