import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useMemo } from 'react';
import {
  SiteHealth,
  siteHealth,
  SiteUse,
} from '../../../coverage/coverageReport';
import { useDocsSiteInfos } from '../../../techdocs/DocsSiteInfoContext';
import { personaDocsTranslationRef } from '../../../translation';

/** Problems first, then the rest, in tree order within each. */
const ORDER: Record<SiteHealth['state'], number> = {
  missing: 0,
  unreadable: 1,
  stale: 2,
  checking: 3,
  ok: 4,
};

// Outlined with text in the body colour: a filled secondary chip falls
// below AA contrast in Backstage's light theme.
const useStyles = makeStyles(theme => ({
  missing: {
    borderColor: theme.palette.error.main,
    color: theme.palette.text.primary,
  },
  other: {
    borderColor: theme.palette.warning.main,
    color: theme.palette.text.primary,
  },
}));

/**
 * Every TechDocs site the entries point into: missing ones, ones TechDocs
 * would not describe and ones built too long ago first.
 */
export function SitesTable(props: {
  sites: readonly SiteUse[];
  staleAfterDays: number;
}) {
  const { sites, staleAfterDays } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const targets = useMemo(() => sites.map(site => site.target), [sites]);
  const infos = useDocsSiteInfos(targets);
  const rows = sites
    .map((site, index) => ({
      site,
      info: infos[index],
      health: siteHealth(infos[index], staleAfterDays),
    }))
    .sort((a, b) => ORDER[a.health.state] - ORDER[b.health.state]);
  const count = (state: SiteHealth['state']) =>
    rows.filter(row => row.health.state === state).length;
  const label = (health: SiteHealth) => {
    switch (health.state) {
      case 'checking':
        return t('coverage.siteChecking');
      case 'missing':
        return t('coverage.siteMissing');
      case 'unreadable':
        return t('coverage.siteUnreadable');
      case 'stale':
        return t('coverage.siteStale', { count: health.days });
      default:
        return health.days === undefined
          ? t('coverage.siteBuildUnknown')
          : t('coverage.siteBuilt', { count: health.days });
    }
  };
  return (
    <>
      <Typography variant="body2" role="status">
        {t('coverage.sitesSummary', {
          sites: String(rows.length),
          missing: String(count('missing')),
          unreadable: String(count('unreadable')),
          stale: String(count('stale')),
        })}
      </Typography>
      <Table size="small" aria-label={t('coverage.sitesTitle')}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {t('coverage.site')}
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              {t('coverage.entries')}
            </TableCell>
            <TableCell component="th" scope="col">
              {t('coverage.status')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(({ site, info, health }) => (
            <TableRow key={site.target.entityRef.toLocaleLowerCase('en-US')}>
              <TableCell component="th" scope="row">
                {info?.title ?? site.target.name}
                <Typography
                  variant="caption"
                  component="div"
                  color="textSecondary"
                >
                  {`${site.target.kind.toLocaleLowerCase('en-US')}:${
                    site.target.namespace
                  }/${site.target.name}`}
                </Typography>
              </TableCell>
              <TableCell align="right">{site.entries.length}</TableCell>
              <TableCell>
                {health.state === 'ok' || health.state === 'checking' ? (
                  label(health)
                ) : (
                  <Chip
                    size="small"
                    variant="outlined"
                    className={
                      health.state === 'missing'
                        ? classes.missing
                        : classes.other
                    }
                    label={label(health)}
                  />
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
