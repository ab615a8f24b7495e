"""Charts for the report, drawn with matplotlib in a sober report style.

Equal data gives byte-identical PNGs: the Agg backend, a fixed size and
resolution, and no timestamp or software tag in the file.  matplotlib is
imported here only, so the command line starts fast.
"""

from __future__ import annotations

import functools
import io
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

PALETTE = ("#1F5C4A", "#5B8F7E", "#9CC2B4", "#C9DDD5", "#7A7A7A", "#B5B5B5", "#3E6B8A", "#8FB3CC")
ACCENT = PALETTE[0]
WIDTH_IN, DPI = 6.3, 130
#: Draw in worker processes when there are at least this many charts (and more than one core).
PARALLEL_FROM = 6


@dataclass(frozen=True)
class Series:
    """One bar series: a name (legend) and one value per category."""

    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class ChartSpec:
    """Everything a chart is drawn from; equal specs give byte-identical PNGs."""

    kind: str  # "bar" or "pie"
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    horizontal: bool = False
    unit: str = "%"
    value_axis: str = ""
    stacked: bool = False
    ordered: bool = False
    """The series are steps of a scale: coloured light to dark."""


def bar_spec(
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    horizontal: bool,
    unit: str = "%",
    value_axis: str = "",
    stacked: bool = False,
    ordered: bool = False,
) -> ChartSpec:
    return ChartSpec("bar", tuple(categories), tuple(series), horizontal, unit, value_axis, stacked, ordered)


def pie_spec(categories: Sequence[str], values: Sequence[float]) -> ChartSpec:
    return ChartSpec("pie", tuple(categories), (Series("Andel", tuple(values)),))


def draw(spec: ChartSpec) -> bytes:
    return pie_chart(spec.categories, spec.series[0].values) if spec.kind == "pie" else bar_chart(spec)


def chart_key(spec: ChartSpec) -> str:
    """A name for a chart's PNG that changes whenever the PNG could: its data, this code, matplotlib."""
    import hashlib
    from importlib.metadata import version

    from generator import __version__

    text = f"{__version__}|{_drawing_code()}|{version('matplotlib')}|{DPI}|{WIDTH_IN}|{spec!r}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@functools.cache
def _drawing_code() -> str:
    """A hash of this module: a change to how charts are drawn invalidates every cached chart."""
    import hashlib

    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def draw_all(specs: Sequence[ChartSpec], cache: Path | None = None) -> dict[ChartSpec, bytes]:
    """Draw every distinct chart once; in worker processes when there are many (charts are independent).

    With ``cache`` (a folder), a chart drawn by an earlier build from the same data is read, not redrawn.
    """
    unique = list(dict.fromkeys(specs))
    drawn: dict[ChartSpec, bytes] = {}
    keys = {spec: chart_key(spec) for spec in unique} if cache is not None else {}
    if cache is not None:
        for spec in unique:
            stored = cache / f"{keys[spec]}.png"
            if stored.is_file():
                drawn[spec] = stored.read_bytes()
    missing = [spec for spec in unique if spec not in drawn]
    fresh = _draw_many(missing)
    drawn.update(fresh)
    if cache is not None and fresh:
        from generator.output import write_all_atomically

        write_all_atomically({cache / f"{keys[spec]}.png": png for spec, png in fresh.items()})
    return drawn


class _Workers:
    """Chart-drawing processes, started early so they import matplotlib while the build reads its inputs."""

    def __init__(self) -> None:
        self.pool = None
        self.allowed = True
        """False in a process that is itself a worker: forking from it could deadlock on inherited locks."""

    @staticmethod
    def count() -> int:
        import os

        return min(os.cpu_count() or 1, 4)

    def start(self) -> None:
        if self.pool is not None or not self.allowed or self.count() < 2:
            return
        import atexit
        import multiprocessing
        import os
        from concurrent.futures import ProcessPoolExecutor

        from generator.processes import worker_started

        self.pool = ProcessPoolExecutor(
            self.count(),
            mp_context=multiprocessing.get_context("fork"),
            initializer=worker_started,
            initargs=(os.getpid(),),
        )
        for _ in range(self.count()):
            self.pool.submit(_pyplot)  # each worker imports matplotlib now, in parallel with the build
        atexit.register(self.stop)

    def stop(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


WORKERS = _Workers()


def start_workers() -> None:
    """Start drawing processes ahead of need (a build that will draw many charts calls this first)."""
    WORKERS.start()


def _draw_many(specs: list[ChartSpec]) -> dict[ChartSpec, bytes]:
    if len(specs) < PARALLEL_FROM or WORKERS.count() < 2 or not WORKERS.allowed:
        return {spec: draw(spec) for spec in specs}
    WORKERS.start()
    chunk = max(1, len(specs) // (WORKERS.count() * 4))
    return dict(zip(specs, WORKERS.pool.map(draw, specs, chunksize=chunk), strict=True))


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
    return "\n".join(textwrap.wrap(label, width, break_long_words=False)) or label


def _scale_colours(count: int) -> list[str]:
    """Light to dark greens for the steps of an ordered scale."""
    from matplotlib import colormaps

    cmap = colormaps["Greens"]
    return [cmap(0.25 + 0.7 * i / max(1, count - 1)) for i in range(count)]


def _png(figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(
        buffer, format="png", dpi=DPI, metadata={"Software": None}, bbox_inches=None, pil_kwargs={"compress_level": 1}
    )  # the .docx zip compresses again
    import matplotlib.pyplot as plt

    plt.close(figure)
    return buffer.getvalue()


def _swedish(value: float, unit: str) -> str:
    text = f"{value:,.0f}".replace(",", "\u00a0") if abs(value) >= 1 or value == 0 else f"{value:.1f}"
    text = text.replace(".", ",")
    return f"{text}\u00a0{unit}" if unit else text


def bar_chart(spec: ChartSpec) -> bytes:
    """Vertical or horizontal bars; several series are grouped, or stacked when ``spec.stacked``."""
    categories, series, horizontal, unit = spec.categories, spec.series, spec.horizontal, spec.unit
    value_axis, stacked, ordered = spec.value_axis, spec.stacked, spec.ordered
    plt = _pyplot()
    count = len(categories)
    height = max(2.6, 0.32 * count * (1 if stacked else max(1, len(series))) + 1.2) if horizontal else 3.4
    figure, axis = plt.subplots(figsize=(WIDTH_IN, min(height, 9.0)))
    positions = list(range(count))
    group = 0.8
    width = group if stacked else group / max(1, len(series))
    base = [0.0] * count
    colours = _scale_colours(len(series)) if ordered else [PALETTE[i % len(PALETTE)] for i in range(len(series))]
    for index, item in enumerate(series):
        offset = 0.0 if stacked else (index - (len(series) - 1) / 2) * width
        spots = [p + offset for p in positions]
        color = colours[index]
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
    wrap = 34 if horizontal else max(10, int(90 / max(1, count)))
    labels = [_wrap(c, wrap) for c in categories]
    if horizontal:
        axis.set_yticks(positions, labels)
        axis.invert_yaxis()
        axis.set_xlabel(value_axis)
        axis.xaxis.grid(True, color="#DDDDDD", linewidth=0.6)
    else:
        longest_word = max((len(word) for c in categories for word in c.split(" ")), default=0)  # not at NBSP
        if longest_word > wrap:  # would overlap its neighbours: slant the labels instead
            labels = [_wrap(c, 24) for c in categories]
            axis.set_xticks(positions, labels, fontsize=8, rotation=35, ha="right", rotation_mode="anchor")
        else:
            axis.set_xticks(positions, labels, fontsize=8 if count > 5 else 9)
        axis.set_ylabel(value_axis)
        axis.yaxis.grid(True, color="#DDDDDD", linewidth=0.6)
    axis.set_axisbelow(True)
    if unit == "":  # counts and medians: whole-number ticks, decimals with a comma
        from matplotlib.ticker import FuncFormatter, MaxNLocator

        value_axis_ticks = axis.xaxis if horizontal else axis.yaxis
        value_axis_ticks.set_major_locator(MaxNLocator(integer=True))
        value_axis_ticks.set_major_formatter(FuncFormatter(lambda v, _: _swedish(v, "")))
    legend_rows = 0
    if len(series) > 1:
        columns = min(len(series), 3)
        legend_rows = -(-len(series) // columns)
        handles, names = axis.get_legend_handles_labels()
        figure.legend(
            handles,
            [_wrap(n, 28) for n in names],
            frameon=False,
            fontsize=8,
            loc="lower center",
            ncol=columns,
            bbox_to_anchor=(0.5, 0.0),
        )
    slanted = not horizontal and bool(axis.get_xticklabels()) and axis.get_xticklabels()[0].get_rotation() != 0
    _margins(figure, labels, horizontal, legend_rows, slanted)
    return _png(figure)


def _margins(figure, labels: Sequence[str], horizontal: bool, legend_rows: int, slanted: bool = False) -> None:
    """Room for the labels without tight_layout, which would draw the figure an extra time."""
    height = figure.get_figheight()
    longest = max((len(line) for label in labels for line in label.splitlines()), default=1)
    lines = max((len(label.splitlines()) for label in labels), default=1)
    legend = (0.1 + 0.3 * legend_rows) / height if legend_rows else 0.0
    if horizontal:
        left = min(0.5, 0.04 + longest * 0.0105)
        bottom = (0.5 / height) + legend
        figure.subplots_adjust(left=left, right=0.93, top=1 - 0.15 / height, bottom=min(0.5, bottom))
    else:
        bottom = (0.3 + (0.04 * longest if slanted else 0.15 * lines)) / height + legend
        figure.subplots_adjust(left=0.1, right=0.98, top=1 - 0.2 / height, bottom=min(0.55, bottom))


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
    figure.subplots_adjust(left=0.02, right=0.6, top=0.96, bottom=0.04)
    return _png(figure)
