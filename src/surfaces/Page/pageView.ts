import { PersonaSelection } from '../../api/PersonaApi';
import { ShownReason } from '../../components/persona/PersonaReasonLine';
import { isSelectable } from '../../model/personas';
import { ALL_PERSONAS, DocsSection, Persona } from '../../model/types';
import { VisibleSection, VisibleTree } from '../../tree/types';

/**
 * A way back from what is shown to what the reader would otherwise see:
 * `own` leaves a shared link's persona for the reader's own, `automatic`
 * forgets the reader's choice. Only offered when it changes the persona.
 */
export type ResetAction =
  | { type: 'own'; personaId: string }
  | { type: 'automatic'; personaId: string };

/** Which persona the page shows, and why. */
export interface ShownPersona {
  /** The persona shown, or undefined while the selection is loading. */
  persona?: string;
  /** A valid persona from the link, which then wins over the selection. */
  linkPersona?: string;
  reason: ShownReason;
  reset?: ResetAction;
  /** Nothing picks a persona for this reader: ask who they are. */
  askWhoYouAre: boolean;
}

/** How the sections of a filtered tree are laid out on the page. */
export interface SectionsLayout {
  /** The section the link narrows to, when it names one that exists. */
  sectionFilter?: string;
  /** Sections with something to show, in config order. */
  filledSections: readonly VisibleSection[];
  /** Sections with nothing to show, collapsed after the others. */
  emptySections: readonly VisibleSection[];
  /** Entries of the shown sections for the persona, ignoring the filter. */
  total: number;
  /** Filter matches in the shown sections; equals `total` without filter. */
  matches: number;
  /** Nothing at all to show, so the page explains why. */
  empty: boolean;
}

/**
 * Works out which persona the page shows from the reader's selection and
 * the persona in the URL. Pure, like {@link sectionsLayout}, so every
 * decision is tested on its own.
 */
export function shownPersona(input: {
  personas: readonly Persona[];
  selection?: PersonaSelection;
  /** `?persona=` of the URL, as written. */
  linkPersona?: string;
}): ShownPersona {
  const { personas, selection } = input;
  const linkPersona = isSelectable(personas, input.linkPersona)
    ? input.linkPersona
    : undefined;
  let reason: ShownReason = selection?.reason ?? { type: 'link' };
  let reset: ResetAction | undefined;
  if (linkPersona !== undefined && linkPersona !== selection?.personaId) {
    reason = { type: 'link' };
    if (selection) reset = { type: 'own', personaId: selection.personaId };
  } else if (
    selection?.reason.type === 'chosen' &&
    selection.automatic &&
    selection.automatic.personaId !== selection.personaId
  ) {
    reset = { type: 'automatic', personaId: selection.automatic.personaId };
  }
  return {
    persona: linkPersona ?? selection?.personaId,
    linkPersona,
    reason,
    reset,
    askWhoYouAre:
      linkPersona === undefined &&
      selection?.reason.type === 'none' &&
      selection.personaId === ALL_PERSONAS,
  };
}

/**
 * Lays out the sections of the filtered tree: the section the URL narrows
 * to, the sections with something to show and the empty ones.
 */
export function sectionsLayout(input: {
  sections: readonly DocsSection[];
  /** `?section=` of the URL, as written. */
  section?: string;
  /** The tree for the shown persona, once filtered. */
  tree?: VisibleTree;
}): SectionsLayout {
  const { tree } = input;
  const sectionFilter = input.sections.some(s => s.id === input.section)
    ? input.section
    : undefined;
  const shown = (tree?.sections ?? []).filter(
    s => !sectionFilter || s.section.id === sectionFilter,
  );
  const filtering = tree?.filtering ?? false;
  const hasContent = (s: VisibleSection) =>
    filtering ? s.matchCount > 0 : s.count > 0;
  const total = shown.reduce((sum, s) => sum + s.count, 0);
  const matches = shown.reduce((sum, s) => sum + s.matchCount, 0);
  return {
    sectionFilter,
    filledSections: shown.filter(hasContent),
    emptySections: shown.filter(s => !hasContent(s)),
    total,
    matches,
    empty: tree !== undefined && (filtering ? matches === 0 : total === 0),
  };
}
