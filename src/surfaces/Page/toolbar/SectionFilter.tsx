import { useTranslationRef } from '@backstage/frontend-plugin-api';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import { DocsSection } from '../../../model/types';
import { personaDocsTranslationRef } from '../../../translation';

const useStyles = makeStyles({
  control: { minWidth: 200 },
});

const ALL_SECTIONS = '';

/**
 * Narrows the page to one section, or shows them all.
 */
export function SectionFilter(props: {
  sections: readonly DocsSection[];
  value?: string;
  onChange(sectionId: string | undefined): void;
}) {
  const { sections, value, onChange } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  return (
    <TextField
      select
      id="persona-docs-section"
      className={classes.control}
      variant="outlined"
      size="small"
      label={t('sectionFilter.label')}
      value={value ?? ALL_SECTIONS}
      onChange={event => onChange(event.target.value || undefined)}
      SelectProps={{ native: true }}
      // A native select always shows a value, so the label must stay raised.
      InputLabelProps={{ shrink: true }}
    >
      <option value={ALL_SECTIONS}>{t('sectionFilter.allSections')}</option>
      {sections.map(section => (
        <option key={section.id} value={section.id}>
          {section.title}
        </option>
      ))}
    </TextField>
  );
}
