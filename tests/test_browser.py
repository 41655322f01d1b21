"""End to end in a real browser: `streamlit run app.py` on a fresh database, driven by Playwright
with Debian's Chromium. Uploads the seed minutes (and a Markdown minute containing HTML and a
Markdown link), searches, opens a quote's source page and the thread, and visits the findings
pages. Screenshots go to a temporary folder, and to docs/screenshots/ with SAVE_SCREENSHOTS=1.

Skipped when /usr/bin/chromium or the playwright package is missing. Network: 127.0.0.1 only.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
SEED = REPO / "samples" / "pdf" / "seed_crisis_review"
SHOTS = REPO / "docs" / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

EVIL_MINUTES = """Testshire Parish Council

Minutes of the meeting of the Testshire Parish Council held on 5 May 2022 at 7.00pm

Present: Cllr Ann Baker (Chair), Cllr Carl Dunn, Cllr Eve Fox

1. Apologies

There were no apologies.

2. Village hall roof

Cllr Dunn said the quote included <script>alert(1)</script> in the contractor's notes.

Cllr Fox objected that the estimate at [link](http://x) was too high.

RESOLVED that the roof be repaired.
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    tmp = tmp_path_factory.mktemp("browser")
    port = _free_port()
    log = open(tmp / "streamlit.log", "wb")
    env = dict(os.environ, OMP_NUM_THREADS="1", HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    env.pop("COMMITTEE_MEMORY_DB", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1",
         "--browser.gatherUsageStats", "false", "--", "--db", str(tmp / "browser.db")],
        cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 90
        while True:
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.time() > deadline:
                raise RuntimeError("streamlit did not start:\n"
                                   + (tmp / "streamlit.log").read_text(errors="replace"))
            time.sleep(0.5)
        yield {"url": url, "tmp": tmp}
    finally:
        # the server and its ingest workers share one process group, started above
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=15)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=15)
        log.close()


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1400, "height": 1000},
                                      accept_downloads=True)

        def local_only(route):
            if urlparse(route.request.url).hostname == "127.0.0.1":
                route.continue_()
            else:
                route.abort()

        context.route("**/*", local_only)
        pg = context.new_page()
        pg.set_default_timeout(60_000)
        pg.js_dialogs = []
        pg.on("dialog", lambda d: (pg.js_dialogs.append(d.message), d.dismiss()))
        try:
            yield pg
        finally:
            context.close()
            browser.close()


def shot(page, server, name: str) -> None:
    # let the run finish and charts and images paint (skeletons stand in for them until then;
    # they appear only after a moment, so wait first)
    page.wait_for_timeout(2500)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stSkeleton\"]')", timeout=60_000)
    try:  # charts load their renderer lazily; a screenshot should not show empty frames
        page.wait_for_function(
            "() => [...document.querySelectorAll('[data-testid=\"stVegaLiteChart\"]')]"
            ".every(c => c.querySelector('canvas, svg'))", timeout=30_000)
    except Exception:  # only the picture suffers; the assertions are elsewhere
        pass
    page.wait_for_timeout(3000)
    path = server["tmp"] / f"{name}.png"
    page.screenshot(path=str(path))
    if os.environ.get("SAVE_SCREENSHOTS") == "1":
        SHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, SHOTS / f"{name}.png")


def open_page(page, server, path: str, heading: str) -> None:
    page.goto(server["url"] + path)
    page.get_by_role("heading", name=heading, exact=True).wait_for()
    page.wait_for_load_state("networkidle")


def running_done(page) -> None:
    """Wait until the script run is over (Streamlit shows a status widget while running)."""
    page.wait_for_timeout(500)
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=600_000)


def test_end_to_end(page, server, tmp_path):
    # 1. empty database: the hint
    open_page(page, server, "/", "Search what was said")
    page.get_by_text("No minutes stored yet").wait_for()

    # 2. upload several files at once: per-file progress and results
    evil = tmp_path / "testshire-2022-05-05.md"
    evil.write_text(EVIL_MINUTES)
    pdfs = sorted(SEED.glob("*.pdf"))
    assert len(pdfs) == 5
    open_page(page, server, "/upload", "Upload minutes")
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(
        [str(p) for p in pdfs] + [str(evil)])
    page.get_by_role("button", name="Store these files").click()
    stored = page.get_by_text("statement(s) found on")
    deadline = time.time() + 900
    while stored.count() < 6:
        assert time.time() < deadline, "uploads were not stored in time"
        page.wait_for_timeout(2000)
    running_done(page)
    body = page.locator("body").inner_text()
    assert "6 of 6 files" in body
    for p in pdfs:
        assert f"{p.name}: stored" in body
    shot(page, server, "upload")

    # 3. the same file again: recognised as already stored
    page.get_by_role("button", name="Store these files").click()
    page.get_by_text(f"{pdfs[0].name}: already stored").wait_for(timeout=300_000)
    running_done(page)

    # 4. search, with cited quotes grouped by thread
    open_page(page, server, "/", "Search what was said")
    page.get_by_label("Question").fill("review of crisis support")
    page.get_by_label("Question").press("Enter")
    quote = "It was agreed that a review of support for people in crisis would be undertaken"
    page.get_by_text("thread(s), best first").wait_for(timeout=180_000)
    page.get_by_text(quote, exact=False).first.wait_for(timeout=60_000)  # results render after
    running_done(page)
    # groups after the third are collapsed: their quotes are in the page but hidden; the
    # citation under a quote may render a moment after it on a busy machine
    page.get_by_text("2018-03-14_mid-shire-health-and-wellbeing-partnership-group.pdf",
                     exact=False).first.wait_for(state="attached", timeout=60_000)
    found = page.locator("body").text_content()
    assert quote in found
    assert "2018-03-14_mid-shire-health-and-wellbeing-partnership-group.pdf" in found
    shot(page, server, "search")

    # 5. a quote opens its source: the PDF page, rendered, with the quote boxed
    page.get_by_role("button", name="Source").first.click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_text("The quote is boxed in red.").wait_for(timeout=60_000)
    dialog.locator("img").first.wait_for()
    assert dialog.locator("img").first.evaluate("i => i.naturalWidth") > 500
    shot(page, server, "source")
    page.keyboard.press("Escape")
    dialog.wait_for(state="detached")

    # 6. open the thread: timeline, decision state, who was present
    page.get_by_role("button", name="Open this thread").first.click()
    page.get_by_role("heading", name="Threads: one matter over time").wait_for()
    page.get_by_text("Decision state:").first.wait_for()
    running_done(page)
    text = page.locator("body").inner_text()
    assert "support for people in crisis" in text and "present (" in text
    shot(page, server, "threads")

    # 7. dropped objections: entries with evidence
    open_page(page, server, "/dropped", "Dropped objections")
    entries = page.locator('[data-testid="stExpander"]').filter(has_text="dropped ·")
    entries.first.wait_for(timeout=60_000)
    assert "No objections with this status" not in page.locator("body").inner_text()
    entries.first.locator("summary").click()
    page.get_by_role("button", name="Source").first.wait_for()
    shot(page, server, "dropped")

    # 8. the other analysis pages render without an error
    for path, heading, name in (("/drift", "Drift", "drift"),
                                ("/record", "Decision record", "record"),
                                ("/reversals", "Undocumented reversals", "reversals")):
        open_page(page, server, path, heading)
        running_done(page)
        assert not page.locator('[data-testid="stException"]').count(), name
        shot(page, server, name)

    # 9. minutes text is shown literally: no script runs, no link is made
    open_page(page, server, "/meetings", "Meetings")
    page.locator('[data-testid="stSelectbox"]').filter(has_text="Body").click()
    page.get_by_role("option", name="Testshire Parish Council").click()
    page.get_by_text("Village hall roof").first.click()
    page.get_by_text("<script>alert(1)</script>", exact=False).first.wait_for()
    page.get_by_text("[link](http://x)", exact=False).first.wait_for()  # shown literally
    assert page.locator('a[href="http://x"], a[href="http://x/"]').count() == 0
    assert page.js_dialogs == []
    running_done(page)
    shot(page, server, "meetings")
