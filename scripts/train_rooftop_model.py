#!/usr/bin/env python3
"""Train NetLoad's rooftop-PV chip classifier and export it as one ONNX file with its contract.

    .venv/bin/pip install -r requirements-train.txt   # PyTorch CPU, for this script only
    .venv/bin/python scripts/train_rooftop_model.py ../shared/data/pv_chips \
        --out netload_plugin/models/rooftop_pv.onnx

DIR is any folder laid out like ``pv_chips``: ``labels.csv`` (``file,label[,sha256]``) and the
chips it names (RGB, all the same size, at the ground sample distance given by ``--gsd``).

What it does, in order:

1. Stratified group K-fold cross-validation (``--folds``, default 5): folds keep the class
   balance, and chips with the same ``sha256`` (pixel-identical pairs) stay in one fold, so
   no chip is scored by a model that saw its twin. Reports ROC-AUC, precision, recall and F1
   on the out-of-fold probabilities.
2. Threshold: the one that maximises F1 on the out-of-fold probabilities among thresholds
   whose precision is at least ``--min-precision`` (0.85); when none reaches it, the
   F1-maximising threshold (and a warning). The final model is trained with the same recipe
   and seed, so the out-of-fold figures are the estimate of its accuracy at that threshold.
3. Final model on every chip, exported to ONNX (opset 17) with the model contract of
   ``netload_plugin/core/rooftop_contract.py`` in its metadata; the exported model's
   probabilities are checked against PyTorch's on the training chips (max |diff| <= 1e-5).

The network is a small CNN (four 3x3 conv blocks, the first with stride 2, global average
pooling, a logistic output), trained with dihedral augmentation (flips, 90-degree rotations),
AdamW and a one-cycle learning-rate schedule. Each fold model and the final model is trained in
its own process (``--jobs``) with one thread and its own seed, so results do not depend on ``--jobs``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import multiprocessing
import sys
import time
import warnings
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from rooftop_chips import load_chip_folder, threshold_metrics

from netload_plugin.core import rooftop_contract

try:
    import torch
    from torch import nn
except ImportError:  # pragma: no cover - message for the developer
    sys.exit("PyTorch is needed to train: .venv/bin/pip install -r requirements-train.txt")

MODEL_VERSION = "1.0.0"
FINAL = "final"
_SHARED = {}  # training data for the forked workers (inherited, not pickled)


def build_network(mean: np.ndarray, std: np.ndarray) -> nn.Module:
    """The CNN. Input: NCHW float32 RGB scaled 0..1; output: (N, 1) probability of PV."""

    class Standardise(nn.Module):
        def __init__(self):
            super().__init__()
            self.register_buffer("mean", torch.tensor(mean, dtype=torch.float32).view(1, 3, 1, 1))
            self.register_buffer("std", torch.tensor(std, dtype=torch.float32).view(1, 3, 1, 1))

        def forward(self, x):
            return (x - self.mean) / self.std

    def block(c_in, c_out, stride=1, pool=True):
        layers = [nn.Conv2d(c_in, c_out, 3, stride=stride, padding=1, bias=False), nn.BatchNorm2d(c_out), nn.ReLU()]
        if pool:
            layers.append(nn.MaxPool2d(2))
        return layers

    return nn.Sequential(
        Standardise(),
        *block(3, 12, stride=2),  # 0.3 m -> learned 0.6 m features, pooled to 1.2 m
        *block(12, 24),
        *block(24, 48),
        *block(48, 64, pool=False),
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
        nn.Dropout(0.2),
        nn.Linear(64, 1),
        nn.Sigmoid(),
    )


def dihedral(batch: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
    """Random flip + 90-degree rotation per batch half (PV panels have no preferred orientation)."""
    out = batch
    if torch.rand(1, generator=generator).item() < 0.5:
        out = out.flip(3)
    k = int(torch.randint(0, 4, (1,), generator=generator).item())
    return torch.rot90(out, k, dims=(2, 3)) if k else out


def train(images: np.ndarray, labels: np.ndarray, args, seed: int) -> nn.Module:
    torch.manual_seed(seed)
    generator = torch.Generator().manual_seed(seed)
    x = torch.from_numpy(images)
    y = torch.from_numpy(labels.astype(np.float32)).view(-1, 1)
    mean = images.mean(axis=(0, 2, 3))
    std = images.std(axis=(0, 2, 3)) + 1e-6
    network = build_network(mean, std)
    optimiser = torch.optim.AdamW(network.parameters(), lr=args.lr, weight_decay=1e-4)
    steps_per_epoch = int(np.ceil(len(x) / args.batch_size))
    schedule = torch.optim.lr_scheduler.OneCycleLR(
        optimiser, max_lr=args.lr, total_steps=args.epochs * steps_per_epoch, pct_start=0.2
    )
    loss_function = nn.BCELoss()
    for _epoch in range(args.epochs):
        network.train()
        order = torch.randperm(len(x), generator=generator)
        for start in range(0, len(x), args.batch_size):
            index = order[start:start + args.batch_size]
            if len(index) < 2:
                continue
            batch = dihedral(x[index], generator)
            optimiser.zero_grad()
            loss = loss_function(network(batch), y[index])
            loss.backward()
            optimiser.step()
            schedule.step()
    network.eval()
    return network


def _train_task(task):
    """Worker: train one fold model (or the final one) with its own seed; return its weights."""
    key, train_index = task
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    images, labels, args = _SHARED["images"], _SHARED["labels"], _SHARED["args"]
    seed = args.seed + (1000 if key == FINAL else key)
    network = train(images[train_index], labels[train_index], args, seed=seed)
    print(f"trained {key} ({len(train_index)} chips)", file=sys.stderr, flush=True)
    return key, {name: value.clone() for name, value in network.state_dict().items()}


def _restore(state: dict) -> nn.Module:
    """A network from a worker's weights (standardisation buffers included)."""
    network = build_network(np.zeros(3), np.ones(3))
    network.load_state_dict(state)
    network.eval()
    return network


def predict(network: nn.Module, images: np.ndarray, batch_size: int = 256) -> np.ndarray:
    with torch.no_grad():
        return np.concatenate(
            [
                network(torch.from_numpy(images[i : i + batch_size])).numpy()[:, 0]
                for i in range(0, len(images), batch_size)
            ]
        )


def choose_threshold(labels: np.ndarray, probabilities: np.ndarray, min_precision: float) -> tuple:
    """Max-F1 threshold among those with precision >= min_precision (else plain max-F1)."""
    candidates = np.unique(probabilities)
    scored = [(threshold_metrics(labels, probabilities, t), float(t)) for t in candidates]
    eligible = [(m["f1"], t) for m, t in scored if m["precision"] >= min_precision]
    if eligible:
        return max(eligible)[1], True
    return max((m["f1"], t) for m, t in scored)[1], False


def export_onnx(network: nn.Module, chip_size: int, path: Path, metadata: dict) -> None:
    import onnx

    dummy = torch.zeros(1, 3, chip_size, chip_size)
    partial = path.with_suffix(".onnx.partial")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # the TorchScript exporter is the one without onnxscript
        torch.onnx.export(
            network, (dummy,), str(partial), dynamo=False, opset_version=17,
            input_names=["image"], output_names=["pv_probability"],
            dynamic_axes={"image": {0: "batch"}, "pv_probability": {0: "batch"}},
        )
    model = onnx.load(str(partial))
    del model.metadata_props[:]
    for key, value in metadata.items():
        entry = model.metadata_props.add()
        entry.key, entry.value = key, str(value)
    model.producer_name = "netload train_rooftop_model.py"
    model.doc_string = "NetLoad rooftop PV chip classifier: probability that a PV array is in the chip."
    onnx.checker.check_model(model)
    onnx.save(model, str(partial))
    partial.replace(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dir", type=Path, help="chip folder with labels.csv and chips/")
    parser.add_argument("--out", type=Path, default=REPO / "netload_plugin" / "models" / "rooftop_pv.onnx")
    parser.add_argument("--seed", type=int, default=20240924)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--batch-size", type=int, default=48)
    parser.add_argument("--lr", type=float, default=5e-3)
    parser.add_argument("--min-precision", type=float, default=0.85)
    parser.add_argument("--gsd", type=float, default=0.3, help="ground sample distance of the chips in metres")
    parser.add_argument("--trained-on", default="USGS 2013 aerial orthoimagery, Fresno CA, 0.3 m "
                        "(arathee2/solar-panel-detection training chips, 1200 labelled)")
    parser.add_argument("--jobs", type=int, default=6, help="parallel training processes (folds + final)")
    args = parser.parse_args()

    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import StratifiedGroupKFold

    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    started = time.perf_counter()
    chips = load_chip_folder(args.dir)
    if chips.images.shape[2] != chips.images.shape[3]:
        sys.exit(f"chips must be square, got {chips.images.shape[2]}x{chips.images.shape[3]}")
    chip_size = chips.images.shape[2]
    scale = 1.0 / 255.0
    images = chips.images.astype(np.float32) * scale
    labels = chips.labels
    print(f"{len(labels)} chips ({int(labels.sum())} PV), {chip_size} px at {args.gsd} m", file=sys.stderr)

    out_of_fold = np.zeros(len(labels))
    splitter = StratifiedGroupKFold(n_splits=args.folds, shuffle=True, random_state=args.seed)
    folds = list(splitter.split(images, labels, chips.groups))
    for train_index, test_index in folds:
        assert not set(chips.groups[train_index]) & set(chips.groups[test_index])
    # The K fold models and the final model are independent: train them in parallel processes
    # (one thread each, so the result does not depend on --jobs).
    tasks = [(fold, train_index) for fold, (train_index, _) in enumerate(folds)] + [(FINAL, np.arange(len(labels)))]
    context = multiprocessing.get_context("fork")
    _SHARED.update(images=images, labels=labels, args=args)
    with context.Pool(processes=min(args.jobs, len(tasks))) as pool:
        states = dict(pool.imap_unordered(_train_task, tasks))
    fold_aucs = []
    for fold, (_, test_index) in enumerate(folds):
        network = _restore(states[fold])
        out_of_fold[test_index] = predict(network, images[test_index])
        fold_aucs.append(roc_auc_score(labels[test_index], out_of_fold[test_index]))
        print(f"fold {fold + 1}/{args.folds}: ROC-AUC {fold_aucs[-1]:.4f}", file=sys.stderr)

    threshold, precision_reached = choose_threshold(labels, out_of_fold, args.min_precision)
    if not precision_reached:
        print(f"WARNING: no threshold reaches precision {args.min_precision}; using max-F1", file=sys.stderr)
    cv = {"roc_auc": float(roc_auc_score(labels, out_of_fold)), **threshold_metrics(labels, out_of_fold, threshold)}
    cv["fold_roc_auc"] = [round(a, 4) for a in fold_aucs]

    network = _restore(states[FINAL])
    torch_probabilities = predict(network, images)
    print(f"trained ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    metadata = rooftop_contract.contract_metadata(
        chip_size_px=chip_size, gsd_m=args.gsd, scale=scale, offset=0.0, threshold=round(threshold, 6),
        model_version=MODEL_VERSION, trained_on=args.trained_on,
        metrics=(f"{args.folds}-fold CV (StratifiedGroupKFold, seed {args.seed}): ROC-AUC {cv['roc_auc']:.3f}, "
                 f"precision {cv['precision']:.3f}, recall {cv['recall']:.3f}, F1 {cv['f1']:.3f} "
                 f"at threshold {threshold:.3f}"),
        created=datetime.date.today().isoformat(),
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    export_onnx(network, chip_size, args.out, metadata)

    import onnxruntime

    session = onnxruntime.InferenceSession(str(args.out), providers=["CPUExecutionProvider"])
    onnx_probabilities = np.concatenate([
        session.run(None, {"image": images[i:i + 256]})[0][:, 0] for i in range(0, len(images), 256)
    ])
    max_difference = float(np.max(np.abs(onnx_probabilities - torch_probabilities)))
    if max_difference > 1e-5:
        sys.exit(f"ONNX export differs from PyTorch by {max_difference:.2e} (> 1e-5): not shipping {args.out}")
    summary = {
        "chips": int(len(labels)), "positives": int(labels.sum()), "folds": args.folds, "seed": args.seed,
        "cv_roc_auc": round(cv["roc_auc"], 4), "cv_precision": round(cv["precision"], 4),
        "cv_recall": round(cv["recall"], 4), "cv_f1": round(cv["f1"], 4), "fold_roc_auc": cv["fold_roc_auc"],
        "threshold": round(threshold, 6), "onnx_vs_torch_max_abs_diff": max_difference,
        "model": str(args.out), "model_bytes": args.out.stat().st_size,
        "seconds": round(time.perf_counter() - started, 1),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
