import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { SaveState } from '../../sync/SyncedValue';
import { personaDocsTranslationRef } from '../../translation';

const useStyles = makeStyles(theme => ({
  saving: { color: theme.palette.text.secondary },
  retrying: { color: theme.palette.warning.dark },
}));

/**
 * Tells the reader when their persona choice or progress is taking long to
 * save, or is not saved yet (and being retried). Says nothing otherwise, but
 * stays in the page so that screen readers announce what it says next.
 */
export function SaveStateNote(props: {
  state?: SaveState;
  what: 'choice' | 'progress';
}) {
  const { state, what } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const texts = {
    saving: t(what === 'choice' ? 'reason.saving' : 'paths.saving'),
    retrying: t(what === 'choice' ? 'reason.unsaved' : 'paths.unsaved'),
  };
  const text = state === 'saving' || state === 'retrying' ? texts[state] : '';
  return (
    <Typography
      variant="body2"
      component="span"
      role="status"
      className={state === 'retrying' ? classes.retrying : classes.saving}
    >
      {text}
    </Typography>
  );
}
