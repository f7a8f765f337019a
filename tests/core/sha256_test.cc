#include "core/sha256.h"

#include <doctest/doctest.h>

#include <string>

namespace itapipe {

TEST_CASE("Sha256Hex matches the FIPS 180-4 test vectors") {
  struct {
    std::string in;
    const char* want;
  } cases[] = {
      {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
      {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
      {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
      {std::string(1000, 'a'), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"},
  };
  for (const auto& c : cases) CHECK(Sha256Hex(c.in) == c.want);
}

}  // namespace itapipe
