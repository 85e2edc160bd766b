"""The checks every development gold set runs (standard library only): the held-out set's
validator (``records/check.py``) applied to a development folder with that set's own size limits.

Each ``records_devN/check.py`` names its limits and calls :func:`check_folder`.
"""

import importlib.util
import os

GOLD = os.path.dirname(os.path.abspath(__file__))


def _held_out_checker():
    path = os.path.join(GOLD, "records", "check.py")
    spec = importlib.util.spec_from_file_location("held_out_check", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check_folder(folder: str, limits: dict) -> int:
    """Validate ``folder`` (articles/, gold.jsonl, negatives.jsonl) within ``limits``; returns the
    exit status the held-out validator gives."""
    return _held_out_checker().main(folder, limits)
