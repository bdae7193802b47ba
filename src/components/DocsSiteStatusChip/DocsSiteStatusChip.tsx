import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { makeStyles } from '@material-ui/core/styles';
import { DocsSiteStatus } from '../../techdocs/DocsSiteInfoLoader';
import { personaDocsTranslationRef } from '../../translation';

const useStyles = makeStyles(theme => ({
  chip: {
    height: 20,
    fontSize: theme.typography.caption.fontSize,
  },
  notFound: {
    borderColor: theme.palette.warning.main,
    color: theme.palette.text.primary,
  },
}));

/**
 * A small chip for a docs entry whose TechDocs site is missing ("Docs not
 * found") or did not answer ("Status unknown"); nothing otherwise.
 */
export function DocsSiteStatusChip(props: {
  status?: DocsSiteStatus;
  entityRef: string;
}) {
  const { status, entityRef } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  if (status !== 'not-found' && status !== 'unknown') return null;
  const notFound = status === 'not-found';
  return (
    <Tooltip
      title={
        notFound
          ? t('entry.docsNotFoundHint', { entityRef })
          : t('entry.statusUnknownHint', { entityRef })
      }
    >
      <Chip
        size="small"
        variant="outlined"
        label={notFound ? t('entry.docsNotFound') : t('entry.statusUnknown')}
        className={
          notFound ? `${classes.chip} ${classes.notFound}` : classes.chip
        }
      />
    </Tooltip>
  );
}
