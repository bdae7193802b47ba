import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Card from '@material-ui/core/Card';
import CardContent from '@material-ui/core/CardContent';
import CardHeader from '@material-ui/core/CardHeader';
import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import { memo, ReactNode } from 'react';
import { personaDocsTranslationRef } from '../../../translation';
import { VisibleEntry, VisibleSection } from '../../../tree/types';
import { DocsTree } from './DocsTree';

const useStyles = makeStyles({
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
});

function SectionCardBody(props: {
  section: VisibleSection;
  filtering: boolean;
  renderRow(node: VisibleEntry): ReactNode;
}) {
  const { section: visible, filtering, renderRow } = props;
  const { section, entries } = visible;
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const headingId = `persona-docs-section-${section.id}`;
  const count = filtering
    ? t('section.matches', { count: visible.matchCount })
    : t('section.entries', { count: visible.count });
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
        <DocsTree
          label={t('section.treeLabel', { section: section.title })}
          entries={entries}
          filtering={filtering}
          renderRow={renderRow}
        />
      </CardContent>
    </Card>
  );
}

/**
 * One section of the page with something to show: its title, description,
 * how many entries the current persona has in it, and its tree.
 *
 * Memoised: typing in the filter box re-renders the page at once, while the trees
 * follow in a deferred render with the same props until then.
 */
export const SectionCard = memo(SectionCardBody);
