"""A tiny static file server for tests: serves a built site like a static host (with 404 pages)."""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class _Handler(SimpleHTTPRequestHandler):
    extra_headers: dict[str, str] = {}

    def log_message(self, *args):  # keep test output quiet
        pass

    def end_headers(self):
        for k, v in self.extra_headers.items():
            self.send_header(k, v)
        super().end_headers()

    def send_error(self, code, message=None, explain=None):
        root = Path(self.directory)
        if code == 404:
            first = self.path.lstrip("/").split("/", 1)[0]
            page = root / first / "404.html" if (root / first / "404.html").is_file() else root / "404.html"
            if page.is_file():
                body = page.read_bytes()
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
        super().send_error(code, message, explain)


class StaticServer:
    """Serve *root* on 127.0.0.1 (a random free port unless given) in a background thread."""

    def __init__(self, root: Path, host: str = "127.0.0.1", port: int = 0, headers: dict | None = None):
        handler = type("H", (_Handler,), {"extra_headers": dict(headers or {})})
        self.httpd = ThreadingHTTPServer((host, port), functools.partial(handler, directory=str(root)))
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/"

    def __enter__(self) -> StaticServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
