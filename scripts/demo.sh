#!/usr/bin/env bash
# Set up, ingest the sample minutes into demo.db, print what was found, and open the app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1}
.venv/bin/python -m pipeline --db demo.db ingest samples/pdf
.venv/bin/python -m pipeline --db demo.db meetings
.venv/bin/python -m pipeline --db demo.db findings
if [ "${NO_APP:-}" = "1" ]; then exit 0; fi
exec .venv/bin/streamlit run app.py --server.headless true -- --db demo.db
