#!/bin/sh
# Regenerates FOGRA39L-argyll.icc, the CMYK output profile the print PDFs are meant to carry as their
# PDF/X-4 output intent, from Fogra's FOGRA39L characterisation data as Debian's icc-profiles-free ships it
# (zlib licence). Needs ArgyllCMS (apt install argyll icc-profiles-free); the build itself never runs this.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp /usr/share/color/icc/FOGRA39L.ti3 "$work/FOGRA39L.ti3"
cd "$work"
# -qm medium quality, -kr black generation ramp, -l330 total ink limit of ISO 12647-2 coated paper.
colprof -qm -kr -l330 \
  -D "FOGRA39L (ISO Coated v2) made with ArgyllCMS colprof for LocalOfferGen" \
  -C "Derived from FOGRA39L data (Fogra) via icc-profiles-free; zlib licence, see LICENSE-FOGRA39L-argyll.txt" \
  -O FOGRA39L-argyll.icc FOGRA39L
cp FOGRA39L-argyll.icc "$here/FOGRA39L-argyll.icc"
