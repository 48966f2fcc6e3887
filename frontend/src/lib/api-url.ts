/**
 * Absolute URL for a same-origin API path. The apps always talk to the server that served them; an absolute URL
 * keeps fetch working where no document base exists (tests).
 */
export function apiUrl(path: string): string {
  return new URL(path, window.location.origin).toString();
}
