#!/usr/bin/env bash
# Launch → "window shown" (wall clock, measured from just before the process is started, so it includes the
# jpackage launcher's own work) for the plain jar and for app-image launchers. Needs a display (e.g. Xvfb).
# Usage: tools/startup-times.sh RUNS COMMAND... e.g.
#   DISPLAY=:57 tools/startup-times.sh 3 java -jar target/ruimteverkenner.jar
#   DISPLAY=:57 tools/startup-times.sh 3 target/installer/Ruimteverkenner/bin/Ruimteverkenner
# The start-up milestones (logger nl.ruimteverkenner.startup) are printed with java.util.logging, switched on
# through JAVA_TOOL_OPTIONS so that the launcher's own java options stay as they are.
set -euo pipefail
runs=$1; shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/logging.properties" <<'P'
handlers=java.util.logging.ConsoleHandler
.level=OFF
java.util.logging.ConsoleHandler.level=ALL
java.util.logging.SimpleFormatter.format=MILESTONE %1$tQ %5$s%n
nl.ruimteverkenner.startup.level=ALL
P
for run in $(seq "$runs"); do
  home="$work/home-$run"; mkdir -p "$home"
  start=$(date +%s%3N)
  JAVA_TOOL_OPTIONS="-Djava.util.logging.config.file=$work/logging.properties -Druimteverkenner.home=$home" \
    "$@" > "$work/out-$run" 2>&1 &
  pid=$!
  for _ in $(seq 600); do
    grep -q "MILESTONE .* window shown" "$work/out-$run" 2>/dev/null && break
    sleep 0.05
  done
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  printf 'run %s:' "$run"
  grep '^MILESTONE' "$work/out-$run" | while read -r _ ms what; do printf ' %s %d ms;' "$what" $((ms - start)); done
  echo
done
