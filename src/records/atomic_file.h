#pragma once
// Whole-file writes that readers never see half done.

#include <filesystem>
#include <string_view>

#include "core/result.h"

namespace itapipe {

// Replaces path with contents: writes a temporary file in the same directory, flushes it
// to disk and renames it over path. On failure path is untouched and the error names it.
Status WriteFileAtomically(const std::filesystem::path& path, std::string_view contents);

}  // namespace itapipe
