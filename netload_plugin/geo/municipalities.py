"""Municipality polygons of a set of states → one GeoPackage layer (``ibge_code``, ``name``, ``uf``).

The source is a file holding every municipality (GeoPackage/GeoJSON with an IBGE code field) or a
template with ``{code}`` (the 2-digit IBGE state code), e.g. geodata-br's one GeoJSON per state.

An http(s) source is downloaded through the plugin's HTTP session like every other source (QGIS
proxy, extra CA bundle, User-Agent, retries with backoff, cancel) into the download cache, where
later runs revalidate it with ETag/Last-Modified instead of fetching it again; OGR then opens the
local copy. Local paths, ``file://`` URLs and GDAL virtual paths (``/vsizip/...``) are opened as
they are.
"""

from __future__ import annotations

import urllib.parse
from pathlib import Path

from ..core.definitions import ENDPOINTS
from ..core.errors import NetLoadError
from ..core.ibge import STATE_CODE_BY_UF, UF_BY_STATE_CODE
from ..core.progress import Progress
from ..net.session import HttpSession, local_path
from .network import qgis_http_session

DEFAULT_SOURCE = ENDPOINTS["municipalities"].url
CODE_FIELDS = ("ibge_code", "id", "CD_MUN", "code_muni", "geocodigo")


def _ogr_sources(paths: list[str], session: HttpSession | None, progress: Progress) -> list[str]:
    """What OGR opens for each of ``paths``: http(s) ones are fetched into the cache first.

    The session is built (from the QGIS network options) only when a path is remote. Raises
    :class:`~..core.errors.DownloadError` or ``Cancelled``.
    """
    opened = []
    for index, path in enumerate(paths):
        scheme = urllib.parse.urlsplit(path).scheme.lower()
        if scheme in ("http", "https"):
            session = session or qgis_http_session()
            opened.append(str(session.fetch(path, progress.scaled(index / len(paths), (index + 1) / len(paths)))))
        elif scheme == "file":
            opened.append(str(local_path(path)))
        else:
            opened.append(path)
    progress.set_fraction(1.0)
    return opened


def build_municipalities(source: str, states: list[str], target: Path, layer_name: str = "municipalities", *,
                         session: HttpSession | None = None, progress: Progress | None = None) -> int:
    """Write the municipalities of ``states`` (UF letters) into ``target``; returns the count.

    ``session`` (default: the plugin's session with the QGIS network options) downloads http(s)
    sources; ``progress`` reports the download and honours cancel.
    """
    from osgeo import ogr, osr

    unknown = [uf for uf in states if uf not in STATE_CODE_BY_UF]
    if unknown:
        raise NetLoadError(f"unknown state(s): {', '.join(unknown)}")
    paths = [source.format(code=STATE_CODE_BY_UF[uf]) for uf in states] if "{code}" in source else [source]
    readable = _ogr_sources(paths, session, progress or Progress())
    driver = ogr.GetDriverByName("GPKG")
    out = driver.CreateDataSource(str(target))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4674)
    layer = out.CreateLayer(layer_name, srs, ogr.wkbMultiPolygon)
    for name, width in (("ibge_code", 7), ("name", 80), ("uf", 2)):
        field = ogr.FieldDefn(name, ogr.OFTString)
        field.SetWidth(width)
        layer.CreateField(field)
    wanted = {STATE_CODE_BY_UF[uf] for uf in states}
    count = 0
    layer.StartTransaction()
    for path, local in zip(paths, readable):
        dataset = ogr.Open(local)
        if dataset is None:
            raise NetLoadError(f"cannot open municipality polygons '{path}'")
        source_layer = dataset.GetLayer(0)
        definition = source_layer.GetLayerDefn()
        names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
        code_field = next((n for n in CODE_FIELDS if n in names), None)
        if code_field is None:
            raise NetLoadError(f"'{path}' has no IBGE code field ({', '.join(CODE_FIELDS)})")
        name_field = next((n for n in ("name", "NM_MUN", "nome", "name_muni") if n in names), None)
        for feature in source_layer:
            code = str(feature.GetField(code_field) or "").split(".")[0]
            if code[:2] not in wanted:
                continue
            geometry = feature.GetGeometryRef()
            if geometry is None:
                continue
            geometry = ogr.ForceToMultiPolygon(geometry.Clone())
            out_feature = ogr.Feature(layer.GetLayerDefn())
            out_feature.SetField("ibge_code", code)
            out_feature.SetField("name", feature.GetField(name_field) if name_field else "")
            out_feature.SetField("uf", UF_BY_STATE_CODE.get(code[:2], ""))
            out_feature.SetGeometry(geometry)
            layer.CreateFeature(out_feature)
            count += 1
    layer.CommitTransaction()
    out = None
    if count == 0:
        raise NetLoadError(f"no municipality of {', '.join(states)} found in '{source}'")
    return count
