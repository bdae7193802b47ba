import { Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { usePersona } from '../../api/usePersona';
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
import { CatalogStatusLine } from '../CatalogStatusLine';
import { ConfigProblemsPanel } from '../ConfigProblemsPanel';
import { useEntryLabels } from '../DocsEntryLabel';
import { DocsSearchControls } from '../DocsSearchField';
import { EmptySections } from '../EmptySections';
import { InsideDocsResults } from '../InsideDocsResults';
import { LearningPathCard } from '../LearningPaths';
import { SaveStateNote } from '../SaveStateNote';
import { NoEntriesState } from '../NoEntriesState';
import { PersonaPicker, PersonaPickerDialog } from '../PersonaPicker';
import { PersonaReasonLine } from '../PersonaReasonLine';
import { PersonaSelector } from '../PersonaSelector';
import { SectionsGrid } from '../SectionsGrid';
import { SectionFilter } from '../SectionFilter';
import { VisuallyHidden } from '../VisuallyHidden';
import { pageView } from './pageView';

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
  picker: {
    padding: theme.spacing(3),
  },
  paths: {
    marginBottom: theme.spacing(3),
  },
}));

/**
 * The docs of the page: the persona selector and reason, section filter and
 * search, learning paths, search inside the docs, and the section trees.
 */
export function DocsView(props: { store: PersonaDocsData }) {
  const { model } = props.store;
  const language = useDocsLanguage();
  const index = props.store.index(language);
  const personas = props.store.personas(language);
  const { sections } = index;
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const { selection, selectPersona, clearSelection } = usePersona();
  const [url, updateUrl] = usePersonaDocsUrl();
  const analytics = usePersonaDocsAnalytics();
  const [pickerOpen, setPickerOpen] = useState(false);
  // The search box keeps the text being typed and hands it here in a
  // transition; the selector answers at once, and the trees follow in an
  // interruptible render, so typing in a portal with tens of thousands of
  // entries never freezes the page.
  const [shownQuery, setShownQuery] = useState(url.query);
  const writeQuery = useCallback(
    (text: string) => updateUrl({ query: text }),
    [updateUrl],
  );
  const persona = pageView({
    personas,
    sections,
    selection,
    linkPersona: url.persona,
  }).persona;
  const shownPersona = useDeferredValue(persona);
  const tree = useMemo(
    () => (shownPersona ? index.filter(shownPersona, shownQuery) : undefined),
    [index, shownPersona, shownQuery],
  );
  const view = pageView({
    personas,
    sections,
    selection,
    linkPersona: url.persona,
    section: url.section,
    tree,
  });
  const titleOf = (id: string) =>
    personaTitle(personas, id, t('personaSelector.allPersonas'));

  const pick = useCallback(
    (personaId: string) => {
      analytics.picked(personaId);
      setPickerOpen(false);
      // The URL follows the pick, so the page stays shareable.
      updateUrl({ persona: personaId });
      selectPersona(personaId);
    },
    [analytics, selectPersona, updateUrl],
  );
  const inside = useInsideDocsSearch(props.store.flat, shownPersona);
  const progress = useLearningProgress(shownPersona);
  const openEntry = useOpenEntry(shownPersona, progress);
  const { isDone } = progress;

  const hrefOf = useDocsTargetHref();
  const showBadges = shownPersona === ALL_PERSONAS && personas.length > 0;
  const badgesOf = useCallback(
    (entry: DocsEntry) => index.personasShowing(entry),
    [index],
  );
  const renderLabel = useEntryLabels({
    personas,
    badgesOf: showBadges ? badgesOf : undefined,
    onOpen: openEntry,
    isDone,
  });
  const countsBySection = useCallback(
    (personaId: string) => index.countsBySection(personaId),
    [index],
  );

  if (!view.persona || !tree) {
    return <Progress aria-label={t('page.loading')} />;
  }

  const picker = (
    <PersonaPicker
      personas={personas}
      sections={sections}
      countsBySection={countsBySection}
      current={view.askWhoYouAre ? undefined : view.persona}
      onPick={pick}
    />
  );
  if (view.askWhoYouAre) {
    return (
      <>
        <ConfigProblemsPanel problems={model.problems} />
        <Paper
          className={classes.picker}
          variant="outlined"
          component="section"
          aria-labelledby="persona-docs-picker-title"
        >
          <Typography
            variant="h5"
            component="h2"
            id="persona-docs-picker-title"
            gutterBottom
          >
            {t('picker.title')}
          </Typography>
          <Typography paragraph>{t('picker.description')}</Typography>
          {picker}
        </Paper>
      </>
    );
  }

  const reset = view.reset && {
    type: view.reset.type,
    title: titleOf(view.reset.personaId),
  };
  const onReset = () => {
    updateUrl({ persona: undefined });
    if (view.reset?.type === 'automatic') clearSelection();
  };
  const shownTitle = titleOf(tree.persona);

  return (
    <>
      <ConfigProblemsPanel problems={model.problems} />
      <Paper className={classes.toolbar} variant="outlined">
        <div className={classes.persona}>
          <PersonaSelector
            personas={personas}
            value={view.persona}
            onPick={pick}
          />
          <PersonaReasonLine
            reason={view.reason}
            reset={reset}
            unsaved={selection?.unsaved}
            saving={selection?.saving}
            onReset={onReset}
          />
        </div>
        {sections.length > 1 && (
          <SectionFilter
            sections={sections}
            value={view.sectionFilter}
            onChange={section => updateUrl({ section })}
          />
        )}
        <DocsSearchControls
          urlQuery={url.query}
          writeToUrl={writeQuery}
          onQuery={setShownQuery}
          onSearchInside={inside.available ? inside.search : undefined}
        />
        <Button color="primary" onClick={() => setPickerOpen(true)}>
          {t('picker.open')}
        </Button>
      </Paper>
      <PersonaPickerDialog
        open={pickerOpen}
        onClose={() => setPickerOpen(false)}
      >
        {picker}
      </PersonaPickerDialog>
      <VisuallyHidden role="status">
        {`${shownTitle}: ${
          tree.searching
            ? t('section.matches', { count: view.matches })
            : t('section.entries', { count: view.total })
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
      {view.empty && (
        <NoEntriesState
          personaTitle={shownTitle}
          query={tree.searching ? tree.query : undefined}
          personas={personas.filter(p => p.id !== tree.persona)}
          counts={index.countByPersona(tree.searching ? tree.query : '')}
          onSelectPersona={pick}
        />
      )}
      <SectionsGrid
        sections={view.filledSections}
        searching={tree.searching}
        renderLabel={renderLabel}
      />
      <EmptySections
        sections={view.emptySections}
        searching={tree.searching}
        personaTitle={tree.persona === ALL_PERSONAS ? undefined : shownTitle}
        onShowForAll={section => updateUrl({ persona: ALL_PERSONAS, section })}
      />
    </>
  );
}
