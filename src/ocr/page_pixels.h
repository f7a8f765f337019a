#pragma once
// Small edits of page images before recognition.

#include "core/document.h"

namespace itapipe {

// Paints the box (pixels, grown by `grow` on every side, clipped to the image) white.
void PaintWhite(PixelBuffer& image, const Box& box, int grow);

}  // namespace itapipe
