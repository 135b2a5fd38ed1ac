/** A file the user chose for an import: its name and its bytes as base64. */
export interface ChosenFile {
  name: string;
  base64: string;
}

/** A chosen file's bytes as base64 for the API: the back end decodes them, never the browser. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}
