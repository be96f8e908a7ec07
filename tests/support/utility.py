"""A made-up distribution utility: three substation polygons, their GD units and their SCADA load.

Everything is generated here (nothing real is claimed): three 4 km squares in SIRGAS 2000 / UTM 22S
(EPSG:31982) east of Curitiba, a few GD units inside them (one connected mid-period, one outside every
substation), and the utility's measured load as its SCADA would export it: ``;``-separated, local
Brasília time written ``dd/mm/yyyy HH:MM`` and labelling the END of each hour, kW with decimal commas,
the utility's own GD estimate for one substation only, one hour missing and one substation that is not
in the polygon layer.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np
from osgeo import ogr, osr

from netload_plugin.core.aneel_gd import COLUMNS as ANEEL_COLUMNS

EPSG = 31982
CENTRE_LONLAT = (-49.20, -25.45)
SIDE_M = 4000.0
#: substation → offset of its square's south-west corner from the centre (m), and its GD units:
#: (kW, connection date, position inside the square as fractions of the side).
SUBSTATIONS = {
    "SE-NORTE": ((-2000.0, 2500.0), [(5.0, "2019-03-01", (0.2, 0.3)), (7.5, "2023-12-20", (0.5, 0.5)),
                                     (120.0, "2022-06-10", (0.8, 0.7))]),
    "SE-CENTRO": ((-2000.0, -2000.0), [(10.0, "2021-01-05", (0.3, 0.3)), (250.0, "2020-08-30", (0.6, 0.4)),
                                       (50.0, "2024-01-11", (0.7, 0.8))]),
    "SE-SUL": ((-2000.0, -6500.0), [(4.0, "2018-02-01", (0.1, 0.1)), (6.0, "2022-02-01", (0.4, 0.2)),
                                    (8.0, "2023-05-01", (0.6, 0.6)), (300.0, "2021-11-11", (0.9, 0.9))]),
}
OUTSIDE_UNIT = (1000.0, "2020-01-01", (4000.0, 0.0))  # kW, date, offset (m) from the centre: in no square
UNKNOWN_SUBSTATION = "SE-OESTE"
MISSING_HOUR = ("SE-CENTRO", datetime(2024, 1, 11, 14, 0))  # local end label left out of the export
REPORTS_GD = "SE-SUL"  # the only substation the utility estimates GD for
FIRST_DAY, LAST_DAY = date(2024, 1, 10), date(2024, 1, 12)  # local days of the export


@dataclass
class Utility:
    substations: Path  # GeoPackage, layer "substations", field "substation", EPSG:31982
    gd_units: Path  # GeoPackage, layer "gd_units": capacity_kw, connected_on, generation_type; EPSG:4674
    registry: Path  # the same units as rows of ANEEL's registry (the columns NetLoad reads)
    scada: Path  # the CSV export
    rows: list  # (substation, local end label, net kW, GD kW or None) as written to the CSV


def _transforms():
    utm, lonlat = osr.SpatialReference(), osr.SpatialReference()
    utm.ImportFromEPSG(EPSG)
    lonlat.ImportFromEPSG(4674)
    for srs in (utm, lonlat):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return utm, lonlat, osr.CoordinateTransformation(lonlat, utm), osr.CoordinateTransformation(utm, lonlat)


def centre_utm():
    _, _, to_utm, _ = _transforms()
    x, y, _ = to_utm.TransformPoint(*CENTRE_LONLAT)
    return x, y


def square(name):
    """(x_min, y_min, x_max, y_max) of a substation in EPSG:31982."""
    cx, cy = centre_utm()
    (dx, dy), _ = SUBSTATIONS[name]
    return cx + dx, cy + dy, cx + dx + SIDE_M, cy + dy + SIDE_M


def unit_lonlat(name, fraction):
    x_min, y_min, _, _ = square(name)
    _, _, _, to_lonlat = _transforms()
    lon, lat, _ = to_lonlat.TransformPoint(x_min + fraction[0] * SIDE_M, y_min + fraction[1] * SIDE_M)
    return lon, lat


def write_substations(path: Path) -> Path:
    utm, _, _, _ = _transforms()
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("substations", utm, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("substation", ogr.OFTString))
    for name in SUBSTATIONS:
        x0, y0, x1, y1 = square(name)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("substation", name)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"))
        layer.CreateFeature(feature)
    dataset = None
    return path


def units() -> list:
    """Every GD unit: (kW, connection date, (lon, lat))."""
    _, _, _, to_lonlat = _transforms()
    cx, cy = centre_utm()
    outside = to_lonlat.TransformPoint(cx + OUTSIDE_UNIT[2][0], cy + OUTSIDE_UNIT[2][1])[:2]
    return [(kw, day, unit_lonlat(name, where)) for name, (_, listed) in SUBSTATIONS.items()
            for kw, day, where in listed] + [(OUTSIDE_UNIT[0], OUTSIDE_UNIT[1], outside)]


def write_gd_units(path: Path) -> Path:
    _, lonlat, _, _ = _transforms()
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("gd_units", lonlat, ogr.wkbPoint)
    for name, kind in (("capacity_kw", ogr.OFTReal), ("connected_on", ogr.OFTDate), ("generation_type", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for kw, day, (lon, lat) in units():
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("capacity_kw", kw)
        feature.SetField("connected_on", day.replace("-", "/"))
        feature.SetField("generation_type", "UFV")
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT({lon} {lat})"))
        layer.CreateFeature(feature)
    dataset = None
    return path


def write_registry(path: Path) -> Path:
    """The units as ANEEL's registry lists them (``;``, quoted, decimal comma, latin-1), with the columns
    NetLoad reads; all in Pinhais (PR), whose seat lies within a few km of every unit. Coordinates keep four
    decimals (ANEEL's have two, ~1 km: too coarse for 4 km substations)."""
    fixed = {"NumCNPJDistribuidora": "00000000000191", "NomAgente": "DISTRIBUIDORA INVENTADA S.A.",
             "DscClasseConsumo": "Residencial", "SigUF": "PR", "CodMunicipioIbge": "4119152", "NomMunicipio": "Pinhais",
             "DscModalidadeHabilitado": "Geracao na propria UC", "SigTipoGeracao": "UFV",
             "DscFonteGeracao": "Radiação solar", "DscPorte": "Microgeracao", "NomSubEstacao": ""}
    lines = [";".join(f'"{name}"' for name in ANEEL_COLUMNS)]
    for number, (kw, day, (lon, lat)) in enumerate(units(), start=1):
        row = {**fixed, "CodEmpreendimento": f"GD.PR.TEST.{number:03d}", "DthAtualizaCadastralEmpreend": day,
               "NumCoordNEmpreendimento": f"{lat:.4f}".replace(".", ","),
               "NumCoordEEmpreendimento": f"{lon:.4f}".replace(".", ","), "MdaPotenciaInstaladaKW": _comma(kw)}
        lines.append(";".join(f'"{row[name]}"' for name in ANEEL_COLUMNS))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("latin-1"))
    return path


def net_load_kw(substation: str, hour: int, day: int) -> float:
    """A made-up net load: a base per substation, an evening peak and a midday dip where GD is."""
    base = {"SE-NORTE": 18000.0, "SE-CENTRO": 26000.0, "SE-SUL": 12000.0, UNKNOWN_SUBSTATION: 9000.0}[substation]
    return round(base + 6000.0 * np.exp(-((hour - 19) / 3.0) ** 2) - 2500.0 * np.exp(-((hour - 12.5) / 2.5) ** 2)
                 + 37.5 * day, 1)


def gd_estimate_kw(hour: int) -> float:
    """The utility's own GD estimate for REPORTS_GD: a clear-sky-like bell at midday, zero at night."""
    return round(max(0.0, 300.0 * np.sin(np.pi * (hour - 6) / 13.0)), 1) if 6 <= hour <= 19 else 0.0


def write_scada(path: Path) -> list:
    """The SCADA export; returns its rows as written (substation, local end label, net kW, GD kW or None)."""
    rows = []
    label = datetime.combine(FIRST_DAY, datetime.min.time()) + timedelta(hours=1)
    last = datetime.combine(LAST_DAY, datetime.min.time()) + timedelta(days=1)
    while label <= last:
        start_hour = (label - timedelta(hours=1)).hour
        for name in (*SUBSTATIONS, UNKNOWN_SUBSTATION):
            if (name, label) == MISSING_HOUR:
                continue
            gd = gd_estimate_kw(start_hour) if name == REPORTS_GD else None
            rows.append((name, label, net_load_kw(name, start_hour, label.day), gd))
        label += timedelta(hours=1)
    lines = ["subestacao;data_hora;carga_kw;gd_kw"]
    for name, when, kw, gd in rows:
        lines.append(f"{name};{when:%d/%m/%Y %H:%M};{_comma(kw)};{'' if gd is None else _comma(gd)}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return rows


def _comma(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def build(folder: Path) -> Utility:
    folder.mkdir(parents=True, exist_ok=True)
    scada = folder / "scada_carga_2024-01.csv"
    rows = write_scada(scada)
    return Utility(write_substations(folder / "substations.gpkg"), write_gd_units(folder / "gd_units.gpkg"),
                   write_registry(folder / "registry.csv"), scada, rows)


#: The mapping of the SCADA export, as hidden_load and run_pipeline parameters.
SCADA_PARAMETERS = {
    "LOAD_MATCH": 0, "LOAD_ZONE_FIELD": "subestacao", "LOAD_TIME_FIELD": "data_hora",
    "LOAD_TIME_FORMAT": "%d/%m/%Y %H:%M", "LOAD_TIME_ZONE": "America/Sao_Paulo", "LOAD_TIME_LABEL": 1,
    "LOAD_FIELD": "carga_kw", "LOAD_UNIT": 1, "LOAD_KIND": 0, "LOAD_MMGD_FIELD": "gd_kw",
}


def utc_start(local_end_label: datetime) -> datetime:
    """Brasília had no daylight saving in 2024 (UTC−3): the hour ENDING at a local label starts at label − 1 h
    local = label + 2 h UTC."""
    return local_end_label + timedelta(hours=2)
