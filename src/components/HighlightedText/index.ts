export { HighlightedText } from './HighlightedText';
