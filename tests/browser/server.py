"""A static file server on 127.0.0.1 for the browser tests.

It serves a folder the way a static host would (index.html for folders, correct content
types) from a thread, on a free port, and logs nothing: a test reads what it needs from
the browser, not from the server.

One thing differs from the real host: the site's address. Material's instant navigation
only intercepts links to pages listed in sitemap.xml, whose addresses start with the
configured `site_url`; the theme swaps in the browser's scheme and host name but keeps the
port. So, given `site_url`, the server rewrites it to its own address inside sitemap.xml,
exactly as if the site were hosted where it was built for. Every other file is served as built.
"""

from __future__ import annotations

import functools
import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


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


@contextmanager
def serve(directory: Path, site_url: str | None = None, port: int = 0) -> Iterator[str]:
    """Serve `directory` on 127.0.0.1 with a free port; yields the base URL (ending in /).

    With `site_url` (the site's configured address), sitemap.xml points at this server. A
    given `port` serves at that exact address again (the offline tests stop and restart the
    "host" and need the same origin for the browser's saved copy).
    """
    handler_class = type("Handler", (QuietHandler,), {"site_url": site_url})
    handler = functools.partial(handler_class, directory=str(directory))
    ThreadingHTTPServer.allow_reuse_address = True
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.daemon_threads = True
    host, port = server.server_address[:2]
    handler_class.local_url = f"http://{host}:{port}/"
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield handler_class.local_url
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
