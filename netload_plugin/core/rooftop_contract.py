"""The rooftop-PV model contract: what an ONNX chip classifier must declare in its metadata.

NetLoad prepares image chips from the model's own metadata and nothing else, so a user can
point ``netload:classify_rooftops`` at their own ONNX file (for example one trained on
Brazilian imagery with ``scripts/train_rooftop_model.py``). The metadata
(``custom_metadata_map`` of the ONNX model) holds these keys, all strings:

==================  ======================================================================
key                 meaning
==================  ======================================================================
netload_contract    contract version, ``1``
chip_size_px        side of the square input chip in pixels (e.g. ``101``)
gsd_m               ground sample distance of the input, metres per pixel (e.g. ``0.3``)
band_order          input channel order, comma-separated from ``R,G,B`` (e.g. ``R,G,B``)
input_layout        ``NCHW`` or ``NHWC``
scale, offset       input = raw 8-bit value * scale + offset; one number, or one per band
output              name of the output tensor: probability of PV (class 1) per chip, 0..1,
                    shape (N,), (N, 1), or (N, 2) whose second column is class 1
threshold           probability at or above which a roof counts as having PV (0..1)
model_version       version of the trained model
trained_on          the imagery the model learned from (place, sensor, resolution)
==================  ======================================================================

Optional: ``output_meaning``, ``metrics`` (validation figures), ``created``.
A file that breaks the contract raises :class:`ModelContractError` naming the key.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .errors import NetLoadError

CONTRACT_VERSION = "1"
REQUIRED_KEYS = (
    "netload_contract", "chip_size_px", "gsd_m", "band_order", "input_layout", "scale", "offset",
    "output", "threshold", "model_version", "trained_on",
)
KNOWN_BANDS = ("R", "G", "B")
OUTPUT_MEANING = "probability that a PV array is (partly) in the chip, class 1, 0..1"


class ModelContractError(NetLoadError):
    """An ONNX model whose metadata or inputs/outputs break the NetLoad model contract."""


def contract_metadata(
    *, chip_size_px: int, gsd_m: float, scale: float, offset: float, threshold: float,
    model_version: str, trained_on: str, band_order: str = "R,G,B", input_layout: str = "NCHW",
    output: str = "pv_probability", **extra: str,
) -> dict:
    """The metadata dictionary the training script writes into the ONNX file."""
    metadata = {
        "netload_contract": CONTRACT_VERSION,
        "chip_size_px": str(int(chip_size_px)),
        "gsd_m": repr(float(gsd_m)),
        "band_order": band_order,
        "input_layout": input_layout,
        "scale": repr(float(scale)),
        "offset": repr(float(offset)),
        "output": output,
        "output_meaning": OUTPUT_MEANING,
        "threshold": repr(float(threshold)),
        "model_version": model_version,
        "trained_on": trained_on,
    }
    metadata.update({key: str(value) for key, value in extra.items()})
    return metadata


@dataclass(frozen=True)
class ModelContract:
    """A validated contract: how to turn RGB 8-bit chips into the model's input and read its output."""

    source: str
    chip_size_px: int
    gsd_m: float
    band_order: tuple
    input_layout: str
    scale: np.ndarray  # per band, in band_order
    offset: np.ndarray
    output: str
    threshold: float
    model_version: str
    trained_on: str
    metadata: dict

    @property
    def footprint_m(self) -> float:
        """Ground side of one chip in metres."""
        return self.chip_size_px * self.gsd_m

    def input_shape(self, chips_shape: tuple) -> tuple:
        """Shape of the model input for raw chips shaped (N, 3, S, S), in the contract's layout."""
        if len(chips_shape) != 4 or chips_shape[1] != 3:
            raise ValueError(f"chips must be shaped (N, 3, S, S), got {tuple(chips_shape)}")
        count, bands, height, width = chips_shape
        return (count, height, width, bands) if self.input_layout == "NHWC" else tuple(chips_shape)

    def prepare(self, rgb_chips: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        """(N, 3, S, S) raw 8-bit values in R,G,B order → float32 model input per the contract.

        ``out``: an optional float32 buffer of at least N chips in the model's layout, reused from
        batch to batch, so the input is written into memory already mapped instead of into fresh
        arrays. Two passes over it — convert to float32, then scale in place in float32 (a third
        adds a non-zero offset) — are about three times faster than one mixed uint8 × float pass,
        which numpy runs through small casting buffers; the values are the same, since both
        multiply the exact float32 value of each byte by the float32 scale.
        """
        shape = self.input_shape(rgb_chips.shape)
        index = [KNOWN_BANDS.index(band) for band in self.band_order]
        chips = rgb_chips if index == [0, 1, 2] else rgb_chips[:, index]
        per_band = (1, 1, 1, 3) if self.input_layout == "NHWC" else (1, 3, 1, 1)
        if self.input_layout == "NHWC":
            chips = chips.transpose(0, 2, 3, 1)
        model_input = np.empty(shape, dtype=np.float32) if out is None else out[:shape[0]]
        if model_input.shape != shape or model_input.dtype != np.float32:
            raise ValueError(f"the input buffer is {out.dtype} {out.shape}; these chips need float32 {shape}")
        np.copyto(model_input, chips, casting="unsafe")  # every uint8 is exact in float32
        np.multiply(model_input, self.scale.astype(np.float32).reshape(per_band), out=model_input)
        if np.any(self.offset):  # most models only scale (the bundled one: 1/255)
            np.add(model_input, self.offset.reshape(per_band), out=model_input)
        return model_input

    def probabilities(self, output: np.ndarray) -> np.ndarray:
        """The class-1 probability per chip from the raw output; refuses non-probabilities."""
        values = np.asarray(output)
        if values.ndim == 2 and values.shape[1] == 2:
            values = values[:, 1]
        elif values.ndim == 2 and values.shape[1] == 1:
            values = values[:, 0]
        elif values.ndim != 1:
            raise ModelContractError(
                f"{self.source}: output '{self.output}' has shape {values.shape}; the contract expects "
                "(N,), (N, 1) or (N, 2) probabilities"
            )
        if values.size and (not np.all(np.isfinite(values)) or values.min() < 0.0 or values.max() > 1.0):
            raise ModelContractError(
                f"{self.source}: output '{self.output}' holds values outside 0..1 "
                f"({float(np.nanmin(values)):.3g}..{float(np.nanmax(values)):.3g}); the contract key 'output' must "
                "name a probability (end the network with a sigmoid or softmax)"
            )
        return values.astype(np.float64)


def parse_contract(metadata: dict, source: str = "model") -> ModelContract:
    """Validate ``metadata`` (the ONNX ``custom_metadata_map``) and return the contract."""
    missing = [key for key in REQUIRED_KEYS if not str(metadata.get(key, "")).strip()]
    if missing:
        raise ModelContractError(
            f"{source}: the model metadata lacks the contract key(s) {', '.join(missing)} "
            "(see netload_plugin/models/README.md for the NetLoad model contract)"
        )
    if metadata["netload_contract"].strip() != CONTRACT_VERSION:
        raise ModelContractError(
            f"{source}: netload_contract is {metadata['netload_contract']!r}; "
            f"this plugin reads version {CONTRACT_VERSION}"
        )
    chip_size = _number(metadata, "chip_size_px", source, int)
    if chip_size < 8:
        raise ModelContractError(f"{source}: chip_size_px {chip_size} is too small (at least 8)")
    gsd = _number(metadata, "gsd_m", source, float)
    if not gsd > 0:
        raise ModelContractError(f"{source}: gsd_m must be a positive number of metres, got {gsd}")
    bands = tuple(band.strip().upper() for band in metadata["band_order"].split(","))
    if sorted(bands) != sorted(KNOWN_BANDS):
        raise ModelContractError(
            f"{source}: band_order {metadata['band_order']!r} must list R, G and B once each (e.g. 'R,G,B')"
        )
    layout = metadata["input_layout"].strip().upper()
    if layout not in ("NCHW", "NHWC"):
        raise ModelContractError(f"{source}: input_layout {metadata['input_layout']!r} must be NCHW or NHWC")
    scale = _per_band(metadata, "scale", source)
    offset = _per_band(metadata, "offset", source)
    threshold = _number(metadata, "threshold", source, float)
    if not 0.0 <= threshold <= 1.0:
        raise ModelContractError(f"{source}: threshold {threshold} is not a probability (0..1)")
    return ModelContract(
        source=source, chip_size_px=chip_size, gsd_m=gsd, band_order=bands, input_layout=layout,
        scale=scale, offset=offset, output=metadata["output"].strip(), threshold=threshold,
        model_version=metadata["model_version"].strip(), trained_on=metadata["trained_on"].strip(),
        metadata=dict(metadata),
    )


def check_signature(contract: ModelContract, input_shapes: list, output_names: list) -> None:
    """Check the model's single image input (rank 4, 3 bands, chip size) and the named output.

    ``input_shapes``: shapes of the model inputs (dimensions as int, or str/None when dynamic).
    """
    if len(input_shapes) != 1:
        raise ModelContractError(
            f"{contract.source}: the model has {len(input_shapes)} inputs; the contract expects one image input"
        )
    shape = list(input_shapes[0])
    if len(shape) != 4:
        raise ModelContractError(
            f"{contract.source}: the input has rank {len(shape)} ({shape}); input_layout "
            f"{contract.input_layout} needs rank 4"
        )
    if contract.input_layout == "NCHW":
        channels, height, width = shape[1], shape[2], shape[3]
    else:
        height, width, channels = shape[1], shape[2], shape[3]
    if isinstance(channels, int) and channels != 3:
        raise ModelContractError(f"{contract.source}: the input has {channels} channels; band_order declares 3")
    for dimension in (height, width):
        if isinstance(dimension, int) and dimension != contract.chip_size_px:
            raise ModelContractError(
                f"{contract.source}: the input is {height}x{width} pixels but chip_size_px says {contract.chip_size_px}"
            )
    if contract.output not in output_names:
        raise ModelContractError(
            f"{contract.source}: the key 'output' names '{contract.output}', but the model's outputs are "
            f"{', '.join(output_names)}"
        )


def _number(metadata: dict, key: str, source: str, kind):
    text = metadata[key].strip()
    try:
        value = kind(float(text)) if kind is int else kind(text)
    except ValueError:
        raise ModelContractError(f"{source}: contract key {key} = {text!r} is not a number") from None
    if kind is int and float(text) != value or not math.isfinite(value):
        raise ModelContractError(f"{source}: contract key {key} = {text!r} is not a valid {kind.__name__}")
    return value


def _per_band(metadata: dict, key: str, source: str) -> np.ndarray:
    parts = [part.strip() for part in metadata[key].split(",")]
    try:
        values = np.array([float(part) for part in parts], dtype=np.float32)
    except ValueError:
        raise ModelContractError(
            f"{source}: contract key {key} = {metadata[key]!r} is not a number or 3 numbers"
        ) from None
    if len(values) == 1:
        values = np.repeat(values, 3)
    if len(values) != 3 or not np.all(np.isfinite(values)):
        raise ModelContractError(
            f"{source}: contract key {key} must be one number or 3 (one per band), got {metadata[key]!r}"
        )
    return values
