import { readModel } from '../__testUtils__/readModel';
import { DocsTreeIndex } from '../tree/DocsTreeIndex';
import { coverageReport, siteHealth } from './coverageReport';

const model = readModel({
  builtInPersonas: false,
  personas: [
    { id: 'user', title: 'End User' },
    { id: 'administrator', title: 'Administrator' },
    { id: 'integrator', title: 'Integrator' },
  ],
  sections: [
    {
      id: 'portal',
      title: 'Portal',
      entries: [
        { title: 'Welcome', docs: 'handbook' },
        {
          title: 'Admin',
          personas: ['administrator'],
          children: [
            { title: 'Install', docs: 'handbook', path: 'install' },
            { title: 'Runbooks', docs: 'runbooks' },
            { title: 'Upgrade', url: '/upgrade' },
          ],
        },
      ],
    },
    {
      id: 'framework',
      title: 'Framework',
      entries: [
        { title: 'Plugins', personas: ['integrator'], url: '/plugins' },
      ],
    },
  ],
});

describe('coverageReport', () => {
  const report = coverageReport(
    DocsTreeIndex.fromModel(model),
    model.personas,
    { staleAfterDays: 180, fewEntries: 3 },
  );

  it('counts what each persona sees per section, flagging thin ones', () => {
    expect(
      report.personas.map(p => [p.persona.id, p.counts, p.total, p.thin]),
    ).toEqual([
      ['user', [1, 0], 1, 'few'],
      ['administrator', [5, 0], 5, undefined],
      ['integrator', [1, 1], 2, 'few'],
    ]);
  });

  it('counts the entries every persona sees', () => {
    expect(report.forEveryone).toBe(1);
    expect(report.total).toBe(6);
  });

  it('lists each site once with the entries pointing into it', () => {
    expect(
      report.sites.map(s => [s.target.name, s.entries.map(e => e.title)]),
    ).toEqual([
      ['handbook', ['Welcome', 'Install']],
      ['runbooks', ['Runbooks']],
    ]);
  });
});

describe('siteHealth', () => {
  const now = Date.UTC(2026, 11, 1);
  const daysAgo = (days: number) => now - days * 86_400_000;
  it.each([
    ['not asked yet', undefined, { state: 'checking' }],
    ['missing', { status: 'not-found' as const }, { state: 'missing' }],
    ['not readable', { status: 'unknown' as const }, { state: 'unreadable' }],
    ['without a build time', { status: 'ok' as const }, { state: 'ok' }],
    [
      'recent',
      { status: 'ok' as const, builtAt: daysAgo(3) },
      { state: 'ok', days: 3 },
    ],
    [
      'old',
      { status: 'ok' as const, builtAt: daysAgo(400) },
      { state: 'stale', days: 400 },
    ],
  ])('%s', (_name, info, expected) => {
    expect(siteHealth(info, 180, now)).toEqual(expected);
  });
});
