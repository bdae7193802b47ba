import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useState } from 'react';
import { localize } from '../../model/localize';
import { DocsEntry } from '../../model/types';
import { DocsTargetHref } from '../../techdocs/useDocsTargetHref';
import { personaDocsTranslationRef } from '../../translation';
import { EntryLink } from './EntryLink';
import { useEntryTexts } from './useEntryTexts';

const useStyles = makeStyles(theme => ({
  entries: { margin: 0, paddingLeft: theme.spacing(2.5) },
  entry: { marginBottom: theme.spacing(1) },
}));

function EntryItem(props: {
  entry: DocsEntry;
  language?: string;
  hrefOf: DocsTargetHref;
  onOpen(entry: DocsEntry): void;
}) {
  const classes = useStyles();
  const { entry, language, hrefOf, onOpen } = props;
  const { title, description, site } = useEntryTexts(
    entry,
    localize(entry, language),
  );
  return (
    <li className={classes.entry}>
      <EntryLink
        entry={entry}
        hrefOf={hrefOf}
        annotations={site?.annotations}
        onOpen={onOpen}
      >
        {title}
      </EntryLink>
      {description && (
        <Typography variant="body2" color="textSecondary">
          {description}
        </Typography>
      )}
    </li>
  );
}

/**
 * Entries as a list of links with their descriptions, as the home and
 * entity cards show them: the first `limit`, and a button for the rest.
 */
export function EntryList(props: {
  entries: readonly DocsEntry[];
  language?: string;
  hrefOf: DocsTargetHref;
  onOpen(entry: DocsEntry): void;
  /** How many to show before the reader asks for more; all by default. */
  limit?: number;
}) {
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const { entries, language, hrefOf, onOpen, limit = Infinity } = props;
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? entries : entries.slice(0, limit);
  return (
    <>
      <ul className={classes.entries}>
        {shown.map(entry => (
          <EntryItem
            key={entry.id}
            entry={entry}
            language={language}
            hrefOf={hrefOf}
            onOpen={onOpen}
          />
        ))}
      </ul>
      {shown.length < entries.length && (
        <Button size="small" color="primary" onClick={() => setExpanded(true)}>
          {t('entry.showAll', { count: entries.length })}
        </Button>
      )}
    </>
  );
}
