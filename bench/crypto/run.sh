#!/usr/bin/env bash
# Crypto core benchmarks (issue 4). Prints the figures that docs/benchmarks.md records:
#  1. Java streaming Cobblestone-256 encrypt/decrypt throughput on one core (taskset -c 0),
#     as a ratio to `openssl speed -evp aes-256-gcm -bytes 16384` on the same core; goal >= 0.5
#  2. browser (headless Chromium) streaming encrypt/decrypt throughput; goal >= 200 MB/s
#  3. peak memory while streaming 64 MiB and 1 GiB through files with a 32 MiB heap: constant
# Usage: bench/crypto/run.sh            (from anywhere; builds security and web first)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== machine"
echo "date: $(date -u +%Y-%m-%d)"
echo "nproc: $(nproc)"
lscpu | head -n 14
free -g | head -n 2
java -version 2>&1 | head -n 1
openssl version

echo "== build"
mvn -q -B -pl security -am install -DskipTests
mvn -q -B -pl security dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
# a private copy: other builds in the same tree may recompile security/target meanwhile
cp security/target/knutpunkt-security-*.jar "$work/security.jar"
cp "bench/crypto/CryptoBench.java" "$work/"
cp="$work/security.jar:$(cat "$work/cp.txt")"

echo "== openssl speed -evp aes-256-gcm -bytes 16384 (one core)"
openssl_line="$(taskset -c 0 openssl speed -evp aes-256-gcm -bytes 16384 -seconds 5 2>/dev/null | grep -i '^AES-256-GCM')"
echo "$openssl_line"
# openssl reports thousands of bytes per second, with a trailing k
openssl_bps="$(echo "$openssl_line" | awk '{v=$2; sub(/k$/, "", v); printf "%.0f", v * 1000}')"
echo "openssl_bytes_per_s=$openssl_bps"

echo "== Java streaming throughput, 1 GiB each way, one core"
taskset -c 0 java -Xmx2g -cp "$cp" "$work/CryptoBench.java" throughput 1024 | tee "$work/java.txt"
enc="$(grep java_encrypt "$work/java.txt" | cut -d= -f2)"
dec="$(grep java_decrypt "$work/java.txt" | cut -d= -f2)"
awk -v e="$enc" -v d="$dec" -v o="$openssl_bps" 'BEGIN {
  printf "java_encrypt_MB_per_s=%.0f ratio_to_openssl=%.2f\n", e / 1e6, e / o;
  printf "java_decrypt_MB_per_s=%.0f ratio_to_openssl=%.2f\n", d / 1e6, d / o }'

echo "== peak memory while streaming through files (heap capped at 32 MiB)"
for size in 64 1024; do
  echo "-- $size MiB"
  java -Xmx32m -cp "$cp" "$work/CryptoBench.java" stream-file "$size" "$work"
done

echo "== browser throughput in headless Chromium (512 MiB each way, after a 64 MiB warm-up)"
mvn -q -B -pl web test -Dtest=BrowserThroughputBench -Dknutpunkt.excludedGroups= -Dgroups=bench \
  -Dsurefire.failIfNoSpecifiedTests=false >"$work/browser.log" 2>&1 || { cat "$work/browser.log"; exit 1; }
cat web/target/browser-throughput.properties
