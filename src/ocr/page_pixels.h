#pragma once
// Small edits of page images before recognition.

#include <optional>

#include "core/document.h"

namespace itapipe {

// Paints the box (pixels, grown by `grow` on every side, clipped to the image) white.
void PaintWhite(PixelBuffer& image, const Box& box, int grow);

// True when the box (pixels, shrunk by `inset` on every side so that what is left of a
// border stays out) holds at least `min_pixels` pixels darker than mid-grey.
bool HasInk(const PixelBuffer& image, const Box& box, int inset, int min_pixels);

// The box (pixels) with its left and right edges moved out, by at most `reach` pixels each,
// past the ink that crosses them and then past up to `margin` columns of white: text
// models' word boxes can end inside a glyph (the right half of a final ๓, without which the
// numerals model reads ๘), and that model, trained on lines with white around them, misreads
// digits that touch the area's edge. Ink is any pixel darker than mid-grey between the
// box's top and bottom.
Box WidenedToInk(const PixelBuffer& image, const Box& box, int reach, int margin);

// The box (pixels) with its top and bottom moved in to the rows of ink between its left and
// right edges, then out again by up to `margin` rows: a number's area is as tall as its line,
// and next to brackets or Thai marks that is three times the digits' height, which the
// numerals model, trained on lines cut close to their ink, reads as nothing. Rows with fewer
// than two dark pixels are specks, not ink. A box without ink is returned as it is.
Box TrimmedToInk(const PixelBuffer& image, const Box& box, int margin);

// A rectangle of whole pixels, as the recognizer takes one.
struct PixelRect {
  int left = 0;
  int top = 0;
  int width = 0;
  int height = 0;

  bool operator==(const PixelRect&) const = default;
};

// The box (pixels) rounded outwards to whole pixels and clipped to an image of width x
// height; nullopt when less than min_side pixels is left either way, or the box is not
// finite. Tesseract takes any rectangle on trust and crashed on one of width -1.
std::optional<PixelRect> RecognizerRect(const Box& box, int width, int height, int min_side);

}  // namespace itapipe
