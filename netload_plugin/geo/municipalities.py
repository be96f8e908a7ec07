"""Municipality polygons of a set of states → one GeoPackage layer (``ibge_code``, ``name``, ``uf``).

The source is a file holding every municipality (GeoPackage/GeoJSON with an IBGE code field) or a
template with ``{code}`` (the 2-digit IBGE state code), e.g. geodata-br's one GeoJSON per state,
read by GDAL (``/vsicurl/`` for http(s) addresses).
"""

from __future__ import annotations

from pathlib import Path

from ..core.errors import NetLoadError
from ..core.hidden_load import IBGE_STATE_PREFIX

DEFAULT_SOURCE = "https://raw.githubusercontent.com/tbrugz/geodata-br/master/geojson/geojs-{code}-mun.json"
STATE_CODES = {uf: code for code, uf in IBGE_STATE_PREFIX.items()}
CODE_FIELDS = ("ibge_code", "id", "CD_MUN", "code_muni", "geocodigo")


def _gdal_path(source: str) -> str:
    return f"/vsicurl/{source}" if source.startswith(("http://", "https://")) else source


def build_municipalities(source: str, states: list[str], target: Path, layer_name: str = "municipalities") -> int:
    """Write the municipalities of ``states`` (UF letters) into ``target``; returns the count."""
    from osgeo import ogr, osr

    unknown = [uf for uf in states if uf not in STATE_CODES]
    if unknown:
        raise NetLoadError(f"unknown state(s): {', '.join(unknown)}")
    paths = [source.format(code=STATE_CODES[uf]) for uf in states] if "{code}" in source else [source]
    driver = ogr.GetDriverByName("GPKG")
    out = driver.CreateDataSource(str(target))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4674)
    layer = out.CreateLayer(layer_name, srs, ogr.wkbMultiPolygon)
    for name, width in (("ibge_code", 7), ("name", 80), ("uf", 2)):
        field = ogr.FieldDefn(name, ogr.OFTString)
        field.SetWidth(width)
        layer.CreateField(field)
    wanted = {STATE_CODES[uf] for uf in states}
    count = 0
    layer.StartTransaction()
    for path in paths:
        dataset = ogr.Open(_gdal_path(path))
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
            out_feature.SetField("uf", IBGE_STATE_PREFIX.get(code[:2], ""))
            out_feature.SetGeometry(geometry)
            layer.CreateFeature(out_feature)
            count += 1
    layer.CommitTransaction()
    out = None
    if count == 0:
        raise NetLoadError(f"no municipality of {', '.join(states)} found in '{source}'")
    return count
