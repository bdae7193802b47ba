import fc from 'fast-check';
import { personaChoiceShape } from '../api/personaChoice';
import { MAX_RECORDS, progressShape } from '../progress/progressRecords';
import { covers, StoredShape } from './StoredShape';

// Copies of a reader's state meet in any order and any number of times:
// merging them must give the same state whatever the order (a join), or two
// pages could end up showing different things forever.
function expectJoin<S>(
  name: string,
  shape: StoredShape<S>,
  state: fc.Arbitrary<S>,
) {
  const json = (s: S) => JSON.stringify(shape.serialize(s));
  // eslint-disable-next-line jest/valid-title
  describe(name, () => {
    it('merges in any order and any number of times to the same state', () => {
      fc.assert(
        fc.property(state, state, state, (a, b, c) => {
          const m = (x: S, y: S) => shape.merge(x, y);
          expect(json(m(a, b))).toBe(json(m(b, a)));
          expect(json(m(m(a, b), c))).toBe(json(m(a, m(b, c))));
          expect(json(m(a, a))).toBe(json(a));
          expect(json(m(a, shape.empty))).toBe(json(a));
          expect(covers(shape, m(a, b), a)).toBe(true);
        }),
        { numRuns: 300 },
      );
    });

    it('reads back what it stores', () => {
      fc.assert(
        fc.property(state, s => {
          const stored = JSON.parse(JSON.stringify(shape.serialize(s)));
          expect(json(shape.parse(stored)!)).toBe(json(s));
        }),
        { numRuns: 300 },
      );
    });
  });
}

const stamp = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 50 }));

expectJoin(
  'the persona choice',
  personaChoiceShape,
  fc.record({
    personaId: fc.constantFrom(null, 'user', 'administrator', 'integrator'),
    at: stamp,
  }),
);

const records = (maxLength: number) =>
  fc
    .array(
      fc.tuple(
        fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
        fc.record({ done: fc.boolean(), at: stamp }),
      ),
      { maxLength },
    )
    .map(entries => progressShape.merge(progressShape.empty, new Map(entries)));

expectJoin('learning progress', progressShape, records(8));

describe('learning progress at its size limit', () => {
  it('keeps the newest records, the same whatever the order of merges', () => {
    const many = (from: number) =>
      new Map(
        Array.from({ length: MAX_RECORDS }, (_, i) => [
          `step-${from + i}`,
          { done: i % 3 !== 0, at: from + i },
        ]),
      );
    const a = many(0);
    const b = many(MAX_RECORDS / 2);
    const ab = progressShape.merge(a, b);
    expect(ab.size).toBe(MAX_RECORDS);
    expect(ab.has(`step-${MAX_RECORDS / 2 - 1}`)).toBe(false);
    expect(ab.has(`step-${MAX_RECORDS / 2}`)).toBe(true);
    expect(JSON.stringify(progressShape.serialize(ab))).toBe(
      JSON.stringify(progressShape.serialize(progressShape.merge(b, a))),
    );
  });

  it('reads progress as older versions stored it, and ignores what is no id', () => {
    expect(progressShape.parse(['one'])).toBeUndefined();
    expect(
      progressShape.parse({ done: { one: 5, two: 'x' }, notDone: { one: 7 } }),
    ).toEqual(new Map([['one', { done: false, at: 7 }]]));
  });
});
