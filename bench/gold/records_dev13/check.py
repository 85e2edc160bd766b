#!/usr/bin/env python3
"""Validate the thirteenth development gold set (standard library only): the held-out set's checks
(../records/check.py) with this set's size.

Usage: python3 bench/gold/records_dev13/check.py   (from the repository root, or from anywhere)
"""

import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIMITS = {"words": (330, 720), "articles": (10, 10), "statistics": 15, "statements": 15}


def _held_out_checker():
    path = os.path.join(HERE, "..", "records", "check.py")
    spec = importlib.util.spec_from_file_location("held_out_check", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    sys.exit(_held_out_checker().main(HERE, LIMITS))
