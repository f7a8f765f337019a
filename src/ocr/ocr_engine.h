#pragma once
// Tesseract on scanned pages: the stock Thai model for text, our numerals model for numbers.

#include <memory>
#include <string>

#include "core/document.h"
#include "core/result.h"

namespace tesseract {
class TessBaseAPI;
}

namespace itapipe {

struct OcrOptions {
  std::string text_languages = "tha+eng";  // Tesseract's stock models (Latin for codes, grades)
  std::string text_datapath;               // "" = Tesseract's default tessdata
  std::string number_language = "thnum";   // reads all ten Thai digits; stock tha has five;
                                           // "" = no second pass
  std::string number_datapath;             // the folder holding thnum.traineddata
  double number_pad_points = 1.5;          // see NumberArea
  double number_reach_points = 6;
  double sure_number_confidence = 0.85;  // a less sure numerals reading is tried in tighter areas
  int min_cell_points = 6;
  double max_single_line_points = 34;  // ruled cells lower than this hold one line of text
  double min_line_height_share = 0.7;  // of the line it touches; lower lines are marks
};

// One engine per worker thread: Init is the costly call, so each engine is made once and
// reads many pages. Not thread-safe.
class OcrEngine {
 public:
  // Loads both models; the error says which model could not be loaded from where.
  static Result<std::unique_ptr<OcrEngine>> Create(const OcrOptions& options);
  ~OcrEngine();

  // Reads every page of doc that has an image: replaces its words with the OCR words (boxes
  // in points, confidences 0-1), sets source to kOcr and frees the image.
  void ReadDocument(Document& doc);

 private:
  explicit OcrEngine(const OcrOptions& options);
  void ReadPage(Page& page);

  OcrOptions options_;
  std::unique_ptr<tesseract::TessBaseAPI> text_;
  std::unique_ptr<tesseract::TessBaseAPI> numbers_;
};

}  // namespace itapipe
