#!/bin/sh
# Makes the two picture fixtures SkiaSharp cannot encode itself (it writes neither CMYK nor progressive JPEG).
# Needs Debian's ghostscript and libjpeg-turbo-progs. Each is 64 x 48 pixels: the left half one colour, the right
# half another, so a test can check the colours decoded.
set -e
cd "$(dirname "$0")"
# CMYK JPEG: left half pure cyan (C=100%), right half pure magenta (M=100%).
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=jpegcmyk -r72 -g64x48 -dJPEGQ=95 -sOutputFile=cmyk.jpg \
  -c "<< /PageSize [64 48] >> setpagedevice 1 0 0 0 setcmykcolor 0 0 32 48 rectfill 0 1 0 0 setcmykcolor 32 0 32 48 rectfill showpage"
# Progressive JPEG: left half red (220, 30, 30), right half blue (30, 60, 200), the corpus's two colours.
python3 -c "
import sys
w, h = 64, 48
row = bytes([220, 30, 30] * 32 + [30, 60, 200] * 32)
sys.stdout.buffer.write(b'P6 %d %d 255\n' % (w, h) + row * h)" > progressive.ppm
cjpeg -progressive -quality 95 -outfile progressive.jpg progressive.ppm
rm progressive.ppm
