# The two commands of the README, plus the developer conveniences around them.
SHELL := /bin/bash
SWIFT ?= swift
PREFIX ?= /usr/local
STRICT = -Xswiftc -warnings-as-errors

.PHONY: deps build release test demo bench install format clean

deps:
	@scripts/install-deps

build: deps
	$(SWIFT) build $(STRICT)

release: deps
	$(SWIFT) build -c release

test: deps
	$(SWIFT) build --build-tests $(STRICT)
	$(SWIFT) test --skip-build

demo: deps
	$(SWIFT) build
	scripts/demo

bench: deps
	$(SWIFT) run -c release retro-metadata-bench $(BENCH_ARGS)

install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/retro-metadata
	install -m 755 .build/release/retro-metadata $(DESTDIR)$(PREFIX)/bin/retro-metadata
	cp -R templates $(DESTDIR)$(PREFIX)/share/retro-metadata/

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

clean:
	rm -rf .build out
