# Koho's two commands: `make site` builds the example site into public/; `make test` runs every test.
# Both install what they need first (Debian packages, only when missing).
SWIFT ?= swift

.PHONY: site test deps goldens rebuild bench bench-photos bench-site bench-serve bench-furigana check-site a11y check-search search-eval screenshots fuzz fuzz-smoke dist deb dist-check

site: deps
	$(SWIFT) build -c release --product koho
	$$($(SWIFT) build -c release --show-bin-path)/koho build

test: deps
	$(SWIFT) test

deps:
	@./scripts/install-deps.sh

# Re-record the whole-site golden files, the folders embedded in the binary (default theme, example site,
# starter sites), then show what changed.
goldens: deps
	KOHO_RECORD=1 $(SWIFT) test --filter 'Golden|EmbeddedTheme|InvalidSite|MessageGuide' || true
	$(SWIFT) test --filter 'Golden|EmbeddedTheme|InvalidSite|MessageGuide'
	git status --short Tests Sources/KohoDefaultTheme docs

# Koho's own modules compiled again from scratch (the packages it uses are kept). An incremental build can
# keep modules compiled against an older MessageKey (a case added in the middle), which then name the wrong
# message or crash; run this after changing the catalogue.
rebuild:
	rm -rf .build/*/debug/Koho*.build .build/*/debug/koho*.build .build/*/debug/Modules/Koho* .build/*/debug/Modules/koho*
	$(SWIFT) build --build-tests

# The template render benchmark (release build): a typical staff profile page, pages per second.
bench: deps
	$(SWIFT) run -c release koho-template-bench

# Photos through libvips (release build): PHOTOS generated 3000×4000 staff photos, built cold and with the
# previous output as the cache (nothing encoded); time per photo and in all. `make bench-photos PHOTOS=200`.
PHOTOS ?= 1000
bench-photos: deps
	$(SWIFT) run -c release koho-photo-bench $(PHOTOS)

# `koho serve` on a generated 10k-page site: from a saved staff profile to the page served with the change,
# each of 10 saves and the median; then a change to site.yml (everything rebuilt). Release build.
bench-serve: deps
	$(SWIFT) build -c release --product koho
	python3 scripts/bench-serve.py --koho "$$($(SWIFT) build -c release --show-bin-path)/koho"

# The site build benchmark: a generated office site of each of SIZES pages, built by the release koho and,
# alternating, by Hugo (Debian's, installed on first use) from the same content, RUNS times each; prints the
# median wall time, pages/s, peak memory and the Koho/Hugo ratios, checks first that the two sites agree, and
# writes .bench/results.json. `make bench-site SIZES="1000 10000 50000" THEME=default` (default theme too).
SIZES ?= 1000 10000
RUNS ?= 5
THEME ?= bench
bench-site: deps
	@./scripts/install-deps.sh bench
	python3 -m unittest discover -s scripts/bench-site -p 'test_*.py'
	$(SWIFT) build -c release --product koho
	python3 scripts/bench-site/bench.py --sizes $(SIZES) --runs $(RUNS) --theme $(THEME) --verify \
		--koho "$$($(SWIFT) build -c release --show-bin-path)/koho" --json .bench/results.json

# What furigana cost: a generated site of PAGES pages (10,000) built with `furigana: true` and without,
# alternating, RUNS times each; the median times and the extra cost per page. Release build.
PAGES ?= 10000
bench-furigana: deps
	$(SWIFT) build -c release --product koho
	python3 scripts/bench-furigana.py --pages $(PAGES) --runs $(RUNS) \
		--koho "$$($(SWIFT) build -c release --show-bin-path)/koho"

# Independent checks of the built example site: feeds (feedparser, RSS and JSON Feed rules), sitemap (XSD)
# and every page through the Nu HTML checker. Installs its tools (Java, a venv in .build-check/) first.
check-site: deps
	./scripts/check-site.sh

# Accessibility of the example site: axe-core in headless Chromium on every page (light, dark, 390 px;
# fails on serious or critical); installs its tools (Chromium, a venv in .build-check/) on first use.
a11y: deps
	./scripts/check-a11y.sh

# The site search as a visitor uses it: the example site built under a base path (/city/) and served, queries
# typed into the header box and the search page of headless Chromium, the results read back (すずき, suzuki,
# 子育て, English, one character, ?q= on load, highlighting, keyboard, no console errors), axe-core on a results
# page. Installs its tools (Chromium, a venv in .build-check/) on first use.
check-search: deps
	$(SWIFT) build --product koho
	"$$(./scripts/site-tools.sh)/bin/python" scripts/check-search.py --koho "$$($(SWIFT) build --show-bin-path)/koho"

# Koho's search beside Pagefind (pagefind-bin-extended from PyPI) on the same built output of the example site
# and of a generated site of PAGES pages (10,000): recall@5 and MRR on the query sets in scripts/search-eval/,
# index size, the first query's bytes (gzip) and time in headless Chromium (served by nginx, each query five
# times). Release build; writes .bench/search-eval.json.
search-eval: deps
	./scripts/site-check/install.sh --browser --pagefind
	$(SWIFT) build -c release --product koho
	"$$(./scripts/site-tools.sh)/bin/python" scripts/search-eval.py --pages $(PAGES) --runs 5 --json .bench/search-eval.json \
		--koho "$$($(SWIFT) build -c release --show-bin-path)/koho"

# Screenshots of home, directory, profile, department and post at 390 and 1280 px, light and dark, into shots/.
screenshots: deps
	./scripts/screenshots.sh

# libFuzzer over the YAML reader, front matter, templates, Markdown and hashtags, one target after another,
# FUZZ_SECONDS each (default 600); findings go to .fuzz/<target>/findings/. `fuzz-smoke`: 20 s each.
FUZZ_SECONDS ?= 600
fuzz: deps
	./scripts/fuzz.sh $(FUZZ_SECONDS)

fuzz-smoke: deps
	./scripts/fuzz.sh 20

# A release koho that runs without Swift (--static-swift-stdlib), packed with its licences, man page and shell
# completions: dist/koho-<version>-linux-<arch>.tar.gz (scripts/dist.sh).
dist: deps
	./scripts/dist.sh

# dist/koho_<version>_<arch>.deb: /usr/bin/koho, man page, completions; Depends: from the binary (scripts/deb.sh).
deb: deps
	./scripts/deb.sh

# The tarball's koho run with the toolchain hidden (unshare + tmpfs), lintian on the .deb, and `apt install
# ./koho_*.deb` + `koho init` + `koho build` in a Debian 12 root made by debootstrap (cached in .build-check/).
dist-check: deps
	./scripts/dist-check.sh
