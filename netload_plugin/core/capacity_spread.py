"""A state's capacity spread over its zones in proportion to a weight (population by default).

When only a state total is known (ANEEL's register aggregated per state and month), each zone of the
state gets ``capacity × weight / Σ weights of the state's zones``. Population is the documented
default weight: rooftop GD follows where people live (residential units are about 70 % of the
register's units), and IBGE publishes it for every municipality. It misplaces the rural and
commercial share, which matters for where the hidden load lies inside a state but little for the
state's or subsystem's total: the irradiance of one state's municipalities varies by a few per cent.
"""

from __future__ import annotations

import numpy as np


def spread_by_weight(state_capacity, states, zone_states, zone_weights) -> np.ndarray:
    """(Z, D) capacity per zone from (S, D) capacity per state.

    ``states`` (S,) names the rows of ``state_capacity``; ``zone_states`` (Z,) the state of each zone;
    ``zone_weights`` (Z,) non-negative weights (NaN counts as 0). Zones of states not in ``states``
    get 0. A state with capacity but no zone of positive weight raises ValueError (its capacity would
    otherwise vanish).
    """
    state_capacity = np.atleast_2d(np.asarray(state_capacity, dtype=float))
    zone_states = np.asarray(zone_states, dtype=object)
    weights = np.nan_to_num(np.asarray(zone_weights, dtype=float), nan=0.0)
    if np.any(weights < 0):
        raise ValueError("zone weights must be non-negative")
    result = np.zeros((zone_states.size, state_capacity.shape[1]))
    for row, state in enumerate(states):
        members = zone_states == state
        total = weights[members].sum()
        if total <= 0:
            if np.any(state_capacity[row] > 0):
                raise ValueError(f"state {state} has capacity but no zone with a positive weight")
            continue
        result[members] = (weights[members] / total)[:, None] * state_capacity[row][None, :]
    return result
