// Guards clusters against chaining: A≈B and B≈C must not make A and C one person when A and C clearly differ.
import { ShardedMap } from '../sharded-map.js';

/** A scored link between two rows; nodes are the exact engine's clusters of those rows. */
export interface ScoredLink {
  a: number;
  b: number;
  score: number;
  /** A person decided these are one signer: applied first, never undone by the guard. */
  forced: boolean;
}

export interface GuardInput {
  links: ScoredLink[];
  /** Exact-engine cluster of each row. */
  cluster: Int32Array;
  /** Score of two rows (called for members of one would-be cluster only). */
  score: (a: number, b: number) => number;
  /** Two rows of nodes that must stay apart (a person decided "different"). */
  cannotLink: (nodeA: number, nodeB: number) => boolean;
  /** Members of a would-be cluster scoring below this against each other do not agree. */
  conflictBelow: number;
  /** Order in which links are tried when a component must be broken up (see linkOrder). */
  order: (x: ScoredLink, y: ScoredLink) => number;
}

/**
 * Strongest first; equal scores by signing time (the link whose later row signed first), so that which of two
 * equal links wins never depends on the order rows were read in; row numbers only as a last resort.
 */
export function linkOrder(signedAt: ArrayLike<number>): (x: ScoredLink, y: ScoredLink) => number {
  const compare = (u: number, v: number): number => (u < v ? -1 : u > v ? 1 : 0);
  return (x, y) => Number(y.forced) - Number(x.forced) || compare(y.score, x.score)
    || compare(Math.max(signedAt[x.a], signedAt[x.b]), Math.max(signedAt[y.a], signedAt[y.b]))
    || compare(Math.min(signedAt[x.a], signedAt[x.b]), Math.min(signedAt[y.a], signedAt[y.b]))
    || x.a - y.a || x.b - y.b;
}

export interface GuardResult {
  accepted: ScoredLink[];
  /** Links the guard refused because they would join rows that disagree: for a person to look at. */
  refused: ScoredLink[];
}

/** Components up to this many exact clusters are checked pair by pair; larger ones by samples of each side. */
const FULL_CHECK = 40;
const SAMPLE = 8;

class UnionFind {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }
  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root];
    while (this.parent[x] !== root) {
      const next = this.parent[x];
      this.parent[x] = root;
      x = next;
    }
    return root;
  }
  union(x: number, y: number): number {
    const rootX = this.find(x);
    const rootY = this.find(y);
    if (rootX !== rootY) this.parent[rootY] = rootX;
    return rootX;
  }
}

/**
 * Accepts every link of a component whose members all agree with each other. In a component where some do
 * not, links are taken strongest first and one is refused when it would put two disagreeing members together
 * (correlation clustering with cannot-link constraints, greedily).
 */
export function guardChaining(input: GuardInput): GuardResult {
  const { links, cluster } = input;
  let nodeCount = 0;
  for (let i = 0; i < cluster.length; i++) if (cluster[i] >= nodeCount) nodeCount = cluster[i] + 1;
  const components = new UnionFind(nodeCount);
  for (const link of links) components.union(cluster[link.a], cluster[link.b]);

  const byComponent = new ShardedMap<number, ScoredLink[]>();
  for (const link of links) {
    const root = components.find(cluster[link.a]);
    let group = byComponent.get(root);
    if (!group) byComponent.set(root, (group = []));
    group.push(link);
  }
  const accepted: ScoredLink[] = [];
  const refused: ScoredLink[] = [];
  for (const group of byComponent.values()) {
    // One link joins two clusters: nothing can chain.
    if (group.length === 1 && !input.cannotLink(cluster[group[0].a], cluster[group[0].b])) {
      accepted.push(group[0]);
      continue;
    }
    resolveComponent(group, input, accepted, refused);
  }
  return { accepted, refused };
}

function resolveComponent(group: ScoredLink[], input: GuardInput, accepted: ScoredLink[], refused: ScoredLink[]): void {
  const { cluster } = input;
  // Each exact cluster in the component is judged by every one of its rows that a link touches: a set that does
  // not depend on the order rows were read in (one representative row would: the first link met would choose it).
  const localOf = new ShardedMap<number, number>();
  const rowsOf: number[][] = [];
  const nodeOf: number[] = [];
  for (const link of group) {
    for (const row of [link.a, link.b]) {
      const node = cluster[row];
      let local = localOf.get(node);
      if (local === undefined) {
        local = rowsOf.length;
        localOf.set(node, local);
        rowsOf.push([]);
        nodeOf.push(node);
      }
      if (!rowsOf[local].includes(row)) rowsOf[local].push(row);
    }
  }
  // Very large clusters are judged by a few of their rows, chosen by row number so the choice is stable.
  for (const rows of rowsOf) if (rows.length > SAMPLE) rows.sort((x, y) => x - y).length = SAMPLE;
  const size = rowsOf.length;
  const decidedOf = decidedGroups(group, size, (row) => localOf.get(cluster[row])!);
  const conflictCache = new ShardedMap<number, boolean>();
  const conflict = (i: number, j: number): boolean => {
    const key = i < j ? i * size + j : j * size + i;
    let known = conflictCache.get(key);
    if (known === undefined) {
      // Rows a person decided are one signer are that signer: a row agreeing with any of them (John Carter's other
      // row, with a "same" joining his row to Jane Doe's) is not set apart by the others' differing names.
      const left = decidedOf(i);
      const right = decidedOf(j);
      known = left === right ? input.cannotLink(nodeOf[i], nodeOf[j])
        : left.some((x) => right.some((y) => input.cannotLink(nodeOf[x], nodeOf[y])))
          || left.every((x) => right.every((y) => rowsConflict(rowsOf[x], rowsOf[y], input)));
      conflictCache.set(key, known);
    }
    return known;
  };

  if (size <= FULL_CHECK) {
    let anyConflict = false;
    for (let i = 0; i < size && !anyConflict; i++) {
      for (let j = i + 1; j < size && !anyConflict; j++) anyConflict = conflict(i, j);
    }
    if (!anyConflict) {
      accepted.push(...group);
      return;
    }
  }

  const local = new UnionFind(size);
  const members: number[][] = rowsOf.map((_, i) => [i]);
  const ordered = group.slice().sort(input.order);
  for (const link of ordered) {
    const rootA = local.find(localOf.get(cluster[link.a])!);
    const rootB = local.find(localOf.get(cluster[link.b])!);
    if (rootA === rootB) {
      accepted.push(link);
      continue;
    }
    if (!link.forced && groupsConflict(members[rootA], members[rootB], conflict, size > FULL_CHECK)) {
      refused.push(link);
      continue;
    }
    const root = local.union(rootA, rootB);
    const other = root === rootA ? rootB : rootA;
    members[root] = members[root].concat(members[other]);
    members[other] = [];
    accepted.push(link);
  }
}

/** Per node of a component, the nodes joined to it by a person's "same" decisions (itself alone when none). */
function decidedGroups(group: ScoredLink[], size: number, localOf: (row: number) => number): (node: number) => number[] {
  const decided = new UnionFind(size);
  for (const link of group) if (link.forced) decided.union(localOf(link.a), localOf(link.b));
  const byRoot = new ShardedMap<number, number[]>();
  for (let node = 0; node < size; node++) {
    const root = decided.find(node);
    const nodes = byRoot.get(root);
    if (nodes) nodes.push(node);
    else byRoot.set(root, [node]);
  }
  return (node) => byRoot.get(decided.find(node))!;
}

function groupsConflict(left: number[], right: number[], conflict: (i: number, j: number) => boolean, sampled: boolean): boolean {
  const leftCount = sampled ? Math.min(left.length, SAMPLE) : left.length;
  const rightCount = sampled ? Math.min(right.length, SAMPLE) : right.length;
  for (let i = 0; i < leftCount; i++) {
    for (let j = 0; j < rightCount; j++) if (conflict(left[i], right[j])) return true;
  }
  return false;
}

function rowsConflict(left: number[], right: number[], input: GuardInput): boolean {
  for (const a of left) {
    for (const b of right) if (input.score(a, b) < input.conflictBelow) return true;
  }
  return false;
}
