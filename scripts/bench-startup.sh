#!/usr/bin/env bash
# Whole-process start-up figures, side by side: `archway --version`, and `archway validate` on a generated template of
# about 980 resources against cfn-lint on the same file; the installed-style launcher (the app image of mvn -Pdist)
# with its AppCDS archive, the same launcher without it (-Xshare:off), and the plain jar on the system JDK.
# Each command runs RUNS times (default 7) after one warm-up, the commands taking turns so that a drift in the
# machine's speed touches all alike; the figure is the median wall-clock time. Run from the repository root after
#   mvn -B -q -Pdist -DskipTests package
# Usage: scripts/bench-startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-7}
launcher=dist/target/dist/archway/bin/archway
jar=app/target/archway.jar
template=${TMPDIR:-/tmp}/archway-bench-980.template.json
for file in "$launcher" "$jar"; do
  [ -e "$file" ] || { echo "bench-startup: $file is missing; build with: mvn -B -q -Pdist -DskipTests package" >&2; exit 2; }
done
[ -e "$template" ] || java -cp "$jar" scripts/BenchTemplate.java 980 "$template"
has_cfn_lint=$(command -v cfn-lint >/dev/null && echo yes || echo no)

names=("archway --version" "archway --version, no CDS" "java -jar archway.jar --version"
       "archway validate" "archway validate, no CDS" "java -jar archway.jar validate")
commands=("$launcher --version" "env JAVA_TOOL_OPTIONS=-Xshare:off $launcher --version" "java -jar $jar --version"
          "$launcher validate $template" "env JAVA_TOOL_OPTIONS=-Xshare:off $launcher validate $template"
          "java -jar $jar validate $template")
if [ "$has_cfn_lint" = yes ]; then
  names+=("cfn-lint"); commands+=("cfn-lint $template")
fi

seconds() { # wall-clock seconds of one run, its output discarded (validate exits 1 on findings: that is fine)
  local TIMEFORMAT=%R
  { time $1 >/dev/null 2>&1; } 2>&1 || true
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

declare -a times
for i in "${!commands[@]}"; do seconds "${commands[$i]}" >/dev/null; done # warm-up
for ((run = 0; run < runs; run++)); do
  for i in "${!commands[@]}"; do times[$i]="${times[$i]:-} $(seconds "${commands[$i]}")"; done
done

echo "whole process, median of $runs runs (wall seconds); template: $template"
declare -a medians
for i in "${!commands[@]}"; do
  medians[$i]=$(tr ' ' '\n' <<<"${times[$i]}" | grep . | median)
  printf '%-42s %7.3f s\n' "${names[$i]}" "${medians[$i]}"
done
if [ "$has_cfn_lint" = yes ]; then
  last=$((${#commands[@]} - 1))
  for i in 3 4 5; do
    awk -v a="${medians[$last]}" -v b="${medians[$i]}" -v n="${names[$i]}" \
      'BEGIN { printf "cfn-lint / %-31s %7.1fx\n", n, a / b }'
  done
fi
