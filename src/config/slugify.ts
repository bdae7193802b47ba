/** Longest slug kept, so ids stay readable in URLs and analytics. */
const MAX_SLUG_LENGTH = 48;

/**
 * Turns a title into an id-friendly slug: "Installing & configuring" becomes
 * "installing-configuring". Used for ids that config leaves out.
 */
export function slugify(text: string): string {
  // Splitting accents off letters ("é" into "e" and an accent) is only
  // needed beyond ASCII, and is slow for configs with many thousand titles.
  const plain = /^[\x20-\x7e]*$/.test(text)
    ? text
    : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const slug = plain
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length <= MAX_SLUG_LENGTH
    ? slug
    : slug.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
}
