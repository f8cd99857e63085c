#include "store/coi_table.h"

#include <cstdlib>

namespace verbatim::store {
namespace {

constexpr const char* kDocumentColumns =
    "id, content_hash, title, publisher, country, language, published, published_date, "
    "report_period, document_type, source, licence, file_name, body, imported_at";

CoiDocumentRecord DocumentFromRow(const Row& r) {
  return CoiDocumentRecord{r.Text(0),  r.Text(1),  r.Text(2),  r.Text(3),  r.Text(4),
                           r.Text(5),  r.Text(6),  r.Text(7),  r.Text(8),  r.Text(9),
                           r.Text(10), r.Text(11), r.Text(12), r.Text(13), r.Int(14)};
}

// LIKE treats % and _ as wildcards; a source filter means the characters themselves.
std::string EscapeLike(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

// The dialect-specific pieces of one search statement; $1 is always the match expression.
struct DialectSql {
  const char* from;   // the passages that match $1, joined to their document as d
  const char* score;  // larger is better
  const char* snippet;
};

DialectSql SqlFor(Dialect dialect) {
  if (dialect == Dialect::kSqlite) {
    return {
        "coi_passages_fts f JOIN coi_passages p ON p.id = f.passage_id "
        "JOIN coi_documents d ON d.id = p.document_id WHERE coi_passages_fts MATCH $1",
        "-bm25(coi_passages_fts, 2.0, 1.0)", "snippet(coi_passages_fts, 1, '', '', '…', 32)"};
  }
  return {
      "coi_passages p JOIN coi_documents d ON d.id = p.document_id "
      "WHERE p.search @@ to_tsquery('simple', $1)",
      "ts_rank_cd(p.search, to_tsquery('simple', $1))",
      "ts_headline('simple', p.text, to_tsquery('simple', $1), "
      "'MaxWords=40, MinWords=20, StartSel=\"\", StopSel=\"\"')"};
}

}  // namespace

Result<std::optional<CoiDocumentRecord>> FindCoiDocumentByHash(Transaction& txn,
                                                               const std::string& content_hash) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query(std::string("SELECT ") + kDocumentColumns +
                                               " FROM coi_documents WHERE content_hash = $1",
                                           {content_hash}));
  if (rows.empty()) return std::optional<CoiDocumentRecord>();
  return std::optional<CoiDocumentRecord>(DocumentFromRow(rows[0]));
}

Status InsertCoiDocument(Transaction& txn, const CoiDocumentRecord& d,
                         const std::vector<CoiPassageRecord>& passages) {
  VB_RETURN_IF_ERROR(
      txn.Execute("INSERT INTO coi_documents (id, content_hash, title, publisher, country, "
                  "language, published, published_date, report_period, document_type, source, "
                  "licence, file_name, body, imported_at) "
                  "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
                  {d.id, d.content_hash, d.title, d.publisher, d.country, d.language, d.published,
                   d.published_date, d.report_period, d.document_type, d.source, d.licence,
                   d.file_name, d.body, d.imported_at})
          .status());
  for (const auto& p : passages) {
    VB_RETURN_IF_ERROR(txn.Execute("INSERT INTO coi_passages (id, document_id, ordinal, heading, "
                                   "text) VALUES ($1, $2, $3, $4, $5)",
                                   {p.id, p.document_id, p.ordinal, p.heading, p.text})
                           .status());
  }
  return Status::Ok();
}

Result<std::vector<CoiPassageRecord>> ListCoiPassages(Transaction& txn,
                                                      const std::string& document_id) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query("SELECT id, document_id, ordinal, heading, text "
                                           "FROM coi_passages WHERE document_id = $1 "
                                           "ORDER BY ordinal",
                                           {document_id}));
  std::vector<CoiPassageRecord> passages;
  for (const auto& r : rows) {
    passages.push_back({r.Text(0), r.Text(1), static_cast<int>(r.Int(2)), r.Text(3), r.Text(4)});
  }
  return passages;
}

Result<CoiSearchPage> SearchCoiPassages(Transaction& txn, Dialect dialect,
                                        const CoiSearchSpec& spec) {
  const DialectSql sql = SqlFor(dialect);
  std::vector<Value> params{spec.match};
  auto param = [&params](Value v) {
    params.push_back(std::move(v));
    return "$" + std::to_string(params.size());
  };
  std::string where;
  if (!spec.countries.empty()) {
    where += " AND d.country IN (";
    for (std::size_t i = 0; i < spec.countries.size(); ++i) {
      where += (i ? ", " : "") + param(spec.countries[i]);
    }
    where += ")";
  }
  if (!spec.source.empty()) {
    where += " AND LOWER(d.publisher) LIKE " + param("%" + EscapeLike(spec.source) + "%") +
             " ESCAPE '\\'";
  }
  if (!spec.from_date.empty()) where += " AND d.published_date >= " + param(spec.from_date);
  if (!spec.to_date.empty()) where += " AND d.published_date <= " + param(spec.to_date);

  CoiSearchPage page;
  VB_ASSIGN_OR_RETURN(auto count,
                      txn.Query(std::string("SELECT COUNT(*) FROM ") + sql.from + where, params));
  page.total = count.empty() ? 0 : count[0].Int(0);
  if (page.total == 0) return page;

  const std::string limit = param(spec.limit);
  const std::string offset = param(spec.offset);
  VB_ASSIGN_OR_RETURN(
      auto rows, txn.Query(std::string("SELECT d.id, p.id, d.title, d.publisher, d.published_date, "
                                       "d.country, p.heading, ") +
                               sql.score + ", " + sql.snippet + " FROM " + sql.from + where +
                               " ORDER BY 8 DESC, p.id LIMIT " + limit + " OFFSET " + offset,
                           params));
  for (const auto& r : rows) {
    page.hits.push_back({r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4), r.Text(5),
                         r.Text(6), std::strtod(r.Text(7).c_str(), nullptr), r.Text(8)});
  }
  return page;
}

}  // namespace verbatim::store
