/** One answered request, as the conformance checks in the test suite see it. */
export interface ObservedExchange {
  method: string;
  path: string;
  status: number;
  body: unknown;
}

type Observer = (exchange: ObservedExchange) => void;

let observer: Observer | undefined;

/** Not exported from the package: the test suite's setup installs an observer to validate every body. */
export function setResponseObserver(next: Observer | undefined): void {
  observer = next;
}

export function notifyResponse(exchange: ObservedExchange): void {
  observer?.(exchange);
}
