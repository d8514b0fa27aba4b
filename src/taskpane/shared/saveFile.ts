/** Hands bytes to the browser as a file download; they go to the user's disk and nowhere else. */
export function saveFile(bytes: Uint8Array, name: string, type = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name.replace(/[\\/:*?"<>|]+/g, ' ');
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
