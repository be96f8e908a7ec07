"""STAC item search (INPE's Brazil Data Cube catalogue and any STAC API) and RGB asset choice.

``GET <stac_url>/search?collections=..&bbox=..&datetime=..&limit=..``, following ``links``
with ``rel="next"`` until the catalogue has no more pages. Cloud cover is filtered here from
``eo:cloud_cover`` (or BDC's older ``cloud_cover``), because not every catalogue supports the
query extension on GET. Items without a cloud figure are kept (with the figure ``None``).
"""

from __future__ import annotations

import json
import urllib.parse
from dataclasses import dataclass

from ..core.definitions import ENDPOINTS
from ..core.errors import SourceFormatError
from ..core.progress import Progress

DEFAULT_STAC_URL = ENDPOINTS["stac"].url
DEFAULT_COLLECTION = "CB4A-WPM-PCA-FUSED-1"
PAGE_LIMIT = 100
MAX_PAGES = 200
_COLOURS = ("red", "green", "blue")


@dataclass
class StacScene:
    """One STAC item reduced to what the imagery download needs."""

    item_id: str
    datetime: str
    cloud_cover: float | None
    rgb_hrefs: tuple  # one 3-band RGB file, or three single-band files in R, G, B order


def search_scenes(session, stac_url: str, collection: str, bbox: tuple, start: str, end: str,
                  max_cloud: float | None = None, headers: dict | None = None,
                  progress: Progress | None = None) -> list:
    """Every scene of ``collection`` intersecting ``bbox`` (lon/lat) between ``start`` and ``end``."""
    progress = progress or Progress()
    search_url = urllib.parse.urljoin(stac_url if stac_url.endswith("/") else stac_url + "/", "search")
    params = {
        "collections": collection,
        "bbox": ",".join(f"{value:.8f}" for value in bbox),
        "datetime": f"{start}/{end}",
        "limit": str(PAGE_LIMIT),
    }
    scenes, url, page = [], search_url, 0
    while url:
        progress.check_cancelled()
        page += 1
        if page > MAX_PAGES:
            raise SourceFormatError(f"{search_url}: more than {MAX_PAGES} result pages; narrow the extent or dates")
        body = session.get(url, params=params, headers=headers)
        try:
            reply = json.loads(body)
            features = reply["features"]
        except (ValueError, KeyError, TypeError):
            raise SourceFormatError(f"{url}: not a STAC ItemCollection (no 'features' list)") from None
        for feature in features:
            scene = _scene(feature, url)
            if max_cloud is None or scene.cloud_cover is None or scene.cloud_cover <= max_cloud:
                scenes.append(scene)
        url, params = _next_page(reply)
        progress.info(f"STAC page {page}: {len(features)} items, {len(scenes)} kept so far")
    return scenes


def _next_page(reply: dict) -> tuple:
    for link in reply.get("links", []) or []:
        if link.get("rel") == "next" and link.get("href"):
            body = link.get("body") if str(link.get("method", "GET")).upper() == "POST" else None
            params = {k: (",".join(map(str, v)) if isinstance(v, list) else str(v)) for k, v in (body or {}).items()}
            return link["href"], params or None
    return None, None


def _scene(feature: dict, url: str) -> StacScene:
    properties = feature.get("properties") or {}
    cloud = properties.get("eo:cloud_cover", properties.get("cloud_cover"))
    return StacScene(
        item_id=str(feature.get("id", "?")),
        datetime=str(properties.get("datetime", "")),
        cloud_cover=float(cloud) if cloud is not None else None,
        rgb_hrefs=rgb_hrefs(feature, url),
    )


def rgb_hrefs(feature: dict, url: str = "") -> tuple:
    """The asset hrefs that give R, G, B: one RGB file, else one asset per colour.

    An RGB file is an asset with the role ``visual`` or ``rgb`` in its key or file name
    (INPE's ``..._PCA_RGB321_...tif``). Otherwise each colour is the asset whose
    ``eo:bands`` common name is red/green/blue.
    """
    assets = feature.get("assets") or {}
    tiffs = {
        key: asset
        for key, asset in assets.items()
        if "tif" in str(asset.get("type", "")).lower() or str(asset.get("href", "")).lower().endswith((".tif", ".tiff"))
    }
    for key, asset in tiffs.items():
        name = (key + " " + str(asset.get("href", "")).rsplit("/", 1)[-1]).lower()
        if "visual" in (asset.get("roles") or []) or "rgb" in name:
            return (asset["href"],)
    by_colour = {}
    for asset in tiffs.values():
        bands = asset.get("eo:bands") or []
        if len(bands) == 1 and str(bands[0].get("common_name", "")).lower() in _COLOURS:
            by_colour[bands[0]["common_name"].lower()] = asset["href"]
    if len(by_colour) == 3:
        return tuple(by_colour[colour] for colour in _COLOURS)
    raise SourceFormatError(
        f"{url}: item {feature.get('id', '?')} has no RGB asset (assets: {', '.join(assets) or 'none'}); "
        "expected an asset with 'rgb' in its name or the 'visual' role, or red/green/blue bands"
    )
