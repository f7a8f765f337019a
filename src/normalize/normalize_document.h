#pragma once
// The normalize stage: gates text-layer pages and puts every word into canonical form.

#include "core/document.h"

namespace itapipe {

// For each text-layer page, records AssessTextLayer's verdict on the raw words in
// page.damage (merged with what is there, sorted) and page.needs_ocr; then, on every page,
// replaces each word's text by NormalizeText(text), drops the words that become empty and
// joins a word split off before a Thai mark or following vowel to the word before it
// (boxes united). Other fields are kept.
Document NormalizeDocument(Document doc);

}  // namespace itapipe
