export { PersonaPicker } from './PersonaPicker';
export { PersonaPickerDialog } from './PersonaPickerDialog';
