#!/usr/bin/env bash
# Runs every command of README.md's ```sh blocks, as written, from the
# repository root, and checks each one's exit code against the `# exit N`
# that ends its line (0 when there is none). Prints one line per command
# and exits 1 when one of them gives another code.
#
#   scripts/readme-commands.sh            every command, as written
#   BIN=target/debug/baocao SKIP='cargo test' scripts/readme-commands.sh
#                                         the CI's cheaper run: the debug
#                                         binary for target/release/baocao
#                                         (and `cargo build` for `cargo build
#                                         --release`), and the commands that
#                                         match the extended regex SKIP left
#                                         out (the CI runs the tests itself)
#   scripts/readme-commands.sh --list     the commands and their codes only
#
# The README's commands write only into ra-soat/ (ignored by git); the
# script removes it afterwards unless it was there before.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

readme=${README:-README.md}
bin=${BIN:-}
skip=${SKIP:-}

# The commands: the lines of ```sh blocks, neither blank nor comments.
mapfile -t commands < <(awk '
  /^```sh[[:space:]]*$/ { inside = 1; next }
  /^```/ { inside = 0; next }
  inside && NF && $1 !~ /^#/ { print }
' "$readme")
if [ "${#commands[@]}" -eq 0 ]; then
  echo "readme-commands: no \`\`\`sh block in $readme" >&2
  exit 2
fi

expected_code() {
  if [[ $1 =~ \#[[:space:]]*exit[[:space:]]+([0-9]+)[[:space:]]*$ ]]; then
    echo "${BASH_REMATCH[1]}"
  else
    echo 0
  fi
}

if [ "${1:-}" = --list ]; then
  for c in "${commands[@]}"; do printf '%s\t%s\n' "$(expected_code "$c")" "$c"; done
  exit 0
fi

had_out=0
[ -e ra-soat ] && had_out=1
logs=$(mktemp -d)
failed=0 ran=0 skipped=0
for i in "${!commands[@]}"; do
  c=${commands[$i]}
  want=$(expected_code "$c")
  run=$c
  if [ -n "$bin" ]; then
    run=${run//target\/release\/baocao/$bin}
    run=${run//cargo build --release/cargo build}
  fi
  if [ -n "$skip" ] && [[ $c =~ $skip ]]; then
    echo "skip  $c"
    skipped=$((skipped + 1))
    continue
  fi
  t0=$SECONDS
  bash -c "$run" >"$logs/$i.out" 2>"$logs/$i.err" </dev/null
  got=$?
  ran=$((ran + 1))
  if [ "$got" -eq "$want" ]; then
    echo "ok    ($got, $((SECONDS - t0)) s) $run"
  else
    echo "FAIL  (exit $got, README says $want) $run"
    echo "      last lines of its standard error:"
    tail -n 5 "$logs/$i.err" | sed 's/^/        /'
    failed=$((failed + 1))
  fi
done
rm -rf "$logs"
[ "$had_out" -eq 0 ] && rm -rf ra-soat
echo "readme-commands: $ran run, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
