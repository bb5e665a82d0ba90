//! The `ocr` stage: page images in, lines of text out (issue 4).
