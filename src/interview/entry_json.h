#pragma once

#include "base/json.h"
#include "base/result.h"
#include "interview/entry.h"

namespace verbatim::interview {

/// Whether the JSON carries what the server assigns (seq, at, hashes, author) or only what a
/// client sends.
enum class JsonFields { kClientInput, kRecord };

/// The exchange form of an entry (docs/formats/interview-record.md): one JSON object, fields of
/// other kinds omitted. With kRecord it includes seq, at (RFC 3339, microseconds), author,
/// client_id, prev_hash and hash.
Json EntryToJson(const Entry& entry, JsonFields fields = JsonFields::kRecord);

/// Reads an entry. Unknown kinds, wrong types and values outside a field's enumeration are
/// InvalidArgument naming the field. With kRecord, seq and at are required.
Result<Entry> EntryFromJson(const Json& json, JsonFields fields);

/// Fills what a kind implies when the client left it out (a question is by the officer, an
/// answer by the applicant), so that every path to the record hashes the same entry.
void ApplyDefaults(Entry& entry);

/// The SHA-256 that chains `entry` to its predecessor: over `prev_hash` and the canonical JSON
/// (sorted keys, no hashes) of the entry.
std::string ChainHash(const Entry& entry, const std::string& prev_hash);

}  // namespace verbatim::interview
