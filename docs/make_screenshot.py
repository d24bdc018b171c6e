"""Take the README's screenshot of the page (python docs/make_screenshot.py)."""
import shutil
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks._common import local_server  # noqa: E402

base = local_server(poll=0.1)
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
