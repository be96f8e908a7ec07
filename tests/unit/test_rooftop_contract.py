"""The model contract: parsing, errors naming the key, chip preparation, output checks."""

import numpy as np
import pytest

from netload_plugin.core.rooftop_contract import ModelContractError, parse_contract
from tests.support.requires import require

onnxruntime = require("onnxruntime")

from netload_plugin.core.onnx_runtime import RooftopModel
from tests.support.tiny_onnx import valid_metadata, write_model


@pytest.mark.parametrize(
    "key", ["chip_size_px", "gsd_m", "band_order", "scale", "threshold", "output", "netload_contract"]
)
def test_missing_key_is_named(key):
    metadata = valid_metadata()
    del metadata[key]
    with pytest.raises(ModelContractError, match=key):
        parse_contract(metadata, "my.onnx")


@pytest.mark.parametrize("key, value, words", [
    ("gsd_m", "abc", "gsd_m"),
    ("gsd_m", "-1", "gsd_m"),
    ("band_order", "R,G", "band_order"),
    ("input_layout", "CHW", "input_layout"),
    ("threshold", "1.5", "threshold"),
    ("scale", "1,2", "scale"),
    ("netload_contract", "2", "netload_contract"),
])
def test_bad_values_are_named(key, value, words):
    with pytest.raises(ModelContractError, match=words):
        parse_contract(valid_metadata(**{key: value}), "my.onnx")


def test_prepare_reorders_bands_and_scales():
    contract = parse_contract(valid_metadata(band_order="B,G,R", scale="1,2,3", offset="-1", input_layout="NHWC"))
    chips = np.zeros((1, 3, 2, 2), dtype=np.uint8)
    chips[0, 0], chips[0, 1], chips[0, 2] = 10, 20, 30  # R, G, B
    prepared = contract.prepare(chips)
    assert prepared.shape == (1, 2, 2, 3)
    # B*1-1, G*2-1, R*3-1
    assert prepared[0, 0, 0].tolist() == [29.0, 39.0, 29.0]


def test_session_threads_do_not_spin(tmp_path):
    # spinning pool threads would take the cores the chip reader thread needs (docs/rooftops.md)
    options = RooftopModel(write_model(tmp_path / "m.onnx", valid_metadata())).session.get_session_options()
    assert options.get_session_config_entry("session.intra_op.allow_spinning") == "0"


def test_valid_model_predicts_by_hand(tmp_path):
    model = RooftopModel(write_model(tmp_path / "m.onnx", valid_metadata()))
    chips = np.full((2, 3, 16, 16), 255, dtype=np.uint8)
    chips[1] = 0
    expected = 1 / (1 + np.exp(-np.array([0.5, -0.5]) * 8))
    np.testing.assert_allclose(model.predict(chips), expected, atol=1e-6)


def test_missing_metadata_key_in_file(tmp_path):
    metadata = valid_metadata()
    del metadata["gsd_m"]
    with pytest.raises(ModelContractError, match="gsd_m"):
        RooftopModel(write_model(tmp_path / "m.onnx", metadata))


def test_wrong_input_rank(tmp_path):
    with pytest.raises(ModelContractError, match="rank 2"):
        RooftopModel(write_model(tmp_path / "m.onnx", valid_metadata(), input_shape=("N", 768)))


def test_wrong_chip_size(tmp_path):
    with pytest.raises(ModelContractError, match="chip_size_px"):
        RooftopModel(write_model(tmp_path / "m.onnx", valid_metadata(chip_size_px="32")))


def test_output_name_must_exist(tmp_path):
    with pytest.raises(ModelContractError, match="'output'"):
        RooftopModel(write_model(tmp_path / "m.onnx", valid_metadata(output="probability")))


def test_non_probability_output_refused(tmp_path):
    model = RooftopModel(write_model(tmp_path / "m.onnx", valid_metadata(), activation=None))
    with pytest.raises(ModelContractError, match="outside 0..1"):
        model.predict(np.full((1, 3, 16, 16), 255, dtype=np.uint8))


def test_not_an_onnx_file(tmp_path):
    path = tmp_path / "m.onnx"
    path.write_bytes(b"not a model")
    with pytest.raises(ModelContractError, match="not a readable ONNX model"):
        RooftopModel(path)


def test_prepare_scales_every_byte_as_one_float32_product():
    # the bundled model's scale, 1/255, is not exact in float32: each input must be the float32
    # product float32(byte) * float32(1/255), taken here one Python scalar at a time
    contract = parse_contract(valid_metadata(scale=repr(1 / 255), offset="0"))
    chips = np.arange(256 * 3, dtype=np.int64).reshape(1, 3, 16, 16).astype(np.uint8)  # every byte, each band
    expected = np.array([np.float32(value) * np.float32(1 / 255) for value in chips.ravel().tolist()],
                        dtype=np.float32).reshape(chips.shape)
    np.testing.assert_array_equal(contract.prepare(chips, out=np.empty((4, 3, 16, 16), dtype=np.float32)), expected)


@pytest.mark.parametrize("layout", ["NCHW", "NHWC"])
def test_prepare_into_a_reused_buffer_equals_plain_arithmetic(layout):
    contract = parse_contract(valid_metadata(band_order="G,B,R", scale="0.5,0.25,2", offset="-3,1,0.125",
                                             input_layout=layout))
    chips = np.random.default_rng(5).integers(0, 256, size=(5, 3, 4, 4), dtype=np.uint8)
    # by hand: bands G, B, R in that order, each value * scale + offset in float32
    expected = np.stack([chips[:, 1] * np.float32(0.5) - np.float32(3), chips[:, 2] * np.float32(0.25) + np.float32(1),
                         chips[:, 0] * np.float32(2) + np.float32(0.125)], axis=1).astype(np.float32)
    if layout == "NHWC":
        expected = expected.transpose(0, 2, 3, 1)
    buffer = np.full((8,) + expected.shape[1:], np.nan, dtype=np.float32)
    contract.prepare(np.zeros((8, 3, 4, 4), dtype=np.uint8), out=buffer)  # an earlier, larger batch
    prepared = contract.prepare(chips, out=buffer)
    assert np.shares_memory(prepared, buffer)
    np.testing.assert_array_equal(prepared, expected)
    np.testing.assert_array_equal(contract.prepare(chips), expected)
    with pytest.raises(ValueError, match="float32"):
        contract.prepare(chips, out=np.empty((8, 3, 4, 4), dtype=np.float64))
