"""How a fleet of PV systems faces the sky: a weighted set of planes (tilt, azimuth, share of capacity).

One plane (every roof at latitude tilt facing north) describes an optimised single system, not a
city's roofs: modules lie flat on the roof they are on, at its pitch, on whichever faces have room.
A fleet is evaluated as the capacity-weighted sum of its planes' plane-of-array irradiance
(:mod:`.plane_of_array`), so a mix of planes costs one transposition per plane and a single DC/AC
chain (see :data:`ROOFS` for the default and why).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Plane:
    """``tilt_deg`` (None = |latitude| of each zone), ``azimuth_deg`` clockwise from north, ``weight``
    (share of the fleet's capacity)."""

    tilt_deg: float | None
    azimuth_deg: float
    weight: float = 1.0

    def tilts_for(self, latitude) -> np.ndarray:
        """Tilt per zone in degrees: the fixed tilt, or |latitude| when ``tilt_deg`` is None."""
        latitude = np.atleast_1d(np.asarray(latitude, dtype=float))
        if self.tilt_deg is None:
            return np.abs(latitude)
        return np.full(latitude.shape, float(self.tilt_deg))


@dataclass(frozen=True)
class FleetOrientation:
    """A named set of planes whose weights sum to 1."""

    name: str
    planes: tuple

    def __post_init__(self):
        if not self.planes:
            raise ValueError(f"orientation {self.name!r} has no plane")
        for plane in self.planes:
            if plane.tilt_deg is not None and not 0.0 <= plane.tilt_deg <= 90.0:
                raise ValueError(f"orientation {self.name!r}: tilt must be between 0 and 90 degrees, "
                                 f"not {plane.tilt_deg}")
            if not plane.weight > 0:
                raise ValueError(f"orientation {self.name!r}: plane weights must be positive, not {plane.weight}")
        total = sum(plane.weight for plane in self.planes)
        if abs(total - 1.0) > 1e-9:
            raise ValueError(f"orientation {self.name!r}: plane weights sum to {total:g}, not 1")

    @classmethod
    def one_plane(cls, tilt_deg: float | None = None, azimuth_deg: float = 0.0) -> FleetOrientation:
        """Every module on one plane (``tilt_deg`` None = |latitude|)."""
        tilt = "latitude" if tilt_deg is None else f"{tilt_deg:g}"
        return cls(f"one plane (tilt {tilt}, azimuth {azimuth_deg:g})", (Plane(tilt_deg, azimuth_deg, 1.0),))

    def describe(self) -> str:
        """``name: tilt/azimuth weight, …`` for logs and provenance."""
        planes = ", ".join(f"{'lat' if p.tilt_deg is None else f'{p.tilt_deg:g}'}°/{p.azimuth_deg:g}° "
                           f"{p.weight:.3g}" for p in self.planes)
        return f"{self.name}: {planes}"


#: The default fleet: Brazilian roofs. Modules lie flat on the roof, so the tilt is the roof's pitch:
#: 15°, the usual pitch of Brazilian ceramic-tile and fibre-cement roofs (installers quote 14-16°). A
#: house's orientation on its lot has nothing to do with north, a roof has two or four faces, and at 15°
#: every face yields at least 87 % of a north face's year at every state capital (east and west 94 %),
#: so installers use whichever faces have room. With no data on how often they manage north faces,
#: every face counts the same: north, east, south and west, a quarter each. (For any distribution of
#: azimuths, four faces 90° apart carry its mean plane — and so the beam on it whenever the sun is in
#: front of every face — exactly.) Measured against ONS's MMGD and the alternatives in
#: docs/validation.md.
ROOFS = FleetOrientation("roofs", tuple(Plane(15.0, azimuth, 0.25) for azimuth in (0.0, 90.0, 180.0, 270.0)))
#: The same roofs with a preference for north: ``w(az) ∝ 1 + ½·cos(az)``, north faces carrying three times
#: the capacity of south faces (north 0.375, east and west 0.25, south 0.125). About 6 % more than
#: :data:`ROOFS` in June at 25-30° S, the same in summer.
ROOFS_NORTH = FleetOrientation("roofs, north preferred", (Plane(15.0, 0.0, 0.375), Plane(15.0, 90.0, 0.25),
                                                          Plane(15.0, 180.0, 0.125), Plane(15.0, 270.0, 0.25)))
#: Every module at latitude tilt facing north: the annual-yield optimum of one system (the default
#: until the validation against ONS's MMGD; it overstates winter for a fleet of roofs).
LATITUDE_NORTH = FleetOrientation.one_plane(None, 0.0)
HORIZONTAL = FleetOrientation.one_plane(0.0, 0.0)
#: The named orientations scripts and algorithms offer, by key.
ORIENTATIONS = {"roofs": ROOFS, "roofs_north": ROOFS_NORTH, "latitude": LATITUDE_NORTH, "horizontal": HORIZONTAL}
