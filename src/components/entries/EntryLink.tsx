import { RouterLink, useTranslationRef } from '@backstage/frontend-plugin-api';
import MaterialLink from '@material-ui/core/Link';
import { makeStyles } from '@material-ui/core/styles';
import OpenInNewIcon from '@material-ui/icons/OpenInNew';
import { ReactNode } from 'react';
import { DocsEntry } from '../../model/types';
import { DocsTargetHref } from '../../techdocs/useDocsTargetHref';
import { personaDocsTranslationRef } from '../../translation';
import { VisuallyHidden } from '../primitives/VisuallyHidden';

const useStyles = makeStyles(theme => ({
  title: {
    fontWeight: theme.typography.fontWeightMedium as number,
  },
  newTabIcon: {
    marginLeft: theme.spacing(0.5),
    verticalAlign: 'text-bottom',
  },
}));

/**
 * Tells that a link opens a new tab. Its own component, so the translation
 * hook runs for the few links that need it, not for every row of a tree.
 */
function NewTabMarker(props: { className: string }) {
  const { t } = useTranslationRef(personaDocsTranslationRef);
  return (
    <>
      <OpenInNewIcon
        className={props.className}
        fontSize="inherit"
        aria-hidden
      />
      <VisuallyHidden>{` ${t('entry.opensInNewTab')}`}</VisuallyHidden>
    </>
  );
}

/**
 * An entry's title as a link to its target, the same on every surface:
 * in-app and TechDocs targets navigate within the app, web links open in a
 * new tab (and say so), and an entry without a target is plain text.
 */
export function EntryLink(props: {
  entry: DocsEntry;
  /** The title, possibly highlighted. */
  children: ReactNode;
  hrefOf: DocsTargetHref;
  /** Annotations of the site's entity, which can send its docs elsewhere. */
  annotations?: Record<string, string>;
  onOpen?(entry: DocsEntry): void;
  /** Extra props for the anchor, such as keeping it out of the tab order. */
  linkProps?: Record<string, unknown>;
}) {
  const { entry, children, hrefOf, annotations, onOpen, linkProps } = props;
  const classes = useStyles();
  if (!entry.target) {
    return <span className={classes.title}>{children}</span>;
  }
  const link = entry.target.type === 'url' ? entry.target : undefined;
  // mailto links open the mail client; only web pages get a new tab.
  const newTab = !!link?.external && /^https?:/.test(link.url);
  return (
    <MaterialLink
      component={RouterLink}
      href={hrefOf(entry.target, annotations)}
      className={classes.title}
      onClick={() => onOpen?.(entry)}
      {...linkProps}
      {...(newTab && { target: '_blank', rel: 'noopener noreferrer' })}
    >
      {children}
      {newTab && <NewTabMarker className={classes.newTabIcon} />}
    </MaterialLink>
  );
}
