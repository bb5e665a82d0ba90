#!/usr/bin/env bash
# Prepares a Debian machine to build and test baocao: installs the Debian
# packages it needs that are missing (OCR: Tesseract with the Vietnamese
# model `vie`, chosen by measurement over tesseract-ocr-script-viet, which
# reads the devset scans no better (CER 2.11% vs 2.10%) and is slower; see
# docs/scans.md; headers for the tesseract/leptonica bindings, which bindgen builds
# with libclang and finds with pkg-config; pdftotext/pdftoppm from
# poppler-utils; poppler-cpp headers and g++ for the PDF word helper,
# src/read/poppler; Debian's chromium, the headless browser the tests load the
# review site in (tests/review.rs)), then checks that a Rust toolchain is there.
#
# Idempotent: when everything is installed it changes nothing, and
# `apt-get update` runs only when a package is missing. Uses sudo only when
# not root. Usage: scripts/setup.sh
set -euo pipefail

packages=(
  tesseract-ocr
  tesseract-ocr-vie
  libtesseract-dev
  libleptonica-dev
  pkg-config
  clang
  libclang-dev
  poppler-utils
  libpoppler-cpp-dev
  g++
  chromium
)

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: this script needs Debian's dpkg and apt-get; install by hand: ${packages[*]}" >&2
  exit 2
fi

missing=()
for p in "${packages[@]}"; do
  if [ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)" != installed ]; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "setup: missing ${missing[*]}, and not root without sudo; install them as root" >&2
      exit 2
    fi
    sudo=(sudo)
  fi
  echo "setup: installing ${missing[*]}"
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  echo "setup: Debian packages present (${packages[*]})"
fi

if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: cargo not found; install Rust (1.89 or newer), e.g. from https://rustup.rs, and put ~/.cargo/bin on PATH" >&2
  exit 2
fi
echo "setup: $(cargo --version)"
