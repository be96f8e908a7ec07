"""Hand-built ONNX models for contract tests (no training needed): mean brightness → sigmoid."""

from pathlib import Path

import onnx
from onnx import TensorProto, helper

from netload_plugin.core.rooftop_contract import contract_metadata


def valid_metadata(**overrides) -> dict:
    metadata = contract_metadata(chip_size_px=16, gsd_m=0.5, scale=1 / 255, offset=0.0, threshold=0.5,
                                 model_version="test", trained_on="nothing: a test model")
    metadata.update(overrides)
    return {k: v for k, v in metadata.items() if v is not None}


def write_model(path: Path, metadata: dict, input_shape=("N", 3, 16, 16), output="pv_probability",
                activation="Sigmoid") -> Path:
    """probability = activation(mean over C,H,W of (input - 0.5) * 8)."""
    nodes = [
        helper.make_node(
            "ReduceMean", ["image"], ["mean"], axes=[1, 2, 3] if len(input_shape) == 4 else [1], keepdims=0
        ),
        helper.make_node("Sub", ["mean", "half"], ["centred"]),
        helper.make_node("Mul", ["centred", "gain"], ["logit"]),
    ]
    if activation:
        nodes.append(helper.make_node(activation, ["logit"], [output]))
    else:
        nodes.append(helper.make_node("Identity", ["logit"], [output]))
    graph = helper.make_graph(
        nodes, "tiny",
        [helper.make_tensor_value_info("image", TensorProto.FLOAT, list(input_shape))],
        [helper.make_tensor_value_info(output, TensorProto.FLOAT, ["N"])],
        initializer=[helper.make_tensor("half", TensorProto.FLOAT, [], [0.5]),
                     helper.make_tensor("gain", TensorProto.FLOAT, [], [8.0])],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    for key, value in metadata.items():
        entry = model.metadata_props.add()
        entry.key, entry.value = key, str(value)
    onnx.save(model, str(path))
    return path
