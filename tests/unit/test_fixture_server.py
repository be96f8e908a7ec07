"""The loopback fixture server itself behaves as the source tests rely on."""

import http.client
import urllib.error
import urllib.request

import pytest


def _get(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    with urllib.request.urlopen(request, timeout=5) as reply:
        return reply.status, dict(reply.headers), reply.read()


def test_serves_shared_files_with_range_and_validators(fixture_server, shared_data):
    path = "/ons/curva_carga/CURVA_CARGA_2014_gap_excerpt.csv"
    expected = (shared_data / path.lstrip("/")).read_bytes()
    status, headers, body = _get(fixture_server.url(path))
    assert status == 200 and body == expected
    status, _, part = _get(fixture_server.url(path), {"Range": "bytes=10-19"})
    assert status == 206 and part == expected[10:20]
    with pytest.raises(urllib.error.HTTPError) as not_modified:
        _get(fixture_server.url(path), {"If-None-Match": headers["ETag"]})
    assert not_modified.value.code == 304


def test_injected_status_then_success(fixture_server):
    path = "/aneel_gd/empreendimento-geracao-distribuida_3rows_RECONSTRUCTED.utf8.csv"
    fixture_server.fail(path, status=503, times=2)
    for _ in range(2):
        with pytest.raises(urllib.error.HTTPError) as error:
            _get(fixture_server.url(path))
        assert error.value.code == 503
    assert _get(fixture_server.url(path))[0] == 200
    assert len(fixture_server.requests_for(path)) == 3


def test_dropped_connection_is_short_of_content_length(fixture_server):
    path = "/ons/curva_carga/CURVA_CARGA_2014_gap_excerpt.csv"
    fixture_server.drop_after(path, nbytes=50)
    with pytest.raises(http.client.IncompleteRead) as short:
        _get(fixture_server.url(path))
    assert len(short.value.partial) == 50


def test_missing_file_is_404_and_paths_cannot_escape_root(fixture_server):
    for path in ("/no/such/file.csv", "/../docs/sources.md"):
        with pytest.raises(urllib.error.HTTPError) as error:
            _get(fixture_server.url(path))
        assert error.value.code == 404
