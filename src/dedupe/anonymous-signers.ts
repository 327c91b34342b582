// Which signers asked not to be named: a signer is anonymous when any one of their rows asked for it, so the most
// private choice wins whichever row is kept and whichever rule (exact or fuzzy) merged the rows.

/** One bit per accepted row, grown as rows arrive: 1 MB at 8 million rows. */
export class AnonymousRows {
  private bits = new Uint8Array(1024);
  private any = false;

  add(index: number, anonymous: boolean): void {
    if (!anonymous) return;
    const byte = index >>> 3;
    if (byte >= this.bits.length) {
      const grown = new Uint8Array(Math.max(this.bits.length * 2, byte + 1));
      grown.set(this.bits);
      this.bits = grown;
    }
    this.bits[byte] |= 1 << (index & 7);
    this.any = true;
  }

  /** Per signer (cluster): 1 when any row of that signer asked for anonymity. */
  bySigner(cluster: Int32Array, signers: number): Uint8Array {
    const anonymous = new Uint8Array(signers);
    if (!this.any) return anonymous;
    const rows = Math.min(cluster.length, this.bits.length * 8);
    for (let i = 0; i < rows; i++) if ((this.bits[i >>> 3] & (1 << (i & 7))) !== 0) anonymous[cluster[i]] = 1;
    return anonymous;
  }
}
