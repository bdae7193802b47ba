/** Longest slug kept, so ids stay readable in URLs and analytics. */
const MAX_SLUG_LENGTH = 48;

function isAsciiAlphanumeric(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || // 0-9
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) // a-z
  );
}

/**
 * Turns a title into an id-friendly slug: "Installing & configuring" becomes
 * "installing-configuring". Used for ids that config leaves out.
 *
 * One pass over the text, joining its runs of letters and digits with
 * dashes: this runs for every entry without an id, and a chain of regular
 * expressions cost a tenth of reading a 10,000-entry config.
 */
export function slugify(text: string): string {
  // Splitting accents off letters ("é" into "e" and an accent) is only
  // needed beyond ASCII, and is slow for configs with many thousand titles.
  const plain = /^[\x20-\x7e]*$/.test(text)
    ? text
    : text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
  let slug = '';
  let runStart = -1;
  for (let i = 0; i <= plain.length; i++) {
    if (i < plain.length && isAsciiAlphanumeric(plain.charCodeAt(i))) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart < 0) continue;
    slug = slug
      ? `${slug}-${plain.slice(runStart, i)}`
      : plain.slice(runStart, i);
    runStart = -1;
    if (slug.length > MAX_SLUG_LENGTH) break;
  }
  slug = slug.toLowerCase();
  return slug.length <= MAX_SLUG_LENGTH
    ? slug
    : slug.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
}
