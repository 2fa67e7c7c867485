#!/usr/bin/env bash
# Shared by run.sh and test.sh: make sure a local PostgreSQL (Debian package) is installed and running, and that
# the role "thidua" exists. Sourced, not executed. Needs root (or sudo) the first time, to install and start it.
set -euo pipefail

thidua_sudo() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
thidua_psql() { thidua_sudo runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qtA "$@"; }

ensure_local_postgres() {
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/share/postgresql/*/extension/unaccent.control >/dev/null 2>&1; then
    echo "Installing PostgreSQL (Debian package)..." >&2
    thidua_sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive thidua_sudo apt-get install -y -qq postgresql postgresql-contrib >/dev/null
  fi
  local version
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
    thidua_sudo pg_ctlcluster "$version" main start
  fi
  for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p 5432 && break
    sleep 0.5
  done
  pg_isready -q -h 127.0.0.1 -p 5432 || { echo "PostgreSQL did not start." >&2; exit 1; }
  if [ "$(thidua_psql -c "SELECT 1 FROM pg_roles WHERE rolname='thidua'")" != "1" ]; then
    thidua_psql -c "CREATE ROLE thidua LOGIN PASSWORD 'thidua' CREATEDB"
  fi
}

ensure_local_database() {
  local db=$1
  if [ "$(thidua_psql -c "SELECT 1 FROM pg_database WHERE datname='$db'")" != "1" ]; then
    thidua_psql -c "CREATE DATABASE $db OWNER thidua"
  fi
}
