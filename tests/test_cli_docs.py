"""Every CLI command is documented in the README."""
from pathlib import Path

from pipeline.cli import build_parser

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def test_every_command_is_documented():
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    missing = [name for name in sub.choices if f"`{name}" not in README]
    assert not missing, f"commands not in README: {missing}"
