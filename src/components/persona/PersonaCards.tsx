import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Card from '@material-ui/core/Card';
import CardActionArea from '@material-ui/core/CardActionArea';
import CardContent from '@material-ui/core/CardContent';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { ALL_PERSONAS, DocsSection, Persona } from '../../model/types';
import { personaDocsTranslationRef } from '../../translation';

const useStyles = makeStyles(theme => ({
  card: {
    height: '100%',
  },
  current: {
    outline: `2px solid ${theme.palette.primary.main}`,
  },
  area: {
    height: '100%',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    justifyContent: 'flex-start',
  },
  counts: {
    margin: theme.spacing(1, 0, 0),
    padding: 0,
    listStyle: 'none',
    color: theme.palette.text.secondary,
  },
}));

/**
 * "Who are you?": every persona as a card with its description and what it
 * will see (entries per section), and "Show me everything". Shown to readers
 * whom nothing assigns a persona, and wherever a reader picks one.
 */
export function PersonaCards(props: {
  personas: readonly Persona[];
  sections: readonly DocsSection[];
  /** Entries a persona (or `all`) sees per section, in section order. */
  countsBySection(personaId: string): readonly number[];
  /** The persona that applies now, marked on its card. */
  current?: string;
  onPick(personaId: string): void;
  /** Narrow places (a home card) show one card per row. */
  compact?: boolean;
}) {
  const { personas, sections, countsBySection, current, onPick, compact } =
    props;
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const options = [
    ...personas,
    {
      id: ALL_PERSONAS,
      title: t('personaCards.everything'),
      description: t('personaCards.everythingDescription'),
    },
  ];
  return (
    <Grid container spacing={2} component="ul" style={{ padding: 0 }}>
      {options.map(option => {
        const counts = countsBySection(option.id);
        return (
          <Grid
            item
            key={option.id}
            xs={12}
            sm={compact ? 12 : 6}
            md={compact ? 12 : 4}
            component="li"
            style={{ listStyle: 'none' }}
          >
            <Card
              variant="outlined"
              className={`${classes.card} ${
                option.id === current ? classes.current : ''
              }`}
            >
              <CardActionArea
                className={classes.area}
                // The button is named by all it shows, the title first.
                onClick={() => onPick(option.id)}
                aria-current={option.id === current ? 'true' : undefined}
              >
                <CardContent>
                  <Typography variant="h6" component="span" display="block">
                    {option.title}
                  </Typography>
                  <span>
                    {option.description && (
                      <Typography
                        variant="body2"
                        component="span"
                        display="block"
                      >
                        {option.description}
                      </Typography>
                    )}
                    <Typography
                      variant="body2"
                      component="span"
                      className={classes.counts}
                      display="block"
                    >
                      {sections
                        .map((section, i) =>
                          t('personaCards.sectionCount', {
                            count: counts[i] ?? 0,
                            section: section.title,
                          }),
                        )
                        .join(' · ')}
                    </Typography>
                  </span>
                </CardContent>
              </CardActionArea>
            </Card>
          </Grid>
        );
      })}
    </Grid>
  );
}
