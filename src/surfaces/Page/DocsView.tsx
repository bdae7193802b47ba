import { Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { usePersonaSelection } from '../../api/usePersonaSelection';
import { useDocsLanguage } from '../../hooks/useDocsLanguage';
import { useOpenEntry } from '../../hooks/useOpenEntry';
import { usePersonaDocsAnalytics } from '../../hooks/usePersonaDocsAnalytics';
import { useLearningProgress } from '../../progress/useLearningProgress';
import { usePersonaDocsUrl } from '../../hooks/usePersonaDocsUrl';
import { personaTitle } from '../../model/personas';
import { ALL_PERSONAS, DocsEntry } from '../../model/types';
import { useInsideDocsSearch } from '../../search/useInsideDocsSearch';
import { PersonaDocsData } from '../../store/PersonaDocsData';
import { useDocsTargetHref } from '../../techdocs/useDocsTargetHref';
import { personaDocsTranslationRef } from '../../translation';
import { CatalogStatusLine } from './states/CatalogStatusLine';
import { ConfigProblemsPanel } from './states/ConfigProblemsPanel';
import { useEntryRows } from './tree/useEntryRows';
import { FilterControls } from './toolbar/FilterControls';
import { EmptySections } from './states/EmptySections';
import { InsideDocsResults } from './search/InsideDocsResults';
import { LearningPathCard } from '../../components/entries/LearningPathCard';
import { NoEntriesState } from './states/NoEntriesState';
import { PersonaCards } from '../../components/persona/PersonaCards';
import { PersonaCardsDialog } from '../../components/persona/PersonaCardsDialog';
import { PersonaReasonLine } from '../../components/persona/PersonaReasonLine';
import { PersonaSelect } from '../../components/persona/PersonaSelect';
import { SectionsGrid } from './tree/SectionsGrid';
import { SectionFilter } from './toolbar/SectionFilter';
import { VisuallyHidden } from '../../components/primitives/VisuallyHidden';
import { sectionsLayout, shownPersona } from './pageView';
import { SaveStateNote } from '../../components/status/SaveStateNote';

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
    minWidth: 0,
  },
  cards: {
    padding: theme.spacing(3),
  },
  paths: {
    marginBottom: theme.spacing(3),
  },
}));

/**
 * The docs of the page: the persona select and reason, section filter and
 * filter box, learning paths, search inside the docs, and the section trees.
 */
export function DocsView(props: { store: PersonaDocsData }) {
  const { model } = props.store;
  const language = useDocsLanguage();
  const index = props.store.index(language);
  const personas = props.store.personas(language);
  const { sections } = index;
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const { selection, selectPersona, clearSelection } = usePersonaSelection();
  const [url, updateUrl] = usePersonaDocsUrl();
  const analytics = usePersonaDocsAnalytics();
  const [cardsOpen, setCardsOpen] = useState(false);
  // The filter box keeps the text being typed and hands it here in a
  // transition; the select answers at once, and the trees follow in an
  // interruptible render, so typing in a portal with tens of thousands of
  // entries never freezes the page.
  const [shownQuery, setShownQuery] = useState(url.query);
  const writeQuery = useCallback(
    (text: string) => updateUrl({ query: text }),
    [updateUrl],
  );
  const shown = shownPersona({
    personas,
    selection,
    linkPersona: url.persona,
  });
  const deferredPersona = useDeferredValue(shown.persona);
  const tree = useMemo(
    () =>
      deferredPersona ? index.filter(deferredPersona, shownQuery) : undefined,
    [index, deferredPersona, shownQuery],
  );
  const layout = sectionsLayout({ sections, section: url.section, tree });
  const titleOf = (id: string) =>
    personaTitle(personas, id, t('personaSelect.allPersonas'));

  const pick = useCallback(
    (personaId: string) => {
      analytics.picked(personaId);
      setCardsOpen(false);
      // The URL follows the pick, so the page stays shareable.
      updateUrl({ persona: personaId });
      selectPersona(personaId);
    },
    [analytics, selectPersona, updateUrl],
  );
  const inside = useInsideDocsSearch(props.store.flat, deferredPersona);
  const progress = useLearningProgress(deferredPersona);
  const openEntry = useOpenEntry(deferredPersona, progress);
  const { isDone } = progress;

  const hrefOf = useDocsTargetHref();
  const showBadges = deferredPersona === ALL_PERSONAS && personas.length > 0;
  const badgesOf = useCallback(
    (entry: DocsEntry) => index.personasShowing(entry),
    [index],
  );
  const renderRow = useEntryRows({
    personas,
    badgesOf: showBadges ? badgesOf : undefined,
    onOpen: openEntry,
    isDone,
  });
  const countsBySection = useCallback(
    (personaId: string) => index.countsBySection(personaId),
    [index],
  );

  if (!shown.persona || !tree) {
    return <Progress aria-label={t('page.loading')} />;
  }

  const cards = (
    <PersonaCards
      personas={personas}
      sections={sections}
      countsBySection={countsBySection}
      current={shown.askWhoYouAre ? undefined : shown.persona}
      onPick={pick}
    />
  );
  if (shown.askWhoYouAre) {
    return (
      <>
        <ConfigProblemsPanel problems={model.problems} />
        <Paper
          className={classes.cards}
          variant="outlined"
          component="section"
          aria-labelledby="persona-docs-cards-title"
        >
          <Typography
            variant="h5"
            component="h2"
            id="persona-docs-cards-title"
            gutterBottom
          >
            {t('personaCards.title')}
          </Typography>
          <Typography paragraph>{t('personaCards.description')}</Typography>
          {cards}
        </Paper>
      </>
    );
  }

  const reset = shown.reset && {
    type: shown.reset.type,
    title: titleOf(shown.reset.personaId),
  };
  const onReset = () => {
    updateUrl({ persona: undefined });
    if (shown.reset?.type === 'automatic') clearSelection();
  };
  const shownTitle = titleOf(tree.persona);

  return (
    <>
      <ConfigProblemsPanel problems={model.problems} />
      <Paper className={classes.toolbar} variant="outlined">
        <div className={classes.persona}>
          <PersonaSelect
            personas={personas}
            value={shown.persona}
            onPick={pick}
          />
          <PersonaReasonLine
            reason={shown.reason}
            reset={reset}
            unsaved={selection?.unsaved}
            saving={selection?.saving}
            onReset={onReset}
          />
        </div>
        {sections.length > 1 && (
          <SectionFilter
            sections={sections}
            value={layout.sectionFilter}
            onChange={section => updateUrl({ section })}
          />
        )}
        <FilterControls
          urlQuery={url.query}
          writeToUrl={writeQuery}
          onQuery={setShownQuery}
          onSearchInside={inside.available ? inside.search : undefined}
        />
        <Button color="primary" onClick={() => setCardsOpen(true)}>
          {t('personaCards.open')}
        </Button>
      </Paper>
      <PersonaCardsDialog open={cardsOpen} onClose={() => setCardsOpen(false)}>
        {cards}
      </PersonaCardsDialog>
      <VisuallyHidden role="status">
        {`${shownTitle}: ${
          tree.filtering
            ? t('section.matches', { count: layout.matches })
            : t('section.entries', { count: layout.total })
        }`}
      </VisuallyHidden>
      <CatalogStatusLine />
      <InsideDocsResults
        search={inside}
        personaTitle={shownTitle}
        language={language}
        hrefOf={hrefOf}
      />
      {progress.paths.length > 0 && (
        <section className={classes.paths} aria-labelledby="persona-docs-paths">
          <Typography
            variant="h5"
            component="h2"
            id="persona-docs-paths"
            gutterBottom
          >
            {t('paths.title')}
          </Typography>
          <SaveStateNote what="progress" state={progress.saveState} />
          <Grid container spacing={3}>
            {progress.paths.map(path => (
              <Grid item xs={12} md={6} lg={4} key={path.path.entry.id}>
                <LearningPathCard
                  progress={path}
                  language={language}
                  hrefOf={hrefOf}
                  onOpen={openEntry}
                  onSetDone={progress.setDone}
                  onReset={() => progress.reset(path.path)}
                  isDone={isDone}
                />
              </Grid>
            ))}
          </Grid>
        </section>
      )}
      {layout.empty && (
        <NoEntriesState
          personaTitle={shownTitle}
          query={tree.filtering ? tree.query : undefined}
          personas={personas.filter(p => p.id !== tree.persona)}
          counts={index.countByPersona(tree.filtering ? tree.query : '')}
          onSelectPersona={pick}
        />
      )}
      <SectionsGrid
        sections={layout.filledSections}
        filtering={tree.filtering}
        renderRow={renderRow}
      />
      <EmptySections
        sections={layout.emptySections}
        filtering={tree.filtering}
        personaTitle={tree.persona === ALL_PERSONAS ? undefined : shownTitle}
        onShowForAll={section => updateUrl({ persona: ALL_PERSONAS, section })}
      />
    </>
  );
}
