export { SaveStateNote } from './SaveStateNote';
