import { useTranslationRef } from '@backstage/frontend-plugin-api';
import FormControl from '@material-ui/core/FormControl';
import InputLabel from '@material-ui/core/InputLabel';
import ListItemText from '@material-ui/core/ListItemText';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import { makeStyles } from '@material-ui/core/styles';
import { useState } from 'react';
import { ALL_PERSONAS, Persona } from '../../model/types';
import { personaDocsTranslationRef } from '../../translation';

const useStyles = makeStyles(theme => ({
  control: {
    minWidth: 260,
    maxWidth: '100%',
  },
  option: {
    maxWidth: 480,
    whiteSpace: 'normal',
  },
  secondary: {
    color: theme.palette.text.secondary,
  },
}));

const LABEL_ID = 'persona-docs-persona-label';
const LIST_ID = 'persona-docs-persona-options';

/**
 * The persona picker: "All personas" and every configured persona with its
 * description.
 *
 * It follows the WAI-ARIA select-only combobox pattern: the control's name
 * is just "Persona" and its value is the persona shown, where MUI's default
 * (a button named after label and value together) would blur the two.
 *
 * @internal
 */
export function PersonaSelector(props: {
  personas: Persona[];
  value: string;
  onChange(personaId: string): void;
}) {
  const { personas, value, onChange } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const [open, setOpen] = useState(false);
  const titleOf = (id: string) =>
    id === ALL_PERSONAS
      ? t('personaSelector.allPersonas')
      : personas.find(p => p.id === id)?.title ?? id;

  const options = [
    {
      id: ALL_PERSONAS,
      title: t('personaSelector.allPersonas'),
      description: t('personaSelector.allPersonasDescription'),
    },
    ...personas,
  ];

  return (
    <FormControl variant="outlined" size="small" className={classes.control}>
      <InputLabel id={LABEL_ID}>{t('personaSelector.label')}</InputLabel>
      <Select
        labelId={LABEL_ID}
        label={t('personaSelector.label')}
        value={value}
        // Only observed, not controlled: a controlled Select measures its
        // width on every render, forcing a layout of the whole page.
        onOpen={() => setOpen(true)}
        onClose={() => setOpen(false)}
        onChange={event => onChange(String(event.target.value))}
        renderValue={selected => titleOf(String(selected))}
        SelectDisplayProps={
          {
            role: 'combobox',
            'aria-labelledby': LABEL_ID,
            'aria-expanded': open ? 'true' : 'false',
            'aria-controls': open ? LIST_ID : undefined,
          } as object
        }
        MenuProps={{
          MenuListProps: { id: LIST_ID, 'aria-labelledby': LABEL_ID },
          getContentAnchorEl: null,
          anchorOrigin: { vertical: 'bottom', horizontal: 'left' },
        }}
      >
        {options.map(option => (
          <MenuItem
            key={option.id}
            value={option.id}
            className={classes.option}
          >
            <ListItemText
              primary={option.title}
              secondary={option.description}
              secondaryTypographyProps={{ className: classes.secondary }}
            />
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
