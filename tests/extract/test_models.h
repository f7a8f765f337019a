#pragma once
// The pipeline's own models/ for tests: loaded once, shared by every test that needs them.

#include <doctest/doctest.h>

#include <utility>

#include "knowledge/knowledge.h"

namespace itapipe {

inline const Knowledge& TestModels() {
  static const Knowledge knowledge = [] {
    auto loaded = Knowledge::Load(ITAPIPE_MODELS_DIR);
    REQUIRE(loaded.has_value());
    return std::move(*loaded);
  }();
  return knowledge;
}

}  // namespace itapipe
