#pragma once
// Ownership of Leptonica images, and conversion from and to our pixel buffers.

#include <leptonica/allheaders.h>

#include <memory>

#include "core/document.h"

namespace itapipe {

struct PixDeleter {
  void operator()(PIX* pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

struct BoxaDeleter {
  void operator()(BOXA* boxa) const { boxaDestroy(&boxa); }
};
using BoxaPtr = std::unique_ptr<BOXA, BoxaDeleter>;

// A 1 bpp image of the pixels darker than threshold (ink = 1).
PixPtr BinarizeBuffer(const PixelBuffer& buffer, int threshold);

// An 8 bpp grey image of the buffer.
PixPtr GreyPix(const PixelBuffer& buffer);

// The pixels of an image of any depth as grey (colour by luminance, 1 bpp ink as black);
// dpi as given. An empty buffer when Leptonica cannot convert it.
PixelBuffer BufferFromPix(PIX* pix, double dpi);

}  // namespace itapipe
