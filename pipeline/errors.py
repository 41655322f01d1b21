"""Error texts in one place. Every error says what failed, where, and what the user can do."""
from __future__ import annotations

__all__ = ["InputError", "E"]


class InputError(Exception):
    """A source file cannot be read. The message is one line, fit to show the user as is."""

    def __init__(self, path: str, message: str, page: int | None = None):
        self.path = path
        self.page = page
        where = f"{path}" + (f", page {page}" if page else "")
        super().__init__(f"{where}: {message}")
        self.reason = message


class E:
    NOT_FOUND = "file not found; check the path"
    EMPTY = "file is empty (0 bytes); re-export or re-download the minutes"
    NOT_PDF = ("not a PDF (looks like {kind}); save it as PDF, or as .txt/.md for plain-text "
               "minutes, and ingest again")
    ENCRYPTED = ("PDF is password-protected; save a copy without the password and ingest "
                 "that")
    CORRUPT = "PDF is damaged and cannot be read ({detail}); re-download or re-export it"
    TOO_MANY_PAGES = ("PDF has {pages} pages, more than the limit of {limit}; split it, or raise "
                      "the limit with --max-pages")
    TOO_LARGE = ("file is {size_mb:.0f} MB, more than the limit of {limit_mb:.0f} MB; split it, "
                 "or raise the limit with --max-mb")
    NO_TEXT = "no text could be read on any page (image-only PDF; {why}); {fix}"
    BOMB = ("PDF holds a compressed stream that inflates to more than {limit_mb:.0f} MB (a "
            "decompression bomb, or a damaged file); it was not read; re-export the minutes")
    OUT_OF_MEMORY = ("reading it needed more than the {limit_mb:.0f} MB memory limit, or crashed "
                     "(exit code {code}), and was stopped; the file may be malformed; re-export "
                     "or split it")
    UNSUPPORTED = "unsupported file type '{ext}'; ingest PDFs, .txt or .md minutes"
    TIMEOUT = "reading took longer than {seconds:.0f} s and was stopped; the file may be malformed"
    NO_MEETING = "no meeting could be recognised (no date or agenda found); is this a minutes file?"
    BAD_TEXT = "text file is not valid UTF-8 or Latin-1 text; re-save it as UTF-8"
    SEGMENT_STEP = ("{stage} failed ({detail}); {kept}; the rest of the file was read and stored; "
                    "please report this file with this message")
    SEGMENT_FAILED = ("the minutes could not be divided into meetings and items: {stage} failed "
                      "({detail}); nothing of this file was stored; please report this file with "
                      "this message")
