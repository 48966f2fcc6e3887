#!/usr/bin/env bash
# Prints the path of a JDK >= 21 (the backend builds Java 21 bytecode), for use as JAVA_HOME.
# Order: $JAVA_HOME if it is new enough; else the newest JDK under /usr/lib/jvm; else the javac on PATH.
# Exits 1 with one clear message when there is none. `--quiet` suppresses that message (for probes).
set -euo pipefail

MIN=21
quiet=false
[[ "${1:-}" == --quiet ]] && quiet=true

# Major version of the JDK at $1 (0 when it is not a JDK): "javac 25.0.3" -> 25, "javac 1.8.0_392" -> 8.
jdk_major() {
  local home=$1 v
  [[ -x "$home/bin/javac" && -x "$home/bin/java" ]] || { echo 0; return; }
  v=$("$home/bin/javac" -version 2>&1 | awk '/^javac /{print $2; exit}')
  v=${v#1.}
  v=${v%%[.+-]*}
  [[ "$v" =~ ^[0-9]+$ ]] && echo "$v" || echo 0
}

if [[ -n "${JAVA_HOME:-}" ]] && (( $(jdk_major "$JAVA_HOME") >= MIN )); then
  echo "$JAVA_HOME"; exit 0
fi

best="" best_major=0
candidates=()
for d in /usr/lib/jvm/*/; do candidates+=("${d%/}"); done
if command -v javac >/dev/null 2>&1; then
  candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
fi
for home in "${candidates[@]}"; do
  [[ -d "$home" ]] || continue
  m=$(jdk_major "$home")
  if (( m > best_major )); then best=$home; best_major=$m; fi
done

if (( best_major >= MIN )); then
  # Resolve symlinked aliases (java-1.x -> java-x) so the printed path is stable.
  readlink -f "$best"; exit 0
fi

if ! $quiet; then
  cat >&2 <<MSG
No JDK ${MIN} or newer found (the backend builds Java ${MIN} bytecode; found: ${best:-none}${best:+, version $best_major}).
Install one, then run this again:
  - Debian 13 / Ubuntu 24.04:  apt-get install openjdk-21-jdk-headless   (Debian 12 has only 17)
  - anywhere: Eclipse Temurin 21 or 25 (https://adoptium.net), unpacked under /usr/lib/jvm/
or point JAVA_HOME at an existing JDK >= ${MIN}.
MSG
fi
exit 1
