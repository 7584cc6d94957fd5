import { createContext, type ReactNode, useContext, useEffect, useRef } from 'react';

type Reload = () => void;

const TargetContext = createContext<{ current: Reload | undefined } | undefined>(undefined);

/**
 * The screen's main list or search registers its reload here, so that a simulated failure is spent
 * on that request (and its retries) rather than on whatever request happens to come next.
 */
export function FaultTargetProvider({ children }: { readonly children: ReactNode }) {
  const target = useRef<Reload | undefined>(undefined);
  return <TargetContext.Provider value={target}>{children}</TargetContext.Provider>;
}

export function useFaultTarget(reload: Reload): void {
  const target = useContext(TargetContext);
  const latest = useRef(reload);
  latest.current = reload;
  useEffect(() => {
    if (!target) return;
    const own: Reload = () => latest.current();
    target.current = own;
    return () => {
      if (target.current === own) target.current = undefined;
    };
  }, [target]);
}

/** Reloads the registered list, if a screen registered one. */
export function useReloadFaultTarget(): () => boolean {
  const target = useContext(TargetContext);
  return () => {
    if (!target?.current) return false;
    target.current();
    return true;
  };
}
