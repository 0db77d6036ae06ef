# Sourced by .ci/run: runs CI's steps one at a time (set -e: the first failure ends the run) and,
# on exit, prints the closing line of .ci/summary.js and, when a step failed, names it and every
# step that did not run because of it. Set STEPS (names) and COMMANDS (command lines, in the same
# order), then call run_steps. Tested by tests/unit/ci/steps.test.ts.

CI_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CURRENT=-1

closing() {
  local status=$?
  node "$CI_DIR/summary.js" || true
  if [ "$status" -ne 0 ] && [ "$CURRENT" -ge 0 ]; then
    local rest=("${STEPS[@]:$((CURRENT + 1))}")
    local not_run="none"
    if [ "${#rest[@]}" -gt 0 ]; then not_run=$(printf '%s, ' "${rest[@]}"); not_run="${not_run%, }"; fi
    echo "The step \"${STEPS[$CURRENT]}\" failed (exit $status); steps not run: $not_run."
  fi
}

run_steps() {
  trap closing EXIT
  for i in "${!STEPS[@]}"; do
    CURRENT=$i
    echo "== ${STEPS[$i]}"
    ${COMMANDS[$i]}
  done
}
