#pragma once
// Legacy Thai font glyph code points in the Private Use Area and their Unicode characters.

namespace itapipe {

// True for the Windows (U+F700-U+F71A) and Mac (U+F884-U+F89E) legacy Thai glyph code points.
bool IsLegacyThaiPua(char32_t c);

// The Unicode Thai character a legacy glyph code point stands for; c itself for any other c.
char32_t RepairThaiPua(char32_t c);

}  // namespace itapipe
