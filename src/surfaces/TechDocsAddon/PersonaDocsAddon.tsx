import { RouterLink, useTranslationRef } from '@backstage/frontend-plugin-api';
import Breadcrumbs from '@material-ui/core/Breadcrumbs';
import Button from '@material-ui/core/Button';
import MaterialLink from '@material-ui/core/Link';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useEffect, useMemo } from 'react';
import { usePersonaSelection } from '../../api/usePersonaSelection';
import { useDocsLanguage } from '../../hooks/useDocsLanguage';
import { useOpenEntry } from '../../hooks/useOpenEntry';
import { usePersonaDocsData } from '../../hooks/usePersonaDocsData';
import { localize } from '../../model/localize';
import { personaTitle } from '../../model/personas';
import { DocsEntry } from '../../model/types';
import { useLearningProgress } from '../../progress/useLearningProgress';
import { useDocsRoutes } from '../../routing/DocsRoutes';
import {
  DocsTargetHref,
  useDocsTargetHref,
} from '../../techdocs/useDocsTargetHref';
import { personaDocsTranslationRef } from '../../translation';
import { locateDocsPage } from '../../tree/navigation';
import { EntryLink } from '../../components/entries/EntryLink';
import { useEntryTexts } from '../../components/entries/useEntryTexts';
import { SaveStateNote } from '../../components/status/SaveStateNote';
import { useReaderPage } from './useReaderPage';

const useStyles = makeStyles(theme => ({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1, 3),
    padding: theme.spacing(1, 2),
    margin: theme.spacing(0, 0, 2),
  },
  trail: { flex: '1 1 100%' },
  step: { display: 'flex', alignItems: 'center', gap: theme.spacing(1) },
  neighbours: {
    display: 'flex',
    gap: theme.spacing(3),
    flexWrap: 'wrap',
    marginLeft: 'auto',
  },
}));

function Title(props: { entry: DocsEntry; language?: string }) {
  return (
    <>
      {useEntryTexts(props.entry, localize(props.entry, props.language)).title}
    </>
  );
}

function Neighbour(props: {
  entry: DocsEntry;
  label: string;
  language?: string;
  hrefOf: DocsTargetHref;
  onOpen(entry: DocsEntry): void;
}) {
  const { entry, label, language, hrefOf, onOpen } = props;
  return (
    <Typography variant="body2" component="span">
      {label}:{' '}
      <EntryLink entry={entry} hrefOf={hrefOf} onOpen={onOpen}>
        <Title entry={entry} language={language} />
      </EntryLink>
    </Typography>
  );
}

/**
 * Shown above a TechDocs page that is an entry of the reader's persona
 * tree: where the page sits ("Administrator guides › Installing"), the
 * entries before and after it (in another site if need be; within its
 * learning path when it is a step of one, with the step's progress), and a
 * way back to the persona docs page. A page in no entry shows nothing.
 */
export function PersonaDocsAddon() {
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const store = usePersonaDocsData();
  const language = useDocsLanguage();
  const { selection } = usePersonaSelection();
  const persona = selection?.personaId;
  const { entity, path } = useReaderPage();
  const { flat } = store;
  const location = useMemo(
    () => (persona ? locateDocsPage(flat, persona, entity, path) : undefined),
    [flat, persona, entity, path],
  );
  const progress = useLearningProgress(persona);
  const open = useOpenEntry(persona, progress);
  const hrefOf = useDocsTargetHref();
  const { pageHref } = useDocsRoutes();

  // Reading a step of a learning path in the reader counts it done.
  const { opened } = progress;
  const readEntry = location?.path ? location.entry : undefined;
  useEffect(() => {
    if (readEntry) opened(readEntry);
  }, [readEntry, opened]);

  if (!location || !persona) return null;
  const personaName = personaTitle(
    store.personas(language),
    persona,
    t('personaSelect.allPersonas'),
  );
  const pathTitle =
    location.path && localize(location.path.entry, language).title;
  const pathProgress = progress.paths.find(
    p => p.path.entry === location.path?.entry,
  );
  return (
    <Paper
      component="nav"
      variant="outlined"
      className={classes.root}
      aria-label={t('addon.label', { persona: personaName })}
    >
      <Breadcrumbs className={classes.trail} aria-label={t('addon.trail')}>
        {location.trail.map(entry =>
          entry.target ? (
            <EntryLink
              key={entry.id}
              entry={entry}
              hrefOf={hrefOf}
              onOpen={open}
            >
              <Title entry={entry} language={language} />
            </EntryLink>
          ) : (
            <Typography key={entry.id} variant="body2" component="span">
              <Title entry={entry} language={language} />
            </Typography>
          ),
        )}
        <Typography variant="body2" component="span" aria-current="page">
          <Title entry={location.entry} language={language} />
        </Typography>
      </Breadcrumbs>
      {location.path && (
        <div className={classes.step}>
          <Typography variant="body2" component="span">
            {t('paths.stepOf', {
              step: String(location.path.step + 1),
              total: String(location.path.steps.length),
              path: pathTitle ?? '',
            })}
          </Typography>
          {pathProgress && (
            <Typography variant="body2" component="span" color="textSecondary">
              {t('paths.progress', {
                done: String(pathProgress.done),
                total: String(pathProgress.total),
              })}
            </Typography>
          )}
          {progress.isDone(location.entry.id) && (
            <Button
              size="small"
              onClick={() => progress.setDone(location.entry, false)}
            >
              {t('addon.markUndone')}
            </Button>
          )}
          <SaveStateNote what="progress" state={progress.saveState} />
        </div>
      )}
      <div className={classes.neighbours}>
        {location.previous && (
          <Neighbour
            entry={location.previous}
            label={t('addon.previous')}
            language={language}
            hrefOf={hrefOf}
            onOpen={open}
          />
        )}
        {location.next && (
          <Neighbour
            entry={location.next}
            label={t('addon.next')}
            language={language}
            hrefOf={hrefOf}
            onOpen={open}
          />
        )}
        {pageHref && (
          <MaterialLink component={RouterLink} href={pageHref} variant="body2">
            {t('addon.back', { persona: personaName })}
          </MaterialLink>
        )}
      </div>
    </Paper>
  );
}
