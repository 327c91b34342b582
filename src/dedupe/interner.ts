// String ↔ small integer id, for columns with few distinct values (country, source, day, postcode, city).
import { ShardedMap } from './sharded-map.js';

export class Interner {
  private readonly ids = new ShardedMap<string, number>();
  private readonly names: string[] = [];
  // Consecutive rows mostly repeat a value (one source, one country), so one remembered pair saves most lookups.
  private lastName: string | undefined;
  private lastId = -1;

  /** `reserved` strings get ids 0, 1, … in order (the match table reserves '' as id 0 for "none"). */
  constructor(reserved: readonly string[] = [], private readonly limit = 0x7fffffff) {
    for (const name of reserved) this.id(name);
  }

  id(name: string): number {
    if (name === this.lastName) return this.lastId;
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      if (id >= this.limit) throw new RangeError(`more than ${this.limit} distinct values`);
      this.ids.set(name, id);
      this.names.push(name);
    }
    this.lastName = name;
    this.lastId = id;
    return id;
  }

  /** The id of `name`, or -1 if it was never seen. */
  find(name: string): number {
    return this.ids.get(name) ?? -1;
  }

  name(id: number): string {
    return this.names[id];
  }

  get size(): number {
    return this.names.length;
  }
}
