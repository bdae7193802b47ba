import { buildTime } from './buildTime';

const NOW = Date.UTC(2026, 11, 1);

describe('buildTime', () => {
  it.each([
    ['milliseconds', Date.UTC(2025, 2, 1), Date.UTC(2025, 2, 1)],
    ['seconds', Date.UTC(2025, 2, 1) / 1000, Date.UTC(2025, 2, 1)],
    [
      'a number as a string',
      String(Date.UTC(2025, 2, 1)),
      Date.UTC(2025, 2, 1),
    ],
    ['an ISO date', '2025-03-01T00:00:00Z', Date.UTC(2025, 2, 1)],
    ['nothing', undefined, undefined],
    ['a negative number', -5, undefined],
    ['not a date', 'yesterday-ish', undefined],
    ['an object', { at: 1 }, undefined],
    ['a time far in the future', Date.UTC(2030, 0, 1), undefined],
  ])('reads %s', (_name, value, expected) => {
    expect(buildTime(value, NOW)).toBe(expected);
  });
});
