#!/usr/bin/env bash
# Builds the SharpFuzz harness, instruments the generator and its parsers, and runs AFL++ on it.
# Usage: fuzz/run-afl.sh [seconds]   (default 1800; findings go to fuzz/findings/, which git ignores)
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-1800}"
out=bin/afl
command -v afl-fuzz >/dev/null || { echo "afl-fuzz is missing: apt-get install afl++" >&2; exit 1; }
command -v sharpfuzz >/dev/null || { echo "sharpfuzz is missing: dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0" >&2; exit 1; }

rm -rf "$out"
dotnet publish LocalOfferGen.Fuzz/LocalOfferGen.Fuzz.csproj -c Release -o "$out" --nologo -v quiet
# Coverage comes from the instrumented assemblies: the generator and the two parsers it feeds.
for dll in LocalOfferGen.Core.dll Markdig.dll YamlDotNet.dll; do sharpfuzz "$out/$dll"; done

mkdir -p seeds findings
dotnet "$out/LocalOfferGen.Fuzz.dll" --write-seeds seeds
# Temporary content and output folders go to memory when it can.
[ -d /dev/shm ] && export TMPDIR=/dev/shm
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1
resume=(-i seeds); [ -d findings/default/queue ] && resume=(-i -)
exec afl-fuzz "${resume[@]}" -o findings -V "$seconds" -t 10000 -m none -x dictionary.txt -- dotnet "$out/LocalOfferGen.Fuzz.dll"
