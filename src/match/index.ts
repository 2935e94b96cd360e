// The match stage: recognise tracked agreements in articles, classify the status each mention
// shows, resolve its date, and build per-agreement timelines.
export { compileCatalogue, CatalogueError, resolveCountry, type Catalogue, type CompiledAgreement } from './catalogue.js';
export { DEFAULT_MATCH_LIMITS, explainArticle, matchArticle, type MatchLimits, type SentenceTrace } from './match-article.js';
export { buildTimeline, compareDates, compatible } from './timeline.js';
export { findCountries, type CountryIndex, type CountryHit } from './countries.js';
export { findDates } from './dates.js';
