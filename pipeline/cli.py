"""Command line: `python -m pipeline COMMAND …` (also installed as `committee-memory`).

Every command is documented in README.md ("Command line"); a test fails when one is not.
"""
from __future__ import annotations

import argparse
import json
import os
import sys

__all__ = ["main", "build_parser"]

DEFAULT_DB = "committee_memory.db"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="committee-memory",
                                description="Turn a body's past minutes into its memory.")
    p.add_argument("--db", default=os.environ.get("COMMITTEE_MEMORY_DB", DEFAULT_DB),
                   help=f"SQLite file, or a postgresql://… URL (default: ./{DEFAULT_DB})")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("ingest", help="read minutes files or folders into the store")
    s.add_argument("paths", nargs="+")
    s.add_argument("--workers", type=int, default=0, help="parallel processes (default: cores, max 2)")
    s.add_argument("--max-pages", type=int, default=2000)
    s.add_argument("--max-mb", type=float, default=200.0)
    s.add_argument("--no-ocr", action="store_true", help="do not OCR image-only pages")
    s.add_argument("--no-derive", action="store_true", help="skip threads/findings rebuild")
    s.add_argument("--scheduler", default=os.environ.get("COMMITTEE_MEMORY_SCHEDULER", ""),
                   help="run the per-file stages on a Dask cluster: tcp://HOST:8786, or local[:N]")
    s.add_argument("--quiet", action="store_true")

    s = sub.add_parser("meetings", help="list stored meetings")
    s.add_argument("--body")
    s.add_argument("--format", choices=["table", "json"], default="table")

    s = sub.add_parser("statements", help="list statements, filtered")
    s.add_argument("--type")
    s.add_argument("--body")
    s.add_argument("--since")
    s.add_argument("--until")
    s.add_argument("--format", choices=["table", "json"], default="table")

    s = sub.add_parser("export", help="export everything as JSON (the stable contract)")
    s.add_argument("--format", choices=["json"], default="json")
    s.add_argument("--output", "-o", help="file to write (default: stdout)")

    s = sub.add_parser("search", help="search what was said, with cited quotes")
    s.add_argument("query")
    s.add_argument("--limit", type=int, default=10)
    s.add_argument("--body")
    s.add_argument("--since")
    s.add_argument("--until")
    s.add_argument("--type")
    s.add_argument("--format", choices=["table", "json"], default="table")

    s = sub.add_parser("threads", help="list threads (one matter over time)")
    s.add_argument("--format", choices=["table", "json"], default="table")

    s = sub.add_parser("findings", help="list findings (dropped objections, reversals, drift)")
    s.add_argument("--kind")
    s.add_argument("--format", choices=["table", "json"], default="table")

    s = sub.add_parser("report", help="Markdown report: findings, then a record per thread")
    s.add_argument("--output", "-o")

    s = sub.add_parser("votes", help="votes, member records, agreement and blocs as CSV files")
    s.add_argument("--output", "-o", default="votes_csv", help="folder for the CSV files")
    s.add_argument("--period", choices=["year", "half", "quarter"], default="year")

    s = sub.add_parser("tracker", help="actions and recommendations: follow-ups and status")
    s.add_argument("--body")
    s.add_argument("--owner", help="as printed (initials, name or role)")
    s.add_argument("--status", choices=["done", "in_progress", "cancelled", "lost", "open"])
    s.add_argument("--min-age", type=int, default=0, help="only actions at least this many days old")
    s.add_argument("--owners", action="store_true",
                   help="one row per owner: open actions held, lost (never reported on), done")
    s.add_argument("--format", choices=["table", "csv", "json"], default="table")
    s.add_argument("--output", "-o", help="file to write (default: stdout)")

    s = sub.add_parser("rebuild", help="recompute threads and findings from stored statements")

    s = sub.add_parser("evaluate", help="quality figures against hand-labelled gold")
    s.add_argument("what", choices=["segment", "statements", "threads", "search", "votes",
                                     "tracker", "all"])
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "evaluate":
        return _evaluate(args.what)
    from .stores import open_store
    store = open_store(args.db)
    try:
        return COMMANDS[args.command](args, store)
    finally:
        store.close()


def _ingest(args, store) -> int:
    from .ingest import IngestOptions, ingest

    def progress(r):
        if not args.quiet and r.status == "failed":
            print(f"FAILED {r.reason}", file=sys.stderr)

    opts = IngestOptions(workers=args.workers, max_pages=args.max_pages, max_mb=args.max_mb,
                         ocr=not args.no_ocr, derive=not args.no_derive,
                         scheduler=args.scheduler)
    report = ingest(args.paths, store, opts, progress=progress, show_bar=not args.quiet)
    print(report.summary())
    return 0 if report.count("stored") + report.count("skipped") or not report.results else 1


def _print_table(rows: list[dict], cols: list[str]) -> None:
    if not rows:
        print("(none)")
        return
    widths = {c: min(60, max(len(c), *(len(str(r.get(c, ""))) for r in rows))) for c in cols}
    print("  ".join(c.ljust(widths[c]) for c in cols))
    for r in rows:
        print("  ".join(str(r.get(c, "") if r.get(c) is not None else "")[:60].ljust(widths[c])
                        for c in cols))


def _meetings(args, store) -> int:
    rows = store.meetings(args.body)
    if args.format == "json":
        print(json.dumps(rows, indent=2))
    else:
        _print_table(rows, ["date", "body", "title", "n_attendees", "n_items", "n_statements",
                            "source_file"])
    return 0


def _statements(args, store) -> int:
    rows = store.statements(type=args.type, body=args.body, since=args.since, until=args.until)
    if args.format == "json":
        print(json.dumps(rows, indent=2))
    else:
        _print_table(rows, ["date", "body", "item_number", "page", "type", "outcome", "owner",
                            "speaker", "text"])
    return 0


def _export(args, store) -> int:
    from .export import export_json
    text = json.dumps(export_json(store), indent=2, ensure_ascii=False)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        print(text)
    return 0


def _search(args, store) -> int:
    from .query import missing_vectors_note, search
    hits = search(store, args.query, limit=args.limit, body=args.body, since=args.since,
                  until=args.until, type=args.type)
    note = missing_vectors_note(store)
    if note:
        print(f"note: {note}", file=sys.stderr)
    if args.format == "json":
        print(json.dumps(hits, indent=2, ensure_ascii=False))
    else:
        for h in hits:
            print(f"{h['score']:.3f}  {h['date']}  {h['body']}  p.{h['page']}  "
                  f"[{h.get('type', '')}] {h['text']}\n        {h['source_file']}")
    return 0


def _threads(args, store) -> int:
    rows = store.threads()
    if args.format == "json":
        print(json.dumps(rows, indent=2))
    else:
        for t in rows:
            print(f"{t['id']}  {len(t['item_ids'])} items  {t['label']}")
    return 0


def _findings(args, store) -> int:
    rows = store.findings(args.kind)
    if args.format == "json":
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        for f in rows:
            print(f"[{f['kind']}] score {f['score']:.2f}  {f['summary']}")
    return 0


def _report(args, store) -> int:
    from .report import markdown_report
    text = markdown_report(store)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        print(text)
    return 0


def _rebuild(args, store) -> int:
    from .derive import rebuild
    rebuild(store)
    print(f"threads {len(store.threads())}, findings {len(store.findings())}")
    return 0


def _votes(args, store) -> int:
    from .coalitions import export_csv
    from .votes import votes_for_store
    for path in export_csv(votes_for_store(store), args.output, args.period):
        print(path)
    return 0


TRACKER_COLUMNS = ["status", "date", "body", "owner", "due", "age_days", "later_meetings",
                   "followups", "page", "text", "source_file", "reason", "statement_id",
                   "followup_statement_ids"]


def tracker_table(store, args) -> tuple[list[dict], list[str]]:
    """Rows and columns of `pipeline tracker` (per action, or per owner with --owners)."""
    from .tracker import owner_summary
    rows = [r for r in store.tracker(status=args.status, body=args.body, owner=args.owner)
            if int(r["age_days"] or 0) >= args.min_age]
    for r in rows:
        r["followups"] = len(r["followup_statement_ids"])
    if args.owners:
        summary = owner_summary(rows)
        return summary, list(summary[0]) if summary else ["owner"]
    return rows, TRACKER_COLUMNS


def _tracker(args, store) -> int:
    import csv
    import io
    rows, cols = tracker_table(store, args)
    out = io.StringIO()
    if args.format == "json":
        out.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
    elif args.format == "csv":
        w = csv.DictWriter(out, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({c: json.dumps(r[c]) if isinstance(r.get(c), list) else r.get(c)
                        for c in cols})
    else:
        import contextlib
        with contextlib.redirect_stdout(out):
            _print_table(rows, [c for c in cols if c not in ("statement_id",
                                                             "followup_statement_ids",
                                                             "source_file", "reason")])
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as fh:
            fh.write(out.getvalue())
    else:
        sys.stdout.write(out.getvalue())
    return 0


def _evaluate(what: str) -> int:
    import importlib
    names = ["segment", "statements", "threads", "search", "votes", "tracker"] \
        if what == "all" else [what]
    for name in names:
        print(f"== {name} ==")
        main = importlib.import_module(f"pipeline.eval_{name}").main
        # the evaluation's own flags are not on this command line
        main([]) if main.__code__.co_argcount else main()
    return 0


COMMANDS = {
    "ingest": _ingest, "meetings": _meetings, "statements": _statements, "export": _export,
    "search": _search, "threads": _threads, "findings": _findings, "report": _report,
    "rebuild": _rebuild, "votes": _votes, "tracker": _tracker,
}
