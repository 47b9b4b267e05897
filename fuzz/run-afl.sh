#!/usr/bin/env bash
# Builds the SharpFuzz harness, instruments the generator and the parsers a target feeds, and runs AFL++ on it.
# Usage: fuzz/run-afl.sh [seconds] [target]
#   seconds  default 1800
#   target   build (default: the whole build over Hostile/Base), picture (PNG, JPEG, GIF, WebP bytes),
#            svg, heading (Markdown headings with {#id} attributes), date (front matter dates), pdf (files/ PDFs)
# Findings go to fuzz/findings/<target>/ (git ignores it); a second run of a target resumes from there.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-1800}"
target="${2:-build}"
out=bin/afl
command -v afl-fuzz >/dev/null || { echo "afl-fuzz is missing: apt-get install afl++" >&2; exit 1; }
command -v sharpfuzz >/dev/null || { echo "sharpfuzz is missing: dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0" >&2; exit 1; }

# Coverage comes from the instrumented assemblies: the generator and the parsers the target feeds. (Skia's
# decoders are native code: AFL++ sees only the managed side of the picture target, and finds crashes, hangs
# and allocations there.)
case "$target" in
  build)   instrument=(LocalOfferGen.Core Markdig YamlDotNet); dictionaries=(dictionary.txt) ;;
  picture) instrument=(LocalOfferGen.Core); dictionaries=(dictionaries/picture.txt) ;;
  svg)     instrument=(LocalOfferGen.Core Svg.Custom Svg.Model Svg.Skia ExCSS); dictionaries=(dictionaries/svg.txt) ;;
  heading) instrument=(LocalOfferGen.Core Markdig); dictionaries=(dictionaries/heading.txt dictionary.txt) ;;
  date)    instrument=(LocalOfferGen.Core); dictionaries=(dictionaries/date.txt) ;;
  pdf)     instrument=(LocalOfferGen.Core PdfSharp); dictionaries=(dictionaries/pdf.txt) ;;
  *) echo "unknown target '$target': use build, picture, svg, heading, date or pdf" >&2; exit 2 ;;
esac

rm -rf "$out"
dotnet publish LocalOfferGen.Fuzz/LocalOfferGen.Fuzz.csproj -c Release -o "$out" --nologo -v quiet
for dll in "${instrument[@]}"; do sharpfuzz "$out/$dll.dll"; done

findings="findings/$target"
mkdir -p "$findings"
if [ "$target" = build ]; then
  seeds=seeds
  mkdir -p "$seeds"
  dotnet "$out/LocalOfferGen.Fuzz.dll" --write-seeds "$seeds"
else
  seeds="corpus/$target"   # small committed files
fi
# Temporary content and output folders go to memory when it can.
[ -d /dev/shm ] && export TMPDIR=/dev/shm
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1
resume=(-i "$seeds"); [ -d "$findings/default/queue" ] && resume=(-i -)
dicts=(); for d in "${dictionaries[@]}"; do dicts+=(-x "$d"); done
timeout=10000; [ "$target" = build ] || timeout=2000   # ms; a single reader answers far faster than a build
exec afl-fuzz "${resume[@]}" -o "$findings" -V "$seconds" -t "$timeout" -m none "${dicts[@]}" -- dotnet "$out/LocalOfferGen.Fuzz.dll" --target "$target"
