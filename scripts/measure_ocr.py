"""Measure Tesseract settings: CPU per page and words read (README "OCR settings").

Born-digital pages (the second page of two PDFs per corpus folder) are rendered as the scans are
and read by Tesseract, then compared with their own text layer (bag of words: recall and
precision); real scans (the first two pages of up to 10 scanned files) are compared with the
reading of the current setting. CPU is the Tesseract processes' (reaped children) plus this
process's rendering.

    PYTHONPATH=. python scripts/measure_ocr.py [--corpus ../shared/corpus] [--variants a,b]
"""
from __future__ import annotations

import argparse
import csv
import os
import re
import resource
import subprocess
import tempfile
import time
from collections import Counter
from io import BytesIO
from pathlib import Path

import pypdfium2 as pdfium

WORD = re.compile(r"[a-z0-9]+")

# name: (dpi, extra tesseract arguments, pages per Tesseract process)
VARIANTS = {
    "200-psm6": (200, [], 1),
    "200-noinvert": (200, ["-c", "tessedit_do_invert=0"], 1),
    "200-batch": (200, [], 0),
    "200-noinvert-batch": (200, ["-c", "tessedit_do_invert=0"], 0),
    "175-psm6": (175, [], 1),
    "150-psm6": (150, [], 1),
    "150-batch": (150, [], 0),
    "300-psm6": (300, [], 1),
    "200-psm4": (200, ["--psm", "4"], 1),
    "200-psm11": (200, ["--psm", "11"], 1),
}


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _render(page, dpi: int) -> bytes:
    bitmap = page.render(scale=dpi / 72, grayscale=True)
    buf = BytesIO()
    bitmap.to_pil().save(buf, format="PPM")
    bitmap.close()
    return buf.getvalue()


def _words(tsv: str) -> Counter:
    out: Counter = Counter()
    for r in tsv.splitlines()[1:]:
        f = r.split("\t")
        if len(f) >= 12 and f[0] == "5" and f[11].strip() and float(f[10]) >= 30.0:
            out.update(WORD.findall(f[11].lower()))
    return out


def _tess(images: list[bytes], args: list[str], batch: int) -> tuple[list[Counter], float]:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    c0 = _children_cpu()
    out: list[Counter] = []
    if batch == 1:
        for img in images:
            res = subprocess.run(["tesseract", "-", "-", "--psm", "6", *args, "tsv"], input=img,
                                 capture_output=True, env=env, check=True)
            out.append(_words(res.stdout.decode("utf-8", "replace")))
    else:  # all pages of the list in one process: Tesseract reads a file that lists images
        with tempfile.TemporaryDirectory() as tmp:
            names = []
            for k, img in enumerate(images):
                p = Path(tmp) / f"p{k:04d}.ppm"
                p.write_bytes(img)
                names.append(str(p))
            lst = Path(tmp) / "pages.txt"
            lst.write_text("\n".join(names) + "\n")
            res = subprocess.run(["tesseract", str(lst), "-", "--psm", "6", *args, "tsv"],
                                 capture_output=True, env=env, check=True)
            text = res.stdout.decode("utf-8", "replace")
            per: dict[str, list[str]] = {}
            for r in text.splitlines():
                f = r.split("\t")
                if len(f) >= 12 and f[1].isdigit():
                    per.setdefault(f[1], []).append(r)
            for k in range(len(images)):
                out.append(_words("header\n" + "\n".join(per.get(str(k + 1), []))))
    return out, _children_cpu() - c0


def _pages(corpus: Path) -> tuple[list[tuple[str, int, Counter]], list[tuple[str, int]]]:
    born, scans, per_folder = [], [], Counter()
    with open(corpus / "MANIFEST.tsv", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            rel = row["local_path"].removeprefix("corpus/")
            if not rel.endswith(".pdf") or not (corpus / rel).exists():
                continue
            folder = str(Path(rel).parent)
            if row["text_or_scanned"].startswith("text") and per_folder[folder] < 2:
                doc = pdfium.PdfDocument(str(corpus / rel))
                if len(doc) >= 2:
                    tp = doc[1].get_textpage()
                    want = Counter(WORD.findall(tp.get_text_range().lower()))
                    tp.close()
                    if sum(want.values()) >= 50:
                        per_folder[folder] += 1
                        born.append((rel, 1, want))
                doc.close()
            elif row["text_or_scanned"].startswith("scanned") and len(scans) < 20:
                scans += [(rel, 0), (rel, 1)] if row["pages"] != "1" else [(rel, 0)]
    return born, scans[:20]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--variants", default=",".join(VARIANTS))
    a = ap.parse_args()
    corpus = Path(a.corpus)
    born, scans = _pages(corpus)
    print(f"{len(born)} born-digital pages, {len(scans)} scanned pages")
    reference: list[Counter] | None = None
    for name in a.variants.split(","):
        dpi, args, batch = VARIANTS[name]
        rows = []
        for group in (born, scans):
            t0 = time.process_time()
            images = []
            for rel, no, *_ in group:
                doc = pdfium.PdfDocument(str(corpus / rel))
                images.append(_render(doc[no], dpi))
                doc.close()
            render_cpu = time.process_time() - t0
            got, cpu = _tess(images, args, batch)
            rows.append((got, cpu + render_cpu))
        (bgot, bcpu), (sgot, scpu) = rows
        hit = sum(sum((g & w).values()) for g, (_, _, w) in zip(bgot, born))
        recall = hit / sum(sum(w.values()) for _, _, w in born)
        precision = hit / max(sum(sum(g.values()) for g in bgot), 1)
        worst = min(sum((g & w).values()) / sum(w.values()) for g, (_, _, w) in zip(bgot, born))
        if reference is None:
            reference = sgot
        kept = (sum(sum((g & r).values()) for g, r in zip(sgot, reference))
                / max(sum(sum(r.values()) for r in reference), 1))
        print(f"{name:22s} born-digital {bcpu / len(born):.3f} CPU-s/page, recall {recall:.4f} "
              f"(worst page {worst:.3f}), precision {precision:.4f} | scans "
              f"{scpu / len(scans):.3f} CPU-s/page, words of {a.variants.split(',')[0]} kept "
              f"{kept:.3f}", flush=True)


if __name__ == "__main__":
    main()
