#!/usr/bin/env bash
# Build the desktop bundle into dist/observer-app (one folder, about 160 MB).
# Usage: packaging/build.sh   (from anywhere; uses .venv in the repo root, creating it if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q -e . pyinstaller
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
  packaging/observer-app.spec
echo "built: dist/observer-app/observer-app"
