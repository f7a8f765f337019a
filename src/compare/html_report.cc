#include "compare/html_report.h"

#include <fstream>
#include <system_error>

#include "compare/html_sinks.h"

namespace itapipe {
namespace {

constexpr const char* kHead = R"html(<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ITA: เปรียบเทียบหน่วยงาน</title>
<style>
body { font-family: "TH Sarabun New", "Sarabun", "Noto Sans Thai", "Tahoma", "Leelawadee UI",
  "Loma", "Garuda", "Norasi", sans-serif; margin: 1.5em; color: #1d2430; background: #fff; }
h1 { font-size: 1.6em; margin: 0 0 .3em; } h2 { margin-top: 1.6em; border-bottom: 2px solid #1f4e9c; }
h3 { font-size: 1.05em; margin: .2em 0; }
table.data { border-collapse: collapse; font-size: .9em; margin: .4em 0; }
table.data th, table.data td { border: 1px solid #cfd6e0; padding: 2px 6px; white-space: nowrap; }
table.data th { background: #e8eef7; cursor: pointer; position: sticky; top: 0; }
table.data td.n { text-align: right; font-variant-numeric: tabular-nums; }
input.filter { margin: .3em 0; padding: 3px; width: 24em; font: inherit; }
.scroll { max-height: 28em; overflow: auto; display: inline-block; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; }
.card { border: 1px solid #cfd6e0; border-radius: 6px; padding: 6px 8px; }
.card > div.tick { max-width: 360px; }
.grid { stroke: #e3e7ee; } .tick { font-size: 10px; fill: #556; }
.method { stroke: #999; stroke-dasharray: 4 3; }
.legend span { display: inline-block; margin-right: 1em; }
.legend i { display: inline-block; width: 1.4em; height: .3em; vertical-align: middle; margin-right: .3em; }
</style></head><body>
<h1>ITA: เปรียบเทียบหน่วยงานและปีงบประมาณ</h1>
)html";

constexpr const char* kScript = R"html(<script>
function cellValue(row, i) {
  const t = row.cells[i].textContent.trim();
  const n = parseFloat(t);
  return t !== '' && !isNaN(n) && /^-?[0-9.]+$/.test(t) ? n : t;
}
document.querySelectorAll('table.data').forEach(function (table) {
  table.querySelectorAll('th').forEach(function (th, i) {
    th.addEventListener('click', function () {
      const body = table.tBodies[0];
      const up = th.dataset.dir !== 'up';
      th.dataset.dir = up ? 'up' : 'down';
      const rows = Array.from(body.rows);
      rows.sort(function (a, b) {
        const x = cellValue(a, i), y = cellValue(b, i);
        const c = typeof x === 'number' && typeof y === 'number' ? x - y
          : String(x).localeCompare(String(y), 'th');
        return up ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
document.querySelectorAll('input.filter').forEach(function (input) {
  input.addEventListener('input', function () {
    const words = input.value.trim().toLowerCase();
    document.querySelectorAll(input.dataset.target).forEach(function (el) {
      el.style.display = el.textContent.toLowerCase().includes(words) ? '' : 'none';
    });
  });
});
</script>
)html";

Status Section(const CompareSource& source, const CompareScope& scope, const char* table,
               TableSink& sink) {
  return source.Stream(table, scope, sink);
}

// The latest fiscal year within scope, for the ranking shown.
Result<CompareScope> LatestYearScope(const CompareSource& source, const CompareScope& scope) {
  LatestYearSink latest;
  if (Status s = source.Stream("trends", scope, latest); !s) return s.error();
  CompareScope last = scope;
  if (latest.year() > 0) last.first_year = last.last_year = latest.year();
  return last;
}

Status WriteBody(const CompareSource& source, const CompareScope& scope, std::ostream& out) {
  out << kHead;
  ProvinceDistributionSink distribution(out);
  if (Status s = Section(source, scope, "distribution", distribution); !s) return s;
  out << "<h2>จังหวัด (provinces)</h2>\n";
  HtmlTableSink provinces(out, "provinces");
  if (Status s = Section(source, scope, "provinces", provinces); !s) return s;
  auto latest = LatestYearScope(source, scope);
  if (!latest) return latest.error();
  out << "<h2>อันดับ (ranking) " << latest->last_year.value_or(0) << "</h2>\n";
  HtmlTableSink ranking(out, "ranking");
  if (Status s = Section(source, *latest, "ranking", ranking); !s) return s;
  AgencyTrendSink trends(out);
  if (Status s = Section(source, scope, "trends", trends); !s) return s;
  out << kScript << "</body></html>\n";
  return Status::Ok();
}

}  // namespace

Status WriteHtmlReport(const CompareSource& source, const CompareScope& scope,
                       const std::filesystem::path& path) {
  std::filesystem::path temp = path;
  temp += ".tmp";
  std::ofstream out(temp, std::ios::binary | std::ios::trunc);
  if (!out) return MakeError(ErrorCode::kIo, temp.string() + ": cannot create");
  Status s = WriteBody(source, scope, out);
  out.close();
  if (s && !out) s = MakeError(ErrorCode::kIo, temp.string() + ": write failed (disk full?)");
  std::error_code ec;
  if (s) std::filesystem::rename(temp, path, ec);
  if (s && ec) s = MakeError(ErrorCode::kIo, path.string() + ": cannot replace: " + ec.message());
  if (!s) std::filesystem::remove(temp, ec);
  return s;
}

}  // namespace itapipe
