"""Safe ZIP reading: member choice, path escapes, zip bombs, truncated archives."""

import io
import struct
import zipfile

import pytest

from netload_plugin.core.errors import Cancelled, SourceFormatError
from netload_plugin.core.progress import Progress
from netload_plugin.net.archive import (
    _GuardedMember,
    extract_member_to,
    is_zip,
    iter_members,
    list_members,
    open_maybe_zipped,
    open_zip_member,
)

GD_FILE = "aneel_gd/empreendimento-geracao-distribuida_3rows_RECONSTRUCTED.latin1.csv"


def _zip(path, members: dict, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_single_csv_member_streams_the_exact_bytes(tmp_path, shared_data):
    source = (shared_data / GD_FILE).read_bytes()
    archive = _zip(tmp_path / "gd.zip", {"readme.txt": b"about", "dados/gd.csv": source})
    name, stream = open_zip_member(archive)
    with stream:
        assert name == "dados/gd.csv"
        assert stream.read() == source


def test_text_wrapper_reads_latin1_lines(tmp_path, shared_data):
    source = (shared_data / GD_FILE).read_bytes()
    archive = _zip(tmp_path / "gd.zip", {"gd.csv": source})
    _, stream = open_zip_member(archive)
    with io.TextIOWrapper(stream, encoding="latin-1", newline="") as text:
        lines = text.read().splitlines()
    assert lines == source.decode("latin-1").splitlines()


def test_member_chosen_by_name_and_suffix_case(tmp_path):
    archive = _zip(tmp_path / "two.zip", {"a.CSV": b"1", "b.csv": b"2", "__MACOSX/._b.csv": b"junk"})
    assert open_zip_member(archive, name="b.csv")[1].read() == b"2"
    with pytest.raises(SourceFormatError) as error:
        open_zip_member(archive)
    assert "several" in str(error.value) and "a.CSV" in str(error.value)
    with pytest.raises(SourceFormatError) as error:
        open_zip_member(archive, name="c.csv")
    assert "no member" in str(error.value)


def test_macos_resource_files_are_ignored(tmp_path):
    archive = _zip(tmp_path / "mac.zip", {"gd.csv": b"x", "__MACOSX/._gd.csv": b"junk"})
    assert open_zip_member(archive)[0] == "gd.csv"


def test_no_matching_member_lists_what_is_there(tmp_path):
    archive = _zip(tmp_path / "docs.zip", {"readme.pdf": b"%PDF"})
    with pytest.raises(SourceFormatError) as error:
        open_zip_member(archive)
    assert "readme.pdf" in str(error.value)


@pytest.mark.parametrize(
    "bad_name", ["../../evil.csv", "/etc/evil.csv", "dados/../../evil.csv", "C:/evil.csv", "..\\..\\evil.csv"]
)
def test_path_escape_refuses_the_archive(tmp_path, bad_name):
    archive = _zip(tmp_path / "evil.zip", {"ok.csv": b"1", bad_name: b"2"})
    with pytest.raises(SourceFormatError) as error:
        open_zip_member(archive, name="ok.csv")
    assert "outside" in str(error.value)
    with pytest.raises(SourceFormatError):
        extract_member_to(archive, bad_name, tmp_path / "out")
    assert not (tmp_path / "evil.csv").exists()


def test_zip_bomb_refused_before_inflating(tmp_path):
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("zeros.csv", "w", force_zip64=True) as member:
            block = bytes(1024 * 1024)
            for _ in range(60):  # 60 MiB of zeros compress to ~60 KiB (ratio ~1000)
                member.write(block)
    assert bomb.stat().st_size < 200_000
    with pytest.raises(SourceFormatError) as error:
        open_zip_member(bomb)
    assert "zip bomb" in str(error.value) and "zeros.csv" in str(error.value)
    with pytest.raises(SourceFormatError):
        list(iter_members(bomb))


def test_ratio_and_absolute_limits_are_parameters(tmp_path):
    archive = _zip(tmp_path / "small.zip", {"zeros.csv": bytes(100_000)})
    with pytest.raises(SourceFormatError):
        open_zip_member(archive, max_ratio=10, ratio_floor=1000)
    with pytest.raises(SourceFormatError):
        open_zip_member(archive, max_size=50_000)
    assert len(open_zip_member(archive)[1].read()) == 100_000  # below the default floor: fine


def test_understated_size_in_header_is_caught(tmp_path):
    archive = _zip(tmp_path / "liar.zip", {"a.csv": b"x" * 1000}, compression=zipfile.ZIP_STORED)
    data = bytearray(archive.read_bytes())
    local = data.find(b"PK\x03\x04")
    central = data.find(b"PK\x01\x02")
    struct.pack_into("<I", data, local + 22, 10)  # uncompressed size in the local header
    struct.pack_into("<I", data, central + 24, 10)  # and in the central directory
    archive.write_bytes(bytes(data))
    _, stream = open_zip_member(archive)
    with pytest.raises(SourceFormatError) as error:
        stream.read()
    assert "liar.zip" in str(error.value)


def test_guard_stops_a_stream_longer_than_declared(tmp_path):
    info = zipfile.ZipInfo("a.csv")
    info.file_size = 10
    guarded = io.BufferedReader(_GuardedMember(io.BytesIO(b"y" * 100), info, tmp_path / "x.zip"))
    with pytest.raises(SourceFormatError) as error:
        guarded.read()
    assert "more than the 10 bytes" in str(error.value)


def test_truncated_zip_names_file_and_suggests_refresh(tmp_path):
    archive = _zip(tmp_path / "cut.zip", {"gd.csv": bytes(range(256)) * 400})
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) // 2])
    with pytest.raises(SourceFormatError) as error:
        open_zip_member(archive)
    message = str(error.value)
    assert "cut.zip" in message and "interrupted download" in message and "refresh" in message


def test_corrupt_member_data_gives_source_format_error(tmp_path):
    payload = bytes(range(256)) * 400
    archive = _zip(tmp_path / "bad.zip", {"gd.csv": payload}, compression=zipfile.ZIP_STORED)
    data = bytearray(archive.read_bytes())
    position = data.find(payload[:256]) + 5000
    data[position] ^= 0xFF  # flip one byte: the CRC check at the end of the member fails
    archive.write_bytes(bytes(data))
    _, stream = open_zip_member(archive)
    with pytest.raises(SourceFormatError) as error:
        while stream.read(4096):
            pass
    assert "bad.zip" in str(error.value) and "refresh" in str(error.value)


def test_html_page_saved_as_zip_is_explained(tmp_path):
    page = tmp_path / "gd.zip"
    page.write_bytes(b"<!DOCTYPE html><html><body>Acesso negado</body></html>")
    with pytest.raises(SourceFormatError) as error:
        open_maybe_zipped(page)
    assert "HTML" in str(error.value)


def test_iterates_many_members_in_order(tmp_path):
    members = {f"{2023}/INMET_A{n:03d}.CSV": f"station {n}\n".encode("latin-1") for n in range(40)}
    members["readme.txt"] = b"not data"
    archive = _zip(tmp_path / "2023.zip", members)
    seen = [(name, stream.read()) for name, stream in iter_members(archive, suffixes=(".csv",))]
    assert seen == [(name, body) for name, body in members.items() if name.endswith(".CSV")]
    assert list_members(archive) == [name for name, _ in seen]


def test_extract_member_stays_inside_folder(tmp_path):
    archive = _zip(tmp_path / "a.zip", {"sub/dir/gd.csv": b"abc"})
    target = extract_member_to(archive, "sub/dir/gd.csv", tmp_path / "out")
    assert target == (tmp_path / "out" / "sub" / "dir" / "gd.csv").resolve()
    assert target.read_bytes() == b"abc"
    assert not list((tmp_path / "out").rglob("*.part"))


def test_extract_cancel_leaves_nothing(tmp_path):
    archive = _zip(tmp_path / "a.zip", {"gd.csv": b"abc"})

    class Cancelling(Progress):
        def is_cancelled(self):
            return True

    with pytest.raises(Cancelled):
        extract_member_to(archive, "gd.csv", tmp_path / "out", Cancelling())
    assert list((tmp_path / "out").iterdir()) == []


def test_open_maybe_zipped_accepts_plain_and_zipped(tmp_path, shared_data):
    source = shared_data / GD_FILE
    name, stream = open_maybe_zipped(source)
    with stream:
        assert name == source.name and stream.read() == source.read_bytes()
    archive = _zip(tmp_path / "download", {"gd.csv": source.read_bytes()})  # no extension
    assert is_zip(archive) and not is_zip(source)
    name, stream = open_maybe_zipped(archive)
    with stream:
        assert name == "gd.csv" and stream.read() == source.read_bytes()


def _patch_headers(archive, *, local_offset, central_offset, value):
    data = bytearray(archive.read_bytes())
    struct.pack_into("<H", data, data.find(b"PK\x03\x04") + local_offset, value)
    struct.pack_into("<H", data, data.find(b"PK\x01\x02") + central_offset, value)
    archive.write_bytes(bytes(data))


def test_deflate64_member_gets_a_clear_message(tmp_path):
    archive = _zip(tmp_path / "windows.zip", {"gd.csv": b"a;b\n" * 100})
    _patch_headers(archive, local_offset=8, central_offset=10, value=9)  # Deflate64, as Windows Explorer writes
    with pytest.raises(SourceFormatError) as error:
        open_zip_member(archive)
    assert "Deflate64" in str(error.value) and "windows.zip" in str(error.value)


def test_encrypted_member_gets_a_clear_message(tmp_path):
    archive = _zip(tmp_path / "locked.zip", {"gd.csv": b"a;b\n" * 100})
    _patch_headers(archive, local_offset=6, central_offset=8, value=0x1)  # the "encrypted" flag
    with pytest.raises(SourceFormatError) as error:
        open_zip_member(archive)
    assert "encrypted" in str(error.value) and "locked.zip" in str(error.value)


def test_read_ahead_keeps_order_and_passes_errors_on():
    from netload_plugin.net.archive import read_ahead

    def items():
        yield from range(5)
        raise SourceFormatError("member 6 is damaged")

    seen = []
    with pytest.raises(SourceFormatError, match="member 6"):
        for item in read_ahead(items()):
            seen.append(item)
    assert seen == [0, 1, 2, 3, 4]


def test_read_ahead_stops_its_producer_when_the_consumer_stops():
    import threading

    from netload_plugin.net.archive import read_ahead

    produced, closed = [], threading.Event()

    def items():
        try:
            for number in range(1000):
                produced.append(number)
                yield number
        finally:
            closed.set()

    for item in read_ahead(items(), depth=2):
        if item == 3:
            break
    assert closed.wait(5)
    assert len(produced) <= 3 + 1 + 2 + 1  # what was consumed, the one in hand, the queue, one more at most
