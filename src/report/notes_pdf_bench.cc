// The time to render the notes of a long interview (600 entries, mixed English, Arabic and
// Persian) to PDF: what a user waits for after "Download the notes".
#include <benchmark/benchmark.h>

#include <cstdlib>

#include "report/interview_notes_pdf.h"
#include "report/sample_interview.h"

namespace {

void BM_RenderInterviewNotesPdf(benchmark::State& state) {
  const verbatim::interview::InterviewRecord record =
      verbatim::report::sample::SampleInterview(static_cast<int>(state.range(0)));
  std::size_t bytes = 0;
  for (auto _ : state) {
    auto pdf = verbatim::report::RenderInterviewNotesPdf(record);
    if (!pdf.ok()) std::abort();
    bytes = pdf->size();
    benchmark::DoNotOptimize(pdf->data());
  }
  state.counters["entries"] = static_cast<double>(record.entries.size());
  state.counters["pdf_kB"] = static_cast<double>(bytes) / 1024;
}
BENCHMARK(BM_RenderInterviewNotesPdf)->Arg(60)->Arg(600)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
