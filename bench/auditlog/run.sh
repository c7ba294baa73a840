#!/usr/bin/env bash
# Issue 5 benchmark: verify 1 000 000 audit leaves (goal <= 5 s) and the integrator's append rate.
# Usage: bench/auditlog/run.sh [leaves]      (default 1000000; runs offline from the built jars)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
out="$root/target/bench-auditlog"
mkdir -p "$out"

mvn -q -B -o -pl security -am install -DskipTests
mvn -q -B -o -pl security dependency:build-classpath \
  -Dmdep.outputFile="$out/classpath.txt" -Dmdep.includeScope=runtime
cp="$root/security/target/classes:$(cat "$out/classpath.txt")"

javac -d "$out/classes" -cp "$cp" bench/auditlog/src/AuditLogBench.java
lscpu | head -15
echo "java: $(java -version 2>&1 | head -1); memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
java -Xms4g -Xmx4g -cp "$out/classes:$cp" AuditLogBench "${1:-1000000}"
