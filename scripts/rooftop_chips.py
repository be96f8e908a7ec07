"""Read a labelled chip folder laid out like ``../shared/data/pv_chips`` (shared by the rooftop scripts).

Layout: ``labels.csv`` with columns ``file,label`` (and optionally ``sha256``), ``file`` relative
to the folder (``chips/<id>.tif``), ``label`` 1 = PV in the chip, 0 = none. Chips are read with
GDAL, so any raster format GDAL opens works; every chip must have the same size and >= 3 bands.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass
class ChipSet:
    images: np.ndarray  # (N, bands, H, W) uint8/float as read, bands in file order
    labels: np.ndarray  # (N,) int 0/1
    groups: np.ndarray  # (N,) str: sha256 of the pixels, so identical chips share a group
    files: list


def load_chip_folder(folder: Path) -> ChipSet:
    """All chips and labels of ``folder``; raises SystemExit naming the row on bad input."""
    from osgeo import gdal

    gdal.UseExceptions()
    folder = Path(folder)
    labels_csv = folder / "labels.csv"
    if not labels_csv.is_file():
        raise SystemExit(f"{labels_csv}: not found (a chip folder needs labels.csv with columns file,label)")
    images, labels, groups, files = [], [], [], []
    with labels_csv.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = {"file", "label"} - set(reader.fieldnames or [])
        if missing:
            raise SystemExit(f"{labels_csv}: missing column(s) {', '.join(sorted(missing))}")
        for row_number, row in enumerate(reader, start=2):
            path = folder / row["file"]
            if row["label"] not in ("0", "1"):
                raise SystemExit(f"{labels_csv} row {row_number}: label {row['label']!r} is not 0 or 1")
            try:
                dataset = gdal.Open(str(path))
            except RuntimeError as error:
                raise SystemExit(f"{labels_csv} row {row_number}: cannot read {path}: {error}") from None
            pixels = dataset.ReadAsArray()
            if pixels.ndim != 3 or pixels.shape[0] < 3:
                raise SystemExit(f"{path}: expected an RGB chip, got array shape {pixels.shape}")
            pixels = pixels[:3]
            if images and pixels.shape != images[0].shape:
                raise SystemExit(f"{path}: size {pixels.shape} differs from the first chip's {images[0].shape}")
            images.append(pixels)
            labels.append(int(row["label"]))
            # Group by pixel content, so pixel-identical chips always share a fold.
            groups.append(row.get("sha256") or hashlib.sha256(pixels.tobytes()).hexdigest())
            files.append(row["file"])
    if not images:
        raise SystemExit(f"{labels_csv}: no rows")
    return ChipSet(np.stack(images), np.asarray(labels), np.asarray(groups), files)


def threshold_metrics(labels: np.ndarray, probabilities: np.ndarray, threshold: float) -> dict:
    """Precision, recall and F1 of ``probability >= threshold``."""
    predicted = probabilities >= threshold
    true_positive = int(np.sum(predicted & (labels == 1)))
    precision = true_positive / max(int(predicted.sum()), 1)
    recall = true_positive / max(int((labels == 1).sum()), 1)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}
