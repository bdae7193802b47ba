export { DocsForYouCard } from './DocsForYouCard';
export type { DocsForYouCardProps } from './DocsForYouCard';
