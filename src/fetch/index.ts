// The fetch stage: bytes from the network or the disk, decoded to text.
export { fetchResource } from './fetch-resource.js';
export { createLimiter, limiterKey, type Limiter } from './limiter.js';
export { userAgent } from './user-agent.js';
export { decodeBody, decideCharset, charsetFromContentType, type CharsetDecision } from './charset.js';
export { isLocalResource } from './file.js';
export { feedPolicy } from './policy.js';
export { postJson, type PostResult } from './post.js';
