/** The bytes of a chosen file as base64, to send to a server action (uploads of .xlsx sheets). */
export function toBase64(buf: ArrayBuffer): string {
  let binary = "";
  const bytes = new Uint8Array(buf);
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Offers base64 bytes received from a server action as a file download (generated once, never stored). */
export function downloadBase64(base64: string, fileName: string, mime: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const element = document.createElement("a");
  element.href = url;
  element.download = fileName;
  element.click();
  URL.revokeObjectURL(url);
}
