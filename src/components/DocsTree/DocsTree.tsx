import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { makeStyles } from '@material-ui/core/styles';
import ChevronRightIcon from '@material-ui/icons/ChevronRight';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import TreeItem from '@material-ui/lab/TreeItem';
import TreeView from '@material-ui/lab/TreeView';
import { KeyboardEvent, ReactNode, useEffect, useMemo, useState } from 'react';
import { personaDocsTranslationRef } from '../../translation';
import { VisibleEntry } from '../../tree/types';
import { ENTRY_LINK_ATTRIBUTE } from '../DocsEntryLabel';
import { CHILDREN_PAGE_SIZE, initialExpandedIds } from './initialTreeState';
import { InstantGroup } from './InstantGroup';

const useStyles = makeStyles(theme => ({
  item: {
    '&:focus > $content, &$selected > $content': {
      backgroundColor: theme.palette.action.focus,
    },
  },
  content: {
    alignItems: 'flex-start',
    padding: theme.spacing(0.5, 0),
    borderRadius: theme.shape.borderRadius,
  },
  iconContainer: {
    marginTop: theme.spacing(0.75),
  },
  label: {
    paddingLeft: theme.spacing(0.5),
  },
  selected: {},
  more: {
    color: theme.palette.primary.main,
    fontWeight: theme.typography.fontWeightMedium as number,
    padding: theme.spacing(0.5, 0),
  },
}));

interface TreeState {
  entries: readonly VisibleEntry[];
  expanded: string[];
  /** How many children each parent shows; missing means one page. */
  limits: Map<string, number>;
  /** An entry to focus once it renders, after "Show more". */
  focusId?: string;
}

const ROOT = '';

/**
 * The DOM id of an entry's tree item, so "Show more" can move focus to the
 * first entry it revealed.
 */
function entryDomId(entryId: string) {
  return `persona-docs-entry-${entryId}`;
}

function freshState(
  entries: readonly VisibleEntry[],
  searching: boolean,
): TreeState {
  return {
    entries,
    expanded: initialExpandedIds(entries, searching),
    limits: new Map(),
  };
}

/**
 * One section's entries as a WAI-ARIA tree (MUI TreeView): arrow keys move
 * and open, Home/End jump, typing a letter jumps to the next entry starting
 * with it, and Enter opens an entry's link (or, for a group without one,
 * opens the group). Long lists render a page at a time.
 */
export function DocsTree(props: {
  label: string;
  entries: readonly VisibleEntry[];
  searching: boolean;
  renderLabel(node: VisibleEntry): ReactNode;
}) {
  const { label, entries, searching, renderLabel } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const [stored, setState] = useState(() => freshState(entries, searching));
  // A new filter result starts from its own opened branches.
  let state = stored;
  if (stored.entries !== entries) {
    state = freshState(entries, searching);
    setState(state);
  }

  const expanded = useMemo(() => new Set(state.expanded), [state.expanded]);
  const focusId = state.focusId;
  useEffect(() => {
    if (focusId) document.getElementById(entryDomId(focusId))?.focus();
  }, [focusId]);

  /** Shows the next page of a parent's children and focuses its first. */
  const showMore = (parentId: string, siblings: readonly VisibleEntry[]) =>
    setState(current => {
      const shown = current.limits.get(parentId) ?? CHILDREN_PAGE_SIZE;
      const limits = new Map(current.limits);
      limits.set(
        parentId,
        Math.min(siblings.length, shown + CHILDREN_PAGE_SIZE),
      );
      return { ...current, limits, focusId: siblings[shown]?.entry.id };
    });

  const openOnEnter = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.key !== 'Enter' || event.target !== event.currentTarget) return;
    // Only the item's own row: nested items have links of their own.
    const link =
      event.currentTarget.firstElementChild?.querySelector<HTMLElement>(
        `[${ENTRY_LINK_ATTRIBUTE}]`,
      );
    if (!link) return;
    // Stopping the event here, in the capture phase, keeps TreeView from
    // also toggling a group that has a link of its own.
    event.preventDefault();
    event.stopPropagation();
    link.click();
  };

  const renderNodes = (
    nodes: readonly VisibleEntry[],
    parentId: string,
  ): ReactNode[] => {
    const limit = state.limits.get(parentId) ?? CHILDREN_PAGE_SIZE;
    const items: ReactNode[] = nodes.slice(0, limit).map(node => {
      const id = node.entry.id;
      const hasChildren = node.children.length > 0;
      return (
        <TreeItem
          key={id}
          nodeId={id}
          id={entryDomId(id)}
          label={renderLabel(node)}
          TransitionComponent={InstantGroup}
          onKeyDownCapture={openOnEnter}
          classes={{
            root: classes.item,
            content: classes.content,
            iconContainer: classes.iconContainer,
            label: classes.label,
            selected: classes.selected,
          }}
        >
          {/* Closed branches render a placeholder so the item stays
              expandable without building its whole subtree. */}
          {hasChildren &&
            (expanded.has(id)
              ? renderNodes(node.children, id)
              : [<span key="closed" />])}
        </TreeItem>
      );
    });
    if (nodes.length > limit) {
      const moreId = `${parentId}::more`;
      items.push(
        <TreeItem
          key={moreId}
          nodeId={moreId}
          label={
            <span className={classes.more}>
              {t('section.showMore', {
                next: String(
                  Math.min(CHILDREN_PAGE_SIZE, nodes.length - limit),
                ),
                total: String(nodes.length),
              })}
            </span>
          }
          onClick={() => showMore(parentId, nodes)}
          onKeyDownCapture={(event: KeyboardEvent<HTMLLIElement>) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              event.stopPropagation();
              showMore(parentId, nodes);
            }
          }}
          classes={{ root: classes.item, content: classes.content }}
        />,
      );
    }
    return items;
  };

  return (
    <TreeView
      aria-label={label}
      expanded={state.expanded}
      onNodeToggle={(_, ids: string[]) =>
        setState(current => ({ ...current, expanded: ids, focusId: undefined }))
      }
      defaultCollapseIcon={<ExpandMoreIcon />}
      defaultExpandIcon={<ChevronRightIcon />}
    >
      {renderNodes(entries, ROOT)}
    </TreeView>
  );
}
