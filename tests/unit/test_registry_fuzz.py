"""Bounded fuzzing of the GD and SIGA parsers (issue 14, item 15).

Seeded mutations of the real samples in tests/data — truncation at any offset, byte flips biased
towards the characters that matter to CSV (quotes, separators, line ends, NUL), deleted ranges,
repeated and swapped lines, other encodings and line ends, lines of 200 KB, rows shifted by a field —
read with several block sizes. Each input must either parse or raise the project's own
:class:`SourceFormatError` (never another exception, never a hang), every row read must be
accounted for (kept + rejected + duplicates + filtered out, + repeated CEG for SIGA), the frames
must match those counts, and no personal value of the GD sample may reach either output.
"""

import codecs
import io
import random
from functools import partial

import pytest

from netload_plugin.core.aneel_gd import read_gd
from netload_plugin.core.aneel_siga import read_siga
from netload_plugin.core.errors import NetLoadError, SourceFormatError
from tests.support.personal_data import personal_data_in

SEED = 20260116
GD_CASES, SIGA_CASES = 150, 100  # about 10 s together (SIGA's parser costs more per small file)
SPECIAL = b'";\n\r\x00,.-0123456789 \xff\xc3'


def _samples(repo_root, names):
    return [(repo_root / "tests" / "data" / name).read_bytes() for name in names]


def _lines(data: bytes) -> list[bytes]:
    return data.splitlines(keepends=True)


def truncate(rng, data):
    return data[:rng.randrange(len(data) + 1)]


def flip(rng, data):
    data = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        data[rng.randrange(len(data))] = rng.choice(SPECIAL) if rng.random() < 0.8 else rng.randrange(256)
    return bytes(data)


def nul_run(rng, data):
    at = rng.randrange(len(data) + 1)
    return data[:at] + b"\x00" * rng.choice((1, 7, 4096)) + data[at:]


def delete_range(rng, data):
    start = rng.randrange(len(data))
    return data[:start] + data[start + rng.randint(1, 200):]


def repeat_or_swap_lines(rng, data):
    lines = _lines(data)
    if len(lines) < 3:
        return data + data
    i, j = rng.randrange(1, len(lines)), rng.randrange(1, len(lines))
    if rng.random() < 0.5:
        lines.insert(j, lines[i])
    else:
        lines[i], lines[j] = lines[j], lines[i]
    return b"".join(lines)


def reencode(rng, data):
    text = data.decode("utf-8", "replace") if rng.random() < 0.5 else data.decode("latin-1")
    choice = rng.randrange(4)
    if choice == 0:
        return text.encode("latin-1", "replace")
    if choice == 1:
        return codecs.BOM_UTF8 + text.encode("utf-8")
    if choice == 2:
        return text.encode("utf-16")
    return text.encode("cp1252", "replace")


def line_ends(rng, data):
    plain = data.replace(b"\r\n", b"\n")
    return plain.replace(b"\n", rng.choice((b"\r", b"\r\n", b"\n\r", b"\n\n")))


def huge_line(rng, data):
    lines = _lines(data)
    body = rng.choice((b";", b'";"', b"A", b'"', b"\x00")) * (rng.choice((100, 200, 1100)) << 10)
    lines.insert(rng.randrange(1, len(lines) + 1), body + b"\n")
    return b"".join(lines)


def shift_row(rng, data):
    lines = _lines(data)
    if len(lines) < 2:
        return data
    index = rng.randrange(1, len(lines))
    fields = lines[index].rstrip(b"\r\n").split(b";")
    at = rng.randrange(len(fields))
    fields = fields[:at] + [b'""'] + fields[at:-1] if rng.random() < 0.5 else fields[:at] + fields[at + 1:] + [b'""']
    lines[index] = b";".join(fields) + b"\n"
    return b"".join(lines)


MUTATIONS = [truncate, flip, nul_run, delete_range, repeat_or_swap_lines, reencode, line_ends, huge_line, shift_row]


def mutated_inputs(samples, seed, cases):
    rng = random.Random(seed)
    for case in range(cases):
        data = rng.choice(samples)
        for mutation in rng.sample(MUTATIONS, rng.randint(1, 3)):
            data = mutation(rng, data) if data else data
        yield case, data, rng.choice((97, 4096, 1 << 20))


def _check(case, data, read, extra=lambda summary: 0):
    try:
        points, rejects, summary = read(io.BytesIO(data), "fuzz.csv")
    except SourceFormatError as error:
        message = str(error)
        assert message.startswith("fuzz.csv") and "\n" not in message, (case, message)
        return None
    except NetLoadError as error:  # the project's own, but a parser should only raise SourceFormatError
        pytest.fail(f"case {case}: {type(error).__name__}: {error}")
    accounted = summary.kept + summary.rejected_total + summary.duplicates + summary.filtered_out + extra(summary)
    assert summary.rows_read == accounted, (case, summary)
    assert len(points) == summary.kept and len(rejects) == summary.rejected_total, (case, summary)
    return points, rejects


@pytest.mark.timeout(120)
def test_gd_parser_fuzz(repo_root):
    samples = _samples(repo_root, ["aneel_gd/empreendimento-geracao-distribuida_3rows_RECONSTRUCTED.utf8.csv",
                                   "aneel_gd/empreendimento-geracao-distribuida_3rows_RECONSTRUCTED.latin1.csv",
                                   "aneel_gd_quirks.latin1.csv"])
    parsed, leaks = 0, []
    for case, data, block_bytes in mutated_inputs(samples, SEED, GD_CASES):
        result = _check(case, data, partial(read_gd, block_bytes=block_bytes))
        if result is None:
            continue
        parsed += 1
        leaks += [f"case {case}: {cell}" for frame in result for cell in personal_data_in(frame, patterns=False)]
    assert parsed > GD_CASES // 2  # most mutations leave a readable file
    assert leaks == []


@pytest.mark.timeout(120)
def test_siga_parser_fuzz(repo_root):
    samples = _samples(repo_root, ["aneel_siga/siga-empreendimentos-geracao_excerpt.utf8.csv",
                                   "aneel_siga/siga-empreendimentos-geracao_excerpt.latin1.csv"])
    parsed = 0
    for case, data, block_bytes in mutated_inputs(samples, SEED + 1, SIGA_CASES):
        result = _check(case, data, partial(read_siga, block_bytes=block_bytes),
                        extra=lambda summary: summary.duplicate_ceg)
        parsed += result is not None
    assert parsed > SIGA_CASES // 2
