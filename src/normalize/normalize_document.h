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

// The two halves of NormalizeDocument for one page, for a pipeline that must gate a page's
// raw words before OCR replaces them and normalize the words once, after.
// Records AssessTextLayer's verdict on a text-layer page's raw words.
void GateTextLayer(Page& page);
// Puts every word of the page into canonical form, drops empty ones, joins split words.
void NormalizeWords(Page& page);

}  // namespace itapipe
