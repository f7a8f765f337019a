#pragma once
// Structured values drawn from a fuzzer's bytes: a cursor that yields numbers and strings
// and, once the bytes run out, zeros and empty strings.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace itapipe {

class FuzzInput {
 public:
  FuzzInput(const std::uint8_t* data, size_t size)
      : bytes_(reinterpret_cast<const char*>(data), size) {}

  bool empty() const { return bytes_.empty(); }

  std::uint8_t Byte() {
    if (bytes_.empty()) return 0;
    auto b = static_cast<std::uint8_t>(bytes_.front());
    bytes_.remove_prefix(1);
    return b;
  }

  // An integer in [0, limit). REQUIRES: limit > 0.
  int Below(int limit) { return static_cast<int>(Word() % static_cast<unsigned>(limit)); }

  // A page coordinate in points, in [-64, 960) (an A4 page and some off it), in 1/64 steps.
  double Coordinate() { return Word() / 64.0 - 64; }

  // Up to max_size bytes, ended early by a 0 byte (which is consumed).
  std::string Text(size_t max_size) {
    size_t end = bytes_.find('\0');
    size_t size = std::min({end, bytes_.size(), max_size});
    std::string text(bytes_.substr(0, size));
    bytes_.remove_prefix(std::min(bytes_.size(), size + (size == end ? 1 : 0)));
    return text;
  }

  // Every byte not yet taken.
  std::string_view Rest() {
    std::string_view rest = bytes_;
    bytes_ = {};
    return rest;
  }

 private:
  unsigned Word() { return Byte() | (unsigned{Byte()} << 8); }

  std::string_view bytes_;
};

}  // namespace itapipe
