"""Writes a move's still picture as SVG: the key pose, a faint start pose and the props."""

from __future__ import annotations

from collections.abc import Mapping

from lbh_desktop.core.figure_drawing import (
    Disc,
    Frame,
    Shape,
    Stroke,
    figure_bounds,
    figure_shapes,
    fit_frame,
)
from lbh_desktop.core.figure_motion import MoveFigure, place_key

SVG_WIDTH, SVG_HEIGHT = 400, 300
LIGHT_INK = {
    "floor": "#b8c2cc",
    "mat": "#9fd3c7",
    "prop": "#c9d3dc",
    "prop_edge": "#8796a5",
    "far": "#1d5670",
    "body": "#2f7ea3",
    "near": "#4b9cc2",
    "halo": "#ffffff",
    "ghost": "#d5dde4",
    "weight": "#4a4f57",
    "strap": "#e07a3f",
}
"""Colours of the shipped pictures; the app repaints the figure in its theme's colours."""


def _svg_shape(shape: Shape, frame: Frame, ink: Mapping[str, str]) -> str:
    colour = ink[shape.role]
    if isinstance(shape, Stroke):
        points = " ".join("{:.1f},{:.1f}".format(*frame.point(p)) for p in shape.points)
        width = shape.width * frame.scale
        return (
            f'<polyline points="{points}" fill="none" stroke="{colour}" '
            f'stroke-width="{width:.1f}" stroke-linecap="round" stroke-linejoin="round"/>'
        )
    if isinstance(shape, Disc):
        x, y = frame.point(shape.centre)
        radius = shape.radius * frame.scale
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" fill="{colour}"/>'
    x, y = frame.point((shape.x, shape.y + shape.height))
    corner = shape.corner * frame.scale
    return (
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{shape.width * frame.scale:.1f}" '
        f'height="{shape.height * frame.scale:.1f}" rx="{corner:.1f}" fill="{colour}"/>'
    )


def still_shapes(figure: MoveFigure) -> list[Shape]:
    """The still picture: the key pose over a faint start pose, with the props."""
    ghost = place_key(figure, figure.ghost) if figure.ghost else None
    return figure_shapes(figure, place_key(figure, figure.still), ghost)


def figure_svg(figure: MoveFigure, ink: Mapping[str, str] = LIGHT_INK) -> str:
    frame = fit_frame(figure_bounds(figure), SVG_WIDTH, SVG_HEIGHT)
    body = [
        f'<rect x="12" y="{frame.floor:.1f}" width="{SVG_WIDTH - 24}" height="5" rx="2.5" '
        f'fill="{ink["floor"]}"/>'
    ]
    body += [_svg_shape(shape, frame, ink) for shape in still_shapes(figure)]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" baseProfile="tiny" '
        f'width="{SVG_WIDTH}" height="{SVG_HEIGHT}" viewBox="0 0 {SVG_WIDTH} {SVG_HEIGHT}">\n  '
        + "\n  ".join(body)
        + "\n</svg>\n"
    )
