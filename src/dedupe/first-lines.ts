// The first line of each row key of one source (53-bit integers, pipeline/pasted-twice.ts): an open-addressing table in typed
// arrays. A Map of a million number keys held each key as a heap number and was a thirtieth of count --exact.

const EMPTY = -1;
/** Grown to twice its size when this share of slots is taken: probes stay short. */
const MAX_LOAD = 0.75;

export class FirstLines {
  private keys = new Float64Array(1024).fill(EMPTY);
  private lines = new Int32Array(1024);
  private size = 0;

  /** The line `key` was first given with; the first time, `line` is kept and -1 returned. `key`: an integer 0 to 2^53. */
  firstOrAdd(key: number, line: number): number {
    if (this.size >= this.keys.length * MAX_LOAD) this.grow();
    const mask = this.keys.length - 1;
    // The low 32 bits of a well-mixed hash (repeatKey) spread the keys.
    for (let slot = (key >>> 0) & mask; ; slot = (slot + 1) & mask) {
      const held = this.keys[slot];
      if (held === key) return this.lines[slot];
      if (held === EMPTY) {
        this.keys[slot] = key;
        this.lines[slot] = line;
        this.size++;
        return -1;
      }
    }
  }

  private grow(): void {
    const { keys, lines } = this;
    this.keys = new Float64Array(keys.length * 2).fill(EMPTY);
    this.lines = new Int32Array(keys.length * 2);
    this.size = 0;
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== EMPTY) this.firstOrAdd(keys[slot], lines[slot]);
  }
}
