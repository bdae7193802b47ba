export { NoEntriesState } from './NoEntriesState';
