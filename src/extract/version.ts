/**
 * Bump when extraction or normalisation output changes (new boilerplate rule, Readability
 * upgrade…): the store records it with each version, so that an upgrade re-baselines an article
 * instead of publishing a diff that the publisher never made.
 */
export const EXTRACTOR_VERSION = 'pactwatch-extract-3 (readability-0.6, streaming fast path)';
