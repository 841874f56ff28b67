#!/bin/sh
# Creates Temporal's two PostgreSQL databases when missing and brings their schemas to the version
# the server needs; a no-op on databases already up to date. Run before every start of the server,
# by tools/stack/temporal-server.ts (`npm run start:cluster`, the cluster tests) and by the
# `temporal-schema` service of docker-compose.yml, with:
#   POSTGRES_SEEDS, DB_PORT, POSTGRES_USER, POSTGRES_PWD   the PostgreSQL server (a user allowed to create databases)
#   SQL_TOOL     temporal-sql-tool (go.temporal.io/server/cmd/tools/sql), from PATH unless set
#   SCHEMA_DIR   the schema/postgresql/v12 folder of the same server version
set -eu

tool="${SQL_TOOL:-temporal-sql-tool}"
schema="${SCHEMA_DIR:-/etc/temporal/schema/postgresql/v12}"
export SQL_PLUGIN=postgres12
export SQL_HOST="${POSTGRES_SEEDS:?set POSTGRES_SEEDS}"
export SQL_PORT="${DB_PORT:-5432}"
export SQL_USER="${POSTGRES_USER:?set POSTGRES_USER}"
export SQL_PASSWORD="${POSTGRES_PWD:-}"

for pair in temporal:temporal temporal_visibility:visibility; do
  database="${pair%%:*}"
  folder="${pair#*:}"
  export SQL_DATABASE="$database"
  # -q: an existing database is not an error.
  "$tool" -q create-database --defaultdb postgres
  # Versioning tables at 0.0 on a fresh database; an existing one keeps its version.
  "$tool" setup-schema -v 0.0
  "$tool" update-schema -d "$schema/$folder/versioned"
done
