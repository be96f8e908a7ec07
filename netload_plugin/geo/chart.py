"""The NetLoad chart drawn with QPainter: no plotting library, same picture on screen, PNG and PDF.

``paint_chart()`` draws on any QPainter (the dock's chart widget, a QImage); ``render_chart()`` and
``save_chart_png()`` are the headless entry points ``make demo`` and the report use::

    from netload_plugin.geo.chart import save_chart_png
    save_chart_png(hidden_load_frame, "demo-output/chart.png", area=None)  # all areas summed

Needs a Qt GUI application (QgsApplication) for fonts; works under ``QT_QPA_PLATFORM=offscreen``.
"""

import math
from pathlib import Path

import pandas as pd
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLineF, QLocale, QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen

from ..core.chart_data import area_series, comparison_metrics, daily_profile
from ..translation import display_locale, format_number
from .tables import read_table

CONTEXT = "NetLoadChart"

#: Column → (label, colour), in drawing order.
SERIES_STYLE = {
    "real_load_mw": (QT_TRANSLATE_NOOP("NetLoadChart", "Real load"), "#202020"),
    "net_load_mw": (QT_TRANSLATE_NOOP("NetLoadChart", "Net load (ONS)"), "#1f78b4"),
    "registered_gd_mw": (QT_TRANSLATE_NOOP("NetLoadChart", "Registered GD"), "#ff7f00"),
    "undeclared_pv_mw": (QT_TRANSLATE_NOOP("NetLoadChart", "Undeclared PV (suspected)"), "#e31a1c"),
    "ons_mmgd_mw": (QT_TRANSLATE_NOOP("NetLoadChart", "ONS MMGD"), "#33a02c"),
}

#: Metric key (core.chart_data.comparison_metrics) → label, in table order.
METRIC_LABELS = {
    "bias_mw": QT_TRANSLATE_NOOP("NetLoadChart", "Bias (MW)"),
    "nmae_daylight": QT_TRANSLATE_NOOP("NetLoadChart", "nMAE (daylight)"),
    "correlation": QT_TRANSLATE_NOOP("NetLoadChart", "Correlation"),
    "energy_ratio": QT_TRANSLATE_NOOP("NetLoadChart", "Energy ratio"),
    "capacity_factor": QT_TRANSLATE_NOOP("NetLoadChart", "Capacity factor"),
    "rows_compared": QT_TRANSLATE_NOOP("NetLoadChart", "Intervals compared"),
}


#: ONS area code → its name, so the Chart says "Sul (S)", not "S".
AREA_NAMES = {
    "SECO": QT_TRANSLATE_NOOP("NetLoadChart", "Sudeste/Centro-Oeste"),
    "SE": QT_TRANSLATE_NOOP("NetLoadChart", "Sudeste/Centro-Oeste"),
    "S": QT_TRANSLATE_NOOP("NetLoadChart", "Sul"),
    "NE": QT_TRANSLATE_NOOP("NetLoadChart", "Nordeste"),
    "N": QT_TRANSLATE_NOOP("NetLoadChart", "Norte"),
}
#: Display time zones: (hours added to UTC, label). Brasília has kept UTC−3 all year since 2019.
TIME_ZONES = {
    "brasilia": (-3, QT_TRANSLATE_NOOP("NetLoadChart", "Brasília time")),
    "utc": (0, QT_TRANSLATE_NOOP("NetLoadChart", "UTC")),
}
TEXT_COLOUR, AXIS_COLOUR, GRID_COLOUR, FRAME_COLOUR = "#202020", "#505050", "#dddddd", "#808080"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def series_label(column: str) -> str:
    return tr(SERIES_STYLE[column][0])


def time_zone(name: str = None) -> tuple:
    """(hours added to UTC, translated label) of a display time zone; the analyst's setting when ``None``."""
    if name is None:
        from .settings import display_time

        name = display_time()
    offset, label = TIME_ZONES.get(name, TIME_ZONES["brasilia"])
    return offset, tr(label)


def format_metric(key: str, value, locale: QLocale = None) -> str:
    """Metrics as the table shows them: ratios with 3 decimals, MW with 1, a dash when unknown."""
    if key == "rows_compared":
        return format_number(value, 0, locale)
    if key == "bias_mw":
        return format_number(value, 1, locale, sign=True)
    return format_number(value, 3, locale)


def metric_rows(metrics: dict) -> list:
    """(translated label, formatted value) pairs in table order."""
    return [(tr(label), format_metric(key, metrics.get(key))) for key, label in METRIC_LABELS.items()]


def _nice_step(span: float, ticks: int = 5) -> float:
    raw = span / max(ticks, 1)
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1.0
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


class _Axes:
    """The plot rectangle and the value ranges it shows: maps (x, y) values to pixels."""

    def __init__(self, plot: QRectF, x_range: tuple, y_range: tuple, y_step: float):
        self.plot, (self.x_min, self.x_max), (self.y_min, self.y_max), self.y_step = plot, x_range, y_range, y_step

    def to_px(self, x_value, y_value) -> QPointF:
        plot = self.plot
        return QPointF(plot.left() + (x_value - self.x_min) / (self.x_max - self.x_min) * plot.width(),
                       plot.bottom() - (y_value - self.y_min) / (self.y_max - self.y_min) * plot.height())


def _value_range(columns: dict) -> tuple:
    """(y_min, y_max, step): from 0 (or the lowest value) to the highest, rounded out to a nice step."""
    values = pd.concat(list(columns.values()), ignore_index=True).dropna() if columns else pd.Series(dtype=float)
    y_min = min(0.0, float(values.min())) if len(values) else 0.0
    y_max = float(values.max()) if len(values) else 1.0
    if y_max <= y_min:
        y_max = y_min + 1.0
    step = _nice_step(y_max - y_min)
    return math.floor(y_min / step) * step, math.ceil(y_max / step) * step, step


def _paint_title(painter, rect, title, line_height) -> float:
    """The title in bold, smaller for a longer language or a narrow panel, on two lines rather than cut;
    returns the y below it."""
    font = QFont(painter.font())
    font.setBold(True)
    font.setPointSizeF(9.5)
    painter.save()
    painter.setFont(font)
    while painter.fontMetrics().horizontalAdvance(title) > rect.width() and font.pointSizeF() > 7.0:
        font.setPointSizeF(font.pointSizeF() - 0.5)
        painter.setFont(font)
    lines = 1 if painter.fontMetrics().horizontalAdvance(title) <= rect.width() else 2
    painter.setPen(QColor(TEXT_COLOUR))
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
    height = line_height * (1.5 if lines == 1 else 2.6)
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), height), flags, title)
    painter.restore()
    return rect.top() + height


def _paint_legend(painter, rect, columns, top: float) -> float:
    """One swatch and label per series, wrapped to the panel's width; returns the last row's top."""
    metrics = painter.fontMetrics()
    line_height = metrics.height()
    x, y = rect.left(), top
    for column in columns:
        label, colour = series_label(column), SERIES_STYLE[column][1]
        item_width = 30 + metrics.horizontalAdvance(label)
        if x > rect.left() and x + item_width > rect.right():
            x, y = rect.left(), y + line_height * 1.2
        painter.setPen(QPen(QColor(colour), 2.5))
        painter.drawLine(QPointF(x, y + line_height / 2), QPointF(x + 18, y + line_height / 2))
        painter.setPen(QColor(TEXT_COLOUR))
        painter.drawText(QPointF(x + 22, y + metrics.ascent()), label)
        x += item_width
    return y


def _paint_grid(painter, rect, axes: _Axes, x_ticks, x_label_at, axis_width: float) -> None:
    """Horizontal lines with MW labels, vertical lines at ``x_ticks`` with their labels, the frame."""
    metrics = painter.fontMetrics()
    line_height = metrics.height()
    grid_pen, plot = QPen(QColor(GRID_COLOUR), 1), axes.plot
    value = axes.y_min
    while value <= axes.y_max + axes.y_step / 2:
        y = axes.to_px(axes.x_min, value).y()
        painter.setPen(grid_pen)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor(AXIS_COLOUR))
        painter.drawText(QRectF(rect.left(), y - line_height / 2, axis_width - 6, line_height),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, _mw_label(value))
        value += axes.y_step
    for tick in x_ticks:
        x_px = axes.to_px(tick, axes.y_min).x()
        painter.setPen(grid_pen)
        painter.drawLine(QPointF(x_px, plot.top()), QPointF(x_px, plot.bottom()))
        painter.setPen(QColor(AXIS_COLOUR))
        text = x_label_at(tick)
        painter.drawText(QPointF(x_px - metrics.horizontalAdvance(text) / 2, plot.bottom() + line_height), text)
    painter.setPen(QPen(QColor(FRAME_COLOUR), 1))
    painter.drawRect(plot)


def _paint_series(painter, axes: _Axes, x_values, columns: dict) -> None:
    """One line per column; NaN breaks it."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for column, series in columns.items():
        pen = QPen(QColor(SERIES_STYLE[column][1]), 1.8)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        # Separate segments, not one polyline: Qt strokes a long jagged antialiased polyline as one
        # self-overlapping outline (seconds for a month of noisy hourly data); segments take milliseconds.
        segments, previous = [], None
        for x_value, y_value in zip(x_values, series.to_numpy(float)):
            point = None if math.isnan(y_value) else axes.to_px(x_value, y_value)
            if point is not None and previous is not None:
                segments.append(QLineF(previous, point))
            previous = point
        if segments:
            painter.drawLines(segments)


def _mw_label(value: float) -> str:
    return format_number(value, 0) + " MW"


def _paint_lines(painter, rect, x_values, columns, x_label_at, title, x_ticks, legend: bool = True):
    """Title, legend under it (``legend``: the chart above may already have one), axes and grid, one line per
    column (NaN breaks the line)."""
    painter.save()
    font = QFont(painter.font())
    font.setPointSizeF(8)
    painter.setFont(font)
    line_height = painter.fontMetrics().height()
    title_bottom = _paint_title(painter, rect, title, line_height)
    if legend:
        plot_top = _paint_legend(painter, rect, columns, title_bottom + line_height * 0.1) + line_height * 1.8
    else:
        plot_top = title_bottom + line_height * 0.8
    y_min, y_max, step = _value_range(columns)
    axis_width = painter.fontMetrics().horizontalAdvance(_mw_label(y_max)) + 8
    plot = QRectF(rect.left() + axis_width, plot_top, rect.width() - axis_width - 8,
                  rect.bottom() - plot_top - line_height * 2.2)
    x_min, x_max = (min(x_values), max(x_values)) if len(x_values) else (0.0, 1.0)
    axes = _Axes(plot, (x_min, x_max if x_max > x_min else x_min + 1.0), (y_min, y_max), step)
    _paint_grid(painter, rect, axes, x_ticks, x_label_at, axis_width)
    _paint_series(painter, axes, x_values, columns)
    painter.restore()


def _present_columns(frame: pd.DataFrame) -> dict:
    return {c: frame[c] for c in SERIES_STYLE if c in frame.columns and frame[c].notna().any()}


def day_month_format(locale: QLocale) -> str:
    """The locale's short date without the year: ``dd/MM`` in pt_BR, ``M/d`` in en_US."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    kept = "".join(ch for ch in pattern if ch not in "yY")
    return kept.strip(" ./-,") or "dd/MM"


def time_label(instant: pd.Timestamp, with_hour: bool, locale: QLocale = None) -> str:
    """``instant`` (already in the display zone) as the axis writes it: ``02/01 15:00`` or ``02/01``."""
    locale = locale or display_locale()
    moment = QDateTime(instant.year, instant.month, instant.day, instant.hour, instant.minute, 0, 0, Qt.TimeSpec.UTC)
    pattern = day_month_format(locale) + (" HH:mm" if with_hour else "")
    return locale.toString(moment, pattern)


def paint_time_series(painter: QPainter, rect: QRectF, series: pd.DataFrame, title: str,
                      utc_offset_hours: int = 0) -> None:
    """Every series over time; x in hours since the first interval, labelled in the display zone's dates/hours."""
    if series.empty:
        _paint_empty(painter, rect, title)
        return
    start = series.index[0]
    hours = [(t - start).total_seconds() / 3600.0 for t in series.index]
    span = hours[-1] if hours else 1.0
    tick_step = max(1.0, _nice_step(span, 6) if span < 48 else 24.0 * max(1, round(span / 24 / 6)))
    ticks = [i * tick_step for i in range(int(span // tick_step) + 1)]
    locale, local_start = display_locale(), start + pd.Timedelta(hours=utc_offset_hours)

    def label(hour):
        return time_label(local_start + pd.Timedelta(hours=hour), span <= 72, locale)

    _paint_lines(painter, rect, hours, _present_columns(series), label, title, ticks)


def paint_daily_profile(painter: QPainter, rect: QRectF, profile: pd.DataFrame, title: str) -> None:
    """Mean by hour of day, 0–23 h (in the zone the profile was computed in); the colours are the time
    series' above it, whose legend serves both."""
    if profile.empty:
        _paint_empty(painter, rect, title)
        return
    full = profile.reindex(range(24))
    every = 3 if rect.width() >= 360 else 6  # hour labels that do not touch in a narrow panel
    _paint_lines(painter, rect, list(range(24)), _present_columns(full), lambda h: f"{int(h)}h", title,
                 list(range(0, 24, every)), legend=False)


METRICS_POINT_SIZE = 8.5


def _metrics_width(painter: QPainter, metrics: dict) -> float:
    """Width the metrics table needs for its longest label beside its widest value, in its own font
    (Portuguese labels are longer: a narrow panel widens the table rather than cut them)."""
    painter.save()
    font = QFont(painter.font())
    font.setPointSizeF(METRICS_POINT_SIZE)
    painter.setFont(font)
    rows = metric_rows(metrics)
    width = max(painter.fontMetrics().horizontalAdvance(label) for label, _ in rows)
    width += max(painter.fontMetrics().horizontalAdvance(value) for _, value in rows) + 30
    painter.restore()
    return width


def paint_metrics(painter: QPainter, rect: QRectF, metrics: dict, title: str) -> None:
    """The comparison metrics as a two-column table."""
    painter.save()
    font = QFont(painter.font())
    font.setPointSizeF(METRICS_POINT_SIZE)
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    line = painter.fontMetrics().height() * 1.5
    painter.setPen(QColor(TEXT_COLOUR))
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    title_rect = painter.boundingRect(QRectF(rect.left(), rect.top(), rect.width(), line * 3), flags, title)
    painter.drawText(title_rect, flags, title)
    painter.setFont(font)
    y = title_rect.bottom() + line * 0.3
    for index, (label, value) in enumerate(metric_rows(metrics)):
        row = QRectF(rect.left(), y, rect.width(), line)
        if index % 2 == 0:
            painter.fillRect(row, QColor("#f2f2f2"))
        room = int(row.width() - painter.fontMetrics().horizontalAdvance(value) - 18)
        label = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, max(room, 10))
        painter.drawText(row.adjusted(6, 0, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        painter.drawText(row.adjusted(0, 0, -6, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, value)
        y += line
    painter.setPen(QColor("#606060"))
    note = tr("Registered GD estimate compared with ONS MMGD (nMAE over daylight hours).")
    room = QRectF(rect.left(), y + 4, rect.width(), rect.bottom() - y - 4)
    if painter.boundingRect(room, Qt.TextFlag.TextWordWrap, note).height() <= room.height():
        painter.drawText(room, Qt.TextFlag.TextWordWrap, note)  # whole or not at all (the tooltip says it too)
    painter.restore()


def _paint_empty(painter, rect, title):
    painter.save()
    painter.setPen(QColor("#808080"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, title + "\n" + tr("No data for this area."))
    painter.restore()


def area_title(area) -> str:
    """``Sul (S)`` for an ONS area code, the zone's own name otherwise; ``All areas`` for ``None``."""
    if area is None:
        return tr("All areas")
    name = AREA_NAMES.get(str(area))
    return f"{tr(name)} ({area})" if name else str(area)


def chart_title(series: pd.DataFrame, name: str, zone_label: str) -> str:
    """What the chart shows, said in its title: a zone clicked on the map has no load of its own unless the
    run's load table is measured per zone, and then the title says it shows its generation only."""
    def shown(column):
        return column in series.columns and series[column].notna().any()

    if shown("real_load_mw") or shown("net_load_mw"):
        return tr("{}: load and generation over time ({})").format(name, zone_label)
    if shown("undeclared_pv_mw"):
        return tr("{}: registered GD and undeclared PV over time, no load of its own ({})").format(name, zone_label)
    return tr("{}: registered GD over time, no load of its own ({})").format(name, zone_label)


def paint_chart(painter: QPainter, rect: QRectF, frame: pd.DataFrame, area=None, capacity_mw: float = None,
                zone: str = None) -> dict:
    """The full chart: time series on top, daily profile and metrics below. Returns the metrics.

    ``zone`` is the display time zone (``"brasilia"`` or ``"utc"``; the analyst's setting when ``None``):
    the time axis and the daily profile are read in it, as the map and the report are.
    """
    series = area_series(frame, area)
    metrics = comparison_metrics(series, capacity_mw) if not series.empty else {}
    painter.fillRect(rect, QColor("white"))
    margin = 10
    inner = rect.adjusted(margin, margin, -margin, -margin)
    top = QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.56)
    bottom_y = top.bottom() + margin
    bottom_h = inner.bottom() - bottom_y
    metrics_width = min(max(inner.width() * 0.34, _metrics_width(painter, metrics)), inner.width() * 0.5)
    profile_rect = QRectF(inner.left(), bottom_y, inner.width() - metrics_width - 2 * margin, bottom_h)
    metrics_rect = QRectF(profile_rect.right() + 2 * margin, bottom_y, metrics_width, bottom_h)
    name, (offset, zone_label) = area_title(area), time_zone(zone)
    title = chart_title(series, name, zone_label)
    paint_time_series(painter, top, series, title, offset)
    paint_daily_profile(painter, profile_rect, daily_profile(series, offset),
                        tr("Daily profile (mean by hour, {})").format(zone_label))
    paint_metrics(painter, metrics_rect, metrics, tr("Registered GD vs ONS MMGD"))
    return metrics


def render_chart(frame: pd.DataFrame, area=None, width: int = 1200, height: int = 760, capacity_mw: float = None,
                 scale: float = 1.0) -> QImage:
    """The chart as an image (headless-safe): ``width`` × ``height`` logical pixels, ``scale`` times as many real."""
    image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_chart(painter, QRectF(0, 0, width, height), frame, area, capacity_mw)
    finally:
        painter.end()
    return image


def save_chart_png(frame: pd.DataFrame, path, area=None, width: int = 1200, height: int = 760,
                   capacity_mw: float = None, scale: float = 1.0) -> Path:
    """Write the chart of ``area`` (``None``: all areas summed) to a PNG file and return its path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not render_chart(frame, area, width, height, capacity_mw, scale).save(str(path), "PNG"):
        raise OSError(f"could not write chart image {path}")
    return path


#: Fields of the hidden-load table (``netload:hidden_load`` output) the chart reads.
TABLE_FIELDS = ("area", "time_utc") + tuple(SERIES_STYLE) + ("hidden_load_mw", "capacity_kw")


def is_hidden_load_table(layer) -> bool:
    """True for a hidden-load table: area, time_utc and real_load_mw (ONS's own load table has no real load)."""
    return {"area", "time_utc", "real_load_mw"} <= set(layer.fields().names())


def frame_from_layer(layer) -> pd.DataFrame:
    """The hidden-load table of a QgsVectorLayer as a DataFrame (only the fields the chart reads).

    Read with :func:`netload_plugin.geo.tables.read_table` (column-wise through GDAL's Arrow interface
    for files, NULL → NaN), so a per-zone table of a month opens in a fraction of a second.
    """
    frame = read_table(layer, list(TABLE_FIELDS))
    if "time_utc" in frame.columns:
        frame["time_utc"] = pd.to_datetime(frame["time_utc"], utc=True)
    return frame
