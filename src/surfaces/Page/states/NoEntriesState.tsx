import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Persona } from '../../../model/types';
import { personaDocsTranslationRef } from '../../../translation';

const useStyles = makeStyles(theme => ({
  root: {
    padding: theme.spacing(3),
    marginBottom: theme.spacing(2),
  },
  personas: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    marginTop: theme.spacing(1.5),
  },
}));

/**
 * Explains an empty page: the persona has no entries (or none matching the
 * filter), and offers the personas that do have some.
 */
export function NoEntriesState(props: {
  personaTitle: string;
  query?: string;
  personas: Persona[];
  counts: Map<string, number>;
  onSelectPersona(personaId: string): void;
}) {
  const { personaTitle, query, personas, counts, onSelectPersona } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const others = personas.filter(p => (counts.get(p.id) ?? 0) > 0);
  return (
    <Paper className={classes.root} variant="outlined">
      <Typography variant="h5" component="h2" gutterBottom>
        {query
          ? t('emptyState.noMatchesTitle', { query, persona: personaTitle })
          : t('emptyState.noEntriesTitle', { persona: personaTitle })}
      </Typography>
      {others.length > 0 ? (
        <>
          <Typography>
            {query
              ? t('emptyState.noMatchesDescription')
              : t('emptyState.noEntriesDescription')}
          </Typography>
          <div className={classes.personas}>
            {others.map(persona => (
              <Button
                key={persona.id}
                variant="outlined"
                color="primary"
                onClick={() => onSelectPersona(persona.id)}
              >
                {t('emptyState.switchTo', {
                  persona: persona.title,
                  entries: String(counts.get(persona.id)),
                })}
              </Button>
            ))}
          </div>
        </>
      ) : (
        <Typography>{t('emptyState.noEntriesAnywhere')}</Typography>
      )}
    </Paper>
  );
}
