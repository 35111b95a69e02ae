/**
 * Groups the photos of a batch folder into jobs. Two files are a pair when their names differ only by a
 * before/after word at the end (or "before"/"after" at the start), of one family:
 *   "case12 before.jpg" + "case12 after.jpg", "x_pre.png" + "x_post.png", "x_b.jpg" + "x_a.jpg",
 *   "before case3.jpg" + "after case3.jpg"
 * (case is ignored; the word is set off by a space, "_", "-" or "."). Every other file, and any name
 * whose group is not exactly one before and one after, is a single image: a gallery composite.
 */

/** Before/after words that mark a file's role, by family: a pair must use one family. */
const FAMILIES: ReadonlyArray<readonly [string, string]> = [
  ['before', 'after'],
  ['pre', 'post'],
  ['b', 'a'],
];

export type Grouped =
  | { kind: 'pair'; label: string; before: string; after: string; first: number }
  | { kind: 'single'; name: string; first: number };

interface Role {
  key: string;
  family: number;
  role: 'before' | 'after';
  stem: string;
}

function roleOf(name: string): Role | null {
  const stem = name.replace(/\.[^.]+$/, '');
  for (let f = 0; f < FAMILIES.length; f++) {
    const [b, a] = FAMILIES[f] as readonly [string, string];
    const suffix = new RegExp(`^(.*?\\S)[\\s_.-]+(${b}|${a})$`, 'i').exec(stem);
    // "b"/"a" only as a suffix: as a prefix they are too often part of a name ("a scalp.jpg").
    const prefix = f < 2 ? new RegExp(`^(${b}|${a})[\\s_.-]+(\\S.*)$`, 'i').exec(stem) : null;
    const m = suffix
      ? { base: suffix[1] as string, word: suffix[2] as string }
      : prefix
        ? { base: prefix[2] as string, word: prefix[1] as string }
        : null;
    if (!m) continue;
    return {
      key: `${f}\u0000${m.base.toLowerCase()}`,
      family: f,
      role: m.word.toLowerCase() === b ? 'before' : 'after',
      stem: m.base,
    };
  }
  return null;
}

/**
 * Groups sorted file names into pairs and single images, each placed at its first file's position so the
 * jobs keep the folder's order.
 */
export function groupFiles(names: readonly string[]): Grouped[] {
  const groups = new Map<string, Array<{ name: string; at: number; role: Role }>>();
  names.forEach((name, at) => {
    const role = roleOf(name);
    if (!role) return;
    const g = groups.get(role.key) ?? [];
    g.push({ name, at, role });
    groups.set(role.key, g);
  });
  const paired = new Set<string>();
  const out: Grouped[] = [];
  for (const g of groups.values()) {
    const b = g.filter((m) => m.role.role === 'before');
    const a = g.filter((m) => m.role.role === 'after');
    if (b.length !== 1 || a.length !== 1) continue;
    const before = b[0] as (typeof g)[number];
    const after = a[0] as (typeof g)[number];
    paired.add(before.name).add(after.name);
    out.push({
      kind: 'pair',
      label: before.role.stem,
      before: before.name,
      after: after.name,
      first: Math.min(before.at, after.at),
    });
  }
  names.forEach((name, at) => {
    if (!paired.has(name)) out.push({ kind: 'single', name, first: at });
  });
  return out.sort((x, y) => x.first - y.first);
}
