#include "store/coi_table.h"

#include <algorithm>
#include <cstdlib>
#include <map>

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

// The dialect-specific pieces of the search statements; $1 is always the match expression.
struct DialectSql {
  std::string joined;     // the matching passages joined to their document as d (filters, facets)
  std::string alone;      // the matching passages alone, when no filter or sort needs d
  std::string match;      // the full-text condition
  std::string rid;        // a cheap unique key of a match: the FTS rowid; PostgreSQL's passage id
  std::string page_join;  // from `top` (with rid) to the passage p
  std::string score;      // larger is better
  std::string snippet;    // for the page's rows only (outer query, `top` and `p` in scope)
};

DialectSql SqlFor(Dialect dialect) {
  const std::string marks = std::string("'") + kCoiMarkStart + "', '" + kCoiMarkEnd + "'";
  if (dialect == Dialect::kSqlite) {
    return {"coi_passages_fts f JOIN coi_passages p ON p.id = f.passage_id "
            "JOIN coi_documents d ON d.id = p.document_id",
            "coi_passages_fts f",
            "coi_passages_fts MATCH $1",
            "f.rowid",
            "JOIN coi_passages_fts pf ON pf.rowid = top.rid JOIN coi_passages p ON p.id = pf.passage_id",
            "-bm25(coi_passages_fts, 2.0, 1.0)",
            // snippet() needs the cursor of a MATCH. A MATCH per page row would walk the query's
            // doclists once per row, so the snippets come from one more MATCH over the page's
            // row ids (SnippetsByRowid), and none is made for matches that are not shown.
            "''"};
  }
  return {"coi_passages p JOIN coi_documents d ON d.id = p.document_id",
          "coi_passages p",
          "p.search @@ to_tsquery('verbatim_coi', $1)",
          "p.id",
          "JOIN coi_passages p ON p.id = top.rid",
          "ts_rank_cd(p.search, to_tsquery('verbatim_coi', $1))",
          std::string("ts_headline('verbatim_coi', p.text, to_tsquery('verbatim_coi', $1), "
                      "'MaxWords=40, MinWords=20, StartSel=") +
              kCoiMarkStart + ", StopSel=" + kCoiMarkEnd + "')"};
}

// SQLite: the snippets of the page's rows in one MATCH pass, restricted to the rowid range the
// page spans so that FTS5 can skip the rest of the doclists; keyed by rowid.
Result<std::map<std::string, std::string>> SnippetsByRowid(Transaction& txn, const std::string& match,
                                                          const std::vector<std::string>& rowids) {
  std::map<std::string, std::string> snippets;
  if (rowids.empty()) return snippets;
  std::vector<Value> params{match};
  std::string in;
  std::int64_t low = 0, high = 0;
  for (std::size_t i = 0; i < rowids.size(); ++i) {
    const std::int64_t id = std::strtoll(rowids[i].c_str(), nullptr, 10);
    low = i == 0 ? id : std::min(low, id);
    high = i == 0 ? id : std::max(high, id);
    params.push_back(id);
    in += (i ? ", $" : "$") + std::to_string(params.size());
  }
  params.push_back(low);
  params.push_back(high);
  const std::string marks = std::string("'") + kCoiMarkStart + "', '" + kCoiMarkEnd + "'";
  VB_ASSIGN_OR_RETURN(
      auto rows,
      txn.Query("SELECT rowid, snippet(coi_passages_fts, 1, " + marks +
                    ", '…', 32) FROM coi_passages_fts WHERE coi_passages_fts MATCH $1 AND rowid >= $" +
                    std::to_string(params.size() - 1) + " AND rowid <= $" +
                    std::to_string(params.size()) + " AND rowid IN (" + in + ")",
                params));
  for (const auto& r : rows) snippets[r.Text(0)] = r.Text(1);
  return snippets;
}

// Appends the filter conditions of `spec` to `where`, binding every value as a parameter.
class Filters {
 public:
  explicit Filters(std::vector<Value>& params) : params_(params) {}

  std::string Param(Value v) {
    params_.push_back(std::move(v));
    return "$" + std::to_string(params_.size());
  }

  std::string In(const std::string& column, const std::vector<std::string>& values) {
    std::string sql = column + " IN (";
    for (std::size_t i = 0; i < values.size(); ++i) sql += (i ? ", " : "") + Param(values[i]);
    return sql + ")";
  }

  // Any of the parts, as case-insensitive substrings of `column`.
  std::string ContainsAny(const std::string& column, const std::vector<std::string>& parts) {
    std::string sql = "(";
    for (std::size_t i = 0; i < parts.size(); ++i) {
      sql += (i ? " OR " : "") + ("LOWER(" + column + ") LIKE ") +
             Param("%" + EscapeLike(parts[i]) + "%") + " ESCAPE '\\'";
    }
    return sql + ")";
  }

  std::string Where(const CoiSearchSpec& spec) {
    std::string where;
    if (!spec.countries.empty()) where += " AND " + In("d.country", spec.countries);
    if (!spec.not_countries.empty()) where += " AND NOT " + In("d.country", spec.not_countries);
    if (!spec.sources.empty()) where += " AND " + ContainsAny("d.publisher", spec.sources);
    if (!spec.exclude_sources.empty()) {
      where += " AND NOT " + ContainsAny("d.publisher", spec.exclude_sources);
    }
    if (!spec.types.empty()) where += " AND " + In("LOWER(d.document_type)", spec.types);
    if (!spec.languages.empty()) where += " AND " + In("LOWER(d.language)", spec.languages);
    if (!spec.from_date.empty()) where += " AND d.published_date >= " + Param(spec.from_date);
    if (!spec.to_date.empty()) where += " AND d.published_date <= " + Param(spec.to_date);
    return where;
  }

 private:
  std::vector<Value>& params_;
};

// Folds (country, publisher, year, count) rows into three facets, most first.
void FoldFacets(const std::vector<Row>& rows, CoiSearchPage& page) {
  std::map<std::string, std::int64_t> countries, sources, years;
  for (const auto& r : rows) {
    const std::int64_t n = r.Int(3);
    countries[r.Text(0)] += n;
    sources[r.Text(1)] += n;
    years[r.Text(2)] += n;
    page.total += n;
  }
  auto sorted = [](const std::map<std::string, std::int64_t>& counts) {
    std::vector<CoiFacetCount> out;
    for (const auto& [value, count] : counts) out.push_back({value, count});
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.count > b.count; });
    return out;
  };
  page.countries = sorted(countries);
  page.sources = sorted(sources);
  page.years = sorted(years);
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

Result<std::optional<CoiDocumentRecord>> FindCoiDocument(Transaction& txn, const std::string& id) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query(std::string("SELECT ") + kDocumentColumns +
                                               " FROM coi_documents WHERE id = $1",
                                           {id}));
  if (rows.empty()) return std::optional<CoiDocumentRecord>();
  return std::optional<CoiDocumentRecord>(DocumentFromRow(rows[0]));
}

Result<std::pair<std::int64_t, std::int64_t>> CountCoiLibrary(Transaction& txn) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query("SELECT (SELECT COUNT(*) FROM coi_documents), "
                                           "(SELECT COUNT(*) FROM coi_passages)",
                                           {}));
  return std::make_pair(rows[0].Int(0), rows[0].Int(1));
}

Result<CoiSearchPage> SearchCoiPassages(Transaction& txn, Dialect dialect,
                                        const CoiSearchSpec& spec) {
  const DialectSql sql = SqlFor(dialect);
  std::vector<Value> params{spec.match};
  Filters filters(params);
  const std::string where = " WHERE " + sql.match + filters.Where(spec);
  const bool needs_document = where != " WHERE " + sql.match || spec.by_date;

  CoiSearchPage page;
  if (spec.facets) {
    // One pass over the matches gives the three facets.
    VB_ASSIGN_OR_RETURN(
        auto groups,
        txn.Query("SELECT d.country, d.publisher, SUBSTR(d.published_date, 1, 4), COUNT(*) FROM " +
                      sql.joined + where + " GROUP BY 1, 2, 3",
                  params));
    FoldFacets(groups, page);
    if (page.total == 0) return page;
  }

  // The total: a COUNT over the match alone walks the index without scoring, which is much
  // cheaper than counting the scored rows (a window over them would keep them all).
  if (!spec.facets) {
    VB_ASSIGN_OR_RETURN(auto count,
                        txn.Query("SELECT COUNT(*) FROM " +
                                      (needs_document ? sql.joined : sql.alone) + where,
                                  params));
    page.total = count.empty() ? 0 : count[0].Int(0);
  }
  if (page.total == 0 || spec.offset >= page.total) return page;

  // The page in two layers: the matches with their score, best (or newest) first, ties by the
  // index's row id (cheap to read), joined to the document only when a filter or the date sort
  // needs it; then, for the page's rows only, the passage, its document and the snippet.
  const std::string order = spec.by_date ? "pdate DESC, score DESC, rid" : "score DESC, rid";
  const std::string limit = filters.Param(spec.limit);
  const std::string offset = filters.Param(spec.offset);
  const std::string top = "SELECT " + sql.rid + " AS rid, " + sql.score + " AS score, " +
                          (spec.by_date ? "d.published_date" : "''") + " AS pdate FROM " +
                          (needs_document ? sql.joined : sql.alone) + where + " ORDER BY " +
                          order + " LIMIT " + limit + " OFFSET " + offset;
  VB_ASSIGN_OR_RETURN(
      auto rows,
      txn.Query("SELECT d.id, p.id, d.title, d.publisher, d.published_date, d.country, p.heading, "
                "top.score, " +
                    sql.snippet + ", top.rid FROM (" + top + ") top " + sql.page_join +
                    " JOIN coi_documents d ON d.id = p.document_id ORDER BY " +
                    (spec.by_date ? "top.pdate DESC, top.score DESC, top.rid"
                                  : "top.score DESC, top.rid"),
                params));
  std::map<std::string, std::string> snippets;
  if (dialect == Dialect::kSqlite) {
    std::vector<std::string> rowids;
    for (const auto& r : rows) rowids.push_back(r.Text(9));
    VB_ASSIGN_OR_RETURN(snippets, SnippetsByRowid(txn, spec.match, rowids));
  }
  for (const auto& r : rows) {
    std::string snippet = dialect == Dialect::kSqlite ? snippets[r.Text(9)] : r.Text(8);
    page.hits.push_back({r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4), r.Text(5),
                         r.Text(6), std::strtod(r.Text(7).c_str(), nullptr), std::move(snippet)});
  }
  return page;
}

}  // namespace verbatim::store
