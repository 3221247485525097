"""A small HTTP server on 127.0.0.1 that serves a folder of source snapshots.

The demo serves its world from it, and the tests serve fixtures: real HTTP, real headers
(ETag, Last-Modified, 304 on a conditional GET), and scripted answers (a 429 before the file,
a 403 bot wall) queued per path."""

from __future__ import annotations

import hashlib
import sys
import threading
import time
from collections import defaultdict, deque
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

CONTENT_TYPES = {
    ".json": "application/json",
    ".xml": "application/rss+xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".html": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}
FIXED_LAST_MODIFIED = formatdate(1_700_000_000, usegmt=True)


class _QuietServer(ThreadingHTTPServer):
    request_queue_size = 64  # many sources at once: connections wait for accept, not time out
    def handle_error(self, request, client_address) -> None:
        """A client that gave up waiting (a timeout test) is not worth a traceback."""
        error = sys.exc_info()[1]
        if not isinstance(error, ConnectionError):
            super().handle_error(request, client_address)


class LocalSite:
    """Serves files under `root`; `/a/b` also finds `a/b.json` and `a/b.html`, `/a/` finds
    `a/index.html`. Switch `root` to change day."""

    def __init__(self, root: Path | None = None, port: int = 0):
        self.root = Path(root) if root else None
        self.scripts: dict[str, deque[tuple[int, dict[str, str], bytes]]] = defaultdict(deque)
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.delays: dict[str, float] = {}  # path -> seconds to wait before answering
        self._server = _QuietServer(("127.0.0.1", port), self._handler())
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + "/" + path.lstrip("/")

    def script(self, path: str, *responses: tuple[int, dict[str, str], bytes | str]) -> None:
        """Answer the next requests for `path` with these (status, headers, body), in order."""
        for status, headers, body in responses:
            data = body.encode("utf-8") if isinstance(body, str) else body
            self.scripts["/" + path.lstrip("/")].append((status, headers, data))

    def stall(self, path: str, seconds: float) -> None:
        """Answer `path` only after `seconds` (a server too slow to wait for)."""
        self.delays["/" + path.lstrip("/")] = seconds

    def hits(self, path: str) -> list[dict[str, str]]:
        """The headers of every request made for `path`."""
        return [headers for seen, headers in self.requests if seen == "/" + path.lstrip("/")]

    def start(self) -> LocalSite:
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> LocalSite:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def find(self, path: str) -> Path | None:
        if self.root is None:
            return None
        relative = unquote(path).lstrip("/")
        if ".." in Path(relative).parts:
            return None
        for candidate in (self.root / relative, self.root / (relative + ".json"),
                          self.root / (relative + ".html"), self.root / relative / "index.html"):
            if candidate.is_file():
                return candidate
        return None

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                path = urlsplit(self.path).path
                site.requests.append((path, {k.lower(): v for k, v in self.headers.items()}))
                if path in site.delays:
                    time.sleep(site.delays[path])
                if site.scripts.get(path):
                    self.answer(*site.scripts[path].popleft())
                    return
                found = site.find(path)
                if found is None:
                    self.answer(404, {"Content-Type": "text/plain"}, b"not found")
                    return
                body = found.read_bytes()
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                headers = {
                    "Content-Type": CONTENT_TYPES.get(found.suffix, "application/octet-stream"),
                    "ETag": etag,
                    "Last-Modified": FIXED_LAST_MODIFIED,
                }
                if self.headers.get("If-None-Match") == etag:
                    self.answer(304, headers, b"")
                    return
                self.answer(200, headers, body)

            def answer(self, status: int, headers: dict[str, str], body: bytes) -> None:
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if body:
                    self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        return Handler
