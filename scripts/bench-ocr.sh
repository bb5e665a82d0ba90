#!/usr/bin/env bash
# OCR time per page, baocao against the tesseract CLI with the same model on
# the same page images, side by side in one run: for each round and each
# image, the CLI, then `baocao text` on it, one page at a time, so both see
# the same load. baocao's time includes decoding, preprocessing, the layout
# of the words and process start; the CLI's is its own.
#
# Both wall and CPU (user + system) seconds are summed, per round and over
# all rounds. On a shared virtual machine one page's time varies by up to
# 30 % from one run to the next, for the CLI as for baocao, so a ratio from
# one round is not a measurement: the rounds show the spread.
#
# Usage: scripts/bench-ocr.sh IMAGE... ; env BAOCAO (binary, default
# target/release/baocao), LANGS (default "vie Vietnamese"), ROUNDS
# (default 3).
set -euo pipefail
bin=${BAOCAO:-target/release/baocao}
langs=${LANGS:-vie Vietnamese}
rounds=${ROUNDS:-3}
[ -x /usr/bin/time ] || { echo "/usr/bin/time missing: apt-get install time" >&2; exit 2; }
export OMP_THREAD_LIMIT=1 RAYON_NUM_THREADS=1
t=$(mktemp)
trap 'rm -f "$t"' EXIT
# timed ACC CMD...: adds the command's "wall cpu" seconds to the named pair.
timed() {
  local acc=$1
  shift
  /usr/bin/time -o "$t" -f "%e %U %S" "$@" >/dev/null 2>&1 || true
  read -r w u s <"$t"
  eval "${acc}_w=\$(echo \"\$${acc}_w + $w\" | bc); ${acc}_c=\$(echo \"\$${acc}_c + $u + $s\" | bc)"
}
ratio() { echo "scale=3; $1 / $2" | bc; }
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); $(env -u OMP_THREAD_LIMIT nproc) cores; load $(cut -d' ' -f1 /proc/loadavg); ${#@} images, $rounds rounds"
for lang in $langs; do
  all_cli_w=0 all_cli_c=0 all_ours_w=0 all_ours_c=0
  for r in $(seq 1 "$rounds"); do
    cli_w=0 cli_c=0 ours_w=0 ours_c=0
    for img in "$@"; do
      timed cli tesseract "$img" - -l "$lang"
      timed ours "$bin" text -j 1 --ocr-lang "$lang" "$img"
    done
    echo "$lang round $r: CLI $(echo "scale=2; $cli_w / $#" | bc) s/page, baocao $(echo "scale=2; $ours_w / $#" | bc) s/page; ratio wall $(ratio "$ours_w" "$cli_w"), CPU $(ratio "$ours_c" "$cli_c")"
    for k in cli_w cli_c ours_w ours_c; do
      eval "all_$k=\$(echo \"\$all_$k + \$$k\" | bc)"
    done
  done
  n=$(( $# * rounds ))
  echo "$lang, all rounds: tesseract CLI $(echo "scale=2; $all_cli_w / $n" | bc) s/page, baocao text $(echo "scale=2; $all_ours_w / $n" | bc) s/page; ratio wall $(ratio "$all_ours_w" "$all_cli_w"), CPU $(ratio "$all_ours_c" "$all_cli_c")"
done
