/**
 * Ships to the browser. Whether this browser can give MapLibre what it needs (WebGL 2), asked
 * before its ~300 KB are downloaded: without it the static maps stay in charge and nothing is
 * fetched for nothing.
 */
export function supportsWebGL2(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    // Give the context back at once: browsers allow only a few live ones per page.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
