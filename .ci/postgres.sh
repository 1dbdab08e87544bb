#!/usr/bin/env bash
# A throw-away PostgreSQL server for the test suite, run as the unprivileged "postgres" user (never
# as root), listening on 127.0.0.1 at a free port and on a socket in its own folder.
#   .ci/postgres.sh start DIR   installs the server if missing, starts it in DIR, prints the URL
#   .ci/postgres.sh stop DIR    stops it and removes DIR
set -euo pipefail
cmd="${1:?start or stop}"
dir="${2:?a folder for the server}"

bin_dir() {
    local found
    found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [[ -n "$found" && -x "$found/initdb" ]] && echo "$found"
}

run_as() {  # run a command as the postgres user (root hands it down; another user runs it itself)
    if [[ "$(id -u)" == 0 ]]; then
        runuser -u "$pg_user" -- "$@"
    else
        "$@"
    fi
}

case "$cmd" in
start)
    if ! bin_dir >/dev/null; then
        # postgresql-contrib holds unaccent (part of the server package from PostgreSQL 10 on).
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib) >/dev/null 2>&1 \
            || { echo "could not install postgresql" >&2; exit 1; }
    fi
    bin="$(bin_dir)"
    pg_user=postgres
    if [[ "$(id -u)" == 0 ]] && ! id "$pg_user" >/dev/null 2>&1; then
        useradd --system --no-create-home "$pg_user"
    fi
    [[ "$(id -u)" == 0 ]] || pg_user="$(id -un)"
    mkdir -p "$dir"
    chown "$pg_user" "$dir" 2>/dev/null || true
    chmod 700 "$dir"
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    run_as "$bin/initdb" -D "$dir/data" -U "$pg_user" --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    run_as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    # The tests' role owns its database and may make roles (the read-only role test) but is no superuser.
    run_as "$bin/psql" -q -h 127.0.0.1 -p "$port" -U "$pg_user" -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE reader LOGIN CREATEDB CREATEROLE" \
        -c "CREATE DATABASE reader_test OWNER reader" >/dev/null
    run_as "$bin/psql" -q -h 127.0.0.1 -p "$port" -U "$pg_user" -d reader_test -v ON_ERROR_STOP=1 \
        -c "CREATE EXTENSION IF NOT EXISTS unaccent" >/dev/null
    echo "$port" >"$dir/port"
    echo "postgresql://reader@127.0.0.1:$port/reader_test"
    ;;
stop)
    [[ -d "$dir/data" ]] || exit 0
    bin="$(bin_dir)"
    pg_user="$(stat -c %U "$dir/data")"
    run_as "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
