#pragma once

#include "violation.h"

namespace kontor::core {

/// R-NAME-1: @p value must be usable as a Windows folder name. Rejects `< > : " / \ | ? *`,
/// control and invisible formatting characters, reserved device names (CON, PRN, AUX, NUL,
/// COM1–COM9, LPT1–LPT9, with or without extension) and a trailing dot or space. Returns the
/// first problem found (naming the character and its 1-based position) or nothing.
Violations checkFolderSafeName(const QString& value, const QString& path);

/// A single-line text field: at most @p maxLength characters, no control or invisible
/// formatting characters.
Violations checkSingleLineText(const QString& value, const QString& path, qsizetype maxLength);

/// `required` when @p value is empty or only whitespace.
Violations checkRequired(const QString& value, const QString& path);

/// `too_long` when @p value has more than @p maxLength characters.
Violations checkLength(const QString& value, const QString& path, qsizetype maxLength);

/// True for characters no name should carry: controls (Cc), invisible formatting characters
/// (Cf: bidirectional overrides, zero-width characters, soft hyphen, BOM), line and paragraph
/// separators and unpaired surrogates.
bool isInvisibleOrControl(char32_t codePoint);

} // namespace kontor::core
