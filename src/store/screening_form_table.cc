#include "store/screening_form_table.h"

namespace verbatim::store {
namespace {

constexpr const char* kColumns = "id, title, format, file_name, content, uploaded_at, uploaded_by";

// Binary content goes through the Value/Row text cells of both dialects hex-encoded
// (store/value.h), so an .xlsx survives byte for byte on SQLite and PostgreSQL alike.
std::string HexEncode(const std::string& bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char c : bytes) {
    out += kDigits[c >> 4];
    out += kDigits[c & 0xf];
  }
  return out;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Result<std::string> HexDecode(const std::string& hex, const std::string& id) {
  if (hex.size() % 2 != 0) return DataLoss("screening_forms " + id + ": content is not hex.");
  std::string out;
  out.reserve(hex.size() / 2);
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    const int hi = HexDigit(hex[i]), lo = HexDigit(hex[i + 1]);
    if (hi < 0 || lo < 0) return DataLoss("screening_forms " + id + ": content is not hex.");
    out += static_cast<char>(hi << 4 | lo);
  }
  return out;
}

Result<ScreeningFormRow> FormFrom(const Row& r) {
  ScreeningFormRow f{r.Text(0), r.Text(1), r.Text(2), r.Text(3), "", r.Int(5), r.Text(6)};
  VB_ASSIGN_OR_RETURN(f.content, HexDecode(r.Text(4), f.id));
  return f;
}

}  // namespace

Result<bool> SaveScreeningForm(Transaction& txn, const ScreeningFormRow& f) {
  VB_ASSIGN_OR_RETURN(auto existing,
                      txn.Query("SELECT id FROM screening_forms WHERE id = $1", {f.id}));
  VB_RETURN_IF_ERROR(
      txn.Execute(
             "INSERT INTO screening_forms (id, title, format, file_name, content, uploaded_at, "
             "uploaded_by) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO UPDATE SET "
             "title = excluded.title, format = excluded.format, file_name = excluded.file_name, "
             "content = excluded.content, uploaded_at = excluded.uploaded_at, "
             "uploaded_by = excluded.uploaded_by",
             {f.id, f.title, f.format, f.file_name, HexEncode(f.content), f.uploaded_at,
              f.uploaded_by})
          .status());
  return !existing.empty();
}

Result<std::vector<ScreeningFormRow>> ListScreeningForms(Transaction& txn) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query(std::string("SELECT ") + kColumns +
                                           " FROM screening_forms ORDER BY id"));
  std::vector<ScreeningFormRow> out;
  for (const auto& r : rows) {
    VB_ASSIGN_OR_RETURN(auto f, FormFrom(r));
    out.push_back(std::move(f));
  }
  return out;
}

Result<std::optional<ScreeningFormRow>> FindScreeningForm(Transaction& txn, const std::string& id) {
  VB_ASSIGN_OR_RETURN(
      auto rows,
      txn.Query(std::string("SELECT ") + kColumns + " FROM screening_forms WHERE id = $1", {id}));
  if (rows.empty()) return std::optional<ScreeningFormRow>();
  VB_ASSIGN_OR_RETURN(auto f, FormFrom(rows[0]));
  return std::optional<ScreeningFormRow>(std::move(f));
}

}  // namespace verbatim::store
