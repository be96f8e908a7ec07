"""The run report: a two-page PDF made with a QGIS print layout.

Page 1: the zones map with its legend and the comparison metrics. Page 2: the chart and the table
of sources with their dates. ``netload:run_pipeline`` calls it when given a ``REPORT`` path::

    write_report(pdf_path, zones_layer, chart_png, metrics, sources,
                 title="NetLoad SP 2024-01-01–2024-01-31")

``metrics`` is :func:`netload_plugin.core.chart_data.comparison_metrics` output; ``sources`` is a
list of dicts with ``name``, ``location`` (URL or file) and ``date`` (publication or download date).
The layout belongs to the ``project`` it is given: run_pipeline, in a worker thread, passes a
``QgsProject()`` of its own so nothing touches the desktop's project; safe in ``qgis_process``.
"""

import os
import tempfile
from datetime import date
from pathlib import Path

from qgis.core import (
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemTextTable,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRenderContext,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale
from qgis.PyQt.QtGui import QFont

from .. import compat
from ..compat import qgis_enum
from ..core.errors import NetLoadError
from ..translation import display_locale
from .chart import metric_rows

CONTEXT = "NetLoadReport"
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 297.0, 210.0  # A4 landscape
MARGIN_MM = 12.0
PAGES = 2
CHART_HEIGHT_MM = 118.0
CHART_PIXELS_PER_MM = 3.3  # logical pixels (text at 8 pt ≈ 9 pt on paper), drawn at twice that for print
CHART_SCALE = 2
MM = qgis_enum("LayoutUnit", "Millimeters", lambda: QgsUnitTypes.LayoutUnit.LayoutMillimeters)
#: Text as text, not outlines (the exporter's default): the report can be searched, copied and read aloud.
TEXT_AS_TEXT = qgis_enum(
    "TextRenderFormat", "AlwaysText", lambda: QgsRenderContext.TextRenderFormat.TextFormatAlwaysText
)


#: Legend title of the zones map, by the field the choropleth classifies.
LEGEND_TITLES = {
    "hidden_load_mwh": QT_TRANSLATE_NOOP("NetLoadReport", "Hidden load over the period (MWh)"),
    "hidden_peak_mw": QT_TRANSLATE_NOOP("NetLoadReport", "Peak hidden load (MW)"),
    "hidden_load_mw": QT_TRANSLATE_NOOP("NetLoadReport", "Hidden load (MW)"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def source_row(name: str, location: str, run_date: date = None, download_label: str = "{} (download)") -> dict:
    """One row of the report's source table: ``name``, ``location`` (URL or file) and its date.

    A local file is dated by its modification day; a download by the run's day (the download cache
    keeps the copy that was used), written with ``download_label``.
    """
    location = str(location or "").strip()
    path = Path(location.split("|")[0]) if location and "://" not in location else None
    if path is not None and path.is_file():
        stamp = date.fromtimestamp(path.stat().st_mtime).isoformat()
    else:
        stamp = download_label.format((run_date or date.today()).isoformat())
    return {"name": name, "location": location, "date": stamp}


def _label(layout, text, x, y, width, height, size=10.0, bold=False, page=0):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    compat.set_label_font(label, font)
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(x, y, MM), page=page)
    label.attemptResize(QgsLayoutSize(width, height, MM))
    return label


def _table(layout, headings, rows, x, y, width, height, page=0):
    """A text table in one frame; rows that do not fit are cut (the frame is sized for them)."""
    table = QgsLayoutItemTextTable(layout)
    layout.addMultiFrame(table)
    columns = []
    for heading in headings:
        column = QgsLayoutTableColumn()
        column.setHeading(heading)
        columns.append(column)
    table.setColumns(columns)
    table.setContents([list(row) for row in rows])
    frame = QgsLayoutFrame(layout, table)
    frame.attemptMove(QgsLayoutPoint(x, y, MM), page=page)
    frame.attemptResize(QgsLayoutSize(width, height, MM))
    table.addFrame(frame)
    return table


def _fit_extent(extent, ratio: float):
    """``extent`` grown by 5 % and widened or heightened to the map frame's width/height ratio.

    (``QgsLayoutItemMap.zoomToExtent`` computes NaN widths for geographic CRSs without a project
    ellipsoid under qgis_process, so the aspect is fitted here.)
    """
    width, height = max(extent.width(), 1e-9) * 1.05, max(extent.height(), 1e-9) * 1.05
    if width / height < ratio:
        width = height * ratio
    else:
        height = width / ratio
    centre = extent.center()
    return QgsRectangle(
        centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2, centre.y() + height / 2
    )


def build_layout(zones_layer, chart_png, metrics: dict, sources: list, title: str, project=None):
    """The print layout (not yet exported); returns ``(layout, keep_alive)``."""
    layout = QgsPrintLayout(project or QgsProject.instance())
    layout.initializeDefaults()
    layout.setName(title)
    collection = layout.pageCollection()
    collection.page(0).setPageSize(QgsLayoutSize(PAGE_WIDTH_MM, PAGE_HEIGHT_MM, MM))
    second = QgsLayoutItemPage(layout)
    second.setPageSize(QgsLayoutSize(PAGE_WIDTH_MM, PAGE_HEIGHT_MM, MM))
    collection.addPage(second)
    keep_alive = _map_page(layout, zones_layer, metrics, title)
    _chart_page(layout, chart_png, sources)
    return layout, keep_alive


def _map_page(layout, zones_layer, metrics: dict, title: str) -> tuple:
    """Page 1: title, the zones' map with its legend, and the comparison metrics; returns what must stay alive."""
    generated = display_locale().toString(QDateTime.currentDateTimeUtc(), QLocale.FormatType.ShortFormat) + " UTC"
    content_width = PAGE_WIDTH_MM - 2 * MARGIN_MM
    _label(layout, title, MARGIN_MM, MARGIN_MM, content_width, 10, size=16, bold=True)
    explanation = tr("Hidden load = registered GD + undeclared PV; real load = ONS net load + hidden load. "
                     "Generated {}.").format(generated)
    _label(layout, explanation, MARGIN_MM, MARGIN_MM + 10, content_width, 8, size=8.5)
    map_top = MARGIN_MM + 20
    map_width, map_height = 175.0, PAGE_HEIGHT_MM - map_top - MARGIN_MM
    map_item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(map_item)
    map_item.attemptMove(QgsLayoutPoint(MARGIN_MM, map_top, MM))
    map_item.attemptResize(QgsLayoutSize(map_width, map_height, MM))
    map_item.setFrameEnabled(True)
    tree = QgsLayerTree()
    if zones_layer is not None and zones_layer.isValid():
        map_item.setCrs(zones_layer.crs())
        map_item.setLayers([zones_layer])
        map_item.setExtent(_fit_extent(zones_layer.extent(), map_width / map_height))
        node = tree.addLayer(zones_layer)
        renderer = zones_layer.renderer()
        if hasattr(renderer, "classAttribute"):
            legend_title = LEGEND_TITLES.get(renderer.classAttribute().strip('"'))
            if legend_title:  # a legend-only label: QgsLayerTreeLayer.setName would rename the layer itself
                node.setCustomProperty("legend/title-label", tr(legend_title))
    side_x = MARGIN_MM + map_width + 8
    side_width = PAGE_WIDTH_MM - MARGIN_MM - side_x
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(tr("Legend"))
    legend.setAutoUpdateModel(False)
    legend.model().setRootGroup(tree)
    legend.setLinkedMap(map_item)
    layout.addLayoutItem(legend)
    legend.attemptMove(QgsLayoutPoint(side_x, map_top, MM))
    legend.adjustBoxSize()
    _label(layout, tr("Registered GD vs ONS MMGD"), side_x, map_top + 85, side_width, 7, size=10, bold=True)
    _table(layout, [tr("Metric"), tr("Value")], metric_rows(metrics), side_x, map_top + 93, side_width, 60)
    return tree, legend, map_item


def _chart_page(layout, chart_png, sources: list) -> None:
    """Page 2: the chart across the page and the sources below it."""
    content_width = PAGE_WIDTH_MM - 2 * MARGIN_MM
    _label(layout, tr("Load and generation over time"), MARGIN_MM, MARGIN_MM, content_width, 8, size=12, bold=True,
           page=1)
    picture = QgsLayoutItemPicture(layout)
    picture.setPicturePath(str(chart_png))
    picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    layout.addLayoutItem(picture)
    picture.attemptMove(QgsLayoutPoint(MARGIN_MM, MARGIN_MM + 9, MM), page=1)
    picture.attemptResize(QgsLayoutSize(content_width, CHART_HEIGHT_MM, MM))
    sources_top = MARGIN_MM + 9 + CHART_HEIGHT_MM + 2  # room below for eight sources (with the rooftop step)
    _label(layout, tr("Sources"), MARGIN_MM, sources_top, content_width, 7, size=10, bold=True, page=1)
    rows = [(str(s.get("name", "")), str(s.get("location", "")), str(s.get("date", ""))) for s in sources]
    _table(layout, [tr("Source"), tr("URL or file"), tr("Date")], rows, MARGIN_MM, sources_top + 8, content_width,
           PAGE_HEIGHT_MM - sources_top - 8 - MARGIN_MM, page=1)


def write_report(
    pdf_path, zones_layer, chart_png, metrics: dict, sources: list, title: str = "NetLoad", project=None
) -> Path:
    """Write the PDF report atomically (temp file, then rename) and return its path."""
    pdf_path = Path(pdf_path)
    if not Path(chart_png).is_file():
        raise NetLoadError(f"report: chart image {chart_png} does not exist")
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    layout, _keep_alive = build_layout(zones_layer, chart_png, metrics, sources, title, project)
    handle, temp_name = tempfile.mkstemp(suffix=".pdf", dir=str(pdf_path.parent))
    os.close(handle)
    try:
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.rasterizeWholeImage = False
        settings.textRenderFormat = TEXT_AS_TEXT
        result = QgsLayoutExporter(layout).exportToPdf(temp_name, settings)
        if result != QgsLayoutExporter.ExportResult.Success:
            raise NetLoadError(f"report: QGIS could not export {pdf_path} (exporter result {result})")
        os.replace(temp_name, pdf_path)
    finally:
        if os.path.exists(temp_name):
            os.remove(temp_name)
    return pdf_path


def chart_size_px() -> tuple:
    """The chart image in the page's chart frame's own proportions, so it fills the page's width."""
    width_mm = PAGE_WIDTH_MM - 2 * MARGIN_MM
    return int(width_mm * CHART_PIXELS_PER_MM), int(CHART_HEIGHT_MM * CHART_PIXELS_PER_MM)


def write_run_report(
    pdf_path,
    zones_layer,
    hidden_load_frame,
    sources: list,
    title: str = "NetLoad",
    capacity_mw: float = None,
    project=None,
) -> Path:
    """The report of a pipeline run from its hidden-load table: chart and metrics computed here.

    What ``netload:run_pipeline`` calls for its ``REPORT`` output; the chart PNG is written beside the
    PDF (``<name>_chart.png``) so it can be reused.
    """
    from ..core.chart_data import area_series, comparison_metrics
    from .chart import save_chart_png

    pdf_path = Path(pdf_path)
    width, height = chart_size_px()
    chart_png = save_chart_png(hidden_load_frame, pdf_path.with_name(pdf_path.stem + "_chart.png"), width=width,
                               height=height, capacity_mw=capacity_mw, scale=CHART_SCALE)
    metrics = comparison_metrics(area_series(hidden_load_frame), capacity_mw)
    return write_report(pdf_path, zones_layer, chart_png, metrics, sources, title, project)
