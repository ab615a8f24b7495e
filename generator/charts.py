"""Charts for the report, drawn with matplotlib in a sober report style.

Equal data gives byte-identical PNGs: the Agg backend, a fixed size and
resolution, and no timestamp or software tag in the file.  matplotlib is
imported here only, so the command line starts fast.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

PALETTE = ("#1F5C4A", "#5B8F7E", "#9CC2B4", "#C9DDD5", "#7A7A7A", "#B5B5B5", "#3E6B8A", "#8FB3CC")
ACCENT = PALETTE[0]
WIDTH_IN, DPI = 6.3, 150


@dataclass(frozen=True)
class Series:
    """One bar series: a name (legend) and one value per category."""

    name: str
    values: tuple[float, ...]


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update(
        {
            "font.family": "DejaVu Sans",
            "font.size": 9,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.edgecolor": "#555555",
            "axes.titlesize": 10,
            "svg.hashsalt": "plangen",
            "axes.formatter.use_locale": False,
        }
    )
    return plt


def _wrap(label: str, width: int) -> str:
    return "\n".join(textwrap.wrap(label, width)) or label


def _png(figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None}, bbox_inches=None)
    import matplotlib.pyplot as plt

    plt.close(figure)
    return buffer.getvalue()


def _swedish(value: float, unit: str) -> str:
    text = f"{value:,.0f}".replace(",", "\u00a0") if abs(value) >= 1 or value == 0 else f"{value:.1f}"
    text = text.replace(".", ",")
    return f"{text}\u00a0{unit}" if unit else text


def bar_chart(
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    horizontal: bool,
    unit: str = "%",
    value_axis: str = "",
    stacked: bool = False,
) -> bytes:
    """Vertical or horizontal bars; several series are grouped, or stacked when ``stacked``."""
    plt = _pyplot()
    count = len(categories)
    height = max(2.6, 0.32 * count * (1 if stacked else max(1, len(series))) + 1.2) if horizontal else 3.4
    figure, axis = plt.subplots(figsize=(WIDTH_IN, min(height, 9.0)))
    positions = list(range(count))
    group = 0.8
    width = group if stacked else group / max(1, len(series))
    base = [0.0] * count
    for index, item in enumerate(series):
        offset = 0.0 if stacked else (index - (len(series) - 1) / 2) * width
        spots = [p + offset for p in positions]
        color = PALETTE[index % len(PALETTE)]
        if horizontal:
            bars = axis.barh(
                spots, item.values, height=width, left=base if stacked else None, color=color, label=item.name
            )
        else:
            bars = axis.bar(
                spots, item.values, width=width, bottom=base if stacked else None, color=color, label=item.name
            )
        if not stacked or len(series) == 1:
            for bar, value in zip(bars, item.values, strict=True):
                if horizontal:
                    axis.annotate(
                        _swedish(value, unit),
                        (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                        xytext=(3, 0),
                        textcoords="offset points",
                        va="center",
                        fontsize=8,
                    )
                else:
                    axis.annotate(
                        _swedish(value, unit),
                        (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                        xytext=(0, 2),
                        textcoords="offset points",
                        ha="center",
                        fontsize=8,
                    )
        if stacked:
            base = [b + v for b, v in zip(base, item.values, strict=True)]
    wrap = 34 if horizontal else max(8, int(70 / max(1, count)))
    labels = [_wrap(c, wrap) for c in categories]
    if horizontal:
        axis.set_yticks(positions, labels)
        axis.invert_yaxis()
        axis.set_xlabel(value_axis)
        axis.xaxis.grid(True, color="#DDDDDD", linewidth=0.6)
    else:
        axis.set_xticks(positions, labels, fontsize=8 if count > 5 else 9)
        axis.set_ylabel(value_axis)
        axis.yaxis.grid(True, color="#DDDDDD", linewidth=0.6)
    axis.set_axisbelow(True)
    if len(series) > 1:
        axis.legend(
            frameon=False,
            fontsize=8,
            loc="upper center",
            bbox_to_anchor=(0.5, -0.12 if horizontal else -0.18),
            ncol=min(len(series), 3),
        )
    figure.tight_layout()
    return _png(figure)


def pie_chart(categories: Sequence[str], values: Sequence[float]) -> bytes:
    plt = _pyplot()
    figure, axis = plt.subplots(figsize=(WIDTH_IN, 3.2))
    shown = [(c, v) for c, v in zip(categories, values, strict=True) if v > 0]
    wedges, _ = axis.pie(
        [v for _, v in shown],
        colors=PALETTE[: len(shown)],
        startangle=90,
        counterclock=False,
        wedgeprops={"linewidth": 1, "edgecolor": "white"},
    )
    axis.legend(
        wedges,
        [f"{_wrap(c, 40)} ({_swedish(v, '%')})" for c, v in shown],
        frameon=False,
        loc="center left",
        bbox_to_anchor=(1.0, 0.5),
        fontsize=9,
    )
    axis.set_aspect("equal")
    figure.tight_layout()
    return _png(figure)
