"""Headless Chromium driven over the DevTools protocol: open a page, read what a reader sees.

Started with --headless --no-sandbox --disable-gpu and every host but loopback unresolvable,
so a page cannot reach the network."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from websockets.sync.client import connect

CANDIDATES = ("chromium", "chromium-browser", "google-chrome")


def find_chromium() -> str | None:
    return next((path for name in CANDIDATES if (path := shutil.which(name))), None)


@dataclass
class PageView:
    text: str  # document.body.innerText: the words a reader sees
    dialogs: list[str] = field(default_factory=list)  # alert()/confirm() a script opened
    links: list[str] = field(default_factory=list)  # every <a href>, as the browser resolved it


def read_page(url: str, timeout: float = 30.0) -> PageView:
    chromium = find_chromium()
    if chromium is None:
        raise FileNotFoundError("no chromium on PATH (Debian: apt-get install chromium)")
    with tempfile.TemporaryDirectory() as profile:
        process = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--remote-debugging-port=0", f"--user-data-dir={profile}",
             "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            port = _devtools_port(process, timeout)
            return _view(port, url, timeout)
        finally:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()


def _devtools_port(process: subprocess.Popen, timeout: float) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line and process.poll() is not None:
            raise RuntimeError(f"chromium exited with {process.returncode}")
        found = re.search(r"DevTools listening on ws://127\.0\.0\.1:(\d+)/", line)
        if found:
            return int(found[1])
    raise TimeoutError("chromium did not open its DevTools port")


def _first_page(port: int, timeout: float) -> dict:
    """The blank page's target; a busy machine may open the DevTools port before the page."""
    deadline = time.monotonic() + timeout
    while True:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=timeout) as r:
            page = next((t for t in json.load(r) if t["type"] == "page"), None)
        if page is not None:
            return page
        if time.monotonic() > deadline:
            raise TimeoutError("chromium opened no page")
        time.sleep(0.1)


def _view(port: int, url: str, timeout: float) -> PageView:
    page = _first_page(port, timeout)
    view = PageView("")
    with connect(page["webSocketDebuggerUrl"], max_size=None, open_timeout=timeout) as ws:
        calls = iter(range(1, 1000))

        def call(method: str, wait_for: str | None = None, **params) -> dict:
            number = next(calls)
            ws.send(json.dumps({"id": number, "method": method, "params": params}))
            result, seen = None, wait_for is None
            while result is None or not seen:
                message = json.loads(ws.recv(timeout=timeout))
                if message.get("method") == "Page.javascriptDialogOpening":
                    view.dialogs.append(message["params"]["message"])
                    ws.send(json.dumps({"id": next(calls), "method": "Page.handleJavaScriptDialog",
                                        "params": {"accept": True}}))
                seen = seen or message.get("method") == wait_for
                if message.get("id") == number:
                    result = message.get("result", {})
            return result

        call("Page.enable")
        call("Page.navigate", wait_for="Page.loadEventFired", url=url)
        view.text = _value(call("Runtime.evaluate", expression="document.body.innerText",
                                returnByValue=True))
        view.links = _value(call("Runtime.evaluate", returnByValue=True, expression=(
            "Array.from(document.querySelectorAll('a')).map(a => a.href)")))
    return view


def _value(result: dict):
    return result["result"]["value"]


def file_url(path: Path) -> str:
    return path.resolve().as_uri()
