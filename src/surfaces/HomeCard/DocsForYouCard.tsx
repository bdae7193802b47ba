import { Progress } from '@backstage/core-components';
import { RouterLink, useTranslationRef } from '@backstage/frontend-plugin-api';
import MaterialLink from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { usePersonaSelection } from '../../api/usePersonaSelection';
import { useDocsLanguage } from '../../hooks/useDocsLanguage';
import { useOpenEntry } from '../../hooks/useOpenEntry';
import { usePersonaDocsAnalytics } from '../../hooks/usePersonaDocsAnalytics';
import { usePersonaDocsData } from '../../hooks/usePersonaDocsData';
import { personaTitle } from '../../model/personas';
import { useLearningProgress } from '../../progress/useLearningProgress';
import { useDocsRoutes } from '../../routing/DocsRoutes';
import { useDocsTargetHref } from '../../techdocs/useDocsTargetHref';
import { personaDocsTranslationRef } from '../../translation';
import { firstEntries } from '../../tree/navigation';
import { EntryList } from '../../components/entries/EntryList';
import { LearningPathCard } from '../../components/entries/LearningPathCard';
import { PersonaCards } from '../../components/persona/PersonaCards';
import { PersonaSelect } from '../../components/persona/PersonaSelect';

const useStyles = makeStyles(theme => ({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(2),
  },
}));

/** Settings of the home card. */
export interface DocsForYouCardProps {
  /** How many entries to list; 5 by default. */
  limit?: number;
  /** A section id, to list that section's entries only. */
  section?: string;
}

/**
 * "Docs for you", the home page card: the reader's persona with a way to
 * switch it, the learning path they are on (or the first they have not
 * finished) with its next step, the first other entries of their tree, and
 * a link to the persona docs page.
 * Readers whom nothing assigns a persona are asked who they are.
 */
export function DocsForYouCard(props: DocsForYouCardProps) {
  const limit = Math.max(1, Math.min(50, Number(props.limit) || 5));
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const store = usePersonaDocsData();
  const language = useDocsLanguage();
  const personas = store.personas(language);
  const { selection, selectPersona } = usePersonaSelection();
  const persona = selection?.personaId;
  const progress = useLearningProgress(persona);
  const open = useOpenEntry(persona, progress);
  const analytics = usePersonaDocsAnalytics();
  const hrefOf = useDocsTargetHref();
  const { pageHref } = useDocsRoutes();
  const pick = (personaId: string) => {
    analytics.picked(personaId);
    selectPersona(personaId);
  };

  if (!selection || !persona) return <Progress />;
  const index = store.index(language);
  if (selection.reason.type === 'none') {
    return (
      <div className={classes.root} data-testid="persona-docs-home-card">
        <Typography variant="h6" component="h3">
          {t('personaCards.title')}
        </Typography>
        <PersonaCards
          personas={personas}
          sections={index.sections}
          countsBySection={id => index.countsBySection(id)}
          onPick={pick}
          compact
        />
      </div>
    );
  }

  // The path the reader is on, else the first one they have not finished:
  // a path is where a newcomer should start.
  const path =
    progress.paths.find(p => p.started && !p.complete) ??
    progress.paths.find(p => !p.complete);
  const steps = new Set(path?.path.steps);
  const entries = firstEntries(store.flat, persona, {
    sectionId: props.section,
    limit: limit + steps.size,
  })
    .filter(entry => !steps.has(entry))
    .slice(0, limit);
  return (
    <div className={classes.root} data-testid="persona-docs-home-card">
      <PersonaSelect
        id="persona-docs-home-persona"
        personas={personas}
        value={persona}
        onPick={pick}
      />
      {path && (
        <LearningPathCard
          progress={path}
          language={language}
          hrefOf={hrefOf}
          onOpen={open}
          isDone={progress.isDone}
          compact
        />
      )}
      {!path && entries.length === 0 && (
        <Typography>
          {t('home.empty', {
            persona: personaTitle(
              personas,
              persona,
              t('personaSelect.allPersonas'),
            ),
          })}
        </Typography>
      )}
      {entries.length > 0 && (
        <EntryList
          entries={entries}
          language={language}
          hrefOf={hrefOf}
          onOpen={open}
        />
      )}
      {pageHref && (
        <MaterialLink component={RouterLink} href={pageHref}>
          {t('home.allDocs')}
        </MaterialLink>
      )}
    </div>
  );
}
