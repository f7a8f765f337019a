// Fuzz target: a page of words and ruling lines, decoded from the fuzzer's bytes, through
// BuildTables; every grid position of every table is then looked up.

#include <cstddef>
#include <cstdint>

#include "fuzz_input.h"
#include "layout/table_builder.h"

namespace {

itapipe::Ruling DecodeRuling(itapipe::FuzzInput& in) {
  bool horizontal = in.Below(2) == 1;
  double at = in.Coordinate(), from = in.Coordinate(), to = in.Coordinate();
  double thickness = in.Below(16) / 4.0;
  itapipe::Box box = horizontal ? itapipe::Box{from, at, to, at + thickness}
                                : itapipe::Box{at, from, at + thickness, to};
  return itapipe::Ruling{box, horizontal};
}

itapipe::Word DecodeWord(itapipe::FuzzInput& in) {
  double left = in.Coordinate(), top = in.Coordinate();
  itapipe::Box box{left, top, left + in.Below(128), top + in.Below(24)};
  return itapipe::Word{in.Text(16), box, in.Byte() / 255.0};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
  itapipe::FuzzInput in(data, size);
  itapipe::Page page;
  page.number = 1;
  page.width = 595;
  page.height = 842;
  for (int n = in.Below(64); n > 0 && !in.empty(); --n) page.rulings.push_back(DecodeRuling(in));
  while (!in.empty()) page.words.push_back(DecodeWord(in));
  for (const itapipe::Table& table : itapipe::BuildTables(page)) {
    for (int row = 0; row < table.rows; ++row)
      for (int col = 0; col < table.cols; ++col) table.At(row, col);
  }
  return 0;
}
