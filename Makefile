# Set-up and everyday commands. See README.md.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP_RUN  := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test

# Debian/Ubuntu packages: Qt's runtime libraries (offscreen and xcb), poppler's
# pdftotext/pdftoppm, the Unicode data files the conformance tests read, and strace for
# the offline test.
SYSTEM_PACKAGES_RUN  := python3 python3-venv libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 \
	libfontconfig1 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
SYSTEM_PACKAGES_TEST := $(SYSTEM_PACKAGES_RUN) poppler-utils unicode-data strace
# PyInstaller strips and inspects the bundle's libraries with binutils; the frozen smoke
# test reads PDFs with pdftotext and builds the .deb with dpkg-deb.
SYSTEM_PACKAGES_DIST := $(SYSTEM_PACKAGES_RUN) binutils poppler-utils
STAMP_DIST := $(VENV)/.installed-dist

.PHONY: run test lint bench samples golden translations screenshots system-deps-run system-deps-test \
	system-deps-dist dist deb nsis-check dist-test clean

run: system-deps-run $(STAMP_RUN)
	$(PY) -m desktop_app

test: system-deps-test $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP_TEST)
	$(VENV)/bin/ruff check desktop_app tests bench scripts packaging

bench: $(STAMP_TEST)
	$(VENV)/bin/pip install -q -e '.[bench]'
	$(PY) bench/export_speed.py
	$(PY) bench/bulletin_speed.py
	$(PY) bench/library_speed.py
	$(PY) bench/ui_cold_start.py
	$(PY) bench/ui_preview_refresh.py
	$(PY) bench/ui_thumbnails.py
	$(PY) bench/ui_memory.py

samples: $(STAMP_RUN)
	$(PY) -m desktop_app samples

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip

$(STAMP_RUN): pyproject.toml | $(VENV)/bin/python
	$(VENV)/bin/pip install -q -e .
	touch $@

$(STAMP_DIST): pyproject.toml | $(VENV)/bin/python
	$(VENV)/bin/pip install -q -e '.[dist]'
	touch $@ $(STAMP_RUN)

$(STAMP_TEST): pyproject.toml | $(VENV)/bin/python
	$(VENV)/bin/pip install -q -e '.[test]'
	touch $@ $(STAMP_RUN)

# Installs what is missing when we may (root, or passwordless sudo); otherwise
# names the packages to install.
system-deps-run:
	@scripts/ensure-system-packages $(SYSTEM_PACKAGES_RUN)

system-deps-test:
	@scripts/ensure-system-packages $(SYSTEM_PACKAGES_TEST)

system-deps-dist:
	@scripts/ensure-system-packages $(SYSTEM_PACKAGES_DIST)

# The one-folder app in dist/taqrir (see build.spec); on Windows CI builds it too.
dist: system-deps-dist $(STAMP_DIST)
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec

# dist/taqrir_VERSION_ARCH.deb from the bundle in dist/taqrir.
deb: dist
	$(PY) scripts/build_deb.py

# The Windows installer is built on Windows (.github/workflows/windows-installer.yml);
# here makensis only checks the script, against a placeholder of the bundle.
nsis-check:
	@scripts/ensure-system-packages nsis
	$(PY) scripts/nsis_check.py

# The frozen app: exports, the window's smoke test, and the .deb installed and removed.
dist-test: deb
	$(PY) scripts/dist_smoke_test.py

clean:
	rm -rf $(VENV) build dist *.egg-info out

golden: $(STAMP_TEST)
	$(PY) -m tests.golden --update

# After changing the interface's strings: refresh the .ts files, translate the new
# entries (Qt Linguist, or by hand), then run it again to compile the .qm files.
translations: $(STAMP_TEST)
	$(VENV)/bin/pyside6-lupdate desktop_app/ui/*.py -no-obsolete -locations none \
		-ts resources/translations/taqrir_ar.ts resources/translations/taqrir_fr.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/taqrir_ar.ts resources/translations/taqrir_fr.ts

# Screenshots of the window in Arabic and French, on a virtual screen (Debian: xvfb).
screenshots: $(STAMP_TEST)
	xvfb-run -a $(PY) scripts/screenshots.py out/screenshots
