#include "extract/measure_tables.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

namespace itapipe {
namespace {

struct CellSpec {
  int row = 0, col = 0, row_span = 1, col_span = 1;
  std::string text;  // '\n' starts a new printed line in the cell
};

// Words of text laid out from (x, y): lines 12 pt apart, words 8 pt wide, 2 pt apart.
void AddText(Page& page, double x, double y, const std::string& text) {
  std::istringstream lines(text);
  std::string line;
  for (int n = 0; std::getline(lines, line); ++n) {
    std::istringstream words(line);
    std::string word;
    for (double left = x; words >> word; left += 10) {
      page.words.push_back(Word{word, Box{left, y + 12 * n, left + 8, y + 12 * n + 10}});
    }
  }
}

// A ruled table on grid xs x ys: lines drawn everywhere except inside merged cells.
void AddTable(Page& page, const std::vector<double>& xs, const std::vector<double>& ys,
              const std::vector<CellSpec>& cells) {
  int rows = ys.size() - 1, cols = xs.size() - 1;
  std::vector<int> owner(rows * cols, -1);
  for (size_t i = 0; i < cells.size(); ++i) {
    const CellSpec& c = cells[i];
    for (int r = c.row; r < c.row + c.row_span; ++r) {
      for (int k = c.col; k < c.col + c.col_span; ++k) owner[r * cols + k] = i;
    }
    AddText(page, xs[c.col] + 2, ys[c.row] + 2, c.text);
  }
  auto at = [&](int r, int c) { return owner[r * cols + c]; };
  for (int r = 0; r <= rows; ++r) {
    for (int c = 0; c < cols; ++c) {
      if (r == 0 || r == rows || at(r - 1, c) != at(r, c) || at(r, c) < 0) {
        page.rulings.push_back(Ruling{Box{xs[c], ys[r] - 0.5, xs[c + 1], ys[r] + 0.5}, true});
      }
    }
  }
  for (int c = 0; c <= cols; ++c) {
    for (int r = 0; r < rows; ++r) {
      if (c == 0 || c == cols || at(r, c - 1) != at(r, c) || at(r, c) < 0) {
        page.rulings.push_back(Ruling{Box{xs[c] - 0.5, ys[r], xs[c] + 0.5, ys[r + 1]}, false});
      }
    }
  }
}

const char* StatusName(MeasureStatus s) {
  switch (s) {
    case MeasureStatus::kDone:
      return "done";
    case MeasureStatus::kInProgress:
      return "in_progress";
    case MeasureStatus::kNotDone:
      return "not_done";
    default:
      return "unknown";
  }
}

std::string Summary(const std::vector<Measure>& measures) {
  std::string out;
  for (const Measure& m : measures) {
    out += m.tool + "|" + m.issue + "|" + m.approach + "|" + m.measure + "|" + m.owner + "|" +
           m.period + "|" + StatusName(m.status) + "|" + m.result + "|" + std::to_string(m.page) +
           "\n";
  }
  return out;
}

MeasureTableRules Rules() {
  Result<MeasureTableRules> rules =
      MeasureTableRules::Load(std::string(ITAPIPE_MODELS_DIR) + "/rules/measure_tables.tsv");
  REQUIRE(rules.has_value());
  return *rules;
}

const std::vector<double> kPlanXs = {50, 150, 250, 350, 430, 500, 570};
// Plan table: issue | approach | measure | owner | การกำกับติดตาม (ดำเนินการแล้ว | ยังไม่...).
std::vector<CellSpec> PlanHeader() {
  return {{0, 0, 2, 1, "ประเด็นที่เป็น ข้อบกพร่อง/จุดอ่อน\nจากการประเมิน"},
          {0, 1, 2, 1, "แนวทางการนำผลการ\nวิเคราะห์ไปสู่การปฏิบัติ"},
          {0, 2, 2, 1, "มาตรการ"},
          {0, 3, 2, 1, "ผู้รับผิดชอบ"},
          {0, 4, 1, 2, "การกำกับติดตาม รายงาน\nความก้าวหน้า"},
          {1, 4, 1, 1, "ดำเนินการแล้ว"},
          {1, 5, 1, 1, "ยังไม่\nดำเนินการ"}};
}

}  // namespace

TEST_CASE("ExtractMeasures reads plan tables with check marks and merged cells") {
  Document doc;
  Page page;
  page.number = 6;
  AddText(page, 50, 20, "ตารางผลการประเมินแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)");
  std::vector<CellSpec> cells = PlanHeader();
  cells.insert(cells.end(), {{2, 0, 1, 1, "การมอบหมายงาน\nอย่างเป็น\nธรรม"},
                             {2, 1, 1, 1, "- จัดทำคำสั่ง"},
                             {2, 2, 3, 1, "- มาตรการส่งเสริม\nคุณธรรม"},
                             {2, 3, 1, 1, "สำนักปลัด"},
                             {2, 4, 1, 1, "✓"},
                             {3, 0, 1, 1, "การประเมินผล"},
                             {3, 3, 1, 1, "ทุกส่วน\nราชการ"},
                             {3, 5, 1, 1, "√"},
                             {4, 0, 1, 1, "การคัดเลือก"},
                             {4, 4, 1, 1, "V"}});
  AddTable(page, kPlanXs, {50, 80, 100, 140, 170, 200}, cells);
  doc.pages.push_back(page);
  CHECK(Summary(ExtractMeasures(doc, Rules())) ==
        "IIT|การมอบหมายงานอย่างเป็นธรรม|- จัดทำคำสั่ง|- มาตรการส่งเสริมคุณธรรม|สำนักปลัด||done||6\n"
        "IIT|การประเมินผล||- มาตรการส่งเสริมคุณธรรม|ทุกส่วนราชการ||not_done||6\n"
        "IIT|การคัดเลือก||- มาตรการส่งเสริมคุณธรรม|||done||6\n");
}

const std::vector<double> kProgressXs = {20, 100, 180, 240, 300, 360, 420, 480, 530, 580};
// Progress table: issue | approach | owner | period | ผลการดำเนินการ (3 sub-columns) | ข้อเสนอแนะ
// | หมายเหตุ.
std::vector<CellSpec> ProgressHeader() {
  return {{0, 0, 2, 1, "ประเด็นที่เป็น ข้อบกพร่อง/\nจุดอ่อน"},
          {0, 1, 2, 1, "แนวทางการนำผล"},
          {0, 2, 2, 1, "ผู้รับผิดชอบ"},
          {0, 3, 2, 1, "ระยะเวลา\nดำเนินการ"},
          {0, 4, 1, 3, "ผลการดำเนินการ"},
          {1, 4, 1, 1, "อยู่ระหว่าง\nดำเนินการ"},
          {1, 5, 1, 1, "ดำเนินการแล้ว"},
          {1, 6, 1, 1, "ยังไม่\nดำเนินการ"},
          {0, 7, 2, 1, "ข้อเสนอแนะ"},
          {0, 8, 2, 1, "หมายเหตุ"}};
}

TEST_CASE("ExtractMeasures reads progress tables with text statuses across pages") {
  Document doc;
  Page first;
  first.number = 7;
  AddText(first, 20, 10, "ตารางผลการประเมินแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)");
  AddText(first, 20, 25, "เพื่อปรับปรุงและพัฒนาในปีงบประมาณ พ.ศ. 2566");
  std::vector<CellSpec> cells = ProgressHeader();
  cells.insert(cells.end(), {{2, 0, 1, 1, "ประเด็นหนึ่ง"},
                             {2, 2, 1, 1, "สำนักปลัด"},
                             {2, 3, 1, 1, "ต.ค. 2565\nมี.ค. 2566"},
                             {2, 4, 1, 1, "-"},
                             {2, 5, 1, 1, "ดำเนินการแล้ว - คำสั่ง\nเทศบาล"},
                             {2, 6, 1, 1, "-"},
                             {2, 7, 1, 1, "- ควร\nปรับปรุง"},
                             {3, 0, 1, 1, "<p>ประเด็นสอง</p>"},
                             {3, 4, 1, 1, "✔"},
                             {4, 0, 1, 1, "ประเด็นสาม"},
                             {4, 4, 1, 1, "-"},
                             {4, 5, 1, 1, "-"},
                             {4, 6, 1, 1, "-"}});
  AddTable(first, kProgressXs, {50, 80, 100, 140, 170, 200}, cells);
  Page second;
  second.number = 8;
  AddText(second, 20, 10, "- 8 -");
  std::vector<CellSpec> shifted = {{0, 0, 2, 1, "ประเด็นที่เป็น ข้อบกพร่อง/ จุดอ่อน"},
                                   {0, 1, 2, 1, "แนวทางการนำผล"},
                                   {0, 2, 2, 1, "ผู้รับผิดชอบ"},
                                   {0, 3, 2, 1, "ระยะเวลา ดำเนินการ"},
                                   {0, 4, 1, 2, "ผลการดำเนินการ"},
                                   {1, 4, 1, 1, "อยู่ระหว่าง ดำเนินการ"},
                                   {1, 5, 1, 1, "ยังไม่ ดำเนินการ"},
                                   {0, 6, 2, 1, "ข้อเสนอแนะ"},
                                   {0, 7, 2, 1, "หมายเหตุ"},
                                   {2, 0, 1, 1, "ประเด็นสี่"},
                                   {2, 4, 1, 1, "-"},
                                   {2, 5, 1, 1, "- ยังไม่มี\nงบประมาณ"}};
  AddTable(second, {20, 100, 180, 240, 300, 360, 420, 480, 530}, {50, 80, 100, 140}, shifted);
  doc.pages = {first, second};
  CHECK(Summary(ExtractMeasures(doc, Rules())) ==
        "EIT|ประเด็นหนึ่ง|||สำนักปลัด|ต.ค. 2565 มี.ค. 2566|done|ดำเนินการแล้ว - คำสั่งเทศบาล|7\n"
        "EIT|ประเด็นสอง|||||in_progress||7\n"
        "EIT|ประเด็นสาม|||||unknown||7\n"
        "EIT|ประเด็นสี่|||||not_done|- ยังไม่มีงบประมาณ|8\n");
}

TEST_CASE("ExtractMeasures takes the tool from codes before titles, and status from result text") {
  struct {
    const char* name;
    const char* title;   // line above the table
    const char* result;  // text of a status column without sub-columns
    const char* want;
  } cases[] = {
      {"code beats a wrong title", "แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายนอก (OIT)", "อยู่ระหว่าง ดำเนินการ จัดซื้อ",
       "OIT|in_progress|อยู่ระหว่าง ดำเนินการ จัดซื้อ"},
      {"title alone", "แบบตรวจการเปิดเผยข้อมูลสาธารณะ", "ดำเนินการแล้ว", "OIT|done|ดำเนินการแล้ว"},
      {"no tool, unknown status", "ตารางที่ 5", "ประชุมแล้ว", "|unknown|ประชุมแล้ว"},
      {"a blank result", "๒. ด้าน EIT พบว่า", "-", "EIT|unknown|"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    Document doc;
    Page page;
    page.number = 2;
    AddText(page, 20, 20, c.title);
    AddTable(page, {20, 120, 220, 320, 420, 520}, {50, 80, 110, 140},
             {{0, 0, 1, 1, "ประเด็น"},
              {0, 1, 1, 1, "มาตรการ"},
              {0, 2, 1, 1, "ผู้รับผิดชอบ"},
              {0, 3, 1, 1, "ผลการดำเนินการ"},
              {0, 4, 1, 1, "หมายเหตุ"},
              {1, 0, 1, 1, "ก"},
              {1, 3, 1, 1, c.result},
              {2, 0, 1, 5, "ด้าน OIT"}});
    doc.pages.push_back(page);
    std::vector<Measure> measures = ExtractMeasures(doc, Rules());
    REQUIRE(measures.size() == 1);
    const Measure& m = measures[0];
    CHECK(m.tool + "|" + StatusName(m.status) + "|" + m.result == std::string(c.want));
    CHECK(m.issue == "ก");
  }
}

TEST_CASE("ExtractMeasures joins a row cut by a page break") {
  struct {
    const char* name;
    double first_bottom;  // bottom of the table on the first page (page height 842)
    bool repeat_header;   // the second page repeats the header
    const char* want;
  } cases[] = {
      {"headerless tail", 800, false,
       "OIT|การจัดทำแผนปฏิบัติการ|- จัดทำแผนฯ รอบ 6 เดือน|||ต.ค. 2565|done|- ดำเนินการจัดส่งแล้ว|1\n"
       "OIT|ประเด็นใหม่||||ก.ย. 2565|unknown||2\n"},
      {"tail under a repeated header", 800, true,
       "OIT|การจัดทำแผนปฏิบัติการ|- จัดทำแผนฯ รอบ 6 เดือน|||ต.ค. 2565|done|- ดำเนินการจัดส่งแล้ว|1\n"
       "OIT|ประเด็นใหม่||||ก.ย. 2565|unknown||2\n"},
      {"table ended mid-page: a new row", 400, false,
       "OIT|การจัดทำแผน|- จัดทำแผนฯ|||ต.ค. 2565|done|- ดำเนินการ|1\n"
       "OIT|ปฏิบัติการ|รอบ 6 เดือน||||done|จัดส่งแล้ว|2\n"
       "OIT|ประเด็นใหม่||||ก.ย. 2565|unknown||2\n"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    Page first, second;
    first.number = 1;
    second.number = 2;
    first.height = second.height = 842;
    AddText(first, 20, 20, "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)");
    std::vector<CellSpec> head = ProgressHeader();
    std::vector<CellSpec> cells = head;
    cells.insert(cells.end(), {{2, 0, 1, 1, "การจัดทำแผน"},
                               {2, 1, 1, 1, "- จัดทำแผนฯ"},
                               {2, 3, 1, 1, "ต.ค. 2565"},
                               {2, 5, 1, 1, "- ดำเนินการ"}});
    AddTable(first, kProgressXs, {50, 80, 100, c.first_bottom}, cells);
    int top = c.repeat_header ? 2 : 0;
    cells = c.repeat_header ? head : std::vector<CellSpec>{};
    cells.insert(cells.end(), {{top, 0, 1, 1, "ปฏิบัติการ"},
                               {top, 1, 1, 1, "รอบ 6 เดือน"},
                               {top, 5, 1, 1, "จัดส่งแล้ว"},
                               {top + 1, 0, 1, 1, "ประเด็นใหม่"},
                               {top + 1, 3, 1, 1, "ก.ย. 2565"}});
    std::vector<double> ys = {30, 60, 90};
    if (c.repeat_header) ys = {30, 60, 80, 110, 140};
    AddTable(second, kProgressXs, ys, cells);
    Document doc;
    doc.pages = {first, second};
    CHECK(Summary(ExtractMeasures(doc, Rules())) == std::string(c.want));
  }
}

TEST_CASE("ExtractMeasures ignores tables that are not measure tables") {
  Document doc;
  Page page;
  page.number = 1;
  AddTable(page, {20, 200, 300, 500}, {50, 80, 110},
           {{0, 0, 1, 2, "ตัวชี้วัดของการประเมิน ITA"},
            {0, 2, 1, 1, "ประเด็นที่ต้องแก้ไข"},
            {1, 0, 1, 1, "1. การปฏิบัติหน้าที่"},
            {1, 1, 1, 1, "98.21 คะแนน"}});
  doc.pages.push_back(page);
  CHECK(ExtractMeasures(doc, Rules()).empty());
  CHECK(ExtractMeasures(Document{}, Rules()).empty());
}

}  // namespace itapipe

namespace itapipe {
namespace {

// A plan table at the foot of page 1 (its last row from y 700 to `last_bottom`) and its
// continuation at the top of page 2, without a header.
std::string TwoPages(const std::vector<CellSpec>& foot, double last_bottom,
                     const std::vector<CellSpec>& top) {
  Page first, second;
  first.number = 1;
  second.number = 2;
  first.height = second.height = 842;
  AddText(first, 50, 520, "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)");
  std::vector<CellSpec> cells = PlanHeader();
  cells.insert(cells.end(), foot.begin(), foot.end());
  AddTable(first, kPlanXs, {560, 590, 620, 700, last_bottom}, cells);
  AddTable(second, kPlanXs, {40, 80, 120}, top);
  Document doc;
  doc.pages = {first, second};
  return Summary(ExtractMeasures(doc, Rules()));
}

}  // namespace

TEST_CASE("ExtractMeasures tells the rest of a cut row from a new row") {
  std::vector<CellSpec> above = {{2, 0, 1, 1, "ประเด็นแรก"},
                                 {2, 1, 1, 1, "- แนวแรก"},
                                 {2, 2, 1, 1, "มาตรการแรก"},
                                 {2, 3, 1, 1, "กองคลัง"},
                                 {2, 4, 1, 1, "✓"}};
  struct {
    const char* name;
    std::vector<CellSpec> foot;  // row 3 of the first table
    double last_bottom;
    std::vector<CellSpec> top;  // rows of the second table
    const char* want;
  } cases[] = {
      {"every cut cell reached the foot, owner cut too",
       {{3, 0, 1, 1, "การปฏิบัติงานตามขั้น"},
        {3, 1, 1, 1, "- จัดทำคู่มือการให้"},
        {3, 3, 1, 1, "กอง"},
        {3, 4, 1, 1, "✓"}},
       718,
       {{0, 0, 1, 1, "ตอนที่กำหนด"}, {0, 1, 1, 1, "บริการ"}, {0, 3, 1, 1, "สาธารณสุข"}},
       "OIT|ประเด็นแรก|- แนวแรก|มาตรการแรก|กองคลัง||done||1\n"
       "OIT|การปฏิบัติงานตามขั้นตอนที่กำหนด|- จัดทำคู่มือการให้บริการ||กองสาธารณสุข||done||1\n"},
      {"a short owner left room: the next row is new, though it has no mark",
       {{3, 0, 1, 1, "ประเด็น\nที่สอง\nยาว\nมาก\nหลาย\nบรรทัด"},
        {3, 1, 1, 1, "- แนวที่สอง"},
        {3, 3, 1, 1, "กองช่าง"},
        {3, 4, 1, 1, "✓"}},
       776,
       {{0, 0, 1, 1, "ประเด็นใหม่"}, {0, 1, 1, 1, "- แนวใหม่"}, {0, 3, 1, 1, "สำนักปลัด"}},
       "OIT|ประเด็นแรก|- แนวแรก|มาตรการแรก|กองคลัง||done||1\n"
       "OIT|ประเด็นที่สองยาวมากหลายบรรทัด|- แนวที่สอง||กองช่าง||done||1\n"
       "OIT|ประเด็นใหม่|- แนวใหม่||สำนักปลัด||unknown||2\n"},
      {"every cell reached the foot, but the next row has its own mark",
       {{3, 0, 1, 1, "ประเด็นสอง"},
        {3, 1, 1, 1, "- แนวสอง"},
        {3, 3, 1, 1, "กองช่าง"},
        {3, 4, 1, 1, "✓"}},
       718,
       {{0, 0, 1, 1, "ประเด็นสาม"},
        {0, 1, 1, 1, "- แนวสาม"},
        {0, 3, 1, 1, "กองคลัง"},
        {0, 5, 1, 1, "✓"}},
       "OIT|ประเด็นแรก|- แนวแรก|มาตรการแรก|กองคลัง||done||1\n"
       "OIT|ประเด็นสอง|- แนวสอง||กองช่าง||done||1\n"
       "OIT|ประเด็นสาม|- แนวสาม||กองคลัง||not_done||2\n"},
      {"a merged measure cell goes on, blank, over the break",
       {{2, 2, 2, 1, "มาตรการร่วม"},
        {3, 0, 1, 1, "ประเด็นสอง"},
        {3, 3, 1, 1, "กองช่าง"},
        {3, 5, 1, 1, "✓"}},
       740,
       {{0, 0, 1, 1, "ประเด็นสาม"},
        {0, 2, 2, 1, ""},
        {0, 3, 1, 1, "กองคลัง"},
        {0, 4, 1, 1, "✓"},
        {1, 0, 1, 1, "ประเด็นสี่"},
        {1, 5, 1, 1, "✓"}},
       "OIT|ประเด็นแรก|- แนวแรก|มาตรการร่วม|กองคลัง||done||1\n"
       "OIT|ประเด็นสอง||มาตรการร่วม|กองช่าง||not_done||1\n"
       "OIT|ประเด็นสาม||มาตรการร่วม|กองคลัง||done||2\n"
       "OIT|ประเด็นสี่||มาตรการร่วม|||not_done||2\n"},
  };
  for (auto& c : cases) {
    CAPTURE(c.name);
    std::vector<CellSpec> foot = above;
    if (std::string(c.name).find("merged") != std::string::npos) foot.erase(foot.begin() + 2);
    foot.insert(foot.end(), c.foot.begin(), c.foot.end());
    CHECK(TwoPages(foot, c.last_bottom, c.top) == std::string(c.want));
  }
}

TEST_CASE("ExtractMeasures stitches a header cut by a page break, not a complete one") {
  struct {
    const char* name;
    std::vector<CellSpec> foot;  // header-only table at the foot of page 1
    std::vector<CellSpec> top;   // table at the top of page 2
    const char* want;
  } cases[] = {
      {"complete header, data on the next page",
       PlanHeader(),
       {{0, 0, 1, 1, "ประเด็นหนึ่ง"},
        {0, 2, 1, 1, "มาตรการส่งเสริม"},
        {0, 4, 1, 1, "✓"},
        {1, 0, 1, 1, "ประเด็นสอง"},
        {1, 5, 1, 1, "✓"}},
       "OIT|ประเด็นหนึ่ง||มาตรการส่งเสริม|||done||2\nOIT|ประเด็นสอง|||||not_done||2\n"},
      {"keyword cut mid-word",
       {{0, 0, 1, 1, "ประเด็นที่เป็นข้อ"},
        {0, 1, 1, 1, "แนวทางการนำผล"},
        {0, 2, 1, 1, "มาตรการ"},
        {0, 3, 1, 1, "ผู้รับผิด"},
        {0, 4, 1, 2, "การกำกับติดตาม"}},
       {{0, 0, 2, 1, "บกพร่อง"},
        {0, 1, 2, 1, "การวิเคราะห์"},
        {0, 2, 2, 1, ""},
        {0, 3, 2, 1, "ชอบ"},
        {0, 4, 1, 2, "รายงานความก้าวหน้า"},
        {1, 4, 1, 1, "ดำเนินการแล้ว"},
        {1, 5, 1, 1, "ยังไม่ดำเนินการ"},
        {2, 0, 1, 1, "ประเด็นหนึ่ง"},
        {2, 3, 1, 1, "กองคลัง"},
        {2, 5, 1, 1, "✓"}},
       "OIT|ประเด็นหนึ่ง|||กองคลัง||not_done||2\n"},
  };
  for (auto& c : cases) {
    CAPTURE(c.name);
    Page first, second;
    first.number = 1;
    second.number = 2;
    first.height = second.height = 842;
    AddText(first, 50, 700, "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)");
    bool two_rows = c.foot.size() > 5;
    AddTable(first, kPlanXs,
             two_rows ? std::vector<double>{740, 770, 800} : std::vector<double>{770, 800}, c.foot);
    int rows = 0;
    for (const CellSpec& cell : c.top) rows = std::max(rows, cell.row + cell.row_span);
    std::vector<double> ys;
    for (int r = 0; r <= rows; ++r) ys.push_back(40 + 30 * r);
    AddTable(second, kPlanXs, ys, c.top);
    Document doc;
    doc.pages = {first, second};
    CHECK(Summary(ExtractMeasures(doc, Rules())) == std::string(c.want));
  }
}

}  // namespace itapipe

namespace itapipe {

TEST_CASE("ExtractMeasures takes the tool of a title left at the foot of the page before") {
  Page first, second;
  first.number = 1;
  second.number = 2;
  first.height = second.height = 842;
  AddText(first, 50, 40, "ตารางผลการประเมินแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)");
  std::vector<CellSpec> cells = PlanHeader();
  cells.push_back({2, 0, 1, 1, "ประเด็นหนึ่ง"});
  AddTable(first, kPlanXs, {60, 90, 120, 200}, cells);
  AddText(first, 50, 780, "ตารางผลการประเมินแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก");
  AddText(first, 50, 795, "(EIT) ประจำปีงบประมาณ พ.ศ. 2567");
  cells = PlanHeader();
  cells.push_back({2, 0, 1, 1, "ประเด็นสอง"});
  AddTable(second, kPlanXs, {40, 70, 100, 180}, cells);
  Document doc;
  doc.pages = {first, second};
  CHECK(Summary(ExtractMeasures(doc, Rules())) ==
        "IIT|ประเด็นหนึ่ง|||||unknown||1\nEIT|ประเด็นสอง|||||unknown||2\n");
}

}  // namespace itapipe
