"""onnxruntime, imported only when a rooftop model runs, and the model wrapper built on it.

The plugin loads and every other algorithm runs without onnxruntime; only the classifier
needs it, and its absence raises :class:`MissingOptionalDependencyError` saying how to install it.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from .errors import MissingOptionalDependencyError
from .i18n import translate
from .optional_dependencies import install_instructions
from .rooftop_contract import ModelContract, ModelContractError, check_signature, parse_contract

CONTEXT = "NetLoadOnnxRuntime"


def tr(text: str) -> str:
    return translate(CONTEXT, text)


def import_onnxruntime():
    """The ``onnxruntime`` module, or :class:`MissingOptionalDependencyError` with install steps."""
    try:
        import onnxruntime
    except ImportError as error:
        raise MissingOptionalDependencyError(
            tr("The rooftop classifier needs the Python package onnxruntime, which this QGIS Python cannot "
               "import ({}).").format(error) + " " + install_instructions()
        ) from None
    return onnxruntime


class RooftopModel:
    """An ONNX chip classifier together with its validated contract."""

    def __init__(self, path: Path, threads: int = 0):
        onnxruntime = import_onnxruntime()
        self.path = Path(path)
        if not self.path.is_file():
            raise ModelContractError(f"{self.path}: model file not found")
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.log_severity_level = 3
        # onnxruntime's pool threads spin between operators by default, burning the cores that the
        # classifier's chip reader thread, QGIS and other programs need; without spinning, a run on
        # a busy machine took far less time (docs/rooftops.md, Performance)
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        try:
            self.session = onnxruntime.InferenceSession(
                str(self.path), sess_options=options, providers=["CPUExecutionProvider"]
            )
        except Exception as error:  # noqa: BLE001 (onnxruntime raises its own exception types)
            raise ModelContractError(f"{self.path}: not a readable ONNX model ({error})") from None
        metadata = self.session.get_modelmeta().custom_metadata_map
        self.contract: ModelContract = parse_contract(metadata, source=str(self.path))
        inputs = self.session.get_inputs()
        check_signature(
            self.contract,
            [list(i.shape) for i in inputs],
            [o.name for o in self.session.get_outputs()],
        )
        self.input_name = inputs[0].name
        self._input_buffer = None  # float32 model input, reused by predict() from batch to batch

    def predict_prepared(self, model_input: np.ndarray) -> np.ndarray:
        """Probabilities for chips already prepared by ``contract.prepare``."""
        output = self.session.run([self.contract.output], {self.input_name: model_input})[0]
        return self.contract.probabilities(output)

    def predict(self, rgb_chips: np.ndarray) -> np.ndarray:
        """Probabilities of PV for (N, 3, S, S) raw 8-bit RGB chips at the contract's size and GSD."""
        shape = self.contract.input_shape(rgb_chips.shape)
        buffer = self._input_buffer
        if buffer is None or buffer.shape[1:] != shape[1:] or len(buffer) < shape[0]:
            buffer = self._input_buffer = np.empty(shape, dtype=np.float32)
        return self.predict_prepared(self.contract.prepare(rgb_chips, out=buffer))
