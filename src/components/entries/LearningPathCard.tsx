import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import Card from '@material-ui/core/Card';
import CardActions from '@material-ui/core/CardActions';
import CardContent from '@material-ui/core/CardContent';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useId } from 'react';
import { localize } from '../../model/localize';
import { DocsEntry } from '../../model/types';
import { PathProgress } from '../../progress/pathProgress';
import { DocsTargetHref } from '../../techdocs/useDocsTargetHref';
import { personaDocsTranslationRef } from '../../translation';
import { EntryLink } from './EntryLink';
import { useEntryTexts } from './useEntryTexts';
import { VisuallyHidden } from '../primitives/VisuallyHidden';

const useStyles = makeStyles(theme => ({
  card: { height: '100%' },
  bar: { margin: theme.spacing(1, 0) },
  next: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    alignItems: 'baseline',
  },
  steps: { margin: theme.spacing(1, 0, 0), padding: 0, listStyle: 'none' },
}));

/** An entry's title, in the reader's language or as TechDocs gives it. */
function StepTitle(props: { entry: DocsEntry; language?: string }) {
  const { title } = useEntryTexts(
    props.entry,
    localize(props.entry, props.language),
  );
  return <>{title}</>;
}

/**
 * One learning path: how far the reader is ("3 of 7 done"), a link to the
 * next step, and, unless compact, every step as a checkbox and a reset.
 */
export function LearningPathCard(props: {
  progress: PathProgress;
  language?: string;
  hrefOf: DocsTargetHref;
  onOpen(entry: DocsEntry): void;
  onSetDone?(entry: DocsEntry, done: boolean): void;
  onReset?(): void;
  isDone(entryId: string): boolean;
  compact?: boolean;
}) {
  const { progress, language, hrefOf, onOpen, onSetDone, onReset, isDone } =
    props;
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const headingId = useId();
  const pathTitle = localize(progress.path.entry, language).title ?? '';
  const percent = Math.round((100 * progress.done) / progress.total);
  return (
    <Card
      variant="outlined"
      className={classes.card}
      component="section"
      aria-labelledby={headingId}
    >
      <CardContent>
        <Typography variant="h6" component="h3" id={headingId}>
          {pathTitle}
        </Typography>
        <Typography variant="body2">
          {t('paths.progress', {
            done: String(progress.done),
            total: String(progress.total),
          })}
        </Typography>
        <LinearProgress
          className={classes.bar}
          variant="determinate"
          value={percent}
          aria-label={t('paths.progressLabel', { path: pathTitle })}
        />
        {progress.next ? (
          <div className={classes.next}>
            <Typography variant="body2" component="span">
              {t('paths.next')}:
            </Typography>
            <EntryLink entry={progress.next} hrefOf={hrefOf} onOpen={onOpen}>
              <StepTitle entry={progress.next} language={language} />
            </EntryLink>
          </div>
        ) : (
          <Typography variant="body2">{t('paths.complete')}</Typography>
        )}
        {!props.compact && onSetDone && (
          <ul
            className={classes.steps}
            aria-label={t('paths.steps', { path: pathTitle })}
          >
            {progress.path.steps.map(step => (
              <li key={step.id}>
                <FormControlLabel
                  control={
                    <Checkbox
                      size="small"
                      color="primary"
                      checked={isDone(step.id)}
                      onChange={event => onSetDone(step, event.target.checked)}
                    />
                  }
                  label={<StepTitle entry={step} language={language} />}
                />
              </li>
            ))}
          </ul>
        )}
      </CardContent>
      {!props.compact && onReset && progress.started && (
        <CardActions>
          {/* The path's title is spoken after the visible text, so that the
              name starts with what is on screen in every language. */}
          <Button size="small" onClick={onReset}>
            {t('paths.reset')}
            <VisuallyHidden> {pathTitle}</VisuallyHidden>
          </Button>
        </CardActions>
      )}
    </Card>
  );
}
