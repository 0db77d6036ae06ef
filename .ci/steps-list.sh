# Sourced by .ci/run: CI's steps in order (STEPS, their names) and the command of each (COMMANDS).
# The install is a named step like the others, so a failing `npm ci` is reported as "install" with
# every step it kept from running. Electron's binary cannot be downloaded here (the install test
# serves it from a local mirror). Checked by tests/unit/ci/steps.test.ts.
# shellcheck disable=SC2034
STEPS=("install" "typecheck" "lint" "format" "build" "unit tests" "e2e tests" "bench smoke" "electronegativity")
# shellcheck disable=SC2034
COMMANDS=("env ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci --no-audit --no-fund" "npm run typecheck" "npm run lint"
  "npm run format:check" "npm run build" "npm run test:unit" "npm run test:e2e" "npm run bench:smoke"
  "npm run audit:electron")
