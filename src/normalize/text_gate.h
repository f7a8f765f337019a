#pragma once
// The per-page text-layer gate: is a PDF page's text usable, or must the page be OCRed?

#include <string>
#include <vector>

namespace itapipe {

struct TextLayerVerdict {
  bool needs_ocr = false;
  // Sorted, unique codes. pua_repaired: legacy font glyphs (repairable, no OCR by itself);
  // replacement_char: U+FFFD in or beside Thai; orphan_mark: a word starting with a Thai mark
  // or following vowel, or a mark after a non-Thai character (OCR above the shares below);
  // latin1_mojibake: TIS-620 bytes read as Latin-1; implausible_thai: the dictionary cuts the
  // text into pieces clean Thai never gives, or marks are missing; no_text: no words.
  std::vector<std::string> damage;

  bool operator==(const TextLayerVerdict&) const = default;
};

// Thresholds of the gate; the defaults are calibrated on clean report text against the same
// text with its marks deleted (see tests/normalize/text_gate_test.cc).
struct TextGateOptions {
  // Orphan marks, as a share of Thai words, above which the page needs OCR: those that
  // NormalizeDocument cannot join to the word before, and all of them.
  double max_orphan_share = 0.02;
  double max_joined_orphan_share = 0.1;
  int min_thai_segments = 20;               // fewer dictionary segments: too little Thai to judge
  double max_broken_segment_share = 0.025;  // one-consonant or vowel-first segments
  int min_thai_letters_for_density = 30;
  double min_mark_density = 0.03;  // combining marks per Thai consonant; clean text > 0.05
  int min_mojibake_words = 2;      // or fewer that are this share of the words:
  double min_mojibake_share = 0.1;
};

// Judges one page from its RAW (not yet normalized) words in reading order.
TextLayerVerdict AssessTextLayer(const std::vector<std::string>& raw_words,
                                 const TextGateOptions& options = {});

}  // namespace itapipe
