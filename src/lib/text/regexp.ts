/** Text to use inside a regular expression as itself. Escapes only syntax characters, so it is valid with the u flag too. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
