#!/usr/bin/env python3
"""Validate the ninetieth development gold set (standard library only): the held-out set's checks
(../records/check.py) with this set's size.

Usage: python3 bench/gold/records_dev90/check.py   (from the repository root, or from anywhere)
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from devset_check import check_folder  # noqa: E402

LIMITS = {"words": (550, 700), "articles": (10, 10), "statistics": 15, "statements": 15}

if __name__ == "__main__":
    sys.exit(check_folder(HERE, LIMITS))
