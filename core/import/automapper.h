#pragma once

#include "importmapping.h"

#include "core/customfield.h"

namespace kontor::core {

/// Proposes a mapping from the header names of a file. It knows German and English names and
/// the headers of these exports (modelled on their published column lists):
/// - Google Contacts CSV (current "First Name"/"E-mail 1 - Value"/"Labels" and older
///   "Given Name"/"Group Membership" layouts),
/// - Outlook CSV in English and German ("E-mail Address"/"E-Mail-Adresse", the home address;
///   the business address stays unmapped: a contact has one address),
/// - DATEV's format "Debitoren/Kreditoren" (EXTF; "Name (Adressattyp Unternehmen)",
///   "Vorname (Adressattyp natürl. Person)", "Adressattyp", "Straße", "Postleitzahl", …), where
///   "Konto" is an account number rather than a name,
/// - DATEV-style client lists ("Mandantenname", "Mandantennummer", "Vorname", "Nachname",
///   "Straße", "PLZ", "Ort", "E-Mail", "Telefon", …),
/// - Kontor's own account list export and the columns of VCardReader.
/// A header naming one of the firm's custom fields maps to it, also through common synonyms
/// (Mandantennummer, Steuernummer, Steuer-ID, USt-IdNr., Geburtsdatum, Notizen, Website).
/// "Name" is the last name when another column holds the first name and none the last name,
/// else the full name. A field that is not a list field goes to the first column naming it;
/// an address field to the first column naming it per address (Outlook's business and home
/// addresses, see addressKind()).
ImportMapping autoMap(const QStringList& headers,
                      const QList<CustomFieldDefinition>& customFields = {});

/// The form headers are compared in: case-folded, umlauts and ß spelt out ("ae", "ss"), and
/// nothing but letters and digits ("E-Mail-Adresse" → "emailadresse").
QString normalizedHeader(QStringView header);

/// Which of an export's addresses a column header names: 1 the business address ("Ort
/// geschäftlich", "Business City"), 2 the home address ("Ort privat", "Home City"), 0 none.
int addressKind(QStringView header);

} // namespace kontor::core
