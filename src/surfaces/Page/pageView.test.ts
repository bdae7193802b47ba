import { PersonaSelection } from '../../api/PersonaApi';
import { ALL_PERSONAS, DocsSection, Persona } from '../../model/types';
import { VisibleSection, VisibleTree } from '../../tree/types';
import { sectionsLayout, shownPersona } from './pageView';

const personas = [
  { id: 'user', title: 'End User' },
  { id: 'administrator', title: 'Administrator' },
] as Persona[];

const chosen = (personaId: string, automatic?: string): PersonaSelection => ({
  personaId,
  reason: { type: 'chosen' },
  automatic: automatic
    ? { personaId: automatic, reason: { type: 'default' } }
    : undefined,
});

describe('shownPersona', () => {
  it.each<[string, PersonaSelection | undefined, string | undefined, object]>([
    [
      'nothing while the selection loads',
      undefined,
      undefined,
      { persona: undefined, askWhoYouAre: false },
    ],
    [
      'the link while the selection loads',
      undefined,
      'user',
      { persona: 'user', reason: { type: 'link' }, reset: undefined },
    ],
    [
      'the reader’s choice',
      chosen('user'),
      undefined,
      { persona: 'user', reason: { type: 'chosen' }, reset: undefined },
    ],
    [
      'a way back to the automatic persona',
      chosen('user', 'administrator'),
      undefined,
      { reset: { type: 'automatic', personaId: 'administrator' } },
    ],
    [
      'no way back when the choice is the automatic persona',
      chosen('user', 'user'),
      undefined,
      { reset: undefined },
    ],
    [
      'a link over the choice, with a way back to it',
      chosen('user'),
      'administrator',
      {
        persona: 'administrator',
        reason: { type: 'link' },
        reset: { type: 'own', personaId: 'user' },
      },
    ],
    [
      'a link to the chosen persona as the choice',
      chosen('user'),
      'user',
      { reason: { type: 'chosen' }, reset: undefined },
    ],
    [
      'no unknown persona from a link',
      chosen('user'),
      'nobody',
      { persona: 'user', linkPersona: undefined },
    ],
    [
      'the question when nothing applies',
      { personaId: ALL_PERSONAS, reason: { type: 'none' } },
      undefined,
      { askWhoYouAre: true },
    ],
    [
      'no question when a link names a persona',
      { personaId: ALL_PERSONAS, reason: { type: 'none' } },
      'user',
      { askWhoYouAre: false, persona: 'user' },
    ],
  ])('shows %s', (_name, selection, linkPersona, expected) => {
    expect(shownPersona({ personas, selection, linkPersona })).toMatchObject(
      expected,
    );
  });
});

describe('sectionsLayout', () => {
  const sections = [{ id: 'portal' }, { id: 'framework' }] as DocsSection[];
  const visible = (id: string, count: number, matchCount = count) =>
    ({ section: { id }, count, matchCount } as unknown as VisibleSection);
  const tree = (filtering: boolean, ...shown: VisibleSection[]) =>
    ({ filtering, sections: shown } as unknown as VisibleTree);

  it('puts sections with entries first and counts them', () => {
    const layout = sectionsLayout({
      sections,
      tree: tree(false, visible('portal', 0), visible('framework', 3)),
    });
    expect(layout.filledSections.map(s => s.section.id)).toEqual(['framework']);
    expect(layout.emptySections.map(s => s.section.id)).toEqual(['portal']);
    expect(layout).toMatchObject({ total: 3, matches: 3, empty: false });
  });

  it('counts matches while filtering, and is empty without any', () => {
    const layout = sectionsLayout({
      sections,
      tree: tree(true, visible('portal', 4, 0), visible('framework', 3, 0)),
    });
    expect(layout).toMatchObject({ total: 7, matches: 0, empty: true });
    expect(layout.filledSections).toEqual([]);
  });

  it('narrows to the section of the link, ignoring one that does not exist', () => {
    const shown = tree(false, visible('portal', 2), visible('framework', 3));
    expect(
      sectionsLayout({ sections, section: 'framework', tree: shown }),
    ).toMatchObject({ sectionFilter: 'framework', total: 3 });
    expect(
      sectionsLayout({ sections, section: 'nowhere', tree: shown }),
    ).toMatchObject({ sectionFilter: undefined, total: 5 });
  });

  it('is not empty before the tree is filtered', () => {
    expect(sectionsLayout({ sections })).toMatchObject({ empty: false });
  });
});
