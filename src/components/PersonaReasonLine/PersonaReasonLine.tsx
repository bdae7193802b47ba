import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { PersonaReason } from '../../api/PersonaApi';
import { personaDocsTranslationRef } from '../../translation';

const useStyles = makeStyles(theme => ({
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    minHeight: 30,
  },
  warning: {
    color: theme.palette.warning.dark,
  },
}));

/**
 * Why the shown persona applies to the reader.
 *
 * @internal
 */
export type ShownPersonaReason = PersonaReason | { type: 'link' };

/**
 * One line saying why the shown persona applies, with a way back to the
 * reader's default when their own choice or a shared link overrides it.
 *
 * @internal
 */
export function PersonaReasonLine(props: {
  reason: ShownPersonaReason;
  /** The persona a reset goes back to; no reset button when undefined. */
  resetTo?: string;
  unsaved?: boolean;
  onReset(): void;
}) {
  const { reason, resetTo, unsaved, onReset } = props;
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
      {unsaved && (
        <Typography variant="body2" className={classes.warning}>
          {t('reason.unsaved')}
        </Typography>
      )}
      {resetTo !== undefined && (
        <Button size="small" color="primary" onClick={onReset}>
          {reason.type === 'link'
            ? t('reason.useOwn', { persona: resetTo })
            : t('reason.reset', { persona: resetTo })}
        </Button>
      )}
    </div>
  );
}
