"""What the probe rounds' render scripts share: the Doc layout helper of the first round
(pdf_layouts/render.py), the eighth round's ruled tables (RuledDoc) and a scan made from a drawn PDF
by its noisy_scan.

A round's render.py is run as a script (`python tests/scenarios/roundN/render.py`), so it puts this
folder on sys.path and imports from here.
"""
from __future__ import annotations

import importlib.util
import tempfile
from collections.abc import Callable
from pathlib import Path

SCENARIOS = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


Doc = _load("_round1", SCENARIOS / "pdf_layouts" / "render.py").Doc
_round8 = _load("_round8", SCENARIOS / "round8" / "render.py")
noisy_scan = _round8.noisy_scan
RuledDoc = _round8.RuledDoc  # Doc with ruled tables (the eighth round's library board)


def draw_scanned(draw: Callable[[Path], None], printed_name: str, out: Path) -> None:
    """Draw a document with `draw` into a temporary PDF named `printed_name`, then write its
    printed-and-scanned look to `out`."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / printed_name
        draw(src)
        noisy_scan(src, out)
