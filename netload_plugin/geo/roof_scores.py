"""Score roof centres on a raster with a chip classifier, window by window and batch by batch.

Only one raster window and a few batches of chips are in memory at a time (see
``raster_chips``); what is kept per roof is a probability and a status code, so a city's roofs
fit where its mosaic would not. A worker thread reads windows, cuts chips and converts them
to the model's input while onnxruntime scores the batch before (both release the GIL), so
reading costs little time beyond inference itself.
"""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass

import numpy as np

from ..core.errors import Cancelled
from ..core.progress import Progress
from .raster_chips import STATUS_CLIPPED, STATUS_NO_DATA, STATUS_OK, STATUS_OUTSIDE, ChipRaster

NODATA_LIMIT = 0.5  # a chip more than half no data is not scored: the model never saw such input
STATUS_TEXT = {STATUS_OK: "classified", STATUS_OUTSIDE: "outside_raster", STATUS_CLIPPED: "chip_clipped",
               STATUS_NO_DATA: "no_data"}


@dataclass
class RoofScores:
    probabilities: np.ndarray  # (n,) float, NaN where the roof was not scored
    status: np.ndarray  # (n,) int8 status code, see STATUS_TEXT

    def status_texts(self) -> list:
        """The status of every roof as text."""
        texts = np.array([STATUS_TEXT[code] for code in range(len(STATUS_TEXT))], dtype=object)
        return texts[self.status].tolist()

    def counts(self) -> dict:
        """Roofs per status text."""
        codes, numbers = np.unique(self.status, return_counts=True)
        return {STATUS_TEXT[int(code)]: int(number) for code, number in zip(codes, numbers)}


def score_points(raster: ChipRaster, model, xs: np.ndarray, ys: np.ndarray, batch_size: int,
                 progress: Progress | None = None) -> RoofScores:
    """PV probability of the chip centred on each point (raster CRS; NaN: no point).

    ``model`` is a :class:`~netload_plugin.core.onnx_runtime.RooftopModel`. Progress runs 0..1
    over the batches; a cancel is honoured between batches (:class:`Cancelled` is raised).
    """
    progress = progress or Progress()
    columns, rows = raster.grid_positions(np.asarray(xs, dtype=float), np.asarray(ys, dtype=float))
    status = raster.chip_status(np.nan_to_num(columns, nan=-1e9), np.nan_to_num(rows, nan=-1e9))
    probabilities = np.full(len(status), np.nan)
    to_score = np.flatnonzero(status == STATUS_OK)
    done = 0
    progress.check_cancelled()
    with _PreparedBatches(raster, model.contract, to_score, columns, rows, batch_size) as batches:
        for indices, nodata_fraction, model_input in batches:
            usable = nodata_fraction <= NODATA_LIMIT
            status[indices[~usable]] = STATUS_NO_DATA
            if usable.any():
                chips = model_input if usable.all() else model_input[usable]
                probabilities[indices[usable]] = model.predict_prepared(chips)
            done += len(indices)
            progress.set_fraction(done / len(to_score))
            progress.check_cancelled()  # between batches: one window may hold thousands of roofs
    return RoofScores(probabilities, status)


class _StopFlag(Progress):
    """What the worker sees of progress: only whether to stop (it never touches QGIS objects)."""

    def __init__(self, event: threading.Event):
        self._event = event

    def is_cancelled(self) -> bool:
        return self._event.is_set()


_DONE = object()


class _PreparedBatches:
    """Batches of model input made by a worker thread one or two batches ahead of the scoring.

    Three input buffers rotate: the one being scored, at most one waiting in the queue, and
    the one being filled, so a buffer is never overwritten while the model reads it. Leaving
    the ``with`` block (done, error or cancel) stops the worker and waits for it.
    """

    SLOTS = 3

    def __init__(self, raster: ChipRaster, contract, indices, columns, rows, batch_size: int):
        shape = contract.input_shape((batch_size, 3, raster.chip_size, raster.chip_size))
        self._buffers = [np.empty(shape, dtype=np.float32) for _ in range(self.SLOTS)]
        self._queue = queue.Queue(maxsize=self.SLOTS - 2)
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._produce, args=(raster, contract, indices, columns, rows, batch_size),
            name="netload-roof-chips", daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc_info):
        self._stop.set()
        self._thread.join()
        return False

    def __iter__(self):
        while True:
            item = self._queue.get()
            if item is _DONE:
                return
            if isinstance(item, Exception):
                raise item
            yield item

    def _produce(self, raster, contract, indices, columns, rows, batch_size) -> None:
        try:
            batches = raster.batches(indices, columns, rows, batch_size, _StopFlag(self._stop))
            for number, batch in enumerate(batches):
                model_input = contract.prepare(batch.chips, out=self._buffers[number % self.SLOTS])
                self._put((batch.indices.copy(), batch.nodata_fraction.copy(), model_input))
        except Cancelled:  # asked to stop by __exit__: nobody waits for more
            return
        except Exception as error:  # noqa: BLE001 - handed to the scoring thread, which raises it
            self._put(error)
            return
        self._put(_DONE)

    def _put(self, item) -> None:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.05)
                return
            except queue.Full:
                continue
