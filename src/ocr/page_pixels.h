#pragma once
// Small edits of page images before recognition.

#include "core/document.h"

namespace itapipe {

// Paints the box (pixels, grown by `grow` on every side, clipped to the image) white.
void PaintWhite(PixelBuffer& image, const Box& box, int grow);

// True when the box (pixels, shrunk by `inset` on every side so that what is left of a
// border stays out) holds at least `min_pixels` pixels darker than mid-grey.
bool HasInk(const PixelBuffer& image, const Box& box, int inset, int min_pixels);

}  // namespace itapipe
