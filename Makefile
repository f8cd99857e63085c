# Verbatim: the two commands that matter are `make run` and `make test` (see README.md).
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)

.PHONY: all build bootstrap web run test bench clean format

all: build

$(BUILD_DIR)/CMakeCache.txt:
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) >/dev/null

## make: build build/verbatim and the tests
build: $(BUILD_DIR)/CMakeCache.txt
	cmake --build $(BUILD_DIR) -j $(JOBS)

## make bootstrap: install the Debian and npm packages the build, the server and the tests need
bootstrap:
	scripts/bootstrap

## make web: build the front end into web/dist (served by verbatim serve)
web:
	cd web && npm run build --silent

## make run: bootstrap, build, and serve on the embedded SQLite store with demo data
run: bootstrap
	$(MAKE) --no-print-directory build web
	$(BUILD_DIR)/verbatim serve --demo

## make test: every test, on SQLite and on a throwaway PostgreSQL, then the web tests in Chromium
test: bootstrap
	$(MAKE) --no-print-directory build web
	scripts/run-tests

## make bench: benchmarks, each beside a reference measured in the same run
bench: bootstrap
	$(MAKE) --no-print-directory build
	scripts/bench

format:
	find src tests bench -name '*.cc' -o -name '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR) web/dist
