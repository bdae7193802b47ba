import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { personaDocsTranslationRef } from '../../../translation';

const useStyles = makeStyles(theme => ({
  root: {
    padding: theme.spacing(3),
  },
  code: {
    marginTop: theme.spacing(2),
    padding: theme.spacing(2),
    overflowX: 'auto',
    backgroundColor: theme.palette.background.default,
    color: theme.palette.text.primary,
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
    fontSize: '0.85rem',
  },
}));

/**
 * A short, working example; the README has the full reference.
 */
export const EXAMPLE_CONFIG = `personaDocs:
  personas:
    - id: administrator
      title: Administrator / Operator
      groups: [group:default/platform-team]
  sections:
    - id: developer-portal
      title: Developer Portal
      entries:
        - title: Administrator guides
          personas: [administrator]
          children:
            - title: Installing and configuring
              docs: component:default/backstage-docs
              path: admin/installing
        - title: Backstage threat model
          url: https://backstage.io/docs/overview/threat-model`;

/**
 * Shown when app-config maps no docs yet: tells administrators what to
 * write.
 */
export function NotConfiguredState() {
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  return (
    <Paper className={classes.root} variant="outlined">
      <Typography variant="h5" component="h2" gutterBottom>
        {t('emptyState.notConfiguredTitle')}
      </Typography>
      <Typography>{t('emptyState.notConfiguredDescription')}</Typography>
      <pre className={classes.code}>
        <code>{EXAMPLE_CONFIG}</code>
      </pre>
    </Paper>
  );
}
