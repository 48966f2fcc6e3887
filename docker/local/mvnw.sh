#!/usr/bin/env bash
# Runs backend/mvnw with a JDK >= 21 as JAVA_HOME (the machine's default java may be older), from backend/.
# Usage: docker/local/mvnw.sh -B -q package -DskipTests
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[[ -f "$REPO_ROOT/backend/pom.xml" ]] || die "no backend/pom.xml yet: the backend has not been added to this checkout"
[[ -x "$REPO_ROOT/backend/mvnw" ]] || die "backend/mvnw is missing or not executable (the backend uses the Maven wrapper, pinned to Maven 3.9.16)"
JAVA_HOME=$("$REPO_ROOT/docker/local/java.sh")
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
cd "$REPO_ROOT/backend"
exec ./mvnw "$@"
