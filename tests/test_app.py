"""The Streamlit app, page by page, through streamlit.testing.v1.AppTest.

Three databases: one built from the sample minutes (session-scoped: ingest loads the models and
reads nine PDFs, so it is shared and marked slow), an empty one, and a hand-made one whose minutes
contain HTML and Markdown (no models needed). The app reads its database from COMMITTEE_MEMORY_DB.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.view import escape_markdown

REPO = Path(__file__).resolve().parents[1]
APP = str(REPO / "app.py")
SAMPLES = REPO / "samples" / "pdf"
SEED = SAMPLES / "seed_crisis_review"

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_LINK = "[link](http://x)"


# ---- fixtures ----------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> str:
    from pipeline.ingest import IngestOptions, ingest
    from pipeline.store import Store
    path = tmp_path_factory.mktemp("app") / "samples.db"
    store = Store(path)
    try:
        report = ingest([str(SAMPLES)], store, IngestOptions())
    finally:
        store.close()
    assert report.count("stored") == 9, report.summary()
    return str(path)


@pytest.fixture
def empty_db(tmp_path) -> str:
    return str(tmp_path / "empty.db")


@pytest.fixture
def xss_db(tmp_path) -> str:
    """Minutes whose text is HTML and Markdown, stored directly (no models)."""
    from pipeline.records import Attendee, Document, Item, Meeting, Statement
    from pipeline.store import Store
    path = tmp_path / "xss.db"
    doc = Document(path="evil.md", sha256="e" * 64, pages=1, kind="text")
    item = Item(id="m1-i1", meeting_id="m1", number="2", title=f"Roof {XSS_SCRIPT}",
                page_start=1, page_end=1)
    item.statements = [
        Statement(id="m1-i1-s1", item_id="m1-i1", type="information", page=1, seq=0,
                  text=f"The contractor's notes said {XSS_SCRIPT} twice."),
        Statement(id="m1-i1-s2", item_id="m1-i1", type="objection", page=1, seq=1,
                  speaker="Cllr *Fox*", text=f"Cllr Fox objected that the estimate at {XSS_LINK} "
                                             "was too high: **really** :red[high] $x$."),
    ]
    meeting = Meeting(id="m1", body="Testshire <b>Parish</b> Council", date="2022-05-05",
                      title="Meeting", source_file="evil.md", sha256=doc.sha256, pages=1,
                      attendees=[Attendee("Ann Baker", "chair")], items=[item])
    store = Store(path)
    try:
        store.save_document(doc, [meeting])
    finally:
        store.close()
    return str(path)


def app(db: str, monkeypatch, page: str = ""):
    """An AppTest on `page` (a url_path; "" is the default Search page) of a database."""
    from streamlit.testing.v1 import AppTest
    monkeypatch.setenv("COMMITTEE_MEMORY_DB", db)
    at = AppTest.from_file(APP, default_timeout=300)
    at.run()
    assert not at.exception, at.exception
    return goto(at, page)


def goto(at, page: str):
    # AppTest.switch_page() resolves script files only; our pages are callables registered by
    # st.navigation under their url_path, so select the registered page hash directly.
    hashes = [h for h, info in at._registered_pages.items() if info.get("url_pathname") == page]
    assert hashes, f"no page {page!r}: {at._registered_pages}"
    at._page_hash = hashes[0]
    at.run()
    assert not at.exception, at.exception
    return at


def _walk(node, out):
    out.append(node)
    for child in getattr(node, "children", {}).values():
        _walk(child, out)
    return out


def nodes(at, kind: str) -> list:
    return [n for n in _walk(at._tree, []) if getattr(n, "type", None) == kind]


def raw_texts(at) -> list[str]:
    """The Markdown source of every text element and block label shown."""
    out = []
    for n in _walk(at._tree, []):
        for attr in ("value", "label", "body"):
            v = getattr(n, attr, None)
            if isinstance(v, str):
                out.append(v)
    return out


def visible(at) -> str:
    """What a reader sees: Markdown backslash escapes undone, badges reduced to their text."""
    text = "\n".join(raw_texts(at))
    text = re.sub(r":[a-z]+-badge\[((?:\\.|[^\]])*)\]", r"\1", text)
    return re.sub(r"\\(.)", r"\1", text)


def plain(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)


def headers(at) -> list[str]:
    return [h.value for h in at.header]


PAGES = {"": "Search what was said", "upload": "Upload minutes",
         "threads": "Threads: one matter over time", "drift": "Drift",
         "dropped": "Dropped objections", "reversals": "Undocumented reversals",
         "record": "Decision record", "meetings": "Meetings", "votes": "Votes and coalitions",
         "tracker": "Action tracker"}


# ---- empty database ----------------------------------------------------------------------------
@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_on_an_empty_db_shows_the_hint(page, empty_db, monkeypatch):
    at = app(empty_db, monkeypatch, page)
    assert headers(at) == [PAGES[page]]
    assert "No minutes stored yet" in visible(at)


def test_navigation_lists_every_page(empty_db, monkeypatch):
    at = app(empty_db, monkeypatch)
    names = {i["page_name"] for i in at._registered_pages.values()}
    assert names == {"Upload", "Search", "Threads", "Drift", "Dropped objections", "Reversals",
                     "Decision record", "Meetings", "Votes", "Tracker"}


def test_upload_limit_is_configured():
    import tomllib
    config = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text())
    assert config["server"]["maxUploadSize"] >= 200


# ---- minutes shown as text, never as Markdown or HTML ------------------------------------------
def test_minutes_with_html_and_markdown_show_literally(xss_db, monkeypatch):
    at = app(xss_db, monkeypatch, "meetings")
    shown = visible(at)
    assert XSS_SCRIPT in shown and XSS_LINK in shown
    for raw in raw_texts(at):
        # the Markdown source never carries a live tag or link: both are backslash-escaped
        assert XSS_SCRIPT not in raw, raw
        assert "](http" not in raw, raw
        assert "**really**" not in raw and ":red[high]" not in raw, raw
    quote = [m.value for m in at.markdown if "estimate" in m.value][0]
    assert quote.endswith(escape_markdown("Cllr Fox objected that the estimate at [link](http://x)"
                                          " was too high: **really** :red[high] $x$.")
                          + " — " + escape_markdown("Cllr *Fox*"))


@pytest.mark.parametrize("text", [XSS_SCRIPT, XSS_LINK, "**bold** _it_ `code` # head",
                                  ":red[x] :smile: $E=mc^2$", "a\nb\r\n- item\n1. one",
                                  "<img src=x onerror=alert(1)>", "&lt;b&gt; ~~s~~ |t|"])
def test_escape_markdown_leaves_no_live_syntax(text):
    out = escape_markdown(text)
    assert re.sub(r"\\(.)", r"\1", out) == text.replace("\r", " ").replace("\n", " ")
    for ch in "<>[]()*_`#$:~&|":
        assert re.search(r"(?<!\\)" + re.escape(ch), out) is None, (ch, out)


def test_source_dialog_shows_the_text_file(xss_db, monkeypatch, tmp_path):
    at = app(xss_db, monkeypatch, "meetings")
    [b for b in at.button if b.label == "Source"][0].click().run()
    assert not at.exception
    assert nodes(at, "dialog")
    assert "not kept in this database" in visible(at)


# ---- upload ------------------------------------------------------------------------------------
def test_upload_bad_file_reports_a_clear_error_and_is_not_rerun(empty_db, monkeypatch):
    import pipeline.ingest as ingest_mod
    calls = []
    real = ingest_mod.ingest_upload

    def counting(*args, **kwargs):
        calls.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(ingest_mod, "ingest_upload", counting)
    at = app(empty_db, monkeypatch, "upload")
    at.file_uploader[0].set_value([("broken.pdf", b"this is not a pdf", "application/pdf"),
                                   ("notes.pdf", b"", "application/pdf")]).run()
    [b for b in at.button if b.label == "Store these files"][0].click().run()
    errors = [plain(e.value) for e in at.error]
    assert len(errors) == 2, errors
    assert errors[0].startswith("broken.pdf: not a PDF") and "notes.pdf: file is empty" in errors[1]
    assert calls == ["broken.pdf", "notes.pdf"]
    at.run()  # any later rerun (a widget change) shows the results without running ingest again
    assert calls == ["broken.pdf", "notes.pdf"]
    assert len(at.error) == 2


def test_page_views_never_run_the_pipeline(empty_db, monkeypatch):
    import pipeline.derive
    import pipeline.ingest

    def boom(*a, **k):
        raise AssertionError("the pipeline ran on a page view")

    monkeypatch.setattr(pipeline.ingest, "ingest_upload", boom)
    monkeypatch.setattr(pipeline.derive, "rebuild", boom)
    at = app(empty_db, monkeypatch)
    for page in PAGES:
        goto(at, page)


# ---- with the sample minutes -------------------------------------------------------------------
@pytest.mark.slow
def test_search_shows_cited_quotes_grouped_by_thread(sample_db, monkeypatch):
    at = app(sample_db, monkeypatch)
    at.text_input[0].input("review of crisis support").run()
    shown = visible(at)
    assert ("It was agreed that a review of support for people in crisis would be undertaken"
            in shown)
    assert re.search(r"statements in \d+ thread\(s\)", shown)
    labels = [e.label for e in at.expander]
    assert any("support for people in crisis" in re.sub(r"\\(.)", r"\1", x) for x in labels)
    assert "2018-03-14_mid-shire-health-and-wellbeing-partnership-group.pdf" in shown


def test_search_without_vectors_says_so_and_how_to_embed(xss_db, monkeypatch):
    # statements stored without vectors (as after an encoder upgrade): the words still find them
    at = app(xss_db, monkeypatch)
    at.text_input[0].input("contractor notes").run()
    assert "The contractor's notes said" in visible(at)
    warnings = " ".join(w.value for w in at.warning)
    assert "0 of 2 statements have a vector" in warnings and "pipeline rebuild" in warnings


def test_search_with_vectors_gives_no_vector_warning(sample_db, monkeypatch):
    at = app(sample_db, monkeypatch)
    at.text_input[0].input("review of crisis support").run()
    assert not [w for w in at.warning if "vector" in w.value]


@pytest.mark.slow
def test_search_filters_by_type_body_and_date(sample_db, monkeypatch):
    from datetime import date
    at = app(sample_db, monkeypatch)
    at.text_input[0].input("parking scheme").run()
    type_box = [s for s in at.selectbox if s.label == "Statement type"][0]
    type_box.set_value("objection").run()
    badges = [m.value for m in at.markdown if "-badge[" in m.value]
    assert badges and all(b.startswith(":red-badge[objection]") for b in badges), badges
    [d for d in at.date_input if d.label == "From"][0].set_value(date(2021, 1, 1)).run()
    [d for d in at.date_input if d.label == "To"][0].set_value(date(2021, 12, 31)).run()
    cites = [plain(c.value) for c in at.caption if " · p" in c.value]
    assert cites and all("2021-" in c for c in cites), cites
    body = [s for s in at.selectbox if s.label == "Body"][0]
    body.set_value(next(o for o in body.options if o.startswith("Harbourside"))).run()
    cites = [plain(c.value) for c in at.caption if " · p" in c.value]
    assert cites and all(c.startswith("Harbourside") for c in cites), cites


@pytest.mark.slow
def test_every_quote_opens_its_source_page(sample_db, monkeypatch):
    at = app(sample_db, monkeypatch)
    at.text_input[0].input("review of crisis support").run()
    [b for b in at.button if b.label == "Source"][0].click().run()
    assert nodes(at, "dialog")
    images = nodes(at, "image")
    assert images, "no page image in the source dialog"
    assert "The quote is boxed in red." in visible(at)


@pytest.mark.slow
def test_threads_timeline(sample_db, monkeypatch):
    at = app(sample_db, monkeypatch, "threads")
    box = [s for s in at.selectbox if s.label == "Thread"][0]
    box.set_value(_thread_id(sample_db, "support for people in crisis")).run()
    shown = visible(at)
    assert "Decision state:" in shown and "present (" in shown
    assert re.search(r"2018-03-14 — ", shown) and re.search(r"2018-11-14 — ", shown)
    badges = [m.value for m in at.markdown if "-badge[" in m.value]
    assert any(b.startswith(":red-badge[objection]") for b in badges)
    assert any(b.startswith(":violet-badge[decision") for b in badges)


def _thread_id(db: str, words: str) -> str:
    from pipeline.store import Store
    store = Store(db)
    try:
        threads = [t for t in store.threads() if words in t["label"]]
    finally:
        store.close()
    threads.sort(key=lambda t: -t["data"].get("meetings", 0))
    assert threads, f"no thread about {words!r}"
    return threads[0]["id"]


@pytest.mark.slow
def test_drift_page_charts_and_overview(sample_db, monkeypatch):
    at = app(sample_db, monkeypatch, "drift")
    assert "Threads that drifted most" in [s.value for s in at.subheader]
    assert len(at.dataframe) >= 2
    assert len(nodes(at, "vega_lite_chart")) == 3
    overview = at.dataframe[0].value
    assert len(overview) and {"drift"} <= set(overview["kind"])


@pytest.mark.slow
def test_dropped_objections_lists_entries_and_filters(sample_db, monkeypatch):
    at = app(sample_db, monkeypatch, "dropped")
    table = at.dataframe[0].value
    assert len(table) >= 1 and set(table["status"]) == {"dropped"}
    assert any("Cllr Llewellyn said that the problem was largely confined to the summer months"
               in o for o in table["objection"])
    assert [e.label for e in at.expander if e.label.startswith("dropped")]
    at.multiselect[0].set_value(["dropped", "answered", "carried_forward", "open"]).run()
    assert len(at.dataframe[0].value) >= len(table)
    at.multiselect[0].set_value([]).run()
    assert "No objections with this status." in visible(at)


@pytest.mark.slow
def test_reversals_page_has_table_or_says_none(sample_db, monkeypatch):
    at = app(sample_db, monkeypatch, "reversals")
    assert at.multiselect[0].label == "Status"
    at.multiselect[0].set_value(["undocumented", "documented"]).run()
    assert at.dataframe or "No reversals with this status." in visible(at)


@pytest.mark.slow
def test_reversals_lists_the_seed_reversal(sample_db, monkeypatch):
    at = app(sample_db, monkeypatch, "reversals")
    assert at.dataframe and any("No further action" in s for s in at.dataframe[0].value["summary"])


@pytest.mark.slow
def test_decision_record_chart_and_downloads(sample_db, monkeypatch):
    at = app(sample_db, monkeypatch, "record")
    assert "Current decision state:" in visible(at)
    assert nodes(at, "vega_lite_chart")
    labels = [d.proto.label for d in nodes(at, "download_button")]
    assert labels == ["Download Markdown", "Download CSV"]
    assert {"side", "text", "status"} <= set(at.dataframe[0].value.columns)


@pytest.mark.slow
def test_meetings_browse_bodies_and_items(sample_db, monkeypatch):
    at = app(sample_db, monkeypatch, "meetings")
    body = [s for s in at.selectbox if s.label == "Body"][0]
    body.set_value(next(o for o in body.options if o.startswith("Harbourside"))).run()
    meeting = [s for s in at.selectbox if s.label == "Meeting"][0]
    assert len(meeting.options) == 4
    labels = [re.sub(r"\\(.)", r"\1", e.label) for e in at.expander]
    assert any("Residents' parking - Old Town" in x for x in labels), labels
    assert [m for m in at.markdown if "-badge[" in m.value]


@pytest.mark.slow
def test_reupload_of_a_stored_file_says_already_stored(sample_db, monkeypatch):
    pdf = sorted(SEED.glob("*.pdf"))[0]
    at = app(sample_db, monkeypatch, "upload")
    at.file_uploader[0].set_value((pdf.name, pdf.read_bytes(), "application/pdf")).run()
    [b for b in at.button if b.label == "Store these files"][0].click().run()
    assert any(f"{pdf.name}: already stored" in re.sub(r"\\(.)", r"\1", i.value)
               for i in at.info), [i.value for i in at.info]
    assert not at.error


@pytest.mark.slow
def test_votes_page_shows_agreement_and_votes(tmp_path_factory, monkeypatch):
    """Alameda City Council minutes record named votes: the page shows the matrix and votes."""
    from tests.conftest import CORPUS
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the checkout")
    from pipeline.ingest import IngestOptions, ingest
    from pipeline.store import Store
    db = tmp_path_factory.mktemp("votes") / "votes.db"
    store = Store(db)
    files = sorted((CORPUS / "alameda" / "CityCouncil").glob("2023-0[1-2]-*.pdf"))
    ingest([str(f) for f in files], store, IngestOptions(derive=False))
    store.close()
    at = app(str(db), monkeypatch, "votes")
    text = visible(at)
    assert "Agreement on contested votes" in text and "Dissent per member" in text
    assert any("Daysog" in str(df.value) or "Herrera Spencer" in str(df.value)
               for df in at.dataframe)


@pytest.mark.slow
def test_tracker_page_statuses_owners_and_evidence(sample_db, monkeypatch):
    at = app(sample_db, monkeypatch, "tracker")
    subheaders = [s.value for s in at.subheader]
    assert subheaders[:3] == ["Who holds what", subheaders[1], "Evidence"]
    assert subheaders[1].startswith("Actions (")
    owners, actions = at.dataframe[0].value, at.dataframe[1].value
    assert {"owner", "open", "lost", "done"} <= set(owners.columns)
    assert owners.loc[owners["owner"] == "JA", "done"].iloc[0] >= 3
    assert {"done", "lost", "in_progress", "open"} <= set(actions["status"])
    shown = visible(at)
    assert "AM and TR to draft terms of reference for the review" in shown
    assert "KD reported that the breakdown of detentions by place of safety was still being " \
           "validated" in shown
    assert "No statement reports on it in the 3 later meeting(s) of this body" in shown
    # filters: status, owner, age
    at.multiselect[0].set_value(["lost"]).run()
    assert set(at.dataframe[1].value["status"]) == {"lost"}
    owner = [s for s in at.selectbox if s.label == "Owner"][0]
    owner.set_value("KD").run()
    assert "No actions match these filters." in visible(at)
    at.multiselect[0].set_value(["in_progress"]).run()
    assert list(at.dataframe[1].value["owner"]) == ["KD"]
    [n for n in at.number_input if n.label.startswith("At least")][0].set_value(10000).run()
    assert "No actions match these filters." in visible(at)


@pytest.mark.slow
def test_tracker_quotes_open_their_source_page(sample_db, monkeypatch):
    at = app(sample_db, monkeypatch, "tracker")
    [b for b in at.button if b.label == "Source"][0].click().run()
    assert nodes(at, "dialog") and nodes(at, "image")
    assert "The quote is boxed in red." in visible(at)


def test_tracker_page_shows_minutes_text_literally(xss_db, monkeypatch):
    from pipeline.store import Store
    from pipeline.tracker import TrackedAction
    store = Store(xss_db)
    try:
        store.replace_derived([], [], [], {}, [TrackedAction(
            statement_id="m1-i1-s2", kind="action", body="Testshire <b>Parish</b> Council",
            meeting_id="m1", date="2022-05-05", owner="*Fox*", due="", due_date="",
            status="lost", later_meetings=2, age_days=60, reason="never reported on")])
    finally:
        store.close()
    at = app(xss_db, monkeypatch, "tracker")
    shown = visible(at)
    assert XSS_LINK in shown and "**really**" in shown
    for raw in raw_texts(at):
        assert XSS_SCRIPT not in raw and "](http" not in raw, raw
