import type { Report } from '../report/report.js';
import { jsonText, writeJson, type ChunkSink } from './json-chunks.js';

/** The JSON report, written in chunks (a big doc set's report is tens of megabytes). */
export function writeReportJson(report: Report, sink: ChunkSink): void {
  writeJson(report, sink);
}

export function formatJson(report: Report): string {
  return jsonText(report);
}
