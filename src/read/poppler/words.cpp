// The words of every page of a PDF with their boxes, through poppler-cpp:
// the same TextOutputDev word list as `pdftotext -bbox` (checked word for
// word on the corpus), without a process and an XHTML round trip per file.
// Called only in the `baocao-pdf-words` helper process, so a PDF that
// crashes poppler takes that process down, not the batch
// (src/read/poppler/mod.rs).
//
// Output, one record a line, numbers in millionths of a point (pdftotext
// prints six decimals) so no float formatting is needed:
//   P <media width> <media height>
//   W <xMin> <yMin> <xMax> <yMax> <text>
// Word text is UTF-8 with CR and LF turned into spaces.
//
// poppler-cpp lays a page out in its crop box and with its /Rotate, where
// pdftotext -bbox uses the media box: on such a page the two word lists
// differ (words outside the crop box are dropped), so a file with one is
// refused (4) and read by pdftotext instead.
#include <poppler-document.h>
#include <poppler-page.h>

#include <cstddef>
#include <memory>
#include <string>

namespace {

void put_num(std::string &o, double v) {
  // A broken file can give any box: keep the cast defined.
  if (!(v > -1e9 && v < 1e9)) v = 0;
  long long m = static_cast<long long>(v * 1e6 + (v < 0 ? -0.5 : 0.5));
  o += std::to_string(m);
  o += ' ';
}

// poppler's ustring is UTF-16; its to_utf8() goes through iconv, which
// costs more than the text extraction on a word list.
void put_utf8(std::string &o, const poppler::ustring &u) {
  for (std::size_t i = 0; i < u.size(); ++i) {
    unsigned c = u[i];
    if (c >= 0xD800 && c < 0xDC00 && i + 1 < u.size()) {
      unsigned d = u[i + 1];
      if (d >= 0xDC00 && d < 0xE000) {
        c = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
        ++i;
      }
    }
    if (c == '\n' || c == '\r') c = ' ';
    if (c >= 0xD800 && c < 0xE000) c = 0xFFFD;
    if (c < 0x80) {
      o += static_cast<char>(c);
    } else if (c < 0x800) {
      o += static_cast<char>(0xC0 | (c >> 6));
      o += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      o += static_cast<char>(0xE0 | (c >> 12));
      o += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      o += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      o += static_cast<char>(0xF0 | (c >> 18));
      o += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      o += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      o += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
}

void quiet(const std::string &, void *) {}

bool same(const poppler::rectf &a, const poppler::rectf &b) {
  auto near = [](double x, double y) { return x - y < 0.01 && y - x < 0.01; };
  return near(a.left(), b.left()) && near(a.top(), b.top()) &&
         near(a.right(), b.right()) && near(a.bottom(), b.bottom());
}

} // namespace

extern "C" {

typedef void (*baocao_emit)(void *ctx, const char *data, std::size_t len);

// 0: read (every page emitted); 1: poppler cannot open the file; 2: it is
// encrypted; 3: poppler threw; 4: a page has a crop box or a rotation.
int baocao_pdf_words(const char *path, baocao_emit emit, void *ctx) {
  try {
    poppler::set_debug_error_function(quiet, nullptr);
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_file(path));
    if (!doc) return 1;
    if (doc->is_locked()) return 2;
    const int n = doc->pages();
    std::string o;
    for (int i = 0; i < n; ++i) {
      o.clear();
      std::unique_ptr<poppler::page> page(doc->create_page(i));
      if (!page) {
        o += "P 0 0\n";
        emit(ctx, o.data(), o.size());
        continue;
      }
      const poppler::rectf media = page->page_rect(poppler::media_box);
      // The pages emitted so far are discarded with the status (serve.rs).
      if (!same(media, page->page_rect(poppler::crop_box)) ||
          page->orientation() != poppler::page::portrait) {
        return 4;
      }
      o += "P ";
      put_num(o, media.width());
      put_num(o, media.height());
      o += '\n';
      for (const poppler::text_box &w : page->text_list()) {
        const poppler::rectf b = w.bbox();
        o += "W ";
        put_num(o, b.left());
        put_num(o, b.top());
        put_num(o, b.right());
        put_num(o, b.bottom());
        put_utf8(o, w.text());
        o += '\n';
      }
      emit(ctx, o.data(), o.size());
    }
    return 0;
  } catch (...) {
    return 3;
  }
}

} // extern "C"
