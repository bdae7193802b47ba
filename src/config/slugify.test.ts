import fc from 'fast-check';
import { slugify } from './slugify';

/** What slugify is defined to give: the readable chain it replaced. */
function referenceSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length <= 48 ? slug : slug.slice(0, 48).replace(/-+$/, '');
}

describe('slugify', () => {
  it.each([
    ['Installing & configuring', 'installing-configuring'],
    ['  Getting   started  ', 'getting-started'],
    ['Écrire des plugins', 'ecrire-des-plugins'],
    ['Über Backstage', 'uber-backstage'],
    ['v1.2 — API', 'v1-2-api'],
    ['---', ''],
    ['日本語のガイド', ''],
    ['CamelCase42Title', 'camelcase42title'],
    [
      'A very long title that goes on and on beyond what an id should hold',
      'a-very-long-title-that-goes-on-and-on-beyond-wha',
    ],
    // Cut at 48 on a dash: the dash goes too.
    [`${'a'.repeat(47)} b`, 'a'.repeat(47)],
  ])('turns %j into %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('gives what the regular-expression definition gives, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), text => {
        expect(slugify(text)).toBe(referenceSlug(text));
      }),
    );
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(...'aZ9 -_.&éÉßİ\u212a\u0301'.split('')),
          maxLength: 80,
        }),
        text => {
          expect(slugify(text)).toBe(referenceSlug(text));
        },
      ),
    );
  });
});
