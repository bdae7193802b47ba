import { useTranslationRef } from '@backstage/frontend-plugin-api';
import IconButton from '@material-ui/core/IconButton';
import InputAdornment from '@material-ui/core/InputAdornment';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import ClearIcon from '@material-ui/icons/Clear';
import SearchIcon from '@material-ui/icons/Search';
import { personaDocsTranslationRef } from '../../../translation';

const useStyles = makeStyles({
  field: {
    minWidth: 260,
    flexGrow: 1,
    maxWidth: 480,
    // The field has its own clear button; the browser's would be a second.
    '& input::-webkit-search-cancel-button': { display: 'none' },
  },
});

/**
 * The filter box: it narrows every section as the reader types.
 */
export function FilterField(props: {
  value: string;
  onChange(value: string): void;
}) {
  const { value, onChange } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  return (
    <TextField
      className={classes.field}
      id="persona-docs-filter"
      type="search"
      variant="outlined"
      size="small"
      label={t('filter.label')}
      placeholder={t('filter.placeholder')}
      value={value}
      onChange={event => onChange(event.target.value)}
      onKeyDown={event => {
        if (event.key === 'Escape' && value) {
          event.preventDefault();
          onChange('');
        }
      }}
      InputProps={{
        startAdornment: (
          <InputAdornment position="start">
            <SearchIcon fontSize="small" />
          </InputAdornment>
        ),
        endAdornment: value ? (
          <InputAdornment position="end">
            <IconButton
              size="small"
              aria-label={t('filter.clear')}
              onClick={() => onChange('')}
            >
              <ClearIcon fontSize="small" />
            </IconButton>
          </InputAdornment>
        ) : undefined,
      }}
    />
  );
}
