import fc from 'fast-check';
import { IdRegistry } from './ids';
import { at } from './keyPath';

const owner = at(undefined, 'personaDocs');

type Step =
  | { type: 'claim'; id: string }
  | { type: 'below'; prefix: number; slug: string }
  | { type: 'release'; index: number };

describe('IdRegistry', () => {
  it('numbers a taken id, and gives a released one to the next claim', () => {
    const ids = new IdRegistry();
    expect(ids.claim('guides', owner)).toBe('guides');
    expect(ids.claim('guides', owner)).toBe('guides-2');
    expect(ids.claimBelow('guides', 'setup', owner)).toBe('guides/setup');
    expect(ids.claimBelow('guides', 'setup', owner)).toBe('guides/setup-2');
    expect(ids.claimBelow('guides-2', 'setup', owner)).toBe('guides-2/setup');
    ids.release('guides/setup');
    expect(ids.claimBelow('guides', 'setup', owner)).toBe('guides/setup');
    expect(ids.ownerOf('guides')).toBe(owner);
  });

  it('gives the ids that claiming each derived id whole gives', () => {
    // Prefixes are ids claimed earlier, so derived ids nest as they do in
    // a tree; slugs are short and clash often, as titles do.
    const slug = fc.constantFrom('a', 'b', 'a-2', 'b-2', 'a-3', 'c');
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({ type: fc.constant('claim' as const), id: slug }),
      fc.record({
        type: fc.constant('below' as const),
        prefix: fc.nat(),
        slug,
      }),
      fc.record({ type: fc.constant('release' as const), index: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), steps => {
        const ids = new IdRegistry();
        // The registry as it was: every derived id claimed whole.
        const whole = new IdRegistry();
        const given: string[] = [];
        const expected: string[] = [];
        for (const s of steps) {
          if (s.type === 'claim') {
            given.push(ids.claim(s.id, owner));
            expected.push(whole.claim(s.id, owner));
          } else if (s.type === 'below') {
            const prefix = given.length ? given[s.prefix % given.length] : 's';
            given.push(ids.claimBelow(prefix, s.slug, owner));
            expected.push(whole.claim(`${prefix}/${s.slug}`, owner));
          } else if (given.length) {
            const id = given[s.index % given.length];
            ids.release(id);
            whole.release(id);
          }
        }
        expect(given).toEqual(expected);
      }),
    );
  });
});
