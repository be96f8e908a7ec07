"""Bounded fuzzing of every parser this project owns for ONS and irradiance (issue 14 item 15).

Each real sample carried in tests/data is mutated a few hundred times with a fixed seed (truncation, byte
flips, NULs, stray quotes, separators and line ends, deleted, repeated and megabyte lines, another
encoding). For every mutation the parser must either read the file, with every row read accounted for
(read = kept + rejected + duplicates + filtered out), or refuse it with the project's own error
(``NetLoadError``) — never another exception. The timeout mark only stops a hang.
"""

import random
from pathlib import Path

import pytest

from netload_plugin.core import inmet, labren, nasa_power
from netload_plugin.core.errors import NetLoadError
from netload_plugin.core.ons_carga_verificada import load_api_json, parse_carga_verificada
from netload_plugin.core.ons_curva_carga import parse_curva_carga
from netload_plugin.core.ons_load import LoadReport
from netload_plugin.core.read_report import ReadReport

DATA = Path(__file__).resolve().parents[1] / "data"
MUTATIONS = 200
TOKENS = (b";", b",", b'"', b"\r", b"\n", b"\x00", b"-", b".", b"9", b"e", b"\xe7", b"\xff", b"{", b"]",
          b"-999", b"-9999", b"NaN", b"1e400", b"\r\n")


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One random defect of the kinds probing found (and a few more)."""
    kind = rng.randrange(10)
    at = rng.randrange(len(data) + 1)
    if kind == 0:
        return data[:at]  # cut anywhere
    if kind == 1 and data:
        at = min(at, len(data) - 1)
        return data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1:]  # bit flip
    if kind == 2:
        return data[:at] + rng.choice(TOKENS) + data[at:]  # insert a token
    if kind == 3:
        return data[:at] + data[at + rng.randrange(1, 200):]  # delete a range
    if kind == 4:
        lines = data.split(b"\n")
        line = rng.randrange(len(lines))
        lines.insert(line, lines[rng.randrange(len(lines))])  # a repeated line
        return b"\n".join(lines)
    if kind == 5:
        return data[:at] + rng.choice((b";", b",", b"\x00", b"9")) * rng.choice((1000, 70_000, 1 << 20)) + data[at:]
    if kind == 6:
        return data.decode("latin-1").encode("utf-8")  # another encoding
    if kind == 7:
        return data.replace(b"\n", rng.choice((b"\r", b"\r\n", b"\n\n")))
    if kind == 8 and data:
        at = min(at, len(data) - 1)
        digit = next((i for i in range(at, len(data)) if data[i:i + 1].isdigit()), None)
        return data if digit is None else data[:digit] + b"O" + data[digit + 1:]  # a letter for a digit
    return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 64))) + data[at:]  # garbage head


def fuzz(sample: bytes, parse, seed: int) -> dict:
    """Run ``parse(data) -> report`` on :data:`MUTATIONS` mutations; returns how many were read / refused."""
    rng = random.Random(seed)
    outcome = {"read": 0, "refused": 0}
    for number in range(MUTATIONS):
        data = mutate(sample, rng)
        try:
            report = parse(data)
        except NetLoadError:
            outcome["refused"] += 1
            continue
        except Exception as error:  # noqa: BLE001 - the failure this test exists to catch
            pytest.fail(f"mutation {number} (seed {seed}) raised {type(error).__name__}: {error}\n{data[:300]!r}")
        assert report.balanced(), (number, report)
        outcome["read"] += 1
    assert outcome["read"] > MUTATIONS // 4, outcome  # most defects cost a row, not the file
    return outcome


def parse_inmet(data: bytes) -> ReadReport:
    report = ReadReport()
    inmet.parse_station_file(data, "A001.CSV", report=report)
    return report


def parse_power(data: bytes) -> ReadReport:
    report = ReadReport()
    nasa_power.parse_power_csv(data, "POWER.csv", report=report, extent=(-57.0, -32.0, -49.0, -25.0))
    return report


def parse_labren(data: bytes) -> ReadReport:
    report = ReadReport()
    labren.parse_labren_csv(data, source="capitals.csv", extent=(-60.0, -30.0, -35.0, 0.0), report=report)
    return report


def parse_ons_api(data: bytes) -> LoadReport:
    report = LoadReport()
    parse_carga_verificada(load_api_json(data, "reply", report), report, "reply")
    return report


def parse_curva(data: bytes) -> LoadReport:
    report = LoadReport()
    parse_curva_carga(data, areas=["SECO", "S", "N"], report=report, source="CURVA_CARGA_2018.csv")
    return report


def power_sample() -> bytes:
    """The header block and the first 300 rows of the POWER excerpt (the whole file would only be slower)."""
    lines = (DATA / "nasa_power" / "POWER_Regional_Daily_20240101_20241231_south_excerpt.csv").read_bytes().split(b"\n")
    first = next(i for i, line in enumerate(lines) if line.startswith(b"LAT,")) + 1
    return b"\n".join(lines[:first + 300]) + b"\n"


def ons_api_sample() -> bytes:
    """The real 2026 reply and the real pre-2019 one (``"val_cargammgd": ,``) as one array."""
    modern = (DATA / "ons" / "carga_verificada" / "cargaverificada_SECO_2026-08-01_row1.json").read_bytes().strip()
    old = (DATA / "ons" / "carga_verificada" / "cargaverificada_SECO_2018-06-01_row1.MALFORMED.json.txt").read_bytes()
    return modern[:-1] + b"," + old.strip()[1:]


SAMPLES = {
    "inmet": (lambda: (DATA / "inmet" / "INMET_CO_DF_A001_BRASILIA_2023-01-01_03_REASSEMBLED.latin1.CSV").read_bytes(),
              parse_inmet),
    "nasa_power": (power_sample, parse_power),
    "labren": (lambda: (DATA / "inpe_labren" / "global_horizontal_means_capitals.csv").read_bytes(), parse_labren),
    "ons_api_json": (ons_api_sample, parse_ons_api),
    "ons_curva_carga": (lambda: (DATA / "ons" / "curva_carga" / "CURVA_CARGA_2018_dst_excerpt.csv").read_bytes(),
                        parse_curva),
}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", list(SAMPLES))
def test_mutations_are_read_and_accounted_for_or_refused_clearly(name):
    sample, parse = SAMPLES[name]
    data = sample()
    assert parse(data).rejected_total == 0  # the unmutated sample is clean
    fuzz(data, parse, seed=sum(map(ord, name)))
