"""The shipped rooftop model, checked independently of NetLoad's own chip code.

The chips are read with GDAL and scaled by hand from the metadata; onnxruntime runs the file;
scikit-learn scores it against labels.csv. Plus: the training script's export equals PyTorch.
"""

import csv
import importlib.util
import sys

import numpy as np
import pytest

from tests.conftest import REPO_ROOT
from tests.support.requires import require

MODEL = REPO_ROOT / "netload_plugin" / "models" / "rooftop_pv.onnx"
onnxruntime = require("onnxruntime")


def read_pv_chips(folder, limit=None):
    from osgeo import gdal

    with (folder / "labels.csv").open() as handle:
        rows = list(csv.DictReader(handle))[:limit]
    chips = np.stack([gdal.Open(str(folder / r["file"])).ReadAsArray()[:3] for r in rows])
    return chips, np.array([int(r["label"]) for r in rows])


def test_shipped_model_is_small_and_declares_its_contract():
    assert MODEL.stat().st_size < 10 * 1024 * 1024
    session = onnxruntime.InferenceSession(str(MODEL), providers=["CPUExecutionProvider"])
    meta = session.get_modelmeta().custom_metadata_map
    assert meta["netload_contract"] == "1" and meta["band_order"] == "R,G,B" and meta["input_layout"] == "NCHW"
    assert float(meta["gsd_m"]) == 0.3 and int(meta["chip_size_px"]) == 101
    assert 0.0 < float(meta["threshold"]) < 1.0
    assert "Fresno" in meta["trained_on"]


def test_shipped_model_separates_pv_chips(large_data):
    """All 1,200 labelled chips (38 MB, not carried by the project: an optional large-data test)."""
    from sklearn.metrics import roc_auc_score

    chips, labels = read_pv_chips(large_data / "pv_chips")
    session = onnxruntime.InferenceSession(str(MODEL), providers=["CPUExecutionProvider"])
    meta = session.get_modelmeta().custom_metadata_map
    model_input = chips.astype(np.float32) * float(meta["scale"]) + float(meta["offset"])
    probabilities = np.concatenate([
        session.run([meta["output"]], {session.get_inputs()[0].name: model_input[i:i + 200]})[0].reshape(-1)
        for i in range(0, len(chips), 200)
    ])
    assert np.all((probabilities >= 0) & (probabilities <= 1))
    assert roc_auc_score(labels, probabilities) >= 0.95
    predicted = probabilities >= float(meta["threshold"])
    precision = (predicted & (labels == 1)).sum() / predicted.sum()
    recall = (predicted & (labels == 1)).sum() / (labels == 1).sum()
    assert precision >= 0.85 and recall >= 0.75


def test_training_export_matches_pytorch(shared_data, tmp_path):
    torch = pytest.importorskip("torch", reason="PyTorch is not installed (pip install -r requirements-train.txt)")
    spec = importlib.util.spec_from_file_location(
        "train_rooftop_model", REPO_ROOT / "scripts" / "train_rooftop_model.py"
    )
    train = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(REPO_ROOT / "scripts"))
    spec.loader.exec_module(train)
    chips, labels = read_pv_chips(shared_data / "pv_chips", limit=24)
    images = chips.astype(np.float32) / 255.0

    class Args:
        epochs, batch_size, lr = 1, 8, 1e-3

    torch.set_num_threads(1)
    network = train.train(images, labels, Args, seed=1)
    expected = train.predict(network, images)
    path = tmp_path / "m.onnx"
    metadata = train.rooftop_contract.contract_metadata(
        chip_size_px=101, gsd_m=0.3, scale=1 / 255, offset=0.0, threshold=0.5, model_version="t", trained_on="t")
    train.export_onnx(network, 101, path, metadata)
    from netload_plugin.core.onnx_runtime import RooftopModel

    got = RooftopModel(path).predict(chips)
    np.testing.assert_allclose(got, expected, atol=1e-5)
