"""The QPainter chart (PNG, CSV) and the PDF report built with a print layout."""

import re
import shutil
import subprocess

import pandas as pd
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
from qgis.PyQt.QtGui import QColor, QImage

from netload_plugin.core.chart_data import area_series, comparison_metrics
from netload_plugin.geo.chart import SERIES_STYLE, frame_from_layer, render_chart, save_chart_png
from netload_plugin.geo.report import PAGES, write_report
from netload_plugin.geo.styles import style_output_layer


def _frame():
    times = pd.date_range("2024-01-01", periods=48, freq="h", tz="UTC")
    sun = [max(0.0, 1 - abs(t.hour - 15) / 5) for t in times]  # peak 15 UTC = 12 h Brasília
    return pd.DataFrame(
        {
            "area": "SP",
            "time_utc": times,
            "net_load_mw": [15000 - 800 * s for s in sun],
            "registered_gd_mw": [700 * s for s in sun],
            "undeclared_pv_mw": [100 * s for s in sun],
            "real_load_mw": [15000.0] * 48,
            "ons_mmgd_mw": [750 * s for s in sun],
        }
    )


def _colour_pixels(image: QImage, colour: str, tolerance: int = 40) -> int:
    target = QColor(colour)
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = QColor(image.pixel(x, y))
            if (
                abs(pixel.red() - target.red())
                + abs(pixel.green() - target.green())
                + abs(pixel.blue() - target.blue())
                < tolerance
            ):
                count += 1
    return count


def test_chart_draws_every_series_in_its_colour(qgis_app, tmp_path):
    path = save_chart_png(_frame(), tmp_path / "chart.png", area="SP", width=900, height=600)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (900, 600)
    for column, (_label, colour) in SERIES_STYLE.items():  # an absent series has 0 (test below)
        assert _colour_pixels(image, colour) > 10, column  # one legend swatch (the profile shares it) + lines


def test_chart_of_an_absent_series_does_not_draw_it(qgis_app):
    frame = _frame().drop(columns=["ons_mmgd_mw"])
    image = render_chart(frame, None, 900, 600)
    # The legend swatch and line of MMGD are gone; the others remain.
    assert _colour_pixels(image, SERIES_STYLE["ons_mmgd_mw"][1], tolerance=20) == 0
    assert _colour_pixels(image, SERIES_STYLE["registered_gd_mw"][1]) > 20


def test_chart_widget_exports_the_chosen_area_as_csv_and_xlsx(qgis_app, tmp_path):
    from osgeo import ogr

    from netload_plugin.gui.chart import ChartWidget

    frame = pd.concat([_frame(), _frame().assign(area="MG", real_load_mw=5000.0)])
    widget = ChartWidget()
    widget.set_frame(frame)
    assert [widget.area_combo.itemText(i) for i in range(1, widget.area_combo.count())] == ["MG", "SP"]
    widget.set_area("MG")
    widget.export_table(tmp_path / "mg.csv")
    exported = pd.read_csv(tmp_path / "mg.csv", encoding="utf-8-sig")  # headers are the fields' labels
    assert len(exported) == 48 and (exported["Real load (MW)"] == 5000.0).all()
    assert exported.columns[0] == "Time (UTC, interval start)"
    widget.set_area(None)
    widget.export_table(tmp_path / "all.xlsx")
    workbook = ogr.Open(str(tmp_path / "all.xlsx"))  # kept: the sheet dies with it
    sheet = workbook.GetLayer(0)
    definition = sheet.GetLayerDefn()
    headers = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    assert "Real load (MW)" in headers and "Net load, ONS (MW)" in headers
    rows = list(sheet)
    assert len(rows) == 48 and all(row["Real load (MW)"] == 20000.0 for row in rows)  # SP + MG summed per hour
    widget.export_png(tmp_path / "all.png")
    assert QImage(str(tmp_path / "all.png")).width() > 0


def test_a_decimal_comma_csv_uses_semicolons(qgis_app, tmp_path):
    from netload_plugin.geo.table_export import write_csv

    path = write_csv(pd.DataFrame({"area": ["S"], "real_load_mw": [1234.5]}), tmp_path / "t.csv", decimal_comma=True)
    assert path.read_text(encoding="utf-8-sig").splitlines() == ["ONS area;Real load (MW)", "S;1234,5"]


def test_frame_from_layer_reads_utc_datetimes(qgis_app):
    from qgis.PyQt.QtCore import QDateTime, Qt

    layer = QgsVectorLayer("None?field=area:string&field=time_utc:datetime&field=real_load_mw:double", "t", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["SP", QDateTime(2024, 1, 1, 3, 0, 0, 0, Qt.TimeSpec.UTC), 12.5])
    layer.dataProvider().addFeatures([feature])
    frame = frame_from_layer(layer)
    assert frame.loc[0, "time_utc"] == pd.Timestamp("2024-01-01T03:00:00Z")
    assert frame.loc[0, "real_load_mw"] == 12.5


def _zones_layer():
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:4674&field=area:string&field=hidden_load_mw:double&field=real_load_mw:double",
        "Zones",
        "memory",
    )
    features = []
    for index, (area, hidden) in enumerate((("SP", 800.0), ("MG", 400.0), ("RJ", 200.0))):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([area, hidden, 10000.0])
        x = -50 + 3 * index
        feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x} -23,{x + 3} -23,{x + 3} -20,{x} -20,{x} -23))"))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    style_output_layer(layer)
    return layer


def test_report_pdf_has_two_pages_with_content(qgis_app, tmp_path):
    chart = save_chart_png(_frame(), tmp_path / "chart.png")
    metrics = comparison_metrics(area_series(_frame()))
    sources = [{"name": "ANEEL GD registry", "location": "https://example.invalid/gd.csv", "date": "2024-02-01"}]
    zones = _zones_layer()
    pdf = write_report(
        tmp_path / "report.pdf", zones, chart, metrics, sources, title="NetLoad SP 2024-01-01–2024-01-02"
    )
    assert zones.name() == "Zones"  # the legend's title is a label, not a rename
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 20_000
    assert [p for p in tmp_path.iterdir() if p.suffix == ".pdf"] == [pdf]  # temp file renamed away
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1)) == PAGES
    else:  # the page tree's uncompressed "/Count n" (the last one wins after GDAL's incremental update)
        assert int(re.findall(rb"/Count\s+(\d+)", data)[-1]) == PAGES
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "30", "-png", str(pdf), str(tmp_path / "page")], check=True)
        pages = sorted(tmp_path.glob("page-*.png"))
        assert len(pages) == PAGES
        first = QImage(str(pages[0]))
        # The map draws the choropleth: YlOrRd's darkest class is on page 1.
        reds = sum(
            1
            for y in range(first.height())
            for x in range(first.width())
            if QColor(first.pixel(x, y)).red() > 150 and QColor(first.pixel(x, y)).green() < 60
        )
        assert reds > 50


def test_report_refuses_a_missing_chart(qgis_app, tmp_path):
    from netload_plugin.core.errors import NetLoadError

    with pytest.raises(NetLoadError, match="chart image"):
        write_report(tmp_path / "r.pdf", _zones_layer(), tmp_path / "none.png", {}, [])
    assert not (tmp_path / "r.pdf").exists()


def test_run_report_from_the_hidden_load_table(qgis_app, tmp_path):
    from netload_plugin.geo.report import write_run_report

    pdf = write_run_report(tmp_path / "run.pdf", _zones_layer(), _frame(), [], title="NetLoad SP")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert (tmp_path / "run_chart.png").is_file()


def test_gpkg_table_reads_nulls_as_nan_and_utc_times(qgis_app, tmp_path):
    from netload_plugin.geo import chart
    from tests.support.fake_pipeline import _write, hourly_rows

    _write(str(tmp_path / "run.gpkg"), "2024-03-05")
    layer = QgsVectorLayer(f"{tmp_path / 'run.gpkg'}|layername=hidden_load", "hidden_load", "ogr")
    layer.startEditing()  # blank one MMGD value: it must read as NaN, not 0
    first_id = next(layer.getFeatures()).id()
    layer.changeAttributeValue(first_id, layer.fields().indexOf("ons_mmgd_mw"), None)
    assert layer.commitChanges()
    frame = chart.frame_from_layer(layer)
    expected = list(hourly_rows("2024-03-05"))
    assert len(frame) == len(expected)
    area, time, net, gd, pv, real, mmgd = expected[0]
    first = frame.iloc[0]
    assert (first["area"], first["time_utc"], first["net_load_mw"]) == (area, pd.Timestamp(time), net)
    assert pd.isna(first["ons_mmgd_mw"])
    assert frame["time_utc"].max() == pd.Timestamp("2024-03-05T23:00:00Z")
