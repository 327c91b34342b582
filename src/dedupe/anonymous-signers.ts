// Which signers asked not to be named: a signer is anonymous when any one of their rows asked for it, so the most
// private choice wins whichever row is kept and whichever rule (exact or fuzzy) merged the rows. A row whose name
// withholds part of itself ("김○○", "J. S.", "Mrs Smith") beside a row of the same signer with a fuller name makes the
// signer anonymous too: printing the kept row's name would print what the mask withheld whenever that row is older.

/** One bit per accepted row, grown as rows arrive: 1 MB at 8 million rows. */
class RowBits {
  private bits = new Uint8Array(1024);
  any = false;

  set(index: number): void {
    const byte = index >>> 3;
    if (byte >= this.bits.length) {
      const grown = new Uint8Array(Math.max(this.bits.length * 2, byte + 1));
      grown.set(this.bits);
      this.bits = grown;
    }
    this.bits[byte] |= 1 << (index & 7);
    this.any = true;
  }

  /** Sets `value` for the signer of every row whose bit is set. */
  markSigners(cluster: Int32Array, bySigner: Uint8Array, value = 1): void {
    if (!this.any) return;
    const rows = Math.min(cluster.length, this.bits.length * 8);
    for (let i = 0; i < rows; i++) if ((this.bits[i >>> 3] & (1 << (i & 7))) !== 0) bySigner[cluster[i]] |= value;
  }
}

const MASKED = 1;
const FULL = 2;

export class AnonymousRows {
  private readonly asked = new RowBits();
  private readonly masked = new RowBits();
  private readonly full = new RowBits();

  /** `masked`: the row's name withholds part of itself (Signature.maskedName). */
  add(index: number, anonymous: boolean, masked = false): void {
    if (anonymous) this.asked.set(index);
    else if (masked) this.masked.set(index);
    else this.full.set(index);
  }

  /** Per signer (cluster): 1 when any row of that signer asked for anonymity, or one masked its name and another did not. */
  bySigner(cluster: Int32Array, signers: number): Uint8Array {
    const anonymous = new Uint8Array(signers);
    this.asked.markSigners(cluster, anonymous);
    if (!this.masked.any) return anonymous;
    const names = new Uint8Array(signers);
    this.masked.markSigners(cluster, names, MASKED);
    this.full.markSigners(cluster, names, FULL);
    for (let signer = 0; signer < signers; signer++) if (names[signer] === (MASKED | FULL)) anonymous[signer] = 1;
    return anonymous;
  }
}
