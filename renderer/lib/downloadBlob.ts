/** Saves a blob in the browser through a temporary <a download>; the object URL is revoked after. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke on the next task: Chromium starts the download from the click synchronously enough, but not
  // within the same microtask in every version.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
