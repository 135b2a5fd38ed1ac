/**
 * Native code (resvg) opens files with the operating system, not with Electron's asar-aware `fs`,
 * so a path inside `app.asar` does not exist for it. electron-builder.yml unpacks those files
 * (`asarUnpack`) to `app.asar.unpacked`; this turns a path into that copy's. Outside a packaged
 * app (development, the browser host, the CLI, tests) the path has no `app.asar` and is unchanged.
 */
export function outsideAsar(file: string): string {
  return file.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}
