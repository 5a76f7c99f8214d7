#!/usr/bin/env bash
# Installs what the tests need beyond Java, from Debian's packages, when it is missing:
# PostgreSQL (database tests), Chromium and ChromeDriver (browser tests), curl (CI's smoke test).
# Installing needs root; otherwise it says what to install, or how to skip those tests.
set -euo pipefail
missing=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || [ "${ROTAGUARD_TEST_PG:-}" = off ] || missing+=(postgresql)
{ [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; } || [ "${ROTAGUARD_TEST_BROWSER:-}" = off ] \
  || missing+=(chromium chromium-driver)
command -v curl >/dev/null || missing+=(curl)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "installing ${missing[*]} from Debian's packages..." >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "the tests need: ${missing[*]} (sudo apt-get install ${missing[*]})," >&2
  echo "or ROTAGUARD_TEST_PG=off / ROTAGUARD_TEST_BROWSER=off to skip the database or browser tests" >&2
  exit 1
fi
