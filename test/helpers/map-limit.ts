// V8 refuses a Map or Set its 16,777,217th entry. Tests hold every Map and Set to a few thousand entries instead,
// so that a table growing with signers fails on a few thousand rows as it would on 20 million.

/** Runs `work` with every Map and Set refusing an entry past `limit`, as V8 refuses one past 2^24. */
export async function withMapsHeldTo<T>(limit: number, work: () => T | Promise<T>): Promise<T> {
  const mapSet = Map.prototype.set;
  const setAdd = Set.prototype.add;
  Map.prototype.set = function <K, V>(this: Map<K, V>, key: K, value: V) {
    if (this.size >= limit && !this.has(key)) throw new RangeError('Map maximum size exceeded');
    return mapSet.call(this, key, value) as Map<K, V>;
  };
  Set.prototype.add = function <K>(this: Set<K>, value: K) {
    if (this.size >= limit && !this.has(value)) throw new RangeError('Set maximum size exceeded');
    return setAdd.call(this, value) as Set<K>;
  };
  try {
    return await work();
  } finally {
    Map.prototype.set = mapSet;
    Set.prototype.add = setAdd;
  }
}
