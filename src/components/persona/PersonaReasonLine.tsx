import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { PersonaSelection } from '../../api/PersonaApi';
import { personaDocsTranslationRef } from '../../translation';
import { SaveStateNote } from '../status/SaveStateNote';

/**
 * Why the shown persona applies: the reader's selection, or a shared link.
 */
export type ShownReason = PersonaSelection['reason'] | { type: 'link' };

const useStyles = makeStyles(theme => ({
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    minHeight: 30,
  },
}));

/**
 * One line saying why the shown persona applies, with a way back to the
 * reader's default when their own choice or a shared link overrides it.
 */
export function PersonaReasonLine(props: {
  reason: ShownReason;
  /**
   * The way back, with the title of the persona it leads to: from a link to
   * the reader's own persona, or from the reader's choice to the automatic
   * one. No button when undefined.
   */
  reset?: { type: 'own' | 'automatic'; title: string };
  /** The reader's choice is not saved yet (and being retried). */
  unsaved?: boolean;
  /** Saving the reader's choice is taking long. */
  saving?: boolean;
  onReset(): void;
}) {
  const { reason, reset, unsaved, saving, onReset } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  let text: string;
  switch (reason.type) {
    case 'chosen':
      text = t('reason.chosen');
      break;
    case 'group':
      text = t('reason.group', { entityRef: reason.entityRef });
      break;
    case 'default':
      text = t('reason.default');
      break;
    case 'link':
      text = t('reason.link');
      break;
    default:
      text = t('reason.none');
  }
  return (
    <div className={classes.line}>
      <Typography
        variant="body2"
        color="textSecondary"
        id="persona-docs-reason"
      >
        {text}
      </Typography>
      <SaveStateNote what="choice" state={saveState(unsaved, saving)} />
      {reset && (
        <Button size="small" color="primary" onClick={onReset}>
          {reset.type === 'own'
            ? t('reason.useOwn', { persona: reset.title })
            : t('reason.reset', { persona: reset.title })}
        </Button>
      )}
    </div>
  );
}

function saveState(unsaved?: boolean, saving?: boolean) {
  if (unsaved) return 'retrying';
  return saving ? 'saving' : undefined;
}
