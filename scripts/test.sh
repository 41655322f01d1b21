#!/usr/bin/env bash
# Set up and run the whole test suite (system packages too when running as root with apt).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  need=""
  command -v tesseract >/dev/null || need="$need tesseract-ocr"
  command -v pdftotext >/dev/null || need="$need poppler-utils"
  [ -x /usr/bin/chromium ] || need="$need chromium"
  if [ -n "$need" ]; then
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null
  fi
fi
bash scripts/setup.sh
bash scripts/services.sh
export OMP_NUM_THREADS=1 HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
set +e
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
rc=$?
set -e
if [ "$rc" = "5" ]; then echo "no tests collected"; exit 1; fi
exit $rc
