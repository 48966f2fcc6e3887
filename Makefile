# Vorda — the commands a developer and CI use. `make` alone lists them.
#
# Builds use real prerequisites: the jar is rebuilt only when backend/src, backend/pom.xml or api-spec changed,
# the front end only when frontend/src, its *.html, its config files or api-spec changed. Everything generated
# (target/, dist/, node_modules/, .local/) stays out of git. Scripts live in docker/local/.
# (File names with spaces under those folders are not supported by make's prerequisite lists.)

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-builtin-rules --no-print-directory
.SUFFIXES:

LOCAL := docker/local
PORT ?= 8080

JAR      := backend/target/vorda.jar
DIST     := frontend/dist/index.html
FE_DEPS  := frontend/node_modules/.package-lock.json
E2E_DEPS := e2e-tests/node_modules/.package-lock.json

HAVE_BACKEND  := $(wildcard backend/pom.xml)
HAVE_FRONTEND := $(wildcard frontend/package.json)
HAVE_E2E      := $(wildcard e2e-tests/package.json)

files_under = $(shell find $(1) -type f $(2) 2>/dev/null)
API_SPEC        := $(call files_under,api-spec)
BACKEND_INPUTS  := $(call files_under,backend/src) $(wildcard backend/pom.xml backend/.mvn/wrapper/*.properties) $(API_SPEC)
# frontend/src/generated is codegen output (from api-spec), so it is not an input of its own.
FRONTEND_INPUTS := $(call files_under,frontend/src,-not -path 'frontend/src/generated/*') \
                   $(call files_under,frontend/public) \
                   $(wildcard frontend/*.html frontend/*.json frontend/*.ts frontend/*.mts frontend/*.js frontend/*.mjs frontend/*.cjs frontend/.env*) \
                   $(API_SPEC)

# What `make run`, e2e and bench need built: the jar, and the UI when the front end exists.
BUILD_OUTPUTS := $(JAR) $(if $(HAVE_FRONTEND),$(DIST))

.PHONY: help
help:
	@echo "Vorda"
	@echo "  make run            build what is stale, start PostgreSQL (DATABASE_URL, else a private cluster in .local/),"
	@echo "                      serve UI + APIs with demo data on http://localhost:$(PORT) (PORT=… to change). Ctrl-C stops all."
	@echo "  make dev            backend + Vite dev server with hot reload (UI on http://localhost:5173)"
	@echo "  make test           every suite (backend, frontend, e2e), one summary line each, then 'N passed, N failed'"
	@echo "  make test-backend | test-frontend | test-e2e    one suite"
	@echo "  make bench          throughput/latency figures of key endpoints against the health floor (needs wrk)"
	@echo "  make build          build the jar and the front end (only what is stale)"
	@echo "  make docker-up      everything in containers: docker compose -f docker/compose.yml up --build"
	@echo "  make db-start | db-stop | db-status | db-url    the private PostgreSQL cluster in .local/pg"
	@echo "  make clean          remove build output (target/, dist/);  make clean-local  also the private database"

# ---------------------------------------------------------------------------------------------- build

.PHONY: build jar frontend frontend-deps e2e-deps
build: $(BUILD_OUTPUTS)
jar: $(JAR)
frontend: $(DIST)
frontend-deps: $(FE_DEPS)
e2e-deps: $(E2E_DEPS)

$(JAR): $(BACKEND_INPUTS)
	@echo "==> building the backend jar"
	$(LOCAL)/mvnw.sh -B -q -ntp package -DskipTests
	@touch $@

# npm writes node_modules/.package-lock.json on every install; older than package-lock.json means stale.
$(FE_DEPS): frontend/package-lock.json frontend/package.json
	@$(LOCAL)/node-check.sh
	@echo "==> npm ci (frontend)"
	$(LOCAL)/npm-ci.sh frontend
	@touch $@

$(E2E_DEPS): e2e-tests/package-lock.json e2e-tests/package.json
	@$(LOCAL)/node-check.sh
	@echo "==> npm ci (e2e-tests)"
	$(LOCAL)/npm-ci.sh e2e-tests
	@touch $@

# The front end's build script runs codegen (api-spec -> src/generated) first.
$(DIST): $(FRONTEND_INPUTS) $(FE_DEPS)
	@echo "==> building the front end"
	cd frontend && npm run -s build
	@touch $@

# ---------------------------------------------------------------------------------------------- run

# Checks that need no build come first, so a missing database or JDK is reported before minutes of building.
.PHONY: preflight
preflight:
	@if [[ -z "$${DATABASE_URL:-}" ]]; then $(LOCAL)/pg-cluster.sh available; fi
	@$(LOCAL)/java.sh >/dev/null
	@$(if $(HAVE_FRONTEND),$(LOCAL)/node-check.sh,echo "note: no frontend/ yet: the backend runs without the UI")

.PHONY: run dev
run: preflight $(BUILD_OUTPUTS)
	@PORT=$(PORT) $(LOCAL)/run.sh

dev: preflight $(JAR) $(if $(HAVE_FRONTEND),$(FE_DEPS))
	@PORT=$(PORT) $(LOCAL)/run.sh --dev

# ---------------------------------------------------------------------------------------------- test

.PHONY: test test-backend test-frontend test-e2e
test:
	@MAKE="$(MAKE)" $(LOCAL)/test.sh backend frontend e2e
test-backend:
	@MAKE="$(MAKE)" $(LOCAL)/test.sh backend
test-frontend:
	@MAKE="$(MAKE)" $(LOCAL)/test.sh frontend
test-e2e:
	@MAKE="$(MAKE)" $(LOCAL)/test.sh e2e

# ---------------------------------------------------------------------------------------------- bench

.PHONY: bench
bench: preflight $(BUILD_OUTPUTS)
	@$(LOCAL)/bench.sh

# ---------------------------------------------------------------------------------------------- docker

.PHONY: docker-up
docker-up:
	@if ! command -v docker >/dev/null 2>&1; then \
	  echo "docker-up needs Docker (with the compose plugin); it is not installed. Use 'make run' instead."; exit 1; fi
	@if ! docker info >/dev/null 2>&1; then \
	  echo "docker-up needs a running Docker engine; 'docker info' cannot reach one. Use 'make run' instead."; exit 1; fi
	@if ! docker compose version >/dev/null 2>&1; then \
	  echo "docker-up needs the Docker Compose plugin ('docker compose'); it is not installed."; exit 1; fi
	@if [[ ! -f docker/.env ]]; then \
	  echo "docker/.env is missing: copy docker/env.example to docker/.env and set VORDA_JWT_SECRET (>= 32 characters)."; exit 1; fi
	docker compose -f docker/compose.yml --env-file docker/.env up --build

# ---------------------------------------------------------------------------------------------- database

.PHONY: db-start db-stop db-status db-url
db-start:
	@$(LOCAL)/pg-cluster.sh start
	@$(LOCAL)/pg-cluster.sh create-db vorda
	@$(LOCAL)/pg-cluster.sh status
db-stop:
	@$(LOCAL)/pg-cluster.sh stop
db-status:
	@$(LOCAL)/pg-cluster.sh status
db-url:
	@$(LOCAL)/pg-cluster.sh url vorda

# ---------------------------------------------------------------------------------------------- clean

.PHONY: clean clean-local
clean:
	rm -rf backend/target frontend/dist
clean-local: clean
	@$(LOCAL)/pg-cluster.sh stop
	rm -rf .local
