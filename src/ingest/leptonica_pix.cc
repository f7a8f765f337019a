#include "ingest/leptonica_pix.h"

namespace itapipe {

PixPtr BinarizeBuffer(const PixelBuffer& buffer, int threshold) {
  PixPtr pix(pixCreate(buffer.width, buffer.height, 1));
  if (!pix) return pix;
  l_uint32* data = pixGetData(pix.get());
  int words_per_line = pixGetWpl(pix.get());
  for (int y = 0; y < buffer.height; ++y) {
    const std::uint8_t* row = buffer.pixels.data() + static_cast<size_t>(y) * buffer.width;
    l_uint32* line = data + static_cast<size_t>(y) * words_per_line;
    for (int x = 0; x < buffer.width; ++x)
      if (row[x] < threshold) SET_DATA_BIT(line, x);
  }
  return pix;
}

}  // namespace itapipe
