import { Progress } from '@backstage/core-components';
import { useAnalytics } from '@backstage/frontend-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import { makeStyles } from '@material-ui/core/styles';
import { useCallback, useDeferredValue, useMemo } from 'react';
import { usePersona } from '../../api/usePersona';
import { usePersonaDocsModel } from '../../hooks/usePersonaDocsModel';
import { usePersonaDocsView } from '../../hooks/usePersonaDocsView';
import { useSearchQuery } from '../../hooks/useSearchQuery';
import { ALL_PERSONAS, DocsEntry } from '../../model/types';
import { DocsSiteInfoProvider } from '../../techdocs/DocsSiteInfoContext';
import { useDocsTargetHref } from '../../techdocs/useDocsTargetHref';
import { personaDocsTranslationRef } from '../../translation';
import { DocsTreeIndex } from '../../tree/DocsTreeIndex';
import { VisibleEntry } from '../../tree/types';
import { ConfigProblemsPanel } from '../ConfigProblemsPanel';
import { DocsEntryLabel } from '../DocsEntryLabel';
import { DocsSearchField } from '../DocsSearchField';
import { DocsSectionCard } from '../DocsSectionCard';
import { NoEntriesState } from '../NoEntriesState';
import { NotConfiguredState } from '../NotConfiguredState';
import { PersonaReasonLine, ShownPersonaReason } from '../PersonaReasonLine';
import { PersonaSelector } from '../PersonaSelector';
import { SectionFilter } from '../SectionFilter';
import { VisuallyHidden } from '../VisuallyHidden';

const useStyles = makeStyles(theme => ({
  // On the paper colour, secondary text (labels, the reason line) keeps the
  // contrast WCAG AA asks for, which the page background does not.
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: theme.spacing(2),
    padding: theme.spacing(2),
    marginBottom: theme.spacing(3),
  },
  persona: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(0.5),
  },
}));

/**
 * The body of the "Docs by persona" page, without a page header: the legacy
 * page wraps it in a Page and Header, while the new frontend system draws
 * the header itself.
 *
 * @internal
 */
export function PersonaDocsContent() {
  const model = usePersonaDocsModel();
  const index = useMemo(() => DocsTreeIndex.fromModel(model), [model]);
  const { personas, selection, selectPersona, clearSelection } = usePersona();
  const [view, updateView] = usePersonaDocsView();
  const analytics = useAnalytics();
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);

  const [query, changeQuery] = useSearchQuery(
    view.query,
    useCallback(text => updateView({ query: text }), [updateView]),
  );

  const isPersona = (id?: string) =>
    id === ALL_PERSONAS || personas.some(p => p.id === id);
  // A shared link shows its persona without touching the reader's own choice.
  const linkPersona = isPersona(view.persona) ? view.persona : undefined;
  const persona = linkPersona ?? selection?.personaId;
  const titleOf = (id: string) =>
    id === ALL_PERSONAS
      ? t('personaSelector.allPersonas')
      : personas.find(p => p.id === id)?.title ?? id;

  // The selector and the search box answer at once; the trees follow in an
  // interruptible render, so typing in a portal with tens of thousands of
  // entries never freezes the page.
  const shownPersona = useDeferredValue(persona);
  const shownQuery = useDeferredValue(query);
  const tree = useMemo(
    () => (shownPersona ? index.filter(shownPersona, shownQuery) : undefined),
    [index, shownPersona, shownQuery],
  );

  const choosePersona = useCallback(
    (personaId: string) => {
      analytics.captureEvent('select', personaId, {
        attributes: { persona: personaId },
      });
      updateView({ persona: personaId });
      selectPersona(personaId);
    },
    [analytics, selectPersona, updateView],
  );

  const openEntry = useCallback(
    (entry: DocsEntry) => {
      analytics.captureEvent('click', entry.title ?? entry.id, {
        attributes: { persona: shownPersona ?? '', entryId: entry.id },
      });
    },
    [analytics, shownPersona],
  );

  const showBadges = shownPersona === ALL_PERSONAS && personas.length > 0;
  // One route lookup for the page rather than one per entry: route hooks
  // follow the URL, and every label would re-render with it.
  const hrefOf = useDocsTargetHref();
  const renderLabel = useCallback(
    (node: VisibleEntry) => (
      <DocsEntryLabel
        node={node}
        hrefOf={hrefOf}
        personas={personas}
        badges={showBadges ? index.personasShowing(node.entry) : undefined}
        onOpen={openEntry}
      />
    ),
    [hrefOf, index, openEntry, personas, showBadges],
  );

  if (!model.configured) {
    return (
      <>
        <ConfigProblemsPanel problems={model.problems} />
        <NotConfiguredState />
      </>
    );
  }
  if (!persona || !tree) {
    return <Progress aria-label={t('page.loading')} />;
  }

  let reason: ShownPersonaReason = selection?.reason ?? { type: 'link' };
  let resetTo: string | undefined;
  if (linkPersona !== undefined && linkPersona !== selection?.personaId) {
    reason = { type: 'link' };
    resetTo = selection ? titleOf(selection.personaId) : undefined;
  } else if (selection?.reason.type === 'chosen') {
    resetTo = titleOf(selection.automatic.personaId);
  }
  const resetPersona = () => {
    updateView({ persona: undefined });
    if (reason.type === 'chosen') clearSelection();
  };

  const sectionFilter = model.sections.some(s => s.id === view.section)
    ? view.section
    : undefined;
  const sections = tree.sections.filter(
    s => !sectionFilter || s.section.id === sectionFilter,
  );
  const total = sections.reduce((sum, s) => sum + s.count, 0);
  const matches = sections.reduce((sum, s) => sum + s.matchCount, 0);
  const empty = tree.searching ? matches === 0 : total === 0;
  const columns = sections.length === 1 ? 12 : 6;

  return (
    <DocsSiteInfoProvider>
      <ConfigProblemsPanel problems={model.problems} />
      <Paper className={classes.toolbar} variant="outlined">
        <div className={classes.persona}>
          <PersonaSelector
            personas={personas}
            value={persona}
            onChange={choosePersona}
          />
          <PersonaReasonLine
            reason={reason}
            resetTo={resetTo}
            unsaved={selection?.unsaved}
            onReset={resetPersona}
          />
        </div>
        {model.sections.length > 1 && (
          <SectionFilter
            sections={model.sections}
            value={sectionFilter}
            onChange={section => updateView({ section })}
          />
        )}
        <DocsSearchField value={query} onChange={changeQuery} />
      </Paper>
      <VisuallyHidden role="status">
        {`${titleOf(tree.persona)}: ${
          tree.searching
            ? t('section.matches', { count: matches })
            : t('section.entries', { count: total })
        }`}
      </VisuallyHidden>
      {empty && (
        <NoEntriesState
          personaTitle={titleOf(tree.persona)}
          query={tree.searching ? tree.query : undefined}
          personas={personas.filter(p => p.id !== tree.persona)}
          counts={index.countByPersona(tree.searching ? tree.query : '')}
          onSelectPersona={choosePersona}
        />
      )}
      <Grid container spacing={3} alignItems="stretch">
        {sections.map(section => (
          <Grid
            item
            key={section.section.id}
            xs={12}
            md={columns}
            lg={sections.length >= 3 ? 4 : columns}
          >
            <DocsSectionCard
              view={section}
              searching={tree.searching}
              personaTitle={
                tree.persona === ALL_PERSONAS
                  ? undefined
                  : titleOf(tree.persona)
              }
              renderLabel={renderLabel}
            />
          </Grid>
        ))}
      </Grid>
    </DocsSiteInfoProvider>
  );
}
