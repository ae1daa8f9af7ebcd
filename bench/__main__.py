"""``python -m bench``: the national-scale benchmark (bench/run.py)."""

import sys

from bench.run import main

sys.exit(main())
