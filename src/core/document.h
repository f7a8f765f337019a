#pragma once
// A document as read by ingest: pages of positioned words and ruling lines.

#include <cstdint>
#include <string>
#include <vector>

#include "core/geometry.h"

namespace itapipe {

// A word: text between spaces on one line, with its box on the page.
struct Word {
  std::string text;  // UTF-8; raw as read until the normalize stage replaces it
  Box box;
  double confidence = 1.0;  // 1 for a text layer, the recognizer's figure for OCR

  bool operator==(const Word&) const = default;
};

// A straight ruling line drawn on the page (table borders); thin boxes.
struct Ruling {
  Box box;
  bool horizontal = true;

  bool operator==(const Ruling&) const = default;
};

enum class TextSource { kTextLayer, kOcr, kNone };

// Grey pixels of a rendered page, one byte per pixel, 0 = black, row-major.
struct PixelBuffer {
  int width = 0;
  int height = 0;
  double dpi = 0;
  std::vector<std::uint8_t> pixels;

  bool operator==(const PixelBuffer&) const = default;
};

struct Page {
  int number = 0;    // 1-based
  double width = 0;  // points
  double height = 0;
  TextSource source = TextSource::kNone;
  std::vector<Word> words;  // in reading order: lines top to bottom, words left to right
  std::vector<Ruling> rulings;
  // Codes of damage found in the text layer ("pua_repaired", "replacement_char", ...).
  std::vector<std::string> damage;
  bool needs_ocr = false;
  // The page as a cleaned scan (deskewed, background evened) for OCR; empty for pages read
  // from a text layer, and emptied once OCR has read it.
  PixelBuffer image;

  bool operator==(const Page&) const = default;
};

enum class InputKind { kPdf, kPng, kJpeg, kTiff, kUnknown };

struct Document {
  std::string source_file;  // as given on the command line or found in a folder
  std::string report_id;    // first 16 hex digits of the SHA-256 of the file's bytes
  InputKind kind = InputKind::kUnknown;
  int page_count = 0;
  std::vector<Page> pages;
  // Problem codes that concern the whole file ("encrypted_pdf", "unreadable_pdf", ...).
  std::vector<std::string> problems;

  bool operator==(const Document&) const = default;
};

}  // namespace itapipe
