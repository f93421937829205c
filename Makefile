# Steward — the two commands on a fresh machine are `make demo` and `make test`.
# Each installs what it needs: Go modules, ONNX Runtime (from the npm package
# onnxruntime-node, checksum-verified), PostgreSQL for the tests when none runs.

SHELL := /bin/bash
GO    ?= go
ORT   := .cache/onnxruntime/libonnxruntime.so
BIN   := bin/steward
# anvil, the external node of the tests (npm package @foundry-rs/anvil-linux-amd64).
# Defined before any rule names it: make expands prerequisites as it reads them.
ANVIL := chain/anviltest/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil
export STEWARD_ONNXRUNTIME_LIB := $(CURDIR)/$(ORT)
export CGO_ENABLED := 1

# Packages with goroutines of their own: run under the race detector.
RACE_PKGS := ./agents/... ./chain/ingest/... ./chain/devchain/... ./chain/rpc/... ./chain/txmgr/... ./inference/onnx/... ./inference/llm/... ./inference/blob/...

.PHONY: demo demo-anvil test test-crash-long deps tools build contracts bench bench-fleet bench-fleet-soak fuzz vet lint clean sweep-demo

demo: deps build
	$(BIN) demo

build:
	$(GO) build -o $(BIN) ./cmd/steward

# The demo agent against anvil as an external node, through deploy, run and verify.
demo-anvil: deps build $(ANVIL)
	bash agents/demo/anvil-demo.sh

deps: tools $(ORT)
	$(GO) mod download

# gcc (cgo: ONNX Runtime, secp256k1) and Node/npm (ONNX Runtime and solc-js
# come from npm) are installed from Debian's packages when missing.
tools:
	@missing=""; \
	command -v gcc >/dev/null || missing="$$missing gcc"; \
	command -v npm >/dev/null || missing="$$missing nodejs npm"; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		if [ "$$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi; \
		$$sudo apt-get update -qq && $$sudo apt-get install -y -qq $$missing; \
	fi

# Re-fetched when the pin or checksum in the script changes.
$(ORT): inference/onnx/fetch-runtime.sh
	bash inference/onnx/fetch-runtime.sh
	touch $@

$(ANVIL): chain/anviltest/package-lock.json
	npm ci --prefix chain/anviltest --no-audit --no-fund --loglevel=error
	touch $@

# npm packages for the contract drift test (solc-js, OpenZeppelin, Uniswap v3 core).
chain/contracts/node_modules: chain/contracts/package-lock.json
	cd chain/contracts && npm ci --no-audit --no-fund --loglevel=error
	touch $@

test: deps chain/contracts/node_modules $(ANVIL)
	bash agents/store/ensure-postgres.sh
	bash backtest/report/ensure-chromium.sh
	$(MAKE) --no-print-directory lint
	$(call gotest,-count=1 ./...,test)
	$(call gotest,-count=1 -race -short $(RACE_PKGS),test-race)
	$(MAKE) --no-print-directory fuzz FUZZTIME=5s

# gotest runs go test with $(1), keeping its output in .cache/$(2).log. On a
# failure it prints again, last (where a CI log's tail shows them), the
# failing tests, a test binary's exit status with the lines before it
# (go-ethereum's log.Crit prints its error, then exits with status 1),
# and, after a timeout's goroutine dump, the stacks of the goroutines that
# are in test code.
define gotest
	@mkdir -p .cache
	set -o pipefail; $(GO) test $(1) 2>&1 | tee .cache/$(2).log || { \
		echo "=== go test $(1) failed; summary (whole output in .cache/$(2).log):"; \
		grep -E '^(--- FAIL|FAIL|panic:|\s+running tests:|\s+(Test|Example|Fuzz)\S+ \(|\s+\S+_test\.go:[0-9]+: )' .cache/$(2).log | head -60; \
		grep -B2 '^exit status' .cache/$(2).log | head -20; \
		awk 'BEGIN{RS=""} /^goroutine / && /_test\.go:/' .cache/$(2).log | head -150; \
		exit 1; }
endef

# The long crash-safety variant: 100 SIGKILLs of a live agent against anvil.
test-crash-long: deps $(ANVIL)
	bash agents/store/ensure-postgres.sh
	STEWARD_CRASH_RUNS=100 $(GO) test -count=1 -run TestCrashSafety -timeout 30m -v ./cmd/steward

lint: vet
	@unformatted=$$(find . -name '*.go' -not -path '*/node_modules/*' -not -path './.cache/*' | xargs gofmt -l); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi

vet:
	$(GO) vet ./...

FUZZTIME ?= 30s
# -fuzzminimizetime 1x: the default minimises each new interesting input for
# up to 60 s in the worker, counting no execs; on a large seed (FuzzParse's
# demo config) that took a whole short -fuzztime (0 execs/s, then PASS).
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzDecodeSwap$$' -fuzzminimizetime 1x -fuzztime $(FUZZTIME) ./chain/ingest
	$(GO) test -run '^$$' -fuzz '^FuzzDecodeLogs$$' -fuzzminimizetime 1x -fuzztime $(FUZZTIME) ./chain/ingest
	$(GO) test -run '^$$' -fuzz '^FuzzResponseBody$$' -fuzzminimizetime 1x -fuzztime $(FUZZTIME) ./chain/rpc
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzzminimizetime 1x -fuzztime $(FUZZTIME) ./agents/config
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzzminimizetime 1x -fuzztime $(FUZZTIME) ./strategies/governance/proposal
	$(GO) test -run '^$$' -fuzz '^FuzzParseBook$$' -fuzzminimizetime 1x -fuzztime $(FUZZTIME) ./strategies/governance/proposal
	$(GO) test -run '^$$' -fuzz '^FuzzDecode$$' -fuzzminimizetime 1x -fuzztime $(FUZZTIME) ./strategies/governance/decode
	$(GO) test -run '^$$' -fuzz '^FuzzAnalyze$$' -fuzzminimizetime 1x -fuzztime $(FUZZTIME) ./strategies/governance/features
	$(GO) test -run '^$$' -fuzz '^FuzzCreated$$' -fuzzminimizetime 1x -fuzztime $(FUZZTIME) ./strategies/governance

# Rebuild contract artifacts and bindings from source (needs Node + npm).
contracts: chain/contracts/node_modules
	bash chain/contracts/gen.sh

bench: deps
	bash agents/store/ensure-postgres.sh
	$(GO) test -run '^$$' -bench 'DecodeSwap$$|SessionRun|Tick|Evaluate|InsertRecords|VerifyTx|VerifyRange|HubFanOut|ReplaySequential|Swap$$|BacktestExact|BacktestFast|Score$$|Touched|DecodeCreated|BatchedModel' -benchmem -count 3 ./chain/ingest ./inference/onnx ./inference/model ./strategies/risk ./agents ./policies ./agents/store/sqlite ./agents/store/postgres ./backtest/replay ./backtest/univ3 ./backtest/mm ./strategies/governance | tee bench.txt

# Many agents in one process against the synthetic 10,000-TPS node: 50 and
# 200 agents for 25 blocks each; the soak runs 50 agents for ten minutes.
bench-fleet: deps
	$(GO) test -run '^$$' -bench 'Fleet' -benchtime 1x -timeout 30m ./agents | tee bench-fleet.txt

bench-fleet-soak: deps
	STEWARD_FLEET_BLOCKS=1500 $(GO) test -run '^$$' -bench 'Fleet/agents=50$$' -benchtime 1x -timeout 40m ./agents | tee bench-fleet-soak.txt

sweep-demo: deps build
	bin/steward sweep -c configs/marketmaking-demo.yaml --grid backtest/sweep/testdata/sweep.yaml --local --out data/sweep-demo

clean:
	rm -rf bin data
