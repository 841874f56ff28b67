#!/usr/bin/env bash
# Builds the Temporal server the cluster profile runs on (`npm run start:cluster`, `npm run test:cluster`)
# into .tools/ (git-ignored), from its Go module at the pinned version:
#   .tools/bin/temporal-server     go.temporal.io/server/cmd/server
#   .tools/bin/temporal-sql-tool   go.temporal.io/server/cmd/tools/sql (creates and migrates its databases)
#   .tools/temporal-schema/        the PostgreSQL schema files shipped in the same module
#   .tools/bin/temporal-ui-server  github.com/temporalio/ui-server (optional: skipped with a note when it does not build)
# The first build takes about 10 minutes on two cores; later runs find the stamp and do nothing.
# TEMPORAL_SERVER_PATH, TEMPORAL_SQL_TOOL_PATH and TEMPORAL_SCHEMA_DIR, when all set, name an installed
# server, schema tool and schema folder (…/schema/postgresql/v12) instead.
#
#   --if-missing   quiet when everything is present (used by the npm scripts)
#   --optional     when Go is missing, say so and exit 0 (the dev profile does not need this server)
set -euo pipefail

TEMPORAL_SERVER_VERSION="1.30.4"
# The version of docker-compose.yml's temporalio/ui image.
TEMPORAL_UI_VERSION="2.39.0"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools"
bin="$tools/bin"
schema="$tools/temporal-schema/postgresql/v12"
stamp="$tools/temporal-server.version"
ui_stamp="$tools/temporal-ui-server.version"
quiet=false
optional=false
for arg in "$@"; do
  case "$arg" in
    --if-missing) quiet=true ;;
    --optional) optional=true ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

if [ -n "${TEMPORAL_SERVER_PATH:-}${TEMPORAL_SQL_TOOL_PATH:-}${TEMPORAL_SCHEMA_DIR:-}" ]; then
  missing=""
  [ -x "${TEMPORAL_SERVER_PATH:-}" ] || missing="$missing TEMPORAL_SERVER_PATH"
  [ -x "${TEMPORAL_SQL_TOOL_PATH:-}" ] || missing="$missing TEMPORAL_SQL_TOOL_PATH"
  [ -f "${TEMPORAL_SCHEMA_DIR:-}/temporal/schema.sql" ] || missing="$missing TEMPORAL_SCHEMA_DIR"
  if [ -n "$missing" ]; then
    echo "Set all three of TEMPORAL_SERVER_PATH, TEMPORAL_SQL_TOOL_PATH (executables) and TEMPORAL_SCHEMA_DIR (a folder with temporal/ and visibility/); not usable:$missing" >&2
    exit 1
  fi
  $quiet || echo "Using the installed Temporal server $TEMPORAL_SERVER_PATH."
  exit 0
fi

server_ready() {
  [ -x "$bin/temporal-server" ] && [ -x "$bin/temporal-sql-tool" ] && [ -f "$schema/temporal/schema.sql" ] &&
    [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$TEMPORAL_SERVER_VERSION" ]
}
# Built, or tried once for this version (the UI is optional).
ui_tried() { [ -f "$ui_stamp" ] && grep -q "^$TEMPORAL_UI_VERSION" "$ui_stamp"; }

if server_ready && ui_tried; then
  $quiet || echo "Temporal server $TEMPORAL_SERVER_VERSION present in .tools/bin."
  exit 0
fi

if ! command -v go >/dev/null 2>&1 && server_ready; then
  $quiet || echo "Temporal server $TEMPORAL_SERVER_VERSION present in .tools/bin; the optional UI server needs Go to build."
  exit 0
fi

if ! command -v go >/dev/null 2>&1; then
  cat >&2 <<MSG
The Temporal server $TEMPORAL_SERVER_VERSION (cluster profile) is built from its Go module, and Go was not found.
Either install Go 1.25 or newer (https://go.dev/dl/), put it on PATH and run: npm run setup:tools
or point at a server you already have (all three):
  export TEMPORAL_SERVER_PATH=/path/to/temporal-server
  export TEMPORAL_SQL_TOOL_PATH=/path/to/temporal-sql-tool
  export TEMPORAL_SCHEMA_DIR=/path/to/schema/postgresql/v12
MSG
  if $optional; then
    echo "Skipped: the dev profile (npm start, npm test) does not need it." >&2
    exit 0
  fi
  exit 1
fi

mkdir -p "$bin"
if ! server_ready; then
  echo "Building the Temporal server $TEMPORAL_SERVER_VERSION and its schema tool into .tools/bin (about 10 minutes the first time) ..."
  module="go.temporal.io/server@v$TEMPORAL_SERVER_VERSION"
  # GOTOOLCHAIN=local: build with the Go installed here, never download another toolchain.
  if ! GOTOOLCHAIN=local GOBIN="$bin" GOFLAGS=-mod=mod go install \
    "go.temporal.io/server/cmd/server@v$TEMPORAL_SERVER_VERSION" \
    "go.temporal.io/server/cmd/tools/sql@v$TEMPORAL_SERVER_VERSION"; then
    echo "go install of $module failed (it needs Go 1.25 or newer; found $(go version))." >&2
    exit 1
  fi
  mv -f "$bin/server" "$bin/temporal-server"
  mv -f "$bin/sql" "$bin/temporal-sql-tool"

  # The schema files ship in the module the build just downloaded.
  dir="$(GOTOOLCHAIN=local GOFLAGS=-mod=mod go mod download -json "$module" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
  if [ ! -f "$dir/schema/postgresql/v12/temporal/schema.sql" ]; then
    echo "The schema files of $module were not found in the Go module cache ($dir)." >&2
    exit 1
  fi
  rm -rf "$tools/temporal-schema"
  mkdir -p "$(dirname "$schema")"
  cp -R "$dir/schema/postgresql/v12" "$schema"
  chmod -R u+w "$tools/temporal-schema"

  echo "$TEMPORAL_SERVER_VERSION" >"$stamp"
  "$bin/temporal-server" --version
fi

if ! ui_tried; then
  echo "Building the Temporal UI server $TEMPORAL_UI_VERSION into .tools/bin ..."
  scratch="$(mktemp -d)"
  if GOTOOLCHAIN=local GOBIN="$scratch" GOFLAGS=-mod=mod go install "github.com/temporalio/ui-server/v2/cmd/server@v$TEMPORAL_UI_VERSION"; then
    mv -f "$scratch/server" "$bin/temporal-ui-server"
    echo "$TEMPORAL_UI_VERSION" >"$ui_stamp"
  else
    echo "The Temporal UI server did not build; the cluster profile runs without it (the temporal CLI still works)." >&2
    echo "$TEMPORAL_UI_VERSION failed" >"$ui_stamp"
  fi
  rm -rf "$scratch"
fi
