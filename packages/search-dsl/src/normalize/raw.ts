import type { SearchContext } from '../catalog/context';
import { parseQueryJSON } from '../from-json';
import { transientNodes } from '../nodes';
import type { NormalNode } from './normal-form';
import { normalizeState, normalizingNodes } from './normalize';

/**
 * Checks raw query JSON and brings it to canonical form in one walk: the parser hands each node to
 * normalisation as it creates it, instead of building a tree for a second walk. The error is the
 * one of parsing first and normalising after: a catalog error met early must not hide a shape
 * error further on, so on failure the input is parsed again on its own to find any shape error.
 */
export const normalizeQueryJSON = (raw: unknown, context: SearchContext): NormalNode => {
  const state = normalizeState(context);
  try {
    return parseQueryJSON(raw, normalizingNodes(state), state.path);
  } catch (error) {
    parseQueryJSON(raw, transientNodes);
    throw error;
  }
};
