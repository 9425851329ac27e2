# chrono: the README's two commands are `go run ./cmd/chrono demo` and `make test`.
GO ?= go
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
SHARED ?= ../shared

.PHONY: test build demo bench vet fmt eval

test: vet
	$(GO) test ./...

vet:
	@test -z "$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))" || { echo "gofmt needed:"; gofmt -l .; exit 1; }
	$(GO) vet ./...

build:
	$(GO) build -ldflags "-X main.Version=$(VERSION)" -o bin/chrono ./cmd/chrono

demo:
	$(GO) run ./cmd/chrono demo

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

fmt:
	gofmt -w $$(git ls-files '*.go')

# TempEval-3 Task A on TimeBank + AQUAINT, read in place from ../shared
# (research-only data: never copied into the project).
EVAL_GOLD ?= $(SHARED)/eval/tbaq-train.jsonl
eval:
	@if [ ! -f "$(EVAL_GOLD)" ]; then echo "eval: skipped: $(EVAL_GOLD) not found (the TempEval-3 data lives beside the project in ../shared)"; exit 0; fi; \
	mkdir -p bin && $(GO) build -o bin/chrono ./cmd/chrono && \
	bin/chrono tag "$(EVAL_GOLD)" > bin/eval-pred.jsonl && \
	python3 $(SHARED)/eval/score.py "$(EVAL_GOLD)" bin/eval-pred.jsonl $(EVAL_FLAGS)
