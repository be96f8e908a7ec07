"""capacity_spread: a state's capacity shared among its zones in proportion to their weight."""
import numpy as np
import pytest

from netload_plugin.core.capacity_spread import spread_by_weight


def test_capacity_follows_the_weights_within_each_state():
    capacity = spread_by_weight([[100.0, 200.0], [10.0, 20.0]], ["PR", "SC"],
                                ["PR", "PR", "SC", "RS"], [1.0, 3.0, 5.0, 7.0])
    np.testing.assert_allclose(capacity, [[25, 50], [75, 150], [10, 20], [0, 0]])


def test_missing_weights_count_as_zero_and_lost_capacity_is_an_error():
    capacity = spread_by_weight([[40.0]], ["PR"], ["PR", "PR"], [np.nan, 2.0])
    np.testing.assert_allclose(capacity, [[0], [40]])
    with pytest.raises(ValueError, match="state SC has capacity but no zone"):
        spread_by_weight([[1.0]], ["SC"], ["SC"], [0.0])
    assert spread_by_weight([[0.0]], ["SC"], ["SC"], [0.0]).tolist() == [[0.0]]
