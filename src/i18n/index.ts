export { CATALOGUES, formatDate, messages, type Messages } from './catalogue.js';
export {
  DEFAULT_LOCALE,
  isKnownLocale,
  LOCALES,
  LOCALISED,
  localeOf,
  localeOfText,
  type Locale,
  type LocalisedLocale,
} from './locale.js';
