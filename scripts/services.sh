#!/usr/bin/env bash
# Install and start PostgreSQL for the store tests, with a superuser role for the current user and
# an empty-able database `cm_test` (override with CM_PG_DB). Idempotent; as root only (elsewhere it
# says why and exits 0, and the PostgreSQL tests skip). Tests reach it as postgresql:///cm_test.
set -euo pipefail
DB=${CM_PG_DB:-cm_test}
if [ "$(id -u)" != "0" ]; then
  echo "services.sh: not root; PostgreSQL not set up (its tests will skip)"; exit 0
fi
if ! command -v pg_ctlcluster >/dev/null || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
ver=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main"' | grep -q .; then
  pg_createcluster "$ver" main >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
  pg_ctlcluster "$ver" main start
fi
for _ in $(seq 1 30); do
  su postgres -c "psql -qtAc 'SELECT 1'" >/dev/null 2>&1 && break
  sleep 1
done
me=$(id -un)
if [ "$(su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = '$me'\"")" != "1" ]; then
  su postgres -c "createuser -s '$me'"
fi
if [ "$(su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname = '$DB'\"")" != "1" ]; then
  su postgres -c "createdb -O '$me' '$DB'"
fi
echo "services.sh: PostgreSQL $ver up; test database postgresql:///$DB"
