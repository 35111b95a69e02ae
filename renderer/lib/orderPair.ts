/** A file or photo with the two facts that say which came first. */
export interface Named {
  readonly name: string;
  readonly lastModified?: number;
}

/**
 * Orders two photos as before, after: by the words "before"/"after" in their names when present, else
 * by modification time (the earlier is the before), else as given. The person can swap afterwards.
 */
export function orderPair<T extends Named>(a: T, b: T): [T, T] {
  const tag = (n: string): number =>
    /before|vorher|pre\b/i.test(n) ? -1 : /after|nachher|post\b/i.test(n) ? 1 : 0;
  const ta = tag(a.name);
  const tb = tag(b.name);
  if (ta !== tb) return ta < tb ? [a, b] : [b, a];
  if (a.lastModified !== undefined && b.lastModified !== undefined && a.lastModified !== b.lastModified) {
    return a.lastModified < b.lastModified ? [a, b] : [b, a];
  }
  return [a, b];
}
