// Union-find over MatchTable rows with the email guard: the one place where rows become signers.
import { HOUSEHOLD, HOUSEHOLD_RULE, KEPT_RULE, type DedupeOutcome } from './dedupe-outcome.js';
import type { MatchTable } from './match-table.js';
import { counted } from '../text/counted.js';

const NO_IDENTITY = -1;

/**
 * Every cluster's root is its earliest row (MatchTable.earlier), which is the row it keeps.
 *
 * One Int32Array holds the whole forest: a row's parent when ≥ 0; a root holds its cluster's email identity
 * encoded as a negative number, so no second array of n entries is needed:
 *   -1           no valid email in the cluster
 *   -2 - c       the email of row c
 *   -2 - n - c   the email of row c, as the second person of a household on that email
 * Two clusters whose identities differ are never joined: that is what stops A(email a) –name– C(no email)
 * –name– B(email b) from making A and B one signer.
 */
export class SignerForest {
  readonly size: number;
  private readonly parent: Int32Array;
  private readonly ruleId: Uint8Array;
  private readonly ruleNames: string[] = ['', HOUSEHOLD];
  private readonly ruleIndex = new Map<string, number>([['', KEPT_RULE], [HOUSEHOLD, HOUSEHOLD_RULE]]);
  private finished = false;

  constructor(private readonly table: MatchTable, base?: DedupeOutcome) {
    const n = table.size;
    this.size = n;
    this.parent = new Int32Array(n);
    this.ruleId = new Uint8Array(n);
    if (base) this.loadBase(base);
    else for (let i = 0; i < n; i++) this.parent[i] = table.hasEmail(i) ? -2 - i : NO_IDENTITY;
  }

  /** The id of a rule name (at most 254 distinct rules). */
  ruleCode(name: string): number {
    let code = this.ruleIndex.get(name);
    if (code === undefined) {
      code = this.ruleNames.length;
      if (code > 255) throw new RangeError('more than 254 match rules');
      this.ruleNames.push(name);
      this.ruleIndex.set(name, code);
    }
    return code;
  }

  find(row: number): number {
    const parent = this.parent;
    let i = row;
    for (;;) {
      const p = parent[i];
      if (p < 0) return i;
      const gp = parent[p];
      if (gp < 0) return p;
      parent[i] = gp; // path halving
      i = gp;
    }
  }

  /**
   * Joins the signers of rows a and b, recording `ruleCode` on the row that stops being kept.
   * Returns true when a and b are one signer afterwards, false when the email guard refused.
   * `acrossEmails`: the link's matcher weighed the two emails itself (a fuzzy score, a person's decision), so
   * different emails do not refuse it; two people of one household on one email still never become one.
   */
  union(a: number, b: number, ruleCode: number, acrossEmails = false): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return true;
    const parent = this.parent;
    if (!(acrossEmails ? this.notOneHousehold(parent[ra], parent[rb]) : this.compatible(parent[ra], parent[rb]))) return false;
    if (this.table.earlier(rb, ra)) {
      const swap = ra;
      ra = rb;
      rb = swap;
    }
    if (parent[ra] === NO_IDENTITY) parent[ra] = parent[rb];
    parent[rb] = ra;
    // The household marker belongs to whichever row the household's signer keeps.
    if (this.ruleId[rb] === HOUSEHOLD_RULE) this.ruleId[ra] = HOUSEHOLD_RULE;
    this.ruleId[rb] = ruleCode;
    return true;
  }

  /** Makes a lone row with an email the second person of a household on that email: kept, marked 'household'. */
  markHousehold(row: number): void {
    const root = this.find(row);
    const identity = this.parent[root];
    if (root !== row || identity === NO_IDENTITY || identity < -1 - this.size) return;
    this.parent[root] = identity - this.size;
    this.ruleId[root] = HOUSEHOLD_RULE;
  }

  /** Puts a lone row with the same email into the household signer of `householdRow`. */
  joinHousehold(householdRow: number, row: number, ruleCode: number): boolean {
    const root = this.find(row);
    if (root === row && this.parent[root] !== NO_IDENTITY) this.parent[root] = this.parent[this.find(householdRow)];
    return this.union(householdRow, row, ruleCode);
  }

  /** False only for the first signer and the second person of a household on one email. */
  private notOneHousehold(ia: number, ib: number): boolean {
    if (ia === NO_IDENTITY || ib === NO_IDENTITY) return true;
    const n = this.size;
    const householdA = ia < -1 - n;
    const householdB = ib < -1 - n;
    if (householdA === householdB) return true;
    const ca = householdA ? -2 - n - ia : -2 - ia;
    const cb = householdB ? -2 - n - ib : -2 - ib;
    return !this.table.sameEmail(ca, cb);
  }

  private compatible(ia: number, ib: number): boolean {
    if (ia === NO_IDENTITY || ib === NO_IDENTITY) return true;
    const n = this.size;
    const householdA = ia < -1 - n;
    const householdB = ib < -1 - n;
    if (householdA !== householdB) return false;
    const ca = householdA ? -2 - n - ia : -2 - ia;
    const cb = householdB ? -2 - n - ib : -2 - ib;
    return this.table.sameEmail(ca, cb);
  }

  private loadBase(base: DedupeOutcome): void {
    const n = this.size;
    const parent = this.parent;
    if (base.cluster.length !== n) throw new RangeError(`base outcome has ${counted(base.cluster.length, 'row')}, the table ${n}`);
    const keptRow = new Int32Array(base.signers);
    for (let i = 0; i < n; i++) if (base.kept[i] === 1) keptRow[base.cluster[i]] = i;
    const codes = base.ruleNames.map((name) => this.ruleCode(name));
    for (let i = 0; i < n; i++) {
      this.ruleId[i] = codes[base.ruleId[i]];
      parent[i] = base.kept[i] === 1 ? NO_IDENTITY : keptRow[base.cluster[i]];
    }
    for (let i = 0; i < n; i++) {
      if (!this.table.hasEmail(i)) continue;
      const root = parent[i] < 0 ? i : parent[i];
      if (parent[root] === NO_IDENTITY) parent[root] = this.ruleId[root] === HOUSEHOLD_RULE ? -2 - n - i : -2 - i;
    }
  }

  /** The outcome; the forest's arrays become the outcome's, so the forest cannot be used afterwards. */
  finish(): DedupeOutcome {
    if (this.finished) throw new Error('SignerForest.finish called twice');
    this.finished = true;
    const n = this.size;
    const parent = this.parent;
    const kept = new Uint8Array(n);
    for (let i = 0; i < n; i++) if (parent[i] < 0) kept[i] = 1;
    // Non-kept rows point straight at their root; then roots hold -1 - signer number, numbered by row index.
    for (let i = 0; i < n; i++) if (kept[i] === 0) parent[i] = this.find(i);
    let signers = 0;
    for (let i = 0; i < n; i++) if (kept[i] === 1) parent[i] = -1 - signers++;
    for (let i = 0; i < n; i++) if (kept[i] === 0) parent[i] = -1 - parent[parent[i]];
    for (let i = 0; i < n; i++) if (kept[i] === 1) parent[i] = -1 - parent[i];
    const counts = new Float64Array(this.ruleNames.length);
    for (let i = 0; i < n; i++) if (kept[i] === 0) counts[this.ruleId[i]]++;
    const byRule: Record<string, number> = {};
    for (let code = 0; code < counts.length; code++) if (counts[code] > 0) byRule[this.ruleNames[code]] = counts[code];
    return { cluster: parent, kept, ruleId: this.ruleId, ruleNames: this.ruleNames, signers, byRule };
  }
}
