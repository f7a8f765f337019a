#include "normalize/thai_pua.h"

namespace itapipe {
namespace {

// Word-era Thai fonts place shifted glyph variants (tone marks moved down or left to avoid an
// upper vowel or a tall consonant, ฐ and ญ without their descender) at fixed PUA slots and
// some PDF producers emit those slots as the text. Both tables are indexed from their first
// slot; they follow the layout used by common Thai shapers.
constexpr char32_t kWindowsFirst = 0xF700;
constexpr char32_t kWindows[] = {
    0x0E10,                                  // F700 tho than without descender
    0x0E34, 0x0E35, 0x0E36, 0x0E37,          // F701-F704 sara i, ii, ue, uee shifted left
    0x0E48, 0x0E49, 0x0E4A, 0x0E4B, 0x0E4C,  // F705-F709 tones, thanthakhat down-left
    0x0E48, 0x0E49, 0x0E4A, 0x0E4B, 0x0E4C,  // F70A-F70E tones, thanthakhat down
    0x0E0D,                                  // F70F yo ying without descender
    0x0E31, 0x0E4D, 0x0E47,                  // F710-F712 mai han akat, nikhahit, maitaikhu left
    0x0E48, 0x0E49, 0x0E4A, 0x0E4B, 0x0E4C,  // F713-F717 tones, thanthakhat left
    0x0E38, 0x0E39, 0x0E3A,                  // F718-F71A sara u, uu, phinthu down
};

constexpr char32_t kMacFirst = 0xF884;
constexpr char32_t kMac[] = {
    0x0E31,                          // F884 mai han akat left
    0x0E34, 0x0E35, 0x0E36, 0x0E37,  // F885-F888 sara i, ii, ue, uee left
    0x0E47,                          // F889 maitaikhu left
    0x0E48, 0x0E48, 0x0E48,          // F88A-F88C mai ek left, down, down-left
    0x0E49, 0x0E49, 0x0E49,          // F88D-F88F mai tho
    0x0E4A, 0x0E4A, 0x0E4A,          // F890-F892 mai tri
    0x0E4B, 0x0E4B, 0x0E4B,          // F893-F895 mai chattawa
    0x0E4C, 0x0E4C, 0x0E4C,          // F896-F898 thanthakhat
    0x0E4D,                          // F899 nikhahit left
    0x0E0D,                          // F89A yo ying without descender
    0x0E38, 0x0E39, 0x0E3A,          // F89B-F89D sara u, uu, phinthu down
    0x0E10,                          // F89E tho than without descender
};

constexpr char32_t kWindowsLast = kWindowsFirst + sizeof(kWindows) / sizeof(kWindows[0]) - 1;
constexpr char32_t kMacLast = kMacFirst + sizeof(kMac) / sizeof(kMac[0]) - 1;
static_assert(kWindowsLast == 0xF71A && kMacLast == 0xF89E);

}  // namespace

bool IsLegacyThaiPua(char32_t c) {
  return (c >= kWindowsFirst && c <= kWindowsLast) || (c >= kMacFirst && c <= kMacLast);
}

char32_t RepairThaiPua(char32_t c) {
  if (c >= kWindowsFirst && c <= kWindowsLast) return kWindows[c - kWindowsFirst];
  if (c >= kMacFirst && c <= kMacLast) return kMac[c - kMacFirst];
  return c;
}

}  // namespace itapipe
