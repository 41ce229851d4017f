#!/usr/bin/env bash
# One command for every benchmark: builds the release preset, generates the workbooks and files
# it needs with campaigndesk-cli itself (nothing downloaded), runs each benchmark at three sizes
# (x1, x10, x100) and prints a Markdown table, with the ratio to a reference where one exists
# (CSV import: sqlite3's own .import of the same file into a plain table, same run).
#   usage: tests/bench/run-benchmarks.sh [--quick]    (--quick: the two smaller sizes only)
set -euo pipefail
cd "$(dirname "$0")/../.."
quick=0; [ "${1:-}" = "--quick" ] && quick=1
bash .ci/deps
cmake --preset release >/dev/null
cmake --build --preset release --target campaigndesk-cli bench_schedule bench_tracker bench_plan | grep -E "error|FAILED" || true
cli=build/release/src/cli/campaigndesk-cli
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/xdg"

# Best of three wall-clock runs of a command, in milliseconds.
best_ms() {
  local best=999999999 t0 t1 ms
  for _ in 1 2 3; do
    "$@" >/dev/null 2>&1 || { echo "benchmark command failed: $*" >&2; exit 1; }
    t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
    ms=$(( (t1 - t0) / 1000000 )); [ "$ms" -lt "$best" ] && best=$ms
  done
  echo "$best"
}
row() { printf '| %-44s | %12s | %10s | %s |\n' "$1" "$2" "$3" "$4"; }

sizes=(1000 10000 100000); [ $quick = 1 ] && sizes=(1000 10000)
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr); $(date -u +%Y-%m-%d)"
echo
row "benchmark" "size" "ms" "reference / ratio"
row "---" "---:" "---:" "---"

for n in "${sizes[@]}"; do
  rm -f "$work/src.cdwb"
  $cli generate "$work/src.cdwb" --influencers "$n" --campaigns 1 --tasks 0 --posts 0 >/dev/null
  $cli export-influencers "$work/src.cdwb" "$work/roster.csv" >/dev/null
  rows=$(($(wc -l < "$work/roster.csv") - 1))
  mb=$(awk -v b="$(stat -c %s "$work/roster.csv")" 'BEGIN {printf "%.1f", b/1048576}')
  imp() { rm -f "$work/imp.cdwb"*; $cli new "$work/imp.cdwb" >/dev/null; $cli import-influencers "$work/imp.cdwb" "$work/roster.csv"; }
  # The reference: sqlite3 .import into a plain table (plus creating the empty database).
  ref() { rm -f "$work/ref.db"; sqlite3 "$work/ref.db" ".import --csv $work/roster.csv t"; }
  new_only() { rm -f "$work/imp.cdwb"*; $cli new "$work/imp.cdwb"; }
  t_imp=$(best_ms imp); t_new=$(best_ms new_only); t_ref=$(best_ms ref)
  t_net=$((t_imp - t_new)); [ $t_net -lt 1 ] && t_net=1
  ratio=$(awk -v a="$t_net" -v b="$t_ref" 'BEGIN {printf "%.2f", a/(b<1?1:b)}')
  row "import-influencers ($rows rows, $mb MB)" "$n people" "$t_net" "sqlite3 .import $t_ref ms; ratio $ratio×"
done

for scale in 1 10 100; do
  [ $quick = 1 ] && [ $scale = 100 ] && continue
  i=$((1000 * scale)); t=$((100 * scale)); p=$((10000 * scale))
  gen() { rm -f "$work/g.cdwb"*; $cli generate "$work/g.cdwb" --influencers $i --campaigns 10 --tasks $t --posts $p; }
  t_gen=$(best_ms gen)
  row "generate ($i infl., $t tasks, $p posts)" "x$scale" "$t_gen" ""
  t_check=$(best_ms $cli check "$work/g.cdwb")
  row "check (integrity + every rule)" "x$scale" "$t_check" ""
  if $cli --help | grep -q '^  kpis'; then
    t_kpi=$(best_ms $cli kpis "$work/g.cdwb" --campaign 1 --json)
    row "kpis --json (one campaign of 10)" "x$scale" "$t_kpi" "process start included"
  fi
  if $cli --help | grep -q '^  report'; then
    t_rep=$(best_ms $cli report "$work/g.cdwb" --campaign 1 --out "$work/r.pdf")
    row "report (one-page PDF)" "x$scale" "$t_rep" "process start included"
  fi
  if $cli --help | grep -q '^  wbs'; then
    t_wbs=$(best_ms $cli wbs "$work/g.cdwb" --campaign 1 --json)
    row "wbs --json (schedule of one campaign)" "x$scale" "$t_wbs" "process start included"
  fi
done
echo
build/release/tests/bench/bench_schedule
echo
# The budgets are printed beside the figures; an over-budget step is reported, not fatal here.
for t in 100 1000 10000; do build/release/tests/bench/bench_plan "$t" || true; done
echo
build/release/tests/bench/bench_tracker || true
