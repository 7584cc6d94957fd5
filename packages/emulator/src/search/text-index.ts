import { plainText } from '../views/basics';

interface IndexedText {
  text: string;
  words: Set<string>;
}

/**
 * Per-body cache of lowercased plain text and its word set for `source.body` matching. Seeded
 * conversations share body strings, so the cache stays small; it is cleared when it grows large.
 */
const cache = new Map<string, IndexedText>();
const MAX_ENTRIES = 20_000;

export function indexText(html: string): IndexedText {
  let entry = cache.get(html);
  if (!entry) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    const text = plainText(html).toLowerCase();
    entry = { text, words: new Set(text.split(/[^\p{L}\p{N}_'-]+/u).filter(Boolean)) };
    cache.set(html, entry);
  }
  return entry;
}
