/**
 * The well-known key under which every expression offers `(resource) => SearchQueryJSON`.
 * `@intercom-kit/core` looks it up with the same `Symbol.for` key, without importing this package.
 */
export const searchQuerySymbol: unique symbol = /* @__PURE__ */ Symbol.for('intercom-kit.searchQuery');
