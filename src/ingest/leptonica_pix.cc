#include "ingest/leptonica_pix.h"

#include <cstring>

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

PixPtr GreyPix(const PixelBuffer& buffer) {
  PixPtr pix(pixCreate(buffer.width, buffer.height, 8));
  if (!pix) return pix;
  l_uint32* data = pixGetData(pix.get());
  int words_per_line = pixGetWpl(pix.get());
  for (int y = 0; y < buffer.height; ++y) {
    const std::uint8_t* row = buffer.pixels.data() + static_cast<size_t>(y) * buffer.width;
    l_uint32* line = data + static_cast<size_t>(y) * words_per_line;
    for (int x = 0; x < buffer.width; ++x) SET_DATA_BYTE(line, x, row[x]);
  }
  return pix;
}

PixelBuffer BufferFromPix(PIX* pix, double dpi) {
  // pixConvertTo8 maps 1 bpp ink (1) to black and drops colormaps; colour goes by luminance.
  PixPtr grey(pixGetDepth(pix) == 32 ? pixConvertRGBToLuminance(pix) : pixConvertTo8(pix, 0));
  if (!grey || pixGetDepth(grey.get()) != 8 || pixGetColormap(grey.get())) return PixelBuffer{};
  PIX* source = grey.get();
  PixelBuffer buffer{
      static_cast<int>(pixGetWidth(source)), static_cast<int>(pixGetHeight(source)), dpi, {}};
  buffer.pixels.resize(static_cast<size_t>(buffer.width) * buffer.height);
  l_uint32* data = pixGetData(source);
  int words_per_line = pixGetWpl(source);
  for (int y = 0; y < buffer.height; ++y) {
    l_uint32* line = data + static_cast<size_t>(y) * words_per_line;
    std::uint8_t* row = buffer.pixels.data() + static_cast<size_t>(y) * buffer.width;
    for (int x = 0; x < buffer.width; ++x)
      row[x] = static_cast<std::uint8_t>(GET_DATA_BYTE(line, x));
  }
  return buffer;
}

}  // namespace itapipe
