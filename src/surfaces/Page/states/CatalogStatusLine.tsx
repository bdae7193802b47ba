import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import { useCatalogStatus } from '../../../hooks/usePersonaDocsData';
import { MAX_CATALOG_ENTITIES } from '../../../catalog/loadCatalogEntities';
import { personaDocsTranslationRef } from '../../../translation';

const useStyles = makeStyles(theme => ({
  root: { marginBottom: theme.spacing(2) },
}));

/**
 * Where the entries from the catalog stand, above the trees: while they
 * load (the configured entries are there already), when they could not be
 * loaded, and when the catalog matched more entities than are listed.
 * Nothing once they are in, or when no group asks the catalog.
 */
export function CatalogStatusLine() {
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const { status, retry } = useCatalogStatus();
  if (status.state === 'loading') {
    return (
      <div className={classes.root} role="status">
        <Typography variant="body2" color="textSecondary">
          {status.slow ? t('catalog.slow') : t('catalog.loading')}
        </Typography>
        <LinearProgress aria-label={t('catalog.loading')} />
      </div>
    );
  }
  if (status.state === 'failed') {
    return (
      <Alert
        className={classes.root}
        severity="warning"
        action={
          <Button color="inherit" size="small" onClick={retry}>
            {t('catalog.retry')}
          </Button>
        }
      >
        {t('catalog.failed', { error: status.error })}
      </Alert>
    );
  }
  if (status.state === 'loaded' && status.endless) {
    return (
      <Alert className={classes.root} severity="warning">
        {t('catalog.endless')}
      </Alert>
    );
  }
  if (status.state === 'loaded' && status.truncated) {
    return (
      <Alert className={classes.root} severity="info">
        {t('catalog.truncated', { max: MAX_CATALOG_ENTITIES.toLocaleString() })}
      </Alert>
    );
  }
  return null;
}
