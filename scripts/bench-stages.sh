#!/usr/bin/env bash
# Criterion benchmarks of the stages (read, normalize, extract, check) on the
# corpus texts; the crate is bench/, its own workspace (not built by the
# tests). The first build takes a few minutes (release, polars unoptimised).
# Usage: scripts/bench-stages.sh [criterion filter]
set -euo pipefail
cd "$(dirname "$0")/../bench"
cargo bench -q -- "$@"
