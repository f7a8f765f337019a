#pragma once
// The input files named on a command line: files as given, folders searched recursively.

#include <optional>
#include <string>
#include <vector>

#include "core/document.h"

namespace itapipe {

struct InputList {
  std::vector<std::string> files;  // explicit files (even missing ones), then folder finds
  // For each of files, its path below the input that named it ("." for that folder itself);
  // a file named explicitly, as named. What `--shard` hashes: the same wherever the inputs
  // are mounted.
  std::vector<std::string> relative;
  std::vector<std::string> skipped;  // files in folders that are not documents (.txt, ...)
};

// Files named explicitly are always kept, so that each gets a row in the output; inside
// folders (searched recursively, links to folders not followed) documents by extension (pdf,
// png, jpg, jpeg, tif, tiff) and every entry that is not a readable file or folder (broken
// links, FIFOs, devices, folders that cannot be listed), sorted by path.
InputList ExpandInputs(const std::vector<std::string>& args);

// The SHA-256 (hex) of the bytes of the regular file at path; nullopt for anything else or a
// file that cannot be read. Never opens a FIFO or a device.
std::optional<std::string> ContentHash(const std::string& path);

// What the first bytes of a file say it is.
InputKind SniffKind(std::string_view bytes);

}  // namespace itapipe
