export { CatalogStatusLine } from './CatalogStatusLine';
