#!/usr/bin/env python3
"""Sanity-check samples/expected.json against the rendered PDFs.

    .venv/bin/python samples/check_expected.py

expected.json is written by hand from the scenarios; this script does not
produce any of it. It only confirms that every quoted sentence really is on
the stated page of the stated PDF (text from `pdftotext -layout -f N -l N`,
whitespace collapsed), that each vanished drift argument is absent from the
meeting where it is said to vanish, and that the file list is complete.
Exit status is non-zero on any mismatch.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


@lru_cache(maxsize=None)
def page_text(file: str, page: int) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(HERE / file), "-"],
        check=True, capture_output=True, text=True).stdout
    return norm(out)


@lru_cache(maxsize=None)
def n_pages(file: str) -> int:
    info = subprocess.run(["pdfinfo", str(HERE / file)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def doc_text(file: str) -> str:
    return " ".join(page_text(file, p) for p in range(1, n_pages(file) + 1))


def main() -> int:
    exp = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    errors: list[str] = []
    checked = 0

    def check(where: str, ref: dict):
        nonlocal checked
        f, p, q = ref.get("file"), ref.get("page"), ref.get("quote")
        if not (f and p and q):
            errors.append(f"{where}: needs file, page and quote: {ref}")
            return
        checked += 1
        if norm(q) not in page_text(f, p):
            hits = [i for i in range(1, n_pages(f) + 1) if norm(q) in page_text(f, i)]
            errors.append(f"{where}: not on {f} p{p} (found on pages {hits}): {q[:70]!r}")

    for sc in exp["scenarios"]:
        name = sc["name"]
        on_disk = sorted(str(p.relative_to(HERE)) for p in (HERE / "pdf" / name).glob("*.pdf"))
        if sorted(sc["files"]) != on_disk:
            errors.append(f"{name}: files list differs from {on_disk}")
        for mt in sc.get("meetings", []):
            if n_pages(mt["file"]) != mt["pages"]:
                errors.append(f"{name}: {mt['file']} has {n_pages(mt['file'])} pages, expected {mt['pages']}")
        by_date = {}
        for t in sc["threads"]:
            for it in t["items"]:
                by_date[it["date"]] = it["file"]
                if it["file"] not in sc["files"]:
                    errors.append(f"{name}/thread {t['label']}: unknown file {it['file']}")
        for i, o in enumerate(sc["objections"]):
            check(f"{name}/objections[{i}]", o)
            for k in ("supporting", "answered_by", "raised_again"):
                if k in o:
                    check(f"{name}/objections[{i}].{k}", o[k])
        for i, d in enumerate(sc["decisions"]):
            check(f"{name}/decisions[{i}]", d)
        for i, r in enumerate(sc["reversals"]):
            check(f"{name}/reversals[{i}].from", r["from"])
            check(f"{name}/reversals[{i}].to", r["to"])
        for i, a in enumerate(sc["actions"]):
            check(f"{name}/actions[{i}]", a)
            if "update" in a:
                check(f"{name}/actions[{i}].update", a["update"])
            if a["status"] in ("done", "in_progress") and "update" not in a:
                errors.append(f"{name}/actions[{i}]: status {a['status']} needs an update")
        for i, v in enumerate(sc.get("votes", [])):
            check(f"{name}/votes[{i}]", {**v, "quote": v["motion"]})
            if "tally_quote" in v:
                check(f"{name}/votes[{i}].tally", {**v, "quote": v["tally_quote"]})
        for i, o in enumerate(sc.get("not_objections", [])):
            check(f"{name}/not_objections[{i}]", o)
        for i, d in enumerate(sc["drift"]):
            text = doc_text(d["file"])
            for q in d["new_arguments"]:
                checked += 1
                if norm(q) not in text:
                    errors.append(f"{name}/drift[{i}]: new argument not in {d['file']}: {q[:60]!r}")
            for q in d["vanished_arguments"]:
                checked += 1
                if norm(q) in text:
                    errors.append(f"{name}/drift[{i}]: 'vanished' argument present in {d['file']}: {q[:60]!r}")
                earlier = [f for dt, f in by_date.items() if dt < d["date"]]
                if not any(norm(q) in doc_text(f) for f in earlier):
                    errors.append(f"{name}/drift[{i}]: vanished argument not found earlier: {q[:60]!r}")

    for e in errors:
        print("FAIL", e)
    print(f"{checked} quotes checked, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
