#!/usr/bin/env bash
# Runs the cargo-fuzz targets of fuzz/ (docx, extract_text, sniff, numbers,
# normalize, compare_jsonl, docx_cells, layout_text) for a number of seconds
# each and records the outcome in fuzz/RESULTS.md.
#
# cargo-fuzz needs nightly flags; with only a stable toolchain,
# RUSTC_BOOTSTRAP=1 lets stable accept them. Seeds come from the corpus
# (DOCX, text) and tests/data; fuzz/regressions/<target>/ (committed, every
# input that once crashed) is added to them. A crash leaves its input in
# fuzz/artifacts/<target>/: fix the bug, copy the input to
# fuzz/regressions/<target>/ (tests/batch.rs replays them in `cargo test`).
#
# Built without sanitizer (the targets are safe Rust; libFuzzer still finds
# panics, hangs and memory blow-ups) and with debug assertions, so integer
# overflow panics. FUZZ_SANITIZER=address to change that, FUZZ_JOBS=N for N
# parallel workers per target (default 1: the machine is shared).
#
# compare_jsonl's seeds are lines of a real `baocao extract` run: set
# BAOCAO=path/to/baocao (else it starts from the regressions alone).
#
# Usage: scripts/fuzz.sh [seconds-per-target (600)] [target ...]
set -uo pipefail
cd "$(dirname "$0")/.."
secs=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(docx extract_text sniff numbers normalize compare_jsonl docx_cells layout_text)
sanitizer=${FUZZ_SANITIZER:-none}
jobs=${FUZZ_JOBS:-1}
export RUSTC_BOOTSTRAP=1

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz || exit 2

seed() {
  local t=$1 dir=fuzz/corpus/$1
  mkdir -p "$dir"
  case $t in
    docx) cp corpus/*/*.docx "$dir"/ ;;
    extract_text|normalize|layout_text)
      cp corpus/*/*.txt "$dir"/
      for f in tests/data/layout/*.txt; do cp "$f" "$dir/layout-$(basename "$f")"; done ;;
    docx_cells) for f in corpus/*/*.docx; do unzip -p "$f" word/document.xml > "$dir/$(basename "$f" .docx).xml"; done ;;
    compare_jsonl)
      # Real extract lines, a few to a seed, so mutations hit every field.
      if [ -x "${BAOCAO:-}" ]; then "$BAOCAO" extract -q corpus/*/*.txt corpus/*/*.docx 2>/dev/null | split -l 2 - "$dir/extract-"; fi ;;
    numbers) for f in corpus/*/*.txt; do split -l 3 -a 4 "$f" "$dir/$(basename "$f" .txt)-"; done ;;
    sniff)
      cp corpus/*/*.txt "$dir"/
      for f in tests/data/*; do [ -f "$f" ] && head -c 2048 "$f" > "$dir/$(basename "$f").head"; done ;;
  esac
  if compgen -G "fuzz/regressions/$t/*" >/dev/null; then cp fuzz/regressions/"$t"/* "$dir"/; fi
  rm -f "$dir/.gitkeep"
}

( cd fuzz && cargo fuzz build --sanitizer "$sanitizer" --debug-assertions ) || exit 2

results=fuzz/RESULTS.md
[ -f "$results" ] || printf '# Fuzzing runs (scripts/fuzz.sh)\n\n| date (UTC) | commit | target | seconds | runs | exec/s | corpus | result |\n|---|---|---|---|---|---|---|---|\n' > "$results"
status=0
for t in "${targets[@]}"; do
  seed "$t"
  mkdir -p "fuzz/artifacts/$t"
  log=$(mktemp)
  echo "== $t: $secs s" >&2
  ( cd fuzz && cargo fuzz run --sanitizer "$sanitizer" --debug-assertions --jobs "$jobs" "$t" -- \
      -max_total_time="$secs" -print_final_stats=1 -timeout=20 -rss_limit_mb=2048 \
      -max_len=65536 ) >"$log" 2>&1
  rc=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | awk '{s+=$2} END {print s+0}')
  speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | awk '{s+=$2} END {print s+0}')
  corpus=$(ls "fuzz/corpus/$t" | wc -l)
  if [ $rc -eq 0 ]; then
    result=ok
  else
    status=1
    art=$(grep -o 'Test unit written to [^ ]*' "$log" | tail -1 | awk '{print $NF}')
    why=$(grep -m1 -E 'panicked at|ERROR: libFuzzer|deadly signal|out-of-memory|timeout' "$log" | cut -c1-120 | tr '|' '/')
    result="**crash** (rc $rc) ${why:-see log} ${art:+$art}"
    cp "$log" "fuzz/artifacts/$t/last-run.log"
  fi
  echo "   $result: $runs runs, $speed exec/s, corpus $corpus" >&2
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$(date -u +%Y-%m-%dT%H:%MZ)" \
    "$(git rev-parse --short HEAD)" "$t" "$secs" "$runs" "$speed" "$corpus" "$result" >> "$results"
  rm -f "$log"
done
exit $status
