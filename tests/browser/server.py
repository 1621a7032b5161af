"""A static file server on 127.0.0.1 for the browser tests.

It serves a folder the way a static host would (index.html for folders, correct content
types) from a thread, on a free port, and logs nothing: a test reads what it needs from
the browser, not from the server. Stopping it is a real loss of connection, as the offline
tests need (see StoppableServer).

One thing differs from the real host: the site's address. Material's instant navigation
only intercepts links to pages listed in sitemap.xml, whose addresses start with the
configured `site_url`; the theme swaps in the browser's scheme and host name but keeps the
port. So, given `site_url`, the server rewrites it to its own address inside sitemap.xml,
exactly as if the site were hosted where it was built for. Every other file is served as built.
"""

from __future__ import annotations

import functools
import io
import socket
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

# What socketserver hands a handler: a connected socket (a datagram server's is a pair).
Request = socket.socket | tuple[bytes, socket.socket]


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves files without printing a line per request."""

    site_url: str | None = None
    local_url: str = ""

    extensions_map = {  # noqa: RUF012
        **SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".json": "application/json",
        ".svg": "image/svg+xml",
        ".xml": "application/xml",
    }

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_head(self):  # type: ignore[no-untyped-def]
        if self.site_url and self.path.split("?")[0].endswith("/sitemap.xml"):
            file = Path(self.translate_path(self.path))
            if file.is_file():
                body = file.read_text(encoding="utf-8").replace(self.site_url, self.local_url)
                data = body.encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "application/xml")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                return io.BytesIO(data)
        return super().send_head()


class StoppableServer(ThreadingHTTPServer):
    """A threaded server whose stop is a real loss of connection.

    Stopping a socketserver only closes its listening socket: connections it has already
    accepted stay open, and their threads go on answering. Chromium keeps such connections
    idle for its next requests, so after a "stop" it would still get pages from disk, and an
    offline test would pass or fail by which connection a request happened to take. This
    server remembers the connections it has open and cuts them all when it stops.
    """

    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler: functools.partial[QuietHandler]) -> None:
        super().__init__(address, handler)
        self._open: set[Request] = set()
        self._lock = threading.Lock()

    def process_request(self, request: Request, client_address: Any) -> None:
        with self._lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Request) -> None:
        with self._lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def drop_connections(self) -> None:
        """Cut every connection still open, idle or half-answered."""
        with self._lock:
            still_open = [each for each in self._open if isinstance(each, socket.socket)]
        for connection in still_open:
            with suppress(OSError):  # already closed by the other side
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Request, client_address: Any) -> None:
        # A connection the browser gave up on, or that a stop cut, mid-answer: not a fault.
        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handle_error(request, client_address)


@contextmanager
def serve(directory: Path, site_url: str | None = None, port: int = 0) -> Iterator[str]:
    """Serve `directory` on 127.0.0.1 with a free port; yields the base URL (ending in /).

    With `site_url` (the site's configured address), sitemap.xml points at this server. A
    given `port` serves at that exact address again (the offline tests stop and restart the
    "host" and need the same origin for the browser's saved copy). Leaving the block is a
    real loss of connection (see StoppableServer).
    """
    handler_class = type("Handler", (QuietHandler,), {"site_url": site_url})
    handler = functools.partial(handler_class, directory=str(directory))
    server = StoppableServer(("127.0.0.1", port), handler)
    host, port = server.server_address[:2]
    handler_class.local_url = f"http://{host}:{port}/"
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield handler_class.local_url
    finally:
        server.shutdown()
        server.server_close()
        server.drop_connections()
        thread.join(timeout=5)
