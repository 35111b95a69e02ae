/** The output folder of a batch case: its 1-based place, then a filesystem-safe form of its label. */
export function caseFolderName(index: number, label: string): string {
  const safe =
    label
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .replace(/^[._]+/, '')
      .slice(0, 48) || 'pair';
  return `${String(index + 1).padStart(4, '0')}-${safe}`;
}
