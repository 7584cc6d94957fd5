import { bundleSize } from './bundle-size.mjs';
import { emulatorFigure } from './emulator.mjs';
import { pagination } from './pagination.mjs';
import { proxy } from './proxy.mjs';
import { react } from './react.mjs';
import { requestOverhead } from './request-overhead.mjs';
import { searchDsl } from './search-dsl.mjs';

/** Every figure, in the order of RESULTS.md. @type {import('../lib/rows.mjs').Figure[]} */
export const figures = [bundleSize, requestOverhead, pagination, searchDsl, proxy, emulatorFigure, react];
