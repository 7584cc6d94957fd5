import { SimulateMenu } from '../dev/SimulateMenu';
import { type Route, routeHref } from './route';
import { useDemoInfo } from './use-demo-info';
import { useMe } from './use-me';

const SCREENS = [
  { screen: 'inbox', label: 'Inbox' },
  { screen: 'contacts', label: 'Contacts' },
  { screen: 'dashboard', label: 'Dashboard' },
] as const;

export function Nav({ route }: { readonly route: Route }) {
  const info = useDemoInfo();
  const me = useMe();
  return (
    <header className="nav">
      <span className="brand">
        <span className="logo" aria-hidden="true">
          ◆
        </span>
        intercom-kit <span className="muted">demo</span>
      </span>
      <nav aria-label="Screens">
        {SCREENS.map(({ screen, label }) => (
          <a
            key={screen}
            href={routeHref({ screen })}
            className={route.screen === screen ? 'active' : undefined}
            aria-current={route.screen === screen ? 'page' : undefined}
            data-testid={`nav-${screen}`}
          >
            {label}
          </a>
        ))}
      </nav>
      <div className="nav-right">
        {info.data?.faults && <SimulateMenu />}
        {info.data && (
          <span className={`upstream ${info.data.upstream}`} data-testid="upstream">
            {info.data.upstream === 'emulator'
              ? `Emulator · seed ${info.data.seed}`
              : `Live · ${info.data.region?.toUpperCase()}`}
          </span>
        )}
        {me.data && <span className="me">{me.data.name}</span>}
      </div>
    </header>
  );
}
