import { Window } from 'happy-dom';

/**
 * Gives this Node process the browser globals react-dom needs to mount into a real (happy-dom)
 * document, so commits can be counted with a Profiler. Returns a function that removes them.
 *
 * @returns {{ container: HTMLElement, remove(): Promise<void> }}
 */
export function installDom() {
  const window = new Window({ url: 'http://localhost/' });
  const names = ['window', 'document', 'navigator', 'HTMLElement', 'Node', 'Event', 'MutationObserver'];
  /** @type {Map<string, PropertyDescriptor | undefined>} */
  const previous = new Map(names.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]));
  const source = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (window));
  for (const name of names) {
    Object.defineProperty(globalThis, name, {
      value: name === 'window' ? window : source[name],
      configurable: true,
      writable: true,
    });
  }
  const document = /** @type {Document} */ (/** @type {unknown} */ (window.document));
  const container = document.createElement('div');
  document.body.appendChild(container);
  return {
    container,
    remove: async () => {
      await window.happyDOM.close();
      for (const [name, descriptor] of previous) {
        if (descriptor === undefined) Reflect.deleteProperty(globalThis, name);
        else Object.defineProperty(globalThis, name, descriptor);
      }
    },
  };
}
