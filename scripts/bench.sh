#!/usr/bin/env bash
# Benchmarks of baocao at batch scale, all measured in one run on the same
# generated inputs, so the ratios are comparable:
#
#  1. text PDFs: `baocao extract` over N copies of the corpus text PDFs vs
#     `pdftotext -layout` (and `-bbox`, what baocao calls) file by file;
#  2. OCR: `baocao extract` on S scanned PDFs vs the tesseract CLI on the
#     same pages (`pdftoppm -r 300 -gray`, then `tesseract -l vie`, page by
#     page, OMP_THREAD_LIMIT=1), baocao with --jobs 1 and --jobs 2;
#  3. --jobs 1 vs --jobs 2 on a mixed batch (N text PDFs + N DOCX + N text);
#  4. peak RSS (/usr/bin/time -v) of `extract` and `compare -o .xlsx` over
#     100 and 1,000 documents (copies of the corpus text and DOCX files);
#  5. wall time and peak RSS of the hostile batch of tests/batch.rs;
#  6. damaged PDFs (scripts/make-damaged.sh: corpus PDFs with flipped bytes
#     and cut at 30/60/90/99 %): files `pdftotext -layout` gets text from
#     (50 alphanumerics or more) vs files `baocao extract --ocr never` gets
#     figures from.
# With the devset beside the repository (../shared/devset, or DEVSET=dir of
# renders), section 1 also times its text-layer PDFs.
#
# Uses the release binary (cargo build --release first), hyperfine when
# installed (apt-get install hyperfine), else one timed run per command.
# OMP_THREAD_LIMIT=1 is exported, so baocao does not re-execute itself.
#
# Usage: scripts/bench.sh [N (20)]
#   env: SCANS=S scanned PDFs (default 2: one prose, one table-heavy seed),
#        RUNS (default 5), OCR_RUNS (default 1), BIG (default 1000),
#        BAOCAO=path of the binary (default target/release/baocao),
#        ONLY=comma list of sections to run (pdf,ocr,jobs,rss,hostile,damaged;
#        default all).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20}
scans=${SCANS:-2}
runs=${RUNS:-5}
ocr_runs=${OCR_RUNS:-1}
big=${BIG:-1000}
bin=$(realpath "${BAOCAO:-target/release/baocao}")
only=${ONLY:-pdf,ocr,jobs,rss,hostile,damaged}
want() { [[ ",$only," == *",$1,"* ]]; }
devset=${DEVSET:-../shared/devset/renders}
[ -x "$bin" ] || { echo "no $bin: run cargo build --release" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time missing: apt-get install time" >&2; exit 2; }
export OMP_THREAD_LIMIT=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seeds=(chi-linh_2025-10 le-dai-hanh_2025-11 dong-hai_2025-q3 gia-phuc_2026-04 ke-sat_2025-09_ocr)

# ---- inputs ---------------------------------------------------------------
mkdir -p "$work"/{pdf,docx,txt,scan,pages,mixed,big100,big}
for i in $(seq 1 "$n"); do
  s=${seeds[$(( (i - 1) % 5 ))]}
  for ext in pdf docx txt; do
    cp "corpus/$s/$s.$ext" "$work/$ext/$(printf %04d "$i")-$s.$ext"
  done
done
cp "$work"/pdf/* "$work"/docx/* "$work"/txt/* "$work/mixed/"
for i in $(seq 1 "$scans"); do
  s=${seeds[$(( (i - 1) % 5 ))]}
  cp "corpus/$s/${s}_scan.pdf" "$work/scan/$(printf %02d "$i")-${s}_scan.pdf"
done
for i in $(seq 1 "$big"); do
  s=${seeds[$(( (i - 1) % 5 ))]}
  if (( i % 2 )); then ext=txt; else ext=docx; fi
  cp "corpus/$s/$s.$ext" "$work/big/$(printf %05d "$i")-$s.$ext"
  (( i > 100 )) || cp "corpus/$s/$s.$ext" "$work/big100/$(printf %05d "$i")-$s.$ext"
done
scan_pages=0
for f in "$work"/scan/*.pdf; do
  scan_pages=$(( scan_pages + $(pdfinfo "$f" | awk '/^Pages/{print $2}') ))
done

echo "# scripts/bench.sh $n (scans $scans, runs $runs, big $big)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src patterns || echo '+dirty'); machine: $(env -u OMP_THREAD_LIMIT nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "binary: $bin ($(du -h "$bin" | cut -f1)); $(pdftotext -v 2>&1 | head -1); $(tesseract --version 2>&1 | head -1)"
echo

# ---- timing helper ----------------------------------------------------------
# bench NAME RUNS CMD...: mean and stddev seconds into $work/NAME.t
bench() {
  local name=$1 r=$2; shift 2
  if command -v hyperfine >/dev/null; then
    hyperfine --style none --warmup $(( r > 1 ? 1 : 0 )) --runs "$r" -i \
      --export-json "$work/$name.json" "$@" >/dev/null 2>&1
    python3 - "$work/$name.json" >"$work/$name.t" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f'{r["mean"]:.3f} {(r.get("stddev") or 0):.3f}')
PY
  else
    local t0 t1
    t0=$(date +%s.%N); bash -c "$*" >/dev/null 2>&1 || true; t1=$(date +%s.%N)
    echo "$(echo "$t1 - $t0" | bc) 0" >"$work/$name.t"
  fi
}
mean() { cut -d' ' -f1 "$work/$1.t"; }
sd() { cut -d' ' -f2 "$work/$1.t"; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1])/float(sys.argv[2]):.2f}')" "$1" "$2"; }
per() { python3 -c "import sys; print(f'{float(sys.argv[1])/float(sys.argv[2])*1000:.0f}')" "$1" "$2"; }

# ---- 1. text PDFs -----------------------------------------------------------
if want pdf; then
pdfs=("$work"/pdf/*.pdf)
bench pdftotext "$runs" "for f in $work/pdf/*.pdf; do pdftotext -layout \"\$f\" - >/dev/null; done"
bench bbox "$runs" "for f in $work/pdf/*.pdf; do pdftotext -bbox \"\$f\" - >/dev/null 2>&1; done"
bench pdf_j1 "$runs" "$bin extract -j 1 $work/pdf >/dev/null 2>&1"
bench pdf_j2 "$runs" "$bin extract -j 2 $work/pdf >/dev/null 2>&1"
np=${#pdfs[@]}
echo "## 1. text PDFs: $np files (copies of the 5 corpus PDFs, 4-10 pages)"
echo "| command | total s (±sd) | ms/file | vs pdftotext -layout |"
echo "|---|---|---|---|"
for k in pdftotext bbox pdf_j1 pdf_j2; do
  case $k in
    pdftotext) label='`pdftotext -layout`, one process per file' ;;
    bbox) label='`pdftotext -bbox`, one process per file' ;;
    pdf_j1) label='`baocao extract -j 1` (one process, whole pipeline)' ;;
    pdf_j2) label='`baocao extract -j 2`' ;;
  esac
  echo "| $label | $(mean $k) (±$(sd $k)) | $(per "$(mean $k)" "$np") | $(ratio "$(mean $k)" "$(mean pdftotext)")× |"
done
echo
if ls "$devset"/[01]*[0-9].pdf >/dev/null 2>&1; then
  mkdir -p "$work/devset"
  for i in 1 2 3 4 5; do
    for f in "$devset"/[01]*[0-9].pdf; do cp "$f" "$work/devset/$i-$(basename "$f")"; done
  done
  nd=$(ls "$work/devset" | wc -l)
  bench dev_pt "$runs" "for f in $work/devset/*.pdf; do pdftotext -layout \"\$f\" - >/dev/null; done"
  bench dev_j1 "$runs" "$bin extract -j 1 $work/devset >/dev/null 2>&1"
  bench dev_j2 "$runs" "$bin extract -j 2 $work/devset >/dev/null 2>&1"
  echo "## 1b. devset text PDFs: $nd files (5 copies of the 14, 2-3 pages, ruled tables)"
  echo "| command | total s (±sd) | ms/file | vs pdftotext -layout |"
  echo "|---|---|---|---|"
  for k in dev_pt dev_j1 dev_j2; do
    case $k in
      dev_pt) label='`pdftotext -layout`, one process per file' ;;
      dev_j1) label='`baocao extract -j 1`' ;;
      dev_j2) label='`baocao extract -j 2`' ;;
    esac
    echo "| $label | $(mean $k) (±$(sd $k)) | $(per "$(mean $k)" "$nd") | $(ratio "$(mean $k)" "$(mean dev_pt)")× |"
  done
  echo "-j 2 vs -j 1 on the devset PDFs: $(ratio "$(mean dev_j1)" "$(mean dev_j2)")×"
  echo
fi
fi

# ---- 2. OCR -----------------------------------------------------------------
if want ocr; then
cat >"$work/tess.sh" <<EOF
set -e
rm -rf $work/pages/*
for f in $work/scan/*.pdf; do
  b=\$(basename "\$f" .pdf)
  pdftoppm -r 300 -gray "\$f" "$work/pages/\$b"
done
for p in $work/pages/*.pgm; do tesseract "\$p" - -l vie >/dev/null 2>&1; done
EOF
bench tess "$ocr_runs" "bash $work/tess.sh"
bench render "$ocr_runs" "rm -rf $work/pages/*; for f in $work/scan/*.pdf; do pdftoppm -r 300 -gray \"\$f\" $work/pages/\$(basename \"\$f\" .pdf); done"
bench ocr_j1 "$ocr_runs" "$bin extract -j 1 $work/scan >/dev/null 2>&1"
bench ocr_j2 "$ocr_runs" "$bin extract -j 2 $work/scan >/dev/null 2>&1"
echo "## 2. OCR: $scans scanned PDF(s), $scan_pages pages (300 dpi gray, rotated, noisy)"
echo "| command | total s | s/page | vs tesseract CLI |"
echo "|---|---|---|---|"
for k in render tess ocr_j1 ocr_j2; do
  case $k in
    render) label='`pdftoppm -r 300 -gray` alone' ;;
    tess) label='`pdftoppm -r 300 -gray` + `tesseract -l vie` per page, sequential' ;;
    ocr_j1) label='`baocao extract -j 1` (render + OCR + pipeline, one thread)' ;;
    ocr_j2) label='`baocao extract -j 2` (pages in parallel)' ;;
  esac
  echo "| $label | $(mean $k) | $(python3 -c "import sys; print(f'{float(sys.argv[1])/int(sys.argv[2]):.2f}')" "$(mean $k)" "$scan_pages") | $(ratio "$(mean $k)" "$(mean tess)")× |"
done
echo

fi

# ---- 3. jobs ----------------------------------------------------------------
if want jobs; then
nm=$(ls "$work/mixed" | wc -l)
bench mixed_j1 "$runs" "$bin extract -j 1 $work/mixed >/dev/null 2>&1"
bench mixed_j2 "$runs" "$bin extract -j 2 $work/mixed >/dev/null 2>&1"
echo "## 3. --jobs 1 vs --jobs 2"
echo "| batch | -j 1 s (±sd) | -j 2 s (±sd) | speed-up |"
echo "|---|---|---|---|"
echo "| mixed: $nm files ($n PDF + $n DOCX + $n text) | $(mean mixed_j1) (±$(sd mixed_j1)) | $(mean mixed_j2) (±$(sd mixed_j2)) | $(ratio "$(mean mixed_j1)" "$(mean mixed_j2)")× |"
if want pdf; then
  echo "| text PDFs: $np files | $(mean pdf_j1) | $(mean pdf_j2) | $(ratio "$(mean pdf_j1)" "$(mean pdf_j2)")× |"
fi
if want ocr; then
  echo "| scans: $scan_pages pages | $(mean ocr_j1) | $(mean ocr_j2) | $(ratio "$(mean ocr_j1)" "$(mean ocr_j2)")× |"
fi
echo
fi

# ---- 4. peak RSS --------------------------------------------------------------
rss() { # label, command...: "max RSS MiB, wall s"
  local label=$1; shift
  /usr/bin/time -v "$@" >/dev/null 2>"$work/time.txt" || true
  local kb wall
  kb=$(awk -F: '/Maximum resident set size/{gsub(/ /,"",$2); print $2}' "$work/time.txt")
  wall=$(awk '/Elapsed \(wall clock\)/{print $NF}' "$work/time.txt")
  echo "| $label | $(( kb / 1024 )) MiB | $wall |"
}
if want rss; then
echo "## 4. peak memory (/usr/bin/time -v, -j 2; half text, half DOCX copies)"
echo "| run | max RSS | wall (m:ss) |"
echo "|---|---|---|"
rss "extract, 1 text file" "$bin" extract -j 2 "$work/txt/0001-chi-linh_2025-10.txt"
rss "extract, $(ls "$work/big100" | wc -l) documents" "$bin" extract -j 2 "$work/big100"
rss "extract, $big documents" "$bin" extract -j 2 "$work/big"
rss "compare -o wards.xlsx, $big documents" "$bin" compare -j 2 "$work/big" -o "$work/wards.xlsx"
rss "extract, $scans scanned PDF(s), $scan_pages pages OCR'd" "$bin" extract -j 2 "$work/scan"

fi

# ---- 5. the hostile batch of tests/batch.rs ----------------------------------
if want hostile; then
# tests/data (empty, truncated, damaged, encrypted, random bytes, zip bomb,
# 1,000 blank pages, not a report, blank PNG) plus the five corpus texts and
# one DOCX, one process, as tests/batch.rs runs it (without the temp-dir
# entries: symlink loops, dangling link, FIFO, sparse 300 MiB file).
echo
echo "## 5. hostile batch: tests/data/* ($(ls tests/data | wc -l) files) + 5 corpus texts + 1 DOCX, -j 2"
echo "| run | max RSS | wall (m:ss) |"
echo "|---|---|---|"
rss "extract, hostile batch" "$bin" extract -j 2 tests/data/* corpus/*/*.txt corpus/le-dai-hanh_2025-11/le-dai-hanh_2025-11.docx
rss "extract, tests/data/blank-1000-pages.pdf alone" "$bin" extract tests/data/blank-1000-pages.pdf
fi

# ---- 6. damaged PDFs ------------------------------------------------------------
if want damaged; then
  scripts/make-damaged.sh "$work/damaged" >/dev/null
  nd=$(ls "$work/damaged" | wc -l)
  pt=0
  for f in "$work"/damaged/*.pdf; do
    a=$( (timeout 60 pdftotext -layout "$f" - 2>/dev/null || true) | tr -cd '[:alnum:]' | wc -c)
    if [ "$a" -ge 50 ]; then pt=$((pt + 1)); fi
  done
  "$bin" extract --ocr never -j 2 "$work/damaged" >"$work/damaged.jsonl" 2>/dev/null || true
  bc=$(python3 -c "import json,sys; print(sum(1 for l in open(sys.argv[1]) if json.loads(l)['figures']))" "$work/damaged.jsonl")
  echo
  echo "## 6. damaged PDFs: $nd files (scripts/make-damaged.sh)"
  echo "| reader | files |"
  echo "|---|---|"
  echo "| \`pdftotext -layout\` gives text (50 alphanumerics or more) | $pt |"
  echo "| \`baocao extract --ocr never\` gives figures | $bc |"
fi
