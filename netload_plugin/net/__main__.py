"""Fetch a URL into the NetLoad cache from a shell and print the local path.

Useful to check proxy, CA bundle and cache settings without QGIS::

    python -m netload_plugin.net https://dadosabertos.aneel.gov.br/.../empreendimento-geracao-distribuida.csv
    python -m netload_plugin.net --proxy http://user:pass@proxy:3128 --ca-bundle aneel-chain.pem URL

Exit status 0 on success, 1 on a download error, 130 on Ctrl+C.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.progress import ConsoleProgress
from .cli import shell_command
from .session import HttpSession, NetworkSettings


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m netload_plugin.net",
        description="Download a URL into the NetLoad cache (retries, resume, validation) and print its path.",
    )
    parser.add_argument("url", nargs="?", help="http(s) URL, file:// URL or local path")
    parser.add_argument("--refresh", action="store_true", help="ignore the cached copy and download again")
    parser.add_argument("--cache-dir", type=Path, help="cache folder (default: <temp>/netload-cache)")
    parser.add_argument("--ca-bundle", type=Path, help="extra CA certificates (PEM) added to the system store")
    parser.add_argument(
        "--proxy", help="proxy URL such as http://user:password@host:3128 (default: environment proxies; '' for none)"
    )
    defaults = NetworkSettings()
    parser.add_argument("--timeout", type=float, default=defaults.timeout_s,
                        help="seconds allowed to connect and for every 64 KiB of data before an attempt fails "
                             f"(default {defaults.timeout_s:g}; 0 waits forever)")
    parser.add_argument("--stall", type=float, default=defaults.stall_s,
                        help="give up when nothing arrived for this many seconds, retries left or not "
                             f"(default {defaults.stall_s:g}; 0 = no limit)")
    parser.add_argument("--retries", type=int, default=5, help="attempts after the first one (default 5)")
    parser.add_argument(
        "--header", action="append", default=[], metavar="NAME:VALUE", help="extra request header (repeatable)"
    )
    parser.add_argument("--clear-cache", action="store_true", help="delete the cached downloads first")
    return parser


@shell_command
def main(argv: list[str] | None = None) -> int | None:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.url and not args.clear_cache:
        parser.error("give a URL to fetch, or --clear-cache")
    headers = {}
    for item in args.header:
        name, sep, value = item.partition(":")
        if not sep or not name.strip():
            print(f"--header needs NAME:VALUE, got {item!r}", file=sys.stderr)
            return 2
        headers[name.strip()] = value.strip()
    session = HttpSession(
        NetworkSettings(
            timeout_s=args.timeout,
            stall_s=args.stall,
            retries=args.retries,
            cache_dir=args.cache_dir,
            ca_bundle=args.ca_bundle,
            proxy_url=args.proxy,
            extra_headers=headers,
        )
    )
    if args.clear_cache:
        print(f"Removed {session.clear_cache()} cached files from {session.cache_dir}", file=sys.stderr)
    if args.url:
        print(session.fetch(args.url, ConsoleProgress(), refresh=args.refresh))
    return None


if __name__ == "__main__":
    sys.exit(main())
