"""Take the README's screenshot of the page (python docs/make_screenshot.py)."""
import shutil
import socket
import sys
import threading
import time
from pathlib import Path

import httpx
import uvicorn
from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from translit.web.app import create_app  # noqa: E402

with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
srv = uvicorn.Server(uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning"))
threading.Thread(target=srv.run, daemon=True).start()
base = f"http://127.0.0.1:{port}"
while True:
    try:
        httpx.get(base + "/health")
        break
    except httpx.HTTPError:
        time.sleep(0.1)
with sync_playwright() as p:
    b = p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox", "--disable-gpu",
                          "--disable-background-networking", "--disable-component-update", "--disable-sync"])
    page = b.new_page(viewport={"width": 1100, "height": 1500})
    page.goto(base)
    page.fill("#text", "Reabilitatsia: Kak Eto Bylo. RTsKhIDNI, f. 89, op. 73, d. 157")
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('#cyrillic').textContent.includes('Реабилитация')", timeout=60000)
    page.screenshot(path=str(Path(__file__).parent / "screenshot.png"), full_page=False)
    b.close()
srv.should_exit = True
