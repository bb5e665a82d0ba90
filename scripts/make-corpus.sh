#!/usr/bin/env bash
# Makes, from each seed text corpus/<name>/<name>.txt, the three renderings a
# ward actually sends: <name>.docx and <name>.pdf (LibreOffice headless, from
# HTML so that tab-separated rows become real Word tables) and <name>_scan.pdf
# (an image-only PDF of the printed pages: 300 dpi gray, rotated 0.5-1.5°,
# noise, blur, JPEG, img2pdf). Deterministic angles and noise seeds, so a
# rerun changes nothing but LibreOffice's timestamps.
#
# Needs: soffice (libreoffice-writer-nogui), pdftoppm (poppler-utils), Debian's
# ImageMagick at /usr/bin/convert (the first `convert` on PATH may be a
# stand-in), img2pdf, python3. Usage: scripts/make-corpus.sh [corpus-dir]
set -euo pipefail
corpus=${1:-corpus}
convert=/usr/bin/convert
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
profile="file://$work/lo-profile"

# One paragraph per text line (empty lines included, so DOCX lines map 1:1 to
# the seed's), runs of lines containing a tab become one <table>, padded to
# the block's widest row; **x** becomes bold as in a real Word document.
to_html() {
  python3 "$(dirname "$0")/text-to-html.py" "$1" "$2"
}

for dir in "$corpus"/*/; do
  name=$(basename "$dir")
  seed="$dir/$name.txt"
  [ -f "$seed" ] || continue
  echo "== $name" >&2
  to_html "$seed" "$work/$name.html"
  soffice -env:UserInstallation="$profile" --headless --infilter="HTML (StarWriter)" \
    --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/$name.html" >/dev/null
  soffice -env:UserInstallation="$profile" --headless \
    --convert-to pdf --outdir "$work" "$work/$name.docx" >/dev/null
  cp "$work/$name.docx" "$work/$name.pdf" "$dir/"

  rm -rf "$work/pages" && mkdir "$work/pages"
  # -gray PGM: PNG is 65x slower on noisy pages (stack.md Q5).
  pdftoppm -r 300 -gray "$work/$name.pdf" "$work/pages/p"
  n=0
  for pgm in "$work"/pages/p-*.pgm; do
    n=$((n + 1))
    # Angle in [0.5, 1.5] degrees, alternating sign, from the page number.
    angle=$(python3 -c "import sys;n=int(sys.argv[1]);a=0.5+((n*37)%11)/10;print(a if n%2 else -a)" "$n")
    "$convert" "$pgm" -background white -rotate "$angle" +repage \
      -seed "$n" -attenuate 0.5 +noise Gaussian -blur 0x0.8 \
      -density 300 -units PixelsPerInch -quality 75 "${pgm%.pgm}.jpg"
  done
  img2pdf "$work"/pages/p-*.jpg -o "$dir/${name}_scan.pdf"
  echo "   $(pdfinfo "$dir/$name.pdf" | grep Pages) text, scan $(du -h "$dir/${name}_scan.pdf" | cut -f1)" >&2
done
