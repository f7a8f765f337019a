#pragma once
// SHA-256 (FIPS 180-4), for report ids that identify a file by its bytes.

#include <string>
#include <string_view>

namespace itapipe {

// Lower-case hex digest of data (64 characters).
std::string Sha256Hex(std::string_view data);

}  // namespace itapipe
