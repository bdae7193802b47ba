import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Card from '@material-ui/core/Card';
import CardContent from '@material-ui/core/CardContent';
import CardHeader from '@material-ui/core/CardHeader';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { memo, ReactNode } from 'react';
import { personaDocsTranslationRef } from '../../translation';
import { VisibleEntry, VisibleSection } from '../../tree/types';
import { DocsTree } from '../DocsTree';

const useStyles = makeStyles(theme => ({
  card: {
    height: '100%',
  },
  header: {
    paddingBottom: 0,
  },
  action: {
    margin: 0,
    alignSelf: 'center',
  },
  empty: {
    padding: theme.spacing(1, 0),
  },
}));

function SectionCard(props: {
  view: VisibleSection;
  searching: boolean;
  /** The persona's title; undefined for all personas. */
  personaTitle?: string;
  renderLabel(node: VisibleEntry): ReactNode;
}) {
  const { view, searching, personaTitle, renderLabel } = props;
  const { section, entries } = view;
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const headingId = `persona-docs-section-${section.id}`;
  const count = searching
    ? t('section.matches', { count: view.matchCount })
    : t('section.entries', { count: view.count });

  let emptyText: string;
  if (searching) emptyText = t('section.noMatches');
  else if (personaTitle === undefined) emptyText = t('section.emptyForAll');
  else emptyText = t('section.empty', { persona: personaTitle });

  return (
    <Card
      className={classes.card}
      component="section"
      aria-labelledby={headingId}
    >
      <CardHeader
        className={classes.header}
        classes={{ action: classes.action }}
        title={section.title}
        titleTypographyProps={{ component: 'h2', variant: 'h5', id: headingId }}
        subheader={section.description}
        action={<Chip label={count} size="small" />}
      />
      <CardContent>
        {entries.length > 0 ? (
          <DocsTree
            label={t('section.treeLabel', { section: section.title })}
            entries={entries}
            searching={searching}
            renderLabel={renderLabel}
          />
        ) : (
          <Typography className={classes.empty} color="textSecondary">
            {emptyText}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}

/**
 * One section of the page: its title, description, how many entries the
 * current persona has in it, and its tree.
 *
 * Memoised: typing a search re-renders the page at once, while the trees
 * follow in a deferred render with the same props until then.
 *
 * @internal
 */
export const DocsSectionCard = memo(SectionCard);
