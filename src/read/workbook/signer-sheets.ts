// Which sheets of a workbook are read as signers when no --sheet is given. A rally workbook holds more than the typed-up
// signatures: the volunteers who typed them (names and phones), a tally of signatures per name. Those have a name
// column too, but counting them would add people who never signed and print volunteers' names in the packet.

/** A sheet whose header maps a signer's name; `signerColumns` when it also has a column only a signer list has. */
export interface SheetCandidate {
  name: string;
  signerColumns: boolean;
}

export interface SheetChoice {
  /** Sheets read as signers, in tab order. */
  read: string[];
  /** Sheets with a name column passed over: they are not signer lists (a notice names them). */
  skipped: string[];
  /** Read, but nothing says they hold signers (several sheets of names only): the user is warned. */
  unsure: string[];
}

/** Tab names of what is not a list of signers: volunteers, staff, a tally or summary, instructions. */
const NOT_SIGNERS = /자원\s*봉사|봉사자|스태프|담당자|요약|합계|집계|통계|안내|\b(?:volunteers?|staff|helpers?|organi[sz]ers?|tall(?:y|ies)|summary|totals?|counts?|instructions?|voluntari[oa]s?|resumen|recuento|totales)\b/i;

export function notSignerSheetName(name: string): boolean {
  return NOT_SIGNERS.test(name.normalize('NFKC'));
}

/**
 * One candidate is read as before. Among several, those with a signer column (a date, an email, a place, a sheet and
 * line…) whose tab is not named as volunteers or a tally are read and the others passed over. When none has such a
 * column, a single sheet not named otherwise is read; several are read but are unsure (the user is told to pick).
 */
export function chooseSignerSheets(candidates: readonly SheetCandidate[]): SheetChoice {
  if (candidates.length <= 1) return { read: candidates.map((c) => c.name), skipped: [], unsure: [] };
  const plausible = candidates.filter((c) => !notSignerSheetName(c.name));
  const signers = plausible.filter((c) => c.signerColumns);
  const chosen = signers.length > 0 ? signers : plausible;
  const read = new Set(chosen.map((c) => c.name));
  return {
    read: [...read],
    skipped: candidates.filter((c) => !read.has(c.name)).map((c) => c.name),
    unsure: signers.length === 0 && plausible.length > 1 ? [...read] : [],
  };
}
