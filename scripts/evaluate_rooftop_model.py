#!/usr/bin/env python3
"""Evaluate a rooftop-PV ONNX model on a labelled chip folder (laid out like ``pv_chips``).

    .venv/bin/python scripts/evaluate_rooftop_model.py ../shared/data/pv_chips [--model FILE]

Chips are prepared exactly as the plugin does, from the model's contract metadata alone: when the
folder's chips are not the model's chip size they are resampled (bilinear) to it (``--gsd`` says
the folder's ground sample distance; a warning is printed when it differs from the model's).
Prints ROC-AUC, precision, recall, F1 at the model's threshold (or ``--threshold``) and chips/s
of inference; the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from rooftop_chips import load_chip_folder, threshold_metrics

from netload_plugin.core.onnx_runtime import RooftopModel


def resize(chips: np.ndarray, size: int) -> np.ndarray:
    """Bilinear resize of (N, 3, H, W) chips to size x size with GDAL (as the plugin's warped reads)."""
    from osgeo import gdal

    out = np.empty((len(chips), 3, size, size), dtype=np.uint8)
    for index, chip in enumerate(chips):
        memory = gdal.GetDriverByName("MEM").Create("", chip.shape[2], chip.shape[1], 3, gdal.GDT_Byte)
        for band in range(3):
            memory.GetRasterBand(band + 1).WriteArray(chip[band])
        out[index] = memory.ReadAsArray(buf_xsize=size, buf_ysize=size, resample_alg=gdal.GRIORA_Bilinear)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dir", type=Path)
    parser.add_argument("--model", type=Path, default=REPO / "netload_plugin" / "models" / "rooftop_pv.onnx")
    parser.add_argument("--threshold", type=float, help="default: the model's own threshold")
    parser.add_argument("--gsd", type=float, default=0.3, help="ground sample distance of the chips (m)")
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args()

    from sklearn.metrics import roc_auc_score

    model = RooftopModel(args.model)
    contract = model.contract
    chips = load_chip_folder(args.dir)
    images = chips.images
    if abs(args.gsd - contract.gsd_m) > 1e-6:
        print(f"WARNING: chips are {args.gsd} m, the model expects {contract.gsd_m} m", file=sys.stderr)
    if images.shape[2] != contract.chip_size_px:
        images = resize(images, contract.chip_size_px)
    started = time.perf_counter()
    probabilities = np.concatenate([
        model.predict(images[i:i + args.batch_size]) for i in range(0, len(images), args.batch_size)
    ])
    seconds = time.perf_counter() - started
    threshold = contract.threshold if args.threshold is None else args.threshold
    metrics = threshold_metrics(chips.labels, probabilities, threshold)
    summary = {
        "model": str(args.model), "model_version": contract.model_version, "chips": int(len(images)),
        "roc_auc": round(float(roc_auc_score(chips.labels, probabilities)), 4),
        "precision": round(metrics["precision"], 4), "recall": round(metrics["recall"], 4),
        "f1": round(metrics["f1"], 4), "threshold": threshold,
        "chips_per_s": round(len(images) / seconds, 1),
    }
    for key, value in summary.items():
        print(f"{key:>14}: {value}", file=sys.stderr)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
