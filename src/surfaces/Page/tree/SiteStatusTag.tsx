import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { makeStyles } from '@material-ui/core/styles';
import { DocsSiteStatus } from '../../../techdocs/DocsSiteInfoLoader';
import { personaDocsTranslationRef } from '../../../translation';
import { Tag } from '../../../components/primitives/Tag';

const useStyles = makeStyles(theme => ({
  notFound: {
    borderColor: theme.palette.warning.main,
  },
}));

/**
 * A small chip for a docs entry whose TechDocs site is missing ("Docs not
 * found") or did not answer ("Status unknown"), with the entity in its hint;
 * nothing otherwise.
 */
export function SiteStatusTag(props: {
  status?: DocsSiteStatus;
  entityRef: string;
}) {
  const { status, entityRef } = props;
  if (status !== 'not-found' && status !== 'unknown') return null;
  return <StatusChip notFound={status === 'not-found'} entityRef={entityRef} />;
}

function StatusChip(props: { notFound: boolean; entityRef: string }) {
  const { notFound, entityRef } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  return (
    <Tag
      label={notFound ? t('entry.docsNotFound') : t('entry.statusUnknown')}
      title={
        notFound
          ? t('entry.docsNotFoundHint', { entityRef })
          : t('entry.statusUnknownHint', { entityRef })
      }
      className={notFound ? classes.notFound : undefined}
    />
  );
}
