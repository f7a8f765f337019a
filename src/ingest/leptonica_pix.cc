#include "ingest/leptonica_pix.h"

#include <cstring>

namespace itapipe {

namespace {

// A Leptonica image of the buffer's size and `depth`, each row filled by set(line, row).
template <typename SetRow>
PixPtr MakePix(const PixelBuffer& buffer, int depth, SetRow set) {
  PixPtr pix(pixCreate(buffer.width, buffer.height, depth));
  if (!pix) return pix;
  l_uint32* data = pixGetData(pix.get());
  int words_per_line = pixGetWpl(pix.get());
  for (int y = 0; y < buffer.height; ++y) {
    set(data + static_cast<size_t>(y) * words_per_line,
        buffer.pixels.data() + static_cast<size_t>(y) * buffer.width);
  }
  return pix;
}

}  // namespace

PixPtr BinarizeBuffer(const PixelBuffer& buffer, int threshold) {
  return MakePix(buffer, 1, [&](l_uint32* line, const std::uint8_t* row) {
    for (int x = 0; x < buffer.width; ++x)
      if (row[x] < threshold) SET_DATA_BIT(line, x);
  });
}

PixPtr GreyPix(const PixelBuffer& buffer) {
  return MakePix(buffer, 8, [&](l_uint32* line, const std::uint8_t* row) {
    for (int x = 0; x < buffer.width; ++x) SET_DATA_BYTE(line, x, row[x]);
  });
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
