#!/usr/bin/env bash
# Checks that the workbook of `baocao compare` opens and prints: converts it
# with LibreOffice (`soffice --headless --convert-to pdf`, not a test
# dependency), prints the number of A4 pages of each sheet, and renders the
# first page of the summary to a PNG to look at.
# Usage: scripts/print-workbook.sh WORKBOOK.xlsx [OUT.png]
#   e.g. baocao compare corpus/ -o /tmp/city.xlsx && scripts/print-workbook.sh /tmp/city.xlsx
set -euo pipefail
xlsx=${1:?usage: scripts/print-workbook.sh WORKBOOK.xlsx [OUT.png]}
png=${2:-}
command -v soffice >/dev/null || { echo "soffice not found (apt-get install libreoffice-calc-nogui)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Its own profile, so a running LibreOffice does not swallow the job.
soffice -env:UserInstallation="file://$work/profile" --headless \
  --convert-to pdf --outdir "$work" "$xlsx" >/dev/null 2>&1
pdf="$work/$(basename "${xlsx%.*}").pdf"
[ -s "$pdf" ] || { echo "LibreOffice could not convert $xlsx" >&2; exit 1; }
pages=$(pdfinfo "$pdf" | awk '/^Pages/{print $2}')
echo "$xlsx: $pages A4 pages in all"
# Each sheet's first page carries its title (see src/compare/workbook.rs).
titles=("TỔNG HỢP KẾT QUẢ:Tổng hợp" "PHÁT HIỆN SAI LỆCH:Phát hiện" "BÁO CÁO KỲ KHÁC:Kỳ khác"
        "Tỷ lệ tiếp nhận trực tuyến theo đơn vị:Biểu đồ" "XU HƯỚNG:Xu hướng"
        "SỐ LIỆU ĐỌC ĐƯỢC:Số liệu" "Ký hiệu:Chú thích")
prev=""; start=0
for p in $(seq 1 "$pages"); do
  text=$(pdftotext -f "$p" -l "$p" -layout "$pdf" - 2>/dev/null | head -4 || true)
  for t in "${titles[@]}"; do
    if grep -qF "${t%%:*}" <<<"$text"; then
      [ -n "$prev" ] && echo "  $prev: $((p - start)) page(s)"
      prev=${t##*:}; start=$p
    fi
  done
done
[ -n "$prev" ] && echo "  $prev: $((pages + 1 - start)) page(s)"
if [ -n "$png" ]; then
  pdftoppm -f 1 -l 1 -r 80 -png -singlefile "$pdf" "${png%.png}"
  echo "first page: $png"
fi
