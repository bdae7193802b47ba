/**
 * Turns a title into an id-friendly slug: "Installing & configuring" becomes
 * "installing-configuring". Used for ids that config leaves out.
 *
 * @internal
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}
