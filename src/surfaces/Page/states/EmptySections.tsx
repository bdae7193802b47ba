import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { personaDocsTranslationRef } from '../../../translation';
import { VisibleSection } from '../../../tree/types';

const useStyles = makeStyles(theme => ({
  list: {
    margin: theme.spacing(3, 0, 0),
    padding: 0,
    listStyle: 'none',
  },
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    padding: theme.spacing(1, 2),
    marginBottom: theme.spacing(1),
  },
  text: {
    flex: '1 1 auto',
  },
}));

/**
 * The sections with nothing to show for the persona (or the filter), one line
 * each, after the sections with content, so those fill the width. Each line
 * keeps its count and, for a persona, offers the section for all personas.
 */
export function EmptySections(props: {
  sections: readonly VisibleSection[];
  filtering: boolean;
  /** The persona's title; undefined for all personas. */
  personaTitle?: string;
  onShowForAll(sectionId: string): void;
}) {
  const { sections, filtering, personaTitle, onShowForAll } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  if (sections.length === 0) return null;
  return (
    <ul className={classes.list}>
      {sections.map(({ section, count, matchCount }) => {
        let text: string;
        if (filtering) {
          text = t('section.collapsedNoMatches', { section: section.title });
        } else if (personaTitle === undefined) {
          text = t('section.collapsedEmptyForAll', { section: section.title });
        } else {
          text = t('section.collapsedEmpty', {
            persona: personaTitle,
            section: section.title,
          });
        }
        return (
          <Paper
            key={section.id}
            component="li"
            variant="outlined"
            className={classes.line}
          >
            <Typography className={classes.text} component="span">
              {text}
            </Typography>
            <Chip
              size="small"
              label={
                filtering
                  ? t('section.matches', { count: matchCount })
                  : t('section.entries', { count })
              }
            />
            {!filtering && personaTitle !== undefined && (
              <Button
                size="small"
                color="primary"
                onClick={() => onShowForAll(section.id)}
                aria-label={t('section.showForAllIn', {
                  section: section.title,
                })}
              >
                {t('section.showForAll')}
              </Button>
            )}
          </Paper>
        );
      })}
    </ul>
  );
}
