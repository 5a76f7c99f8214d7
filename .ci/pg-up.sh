#!/usr/bin/env bash
# Starts (if needed) a private PostgreSQL cluster on 127.0.0.1 for the tests, without systemd:
# its own directory and port, a role 'rota' (password 'rota') that may create databases, and a
# database 'rota'. Idempotent: a second run finds the cluster running and does nothing.
# Needs Debian's postgresql package (installed here when run as root and missing).
set -euo pipefail
PGVER=${PGVER:-15}
PGBIN=/usr/lib/postgresql/$PGVER/bin
PGROOT=${PGROOT:-/tmp/rotaguard-pg}
PGPORT=${PGPORT:-55432}

if [ ! -x "$PGBIN/initdb" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else
    echo "pg-up: PostgreSQL $PGVER is not installed (apt-get install postgresql)" >&2
    exit 1
  fi
fi

# initdb and pg_ctl refuse to run as root: as root, run them as the postgres user.
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ "$(id -u)" -eq 0 ]; then install -d -o postgres -g postgres "$PGROOT"; else mkdir -p "$PGROOT"; fi
[ -f "$PGROOT/data/PG_VERSION" ] || as_owner "$PGBIN/initdb" -D "$PGROOT/data" -U postgres \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
as_owner "$PGBIN/pg_ctl" -D "$PGROOT/data" status >/dev/null 2>&1 || \
  as_owner "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGROOT" start >/dev/null

psql_su() { as_owner "$PGBIN/psql" -h "$PGROOT" -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
psql_su -c "select 1 from pg_roles where rolname='rota'" | grep -q 1 || psql_su -c "create role rota login password 'rota'"
psql_su -c "alter role rota createdb" >/dev/null
psql_su -c "select 1 from pg_database where datname='rota'" | grep -q 1 || psql_su -c "create database rota owner rota"
echo "postgres up: jdbc:postgresql://127.0.0.1:$PGPORT/rota (user rota, password rota)"
