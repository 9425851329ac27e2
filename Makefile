# chrono: the README's two commands are `go run ./cmd/chrono demo` and `make test`.
GO ?= go
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
SHARED ?= ../shared

.PHONY: test build demo bench vet fmt

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
