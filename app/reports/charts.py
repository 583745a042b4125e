"""Charts drawn with ReportLab's own graphics (no matplotlib): vertical bars for time series,
horizontal bars for rankings. Imported only when a PDF is made."""

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from app.reports.model import Chart

SERIES_COLOURS = (colors.HexColor("#2e7d32"), colors.HexColor("#9e9e9e"))
MAX_LABEL = 40


def _short(label: str) -> str:
    """At most two lines of MAX_LABEL characters, cut between words (the end of a long name
    often tells partners apart: « … antenne de Rieux »)."""
    if len(label) <= MAX_LABEL:
        return label
    cut = label.rfind(" ", 0, MAX_LABEL)
    cut = cut if cut > MAX_LABEL // 2 else MAX_LABEL
    first, rest = label[:cut].rstrip(), label[cut:].strip()
    if len(rest) > MAX_LABEL:
        rest = rest[: MAX_LABEL - 1] + "…"
    return f"{first}\n{rest}"


def _thousands(value: float) -> str:
    return f"{int(value):,}".replace(",", "\u00a0")


def _value_step(top: float) -> float:
    """A round step giving about five grid lines."""
    if top <= 5:
        return 1
    raw = top / 5
    magnitude = 10 ** (len(str(int(raw))) - 1)
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def draw_chart(chart: Chart, width: float, font: str, bold: str) -> Drawing:
    if chart.kind == "hbars":
        return _horizontal(chart, width, font, bold)
    return _vertical(chart, width, font, bold)


def _title(drawing: Drawing, text: str, bold: str) -> None:
    drawing.add(String(0, drawing.height - 12, text, fontName=bold, fontSize=10))


def _vertical(chart: Chart, width: float, font: str, bold: str) -> Drawing:
    height = 190
    drawing = Drawing(width, height)
    _title(drawing, chart.title, bold)
    bars = VerticalBarChart()
    bars.x, bars.y = 34, 30
    bars.width = width - 44
    bars.height = height - 70 if len(chart.series) > 1 else height - 55
    bars.data = [tuple(series) for series in chart.series]
    bars.categoryAxis.categoryNames = chart.labels
    bars.categoryAxis.labels.fontName = font
    bars.categoryAxis.labels.fontSize = 6.5 if len(chart.labels) > 20 else 8
    bars.categoryAxis.labels.boxAnchor = "n"
    bars.valueAxis.labels.fontName = font
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.labelTextFormat = _thousands
    bars.valueAxis.valueMin = 0
    top = max((max(series) for series in chart.series if series), default=0)
    bars.valueAxis.valueMax = max(top * 1.1, 1)
    bars.valueAxis.valueStep = _value_step(bars.valueAxis.valueMax)
    bars.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    bars.valueAxis.visibleGrid = True
    bars.barSpacing = 1
    bars.groupSpacing = 3
    for index, colour in enumerate(SERIES_COLOURS[: len(chart.series)]):
        bars.bars[index].fillColor = colour
        bars.bars[index].strokeColor = None
    drawing.add(bars)
    if len(chart.series) > 1:
        legend = Legend()
        legend.x, legend.y = width - 140, height - 16
        legend.fontName = font
        legend.fontSize = 8
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltax = 60
        legend.dx = legend.dy = 7
        legend.colorNamePairs = list(zip(SERIES_COLOURS, chart.series_names, strict=False))
        drawing.add(legend)
    return drawing


def _horizontal(chart: Chart, width: float, font: str, bold: str) -> Drawing:
    rows = max(len(chart.labels), 1)
    labels = [_short(label) for label in reversed(chart.labels)]
    row_height = 22 if any("\n" in label for label in labels) else 15
    label_width = 200
    height = rows * row_height + 42
    drawing = Drawing(width, height)
    _title(drawing, chart.title, bold)
    bars = HorizontalBarChart()
    bars.x, bars.y = label_width, 18
    bars.width = width - label_width - 40
    bars.height = rows * row_height
    # first label at the top
    bars.data = [tuple(reversed(chart.series[0]))]
    bars.categoryAxis.categoryNames = labels
    bars.categoryAxis.labels.fontName = font
    bars.categoryAxis.labels.fontSize = 8
    bars.categoryAxis.labels.boxAnchor = "e"
    bars.categoryAxis.labels.dx = -4
    bars.valueAxis.labels.fontName = font
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.valueMin = 0
    top = max(chart.series[0], default=0)
    bars.valueAxis.valueMax = max(top * 1.15, 1)
    bars.valueAxis.valueStep = _value_step(bars.valueAxis.valueMax)
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    bars.bars[0].fillColor = SERIES_COLOURS[0]
    bars.bars[0].strokeColor = None
    bars.barLabelFormat = _thousands
    bars.valueAxis.labelTextFormat = _thousands
    bars.barLabels.fontName = font
    bars.barLabels.fontSize = 7
    bars.barLabels.boxAnchor = "w"
    bars.barLabels.dx = 3
    drawing.add(bars)
    return drawing
