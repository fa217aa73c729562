#pragma once

#include <QtGlobal>

namespace kontor::core::limits {
// Length limits in characters (UTF-16 code units, as QString counts them). They bound what a
// client can store and keep generated names short enough for folder paths.
inline constexpr qsizetype personName = 80;   // first, middle and last name
inline constexpr qsizetype accountName = 255; // account name (three names + separators fit)
inline constexpr qsizetype companyName = 200;
inline constexpr qsizetype email = 254; // RFC 5321 path limit
inline constexpr qsizetype phoneNumber = 40;
inline constexpr qsizetype tag = 50;
inline constexpr qsizetype street = 200;
inline constexpr qsizetype postalCode = 20;
inline constexpr qsizetype city = 100;
inline constexpr qsizetype region = 100;
inline constexpr qsizetype country = 100;
inline constexpr qsizetype folderName = 120;
inline constexpr qsizetype customFieldName = 100;
inline constexpr qsizetype customFieldText = 2000;
inline constexpr qsizetype customFieldOption = 100;
inline constexpr qsizetype url = 2000;
inline constexpr qsizetype firmName = 200;
// Collection limits
inline constexpr qsizetype contactsPerAccount = 100;
inline constexpr qsizetype phonesPerContact = 20;
inline constexpr qsizetype tagsPerRecord = 50;
inline constexpr qsizetype teamMembersPerAccount = 500;
inline constexpr qsizetype customFieldOptions = 200;
inline constexpr qsizetype folderTemplateNodes = 500;
inline constexpr qsizetype folderTemplateDepth = 10;
} // namespace kontor::core::limits
