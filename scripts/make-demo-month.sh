#!/usr/bin/env bash
# Makes the demo month, corpus/thang-mau_2026-03/: SYNTHETIC reports of 32
# of the city's 114 units for March 2026 (scripts/demo-month.py writes their
# texts from baocao's own templates, seeded), rendered in the mix of formats
# wards send: plain text, DOCX and PDF (LibreOffice headless, from HTML as
# scripts/make-corpus.sh renders the seeds), scans (the PDF printed at 300
# dpi gray, tilted, noisy, JPEG, img2pdf) and one photo (two JPEG pages
# taken at an angle, warm light); plus one report of February and one
# unreadable file (a Word file cut short). plan.tsv says which unit came in
# which format and which arithmetic error was planted.
#
# Needs: soffice, pdftoppm, Debian's ImageMagick (/usr/bin/convert), img2pdf,
# python3. Usage: scripts/make-demo-month.sh [OUT_DIR]
set -euo pipefail
scripts=$(cd "$(dirname "$0")" && pwd)
out=${1:-$scripts/../corpus/thang-mau_2026-03}
convert=/usr/bin/convert
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
profile="file://$work/lo-profile"
mkdir -p "$out"
rm -rf "$out/bao-cao"
mkdir -p "$out/bao-cao"
python3 "$scripts/demo-month.py" "$work/txt"
cp "$work/txt/plan.tsv" "$out/plan.tsv"

render_pdf() { # name -> $work/name.docx, $work/name.pdf
  python3 "$scripts/text-to-html.py" "$work/txt/$1.txt" "$work/$1.html"
  soffice -env:UserInstallation="$profile" --headless --infilter="HTML (StarWriter)" \
    --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/$1.html" >/dev/null
  soffice -env:UserInstallation="$profile" --headless \
    --convert-to pdf --outdir "$work" "$work/$1.docx" >/dev/null
}

tail -n +2 "$out/plan.tsv" | while IFS=$'\t' read -r name format unit planted; do
  echo "== $name ($format)" >&2
  case $format in
    txt) cp "$work/txt/$name.txt" "$out/bao-cao/" ;;
    docx) render_pdf "$name"; cp "$work/$name.docx" "$out/bao-cao/" ;;
    pdf) render_pdf "$name"; cp "$work/$name.pdf" "$out/bao-cao/" ;;
    scan)
      render_pdf "$name"
      rm -rf "$work/pages" && mkdir "$work/pages"
      pdftoppm -r 300 -gray "$work/$name.pdf" "$work/pages/p"
      n=0
      for pgm in "$work"/pages/p-*.pgm; do
        n=$((n + 1))
        angle=$(python3 -c "import sys;n=int(sys.argv[1]);a=0.4+((n*37)%7)/10;print(a if n%2 else -a)" "$n")
        "$convert" "$pgm" -background white -rotate "$angle" +repage \
          -seed "$n" -attenuate 0.4 +noise Gaussian -blur 0x0.6 \
          -density 300 -units PixelsPerInch -quality 75 "${pgm%.pgm}.jpg"
      done
      img2pdf "$work"/pages/p-*.jpg -o "$out/bao-cao/${name}_scan.pdf"
      ;;
    photo)
      render_pdf "$name"
      rm -rf "$work/pages" && mkdir "$work/pages"
      pdftoppm -r 200 "$work/$name.pdf" "$work/pages/p"
      n=0
      for ppm in "$work"/pages/p-*.ppm; do
        n=$((n + 1))
        w=$(identify -format %w "$ppm"); h=$(identify -format %h "$ppm")
        # A phone held a little askew over the page, under a warm lamp.
        "$convert" "$ppm" -bordercolor '#d8d0c0' -border 40 -virtual-pixel background \
          -background '#8a8070' -distort Perspective \
          "0,0 30,20  $((w + 80)),0 $((w + 40)),50  0,$((h + 80)) 10,$((h + 60))  $((w + 80)),$((h + 80)) $((w + 60)),$((h + 40))" \
          -fill '#fff3d6' -colorize 8 -seed "$n" -attenuate 0.3 +noise Gaussian \
          -quality 80 "$out/bao-cao/${name}_anh_p$n.jpg"
      done
      ;;
  esac
done
# An unreadable file: a Word file cut short in transfer.
render_pdf 01_xa-an-hung_2026-03
head -c 3000 "$work/01_xa-an-hung_2026-03.docx" >"$out/bao-cao/34_bao-cao-gui-loi_2026-03.docx"
echo "34_bao-cao-gui-loi_2026-03	docx (cut short)		unreadable file" >>"$out/plan.tsv"
du -sh "$out/bao-cao" >&2
