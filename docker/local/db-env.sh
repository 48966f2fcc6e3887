#!/usr/bin/env bash
# Turns a database URL into the backend's settings and prints them as shell assignments to `eval`:
#   VORDA_DB_URL=jdbc:postgresql://host:port/db[?params]  VORDA_DB_USER=…  VORDA_DB_PASSWORD=…
# Input: $1, else $DATABASE_URL. Accepted forms:
#   postgres://user:pass@host:port/db?sslmode=require    (also postgresql://; user, pass, port optional;
#                                                          user and pass may be percent-encoded)
#   jdbc:postgresql://host:port/db?user=u&password=p      (user/password from the query, else from
#                                                          $DATABASE_USER / $DATABASE_PASSWORD, else postgres)
# Usage: eval "$(docker/local/db-env.sh)"
set -euo pipefail

url=${1:-${DATABASE_URL:-}}
[[ -n "$url" ]] || { echo "db-env.sh: no URL given and DATABASE_URL is not set" >&2; exit 1; }

urldecode() { local s=${1//+/ }; printf '%b' "${s//%/\\x}"; }

# Value of query parameter $2 in query string $1 (empty when absent).
query_param() {
  local q=$1 key=$2 pair
  local IFS='&'
  for pair in $q; do
    [[ "${pair%%=*}" == "$key" ]] && { urldecode "${pair#*=}"; return 0; }
  done
  return 0
}

case "$url" in
  jdbc:postgresql://*)
    jdbc=$url
    query=""; [[ "$url" == *\?* ]] && query=${url#*\?}
    user=$(query_param "$query" user); password=$(query_param "$query" password)
    user=${user:-${DATABASE_USER:-postgres}}
    password=${password:-${DATABASE_PASSWORD:-}}
    ;;
  postgres://*|postgresql://*)
    rest=${url#*://}
    query=""; if [[ "$rest" == *\?* ]]; then query=${rest#*\?}; rest=${rest%%\?*}; fi
    userinfo=""; if [[ "$rest" == *@* ]]; then userinfo=${rest%@*}; rest=${rest##*@}; fi
    hostport=${rest%%/*}
    db=""; [[ "$rest" == */* ]] && db=${rest#*/}
    db=${db:-postgres}
    user=""; password=""
    if [[ -n "$userinfo" ]]; then
      user=$(urldecode "${userinfo%%:*}")
      [[ "$userinfo" == *:* ]] && password=$(urldecode "${userinfo#*:}")
    fi
    user=${user:-${DATABASE_USER:-postgres}}
    password=${password:-${DATABASE_PASSWORD:-}}
    # host[:port] and [v6]:port pass through as they are; JDBC defaults the port to 5432 like libpq.
    [[ -n "$hostport" ]] || hostport=localhost
    jdbc="jdbc:postgresql://$hostport/$db"
    [[ -n "$query" ]] && jdbc="$jdbc?$query"
    ;;
  *)
    echo "db-env.sh: unsupported database URL '$url' (expected postgres://user:pass@host:port/db or jdbc:postgresql://host:port/db)" >&2
    exit 1
    ;;
esac

printf 'VORDA_DB_URL=%q\nVORDA_DB_USER=%q\nVORDA_DB_PASSWORD=%q\n' "$jdbc" "$user" "$password"
