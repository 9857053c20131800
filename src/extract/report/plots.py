"""The index page's plots, from facts.csv rows: money by year, money by helped place.

Drawn with matplotlib into inline SVG with text kept as text (svg.fonttype
none): the browser sets the Chinese labels in its own CJK font, so the
report needs no font of ours and the page stays small.
"""
from __future__ import annotations

import io
import logging
import warnings
from collections import defaultdict
from decimal import Decimal

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402  (after the backend is chosen)

# a Chinese font where matplotlib finds one, for its measures; the browser picks its own
FONTS = ["Noto Sans CJK SC", "Noto Sans CJK JP", "Source Han Sans SC", "WenQuanYi Micro Hei", "SimHei", "DejaVu Sans"]
TOP_PLACES = 15


def plots(facts: list[dict]) -> list[tuple[str, str]]:
    """(caption, svg) for each plot; a plot with no data says so instead."""
    money = [f for f in facts if f["table"] == "amounts" and f["unit"] == "CNY"]
    return [("Money by year (亿元), by what it measures", _by_year(money)),
            (f"Money by the place it goes to or describes (亿元), top {TOP_PLACES}", _by_target(money))]


def _yi(value: str) -> float:
    return float(Decimal(value)) / 1e8


def _by_year(money: list[dict]) -> str:
    sums: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for f in money:
        if f["year"]:
            sums[f["measure"]][f["year"]] += _yi(f["value"])
    years = sorted({y for by_year in sums.values() for y in by_year})
    if not years:
        return _empty("no money figure with a year")
    fig, ax = _figure()
    bottom = [0.0] * len(years)
    for measure, by_year in sorted(sums.items(), key=lambda kv: -sum(kv[1].values())):
        heights = [by_year.get(y, 0.0) for y in years]
        ax.bar(years, heights, bottom=bottom, label=measure)
        bottom = [b + h for b, h in zip(bottom, heights)]
    ax.set_ylabel("亿元")
    ax.legend(fontsize=8, ncol=2)
    return _svg(fig)


def _by_target(money: list[dict]) -> str:
    sums: dict[str, float] = defaultdict(float)
    for f in money:
        if f["target"]:
            sums[f["target"]] += _yi(f["value"])
    top = sorted(sums.items(), key=lambda kv: -kv[1])[:TOP_PLACES][::-1]
    if not top:
        return _empty("no money figure with a target")
    fig, ax = _figure(height=0.35 * len(top) + 1)
    ax.barh([name for name, _ in top], [v for _, v in top], color="#4c9a5a")
    ax.set_xlabel("亿元")
    return _svg(fig)


def _figure(height: float = 3.6):
    plt.rcParams.update({"svg.fonttype": "none", "font.family": "sans-serif", "font.sans-serif": FONTS})
    return plt.subplots(figsize=(6.4, height), layout="constrained")


def _svg(fig) -> str:
    buffer = io.StringIO()
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)  # a missing CJK font is the browser's job
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing from")
        fig.savefig(buffer, format="svg")
    plt.close(fig)
    svg = buffer.getvalue()
    return svg[svg.index("<svg"):]  # inline: no XML prolog


def _empty(why: str) -> str:
    return f'<p class="note">({why})</p>'
