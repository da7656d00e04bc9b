#!/usr/bin/env bash
# Runs the whole suite locally: a real PostgreSQL and a single-node Kafka broker (no Docker), the four services on
# ports 8080-8083, and the sample disclosure 110102-SWD/2024 loaded through the producers' REST APIs.
# Builds first when a jar is missing or a source is newer than the jars. Ctrl-C or SIGTERM stops everything.
# --large-department[=N] also loads, publishes and renders the large department of docs/testdata.md (N 自评表, 300).
# --region[=N] also loads and publishes a region of N generated units (6) over two years: docs/running.md.
set -euo pipefail
cd "$(dirname "$0")"

launcher=infra/embedded-infra/target/embedded-infra-0.1.0-SNAPSHOT.jar
jars=("$launcher" services/{statements,procurement,performance,disclosure}-service/target/quarkus-app/quarkus-run.jar)

scripts/ensure-debian-packages.sh  # chromium, chromium-driver, fonts-wqy-microhei (the PDF's CJK font), when missing
needs_build=0
for jar in "${jars[@]}"; do
  [ -f "$jar" ] || needs_build=1
done
if [ "$needs_build" = 0 ]; then
  oldest=$(ls -t "${jars[@]}" | tail -n 1)
  if [ -n "$(find pom.xml infra services sample -newer "$oldest" -type f \( -name '*.java' -o -name '*.xml' -o -name '*.properties' -o -name '*.sql' -o -name '*.json' \) -not -path '*/target/*' -print -quit)" ]; then
    needs_build=1
  fi
fi
if [ "$needs_build" = 1 ]; then
  echo "[fiscal-disclosure] building the suite (mvn -DskipTests package) ..."
  mvn -B -q -DskipTests package
fi

exec java -jar "$launcher" "$PWD" "$@"
