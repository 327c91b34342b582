// What the summary calls each source: an official reads platforms and paper sheets, never file paths.
import type { Campaign } from '../../campaign/campaign-schema.js';
import { KNOWN_FORMATS } from '../../formats/known-formats.js';
import type { ScannedSource } from '../../pipeline/scan-sources.js';
import { transcriptionColumns } from '../../sheets/transcription.js';
import { summaryLabels } from './summary-labels.js';

/**
 * By source name (the path, or `path#Sheet` for a sheet of a workbook: what the counts by source are keyed by): the campaign's label (in the page language when given per language), else its platform, else
 * "Paper sheets" for sheets typed up from the tool's own printed sheets (their sheet ID and line columns). Sources
 * named none of these are left out: the summary groups them as "Other lists".
 */
export function sourceNames(campaignSources: Campaign['sources'], scanned: readonly Pick<ScannedSource, 'name' | 'spec' | 'mapping' | 'info'>[], language: string): Record<string, string> {
  const names: Record<string, string> = {};
  for (const source of scanned) {
    const label = campaignSources.find((s) => s.pathAsWritten === source.spec.path)?.label;
    const named = typeof label === 'string' ? label
      : label ? label[language] ?? Object.values(label)[0]
        : KNOWN_FORMATS.find((f) => f.name === source.mapping.format)?.platform ?? (isPaperTranscription(source) ? summaryLabels(language).paperSheets : undefined);
    if (named) names[source.name] = named;
  }
  return names;
}

function isPaperTranscription(source: Pick<ScannedSource, 'spec' | 'info'>): boolean {
  try {
    return transcriptionColumns(source.info.header, source.spec.paper) !== null;
  } catch {
    return false; // columns named by hand that the file lacks were refused while reading
  }
}
