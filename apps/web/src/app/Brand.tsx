import { Link, type LinkProps } from 'react-router-dom';
import { useI18n } from '../shared/i18n';

export function Logo() {
  return (
    <svg width="24" height="24" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--accent)" />
      <path d="M8 21l5-6 4 3 7-9" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** The logo and the product's name, linking home. */
export function Brand({ to }: { to: LinkProps['to'] }) {
  const { t } = useI18n();
  return (
    <Link to={to} className="brand">
      <Logo />
      <span className="brand__name">{t('app.name')}</span>
    </Link>
  );
}
