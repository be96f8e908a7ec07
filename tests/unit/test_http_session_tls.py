"""TLS: verification is always on, and an extra CA bundle makes a server's certificate trusted.

A throw-away self-signed certificate (made with the openssl command line; skipped without it,
a failure under CI) stands for a server whose chain is not in the system store, as ANEEL's has been.
"""

import ssl
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from netload_plugin.core.errors import DownloadError, NetLoadError
from netload_plugin.net.session import HttpSession, NetworkSettings
from tests.support.requires import require_program

BODY = b"ceg;potencia_kw\nUFV.RS.000001-1.01;1250,5\n"


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    require_program("openssl")  # makes the test certificate
    folder = tmp_path_factory.mktemp("tls")
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return key, cert


@pytest.fixture()
def https_url(certificate):
    key, cert = certificate

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Length", str(len(BODY)))
            self.send_header("ETag", '"v1"')
            self.end_headers()
            self.wfile.write(BODY)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True, do_handshake_on_connect=False)
    server.handle_error = lambda *args: None  # the refused handshake is expected
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}/siga.csv"
    server.shutdown()
    server.server_close()


def test_untrusted_certificate_fails_at_once_with_advice(https_url, tmp_path):
    session = HttpSession(NetworkSettings(cache_dir=tmp_path, retries=3, backoff_s=5))
    with pytest.raises(DownloadError) as error:
        session.fetch(https_url)  # with retries, backoff_s=5 would take > 5 s: it must not retry
    message = str(error.value)
    assert "certificate" in message and "netload/ca_bundle" in message and "attempts" not in message


def test_extra_ca_bundle_makes_the_server_trusted(https_url, certificate, tmp_path):
    _, cert = certificate
    session = HttpSession(NetworkSettings(cache_dir=tmp_path, ca_bundle=cert))
    assert session.fetch(https_url).read_bytes() == BODY
    assert session.get(https_url) == BODY


def test_unreadable_ca_bundle_is_a_clear_error(tmp_path):
    bad = tmp_path / "not-a-certificate.pem"
    bad.write_text("hello")
    with pytest.raises(NetLoadError) as error:
        HttpSession(NetworkSettings(ca_bundle=bad))
    assert "not-a-certificate.pem" in str(error.value)
